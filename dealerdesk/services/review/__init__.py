"""The service manager's review: the daily document audit and the scores it gives each person."""
