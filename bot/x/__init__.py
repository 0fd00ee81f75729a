"""Everything that talks to X or turns X data into our records."""
