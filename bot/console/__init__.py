"""The case managers' web console."""
