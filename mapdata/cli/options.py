"""Options several commands share, worded once."""

DB_HELP = "database file (default: $MAPDATA_DB or the per-user file)"
