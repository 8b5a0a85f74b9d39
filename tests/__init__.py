"""Test suite: pure rules, real databases, and the real Application against a fake Bot API."""
