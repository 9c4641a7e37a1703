"""Transform: run the dbt project (dbt-duckdb) against the warehouse file being built."""

from minutebook.transform.dbt import DBT_PROJECT_DIR, DbtError, DbtResult, dbt_build, dbt_docs

__all__ = ["DBT_PROJECT_DIR", "DbtError", "DbtResult", "dbt_build", "dbt_docs"]
