"""The ``effects`` model: prompts that name audio effects, in English or French."""
