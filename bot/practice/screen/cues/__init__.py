"""Cue words per language for the crisis screen's co-occurrence layer (one module per language code)."""
