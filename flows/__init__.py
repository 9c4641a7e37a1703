"""Prefect flows: they wire minutebook's steps into tasks and nothing else."""
