"""Benchmarks: `make bench` (full) and `make bench-quick` (a smoke run CI executes)."""
