"""Spectral effects (placeholder: being written)."""

SHAPERS: dict = {}
SPECTRAL: dict = {}
