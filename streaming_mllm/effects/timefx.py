"""Time-domain effects (placeholder: being written)."""

import numpy as np


class Limiter:
    tail_samples = 0

    def __init__(self, ctx):
        self.ctx = ctx

    def new_state(self, channels):
        return None

    def process(self, x, state):
        return np.asarray(x, np.float32)


TIME: dict = {}
