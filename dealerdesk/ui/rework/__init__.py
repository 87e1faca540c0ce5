"""The rework register and its reports."""
