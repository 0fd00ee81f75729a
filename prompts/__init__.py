"""The coach's texts: one folder per language, Fluent (.ftl) files inside."""
