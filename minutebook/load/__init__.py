"""Load: typed records into the DuckDB ``raw.*`` tables of the state database (Arrow bulk inserts)."""

from minutebook.load.state import PendingDocument, StateDB
from minutebook.load.tables import RAW_TABLES

__all__ = ["RAW_TABLES", "PendingDocument", "StateDB"]
