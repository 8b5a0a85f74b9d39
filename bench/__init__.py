"""Benchmarks for Earned Security: fan-out, taps, recap and size; `bench/run.py` runs them all and writes RESULTS.md."""
