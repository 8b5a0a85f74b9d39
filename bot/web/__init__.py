"""The Telegram Mini App: the signed-in user's progress page, its API and its static files."""
