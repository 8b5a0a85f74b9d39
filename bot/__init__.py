"""Earned Security: a Telegram practice companion toward secure attachment."""
