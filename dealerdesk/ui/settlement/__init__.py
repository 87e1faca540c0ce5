"""The settlement at delivery on screen (issue 20)."""
