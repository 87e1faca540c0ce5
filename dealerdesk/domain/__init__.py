"""Pure rules and values. No Qt, no SQLAlchemy, no I/O: importable anywhere, testable alone."""
