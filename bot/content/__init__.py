"""Data files (onboarding copy, exercises, help lines) and their validating loaders."""
