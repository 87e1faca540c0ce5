"""Settings and user administration."""
