"""The seed notebook's code cells, verbatim: the reference the tests and the
benchmark compare the package's seed model against.

Copied from ``../shared/seed/audio_text_mllm_notebook.txt`` (every code cell
but the last, the ``__main__`` demo), unchanged: loops, float64,
``np.random.randn`` weights, two-space indents.  Only :func:`with_weights_of`
below the cells is new.  One known difference from the package: the
package's tokenizer looks a character up in lower case before dropping it
("Robot" keeps its "R"); the notebook's drops it.
"""
# ruff: noqa
# fmt: off

import numpy as np

class AudioEncoder:
  def __init__(self, output_dim: int, frame_length: int, hop_length: int):
    """
    Initialise l’encodeur audio.
    - output_dim: La dimension du vecteur de sortie pour chaque fenêtre.
    - frame_length: La taille de chaque fenêtre audio à analyser.
    - hop_length: Le pas de déplacement de la fenêtre.
    """
    self.output_dim = output_dim
    self.frame_length = frame_length
    self.hop_length = hop_length
    # Poids de projection simulés
    self.projection_weights = np.random.randn(frame_length, output_dim)

  def encode(self, audio_waveform: np.ndarray) -> np.ndarray:
    """
    Transforme un signal audio 1D en une séquence de vecteurs 2D.
    Input shape: (n_samples,)
    Output shape: (num_frames, output_dim)
    """
    # Implémentez la logique de fenêtrage et de projection ici.
    n_samples = len(audio_waveform)

    # Calcul du nombre de fenêtres possibles
    num_frames = 1 + (n_samples - self.frame_length) // self.hop_length

    # Initialisation du tableau pour les vecteurs encodés
    encoded_frames = np.zeros((num_frames, self.output_dim))

    for i in range(num_frames):
      start = i * self.hop_length
      end = start + self.frame_length
      frame = audio_waveform[start:end]
      # Application de la transformation linéaire
      encoded_frame = frame @ self.projection_weights
      encoded_frames[i] = encoded_frame

    return encoded_frames

class SimpleTokenizer:
  def __init__(self, vocab: list):
    self.char_to_id = {ch: i for i, ch in enumerate(vocab)}

  def tokenize(self, text: str) -> list[int]:
    # Convertit un string en une liste d’IDs de caractères.
    return [self.char_to_id[ch] for ch in text if ch in self.char_to_id]



class TextEncoder:
  def __init__(self, vocab_size: int, embedding_dim: int):
    """
    Initialise l’encodeur de texte.
    - vocab_size: Le nombre total de caractères uniques.
    - embedding_dim: La dimension des vecteurs d’embedding.
    """
    self.embedding_dim = embedding_dim
    # Table d’embedding simulée
    self.embedding_table = np.random.randn(vocab_size, embedding_dim)

  def encode(self, token_ids: list[int]) -> np.ndarray:
    """
    Transforme une liste d’IDs de tokens en une matrice d’embeddings.
    Input: Une liste d’entiers.
    Output shape: (text_length, embedding_dim)
    """
    # Implémentez la logique de lookup dans la table d’embedding
    embeddings = np.array([self.embedding_table[token_id] for token_id in token_ids])
    return embeddings

class FusionModule:
  def __init__(self, audio_dim: int, text_dim: int, projection_dim: int):
    self.projection_dim = projection_dim
    # Poids pour projeter chaque modalité
    self.audio_projection = np.random.randn(audio_dim, projection_dim)
    self.text_projection = np.random.randn(text_dim, projection_dim)

  def fuse(self, audio_embedding: np.ndarray, text_embedding: np.ndarray) -> np.ndarray:
    """
    Fusionne les embeddings audio et texte.
    Input audio shape: (audio_seq_len, audio_dim)
    Input text shape: (text_seq_len, text_dim)
    Output shape: (audio_seq_len + text_seq_len, projection_dim)
    """
    # 1. Projetez l’embedding audio.
    projected_audio = audio_embedding @ self.audio_projection
    # 2. Projetez l’embedding texte.
    projected_text = text_embedding @ self.text_projection
    # 3. Concaténez les résultats.
    fused_embedding = np.concatenate([projected_audio, projected_text], axis=0)

    return fused_embedding

class ReasoningModule:
  def __init__(self, input_dim: int):
    # Poids qui simulent un traitement complexe (ex: une couche de Transformer)
    self.processing_weights = np.random.randn(input_dim, input_dim)

  def process(self, fused_sequence: np.ndarray) -> np.ndarray:
    """
    Traite la séquence fusionnée.
    Input shape: (seq_len, input_dim)
    Output shape: (seq_len, input_dim)
    """
    # Appliquez une simple transformation pour simuler le raisonnement.
    processed_sequence = fused_sequence @ self.processing_weights
    return processed_sequence

class Vocoder:
  def __init__(self, latent_dim: int, output_frame_length: int):
    # Poids pour transformer la dimension latente en une fenêtre audio
    self.decoding_weights = np.random.randn(latent_dim, output_frame_length)

  def decode(self, latent_sequence: np.ndarray) -> np.ndarray:
    """
    Convertit une séquence latente en une forme d’onde audio.
    Input shape: (seq_len, latent_dim)
    Output shape: (n_output_samples,)
    """
    # 1. Projetez la séquence latente vers l’espace des frames audio.
    projected_frames = latent_sequence @ self.decoding_weights
    # 2. Aplatissez les frames en une seule séquence 1D.
    waveform = projected_frames.flatten()

    return waveform

class AudioTextToAudioMLLM:
  def __init__(self, config: dict):
    # Initialisez tous les modules ici en utilisant les paramètres de ‘config‘
    # ex: self.audio_encoder = AudioEncoder(...)
    # ex: self.text_encoder = TextEncoder(...)
    # ... et ainsi de suite
    self.tokenizer = SimpleTokenizer(config['vocab'])
    self.text_encoder = TextEncoder(
        vocab_size=len(config['vocab']),
        embedding_dim=config['text_embedding_dim']
    )

    # Encodage audio
    self.audio_encoder = AudioEncoder(
        output_dim=config['audio_embedding_dim'],
        frame_length=config['frame_length'],
        hop_length=config['hop_length']
    )

    # Fusion
    self.fusion_module = FusionModule(
        audio_dim=config['audio_embedding_dim'],
        text_dim=config['text_embedding_dim'],
        projection_dim=config['projection_dim']
    )

    # Raisonnement
    self.reasoning_module = ReasoningModule(
        input_dim=config['projection_dim']
    )

    # Vocodeur
    self.vocoder = Vocoder(
        latent_dim=config['projection_dim'],
        output_frame_length=config['output_frame_length']
    )


  def generate(self, audio_waveform: np.ndarray, text_input: str) -> np.ndarray:
    """
    Exécute le pipeline complet du MLLM.
    """
    # 1. Tokenize text
    token_ids = self.tokenizer.tokenize(text_input)
    # 2. Encode audio -> audio_embedding
    audio_embedding = self.audio_encoder.encode(audio_waveform)
    # 3. Encode text -> text_embedding
    text_embedding = self.text_encoder.encode(token_ids)
    # 4. Fuse embeddings -> fused_sequence*
    fused_sequence = self.fusion_module.fuse(audio_embedding, text_embedding)
    # 5. Process with reasoning module -> processed_sequence
    processed_sequence = self.reasoning_module.process(fused_sequence)
    # 6. Decode with vocoder -> output_audio
    output_audio = self.vocoder.decode(processed_sequence)
    # 7. Return output_audio
    return output_audio


# --- not from the notebook -------------------------------------------------


def with_weights_of(model) -> "AudioTextToAudioMLLM":
  """The notebook's model holding the same weights as the package's ``model``."""
  c = model.config
  nb = AudioTextToAudioMLLM(c)
  nb.audio_encoder.projection_weights = np.asarray(model.audio_encoder.projection_weights, np.float64)
  nb.text_encoder.embedding_table = np.asarray(model.text_encoder.embedding_table, np.float64)
  nb.fusion_module.audio_projection = np.asarray(model.fusion_module.audio_projection, np.float64)
  nb.fusion_module.text_projection = np.asarray(model.fusion_module.text_projection, np.float64)
  nb.reasoning_module.processing_weights = np.asarray(model.reasoning_module.processing_weights, np.float64)
  nb.vocoder.decoding_weights = np.asarray(model.vocoder.decoding_weights, np.float64)
  return nb
