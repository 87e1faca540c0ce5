"""Screens shared by every list import: the preview of checked rows, the progress while reading and writing."""
