"""The service manager's review area: the daily document audit."""
