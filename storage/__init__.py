"""Persistence: SQLModel tables, the async engine, and queries as plain functions."""
