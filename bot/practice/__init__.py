"""Pure practice rules: no Telegram, database or scheduler imports; time and randomness come in as parameters."""
