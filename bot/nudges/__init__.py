"""The daily nudge: when it is due, what it says, and delivering it exactly once."""
