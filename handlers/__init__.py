"""Thin Telegram adapters, one module per feature: read the update, call storage and practice, reply."""
