"""Use cases. Each public function is one user action: it owns its transaction, checks
permissions, writes the audit log and returns plain dataclasses (never live ORM objects)."""
