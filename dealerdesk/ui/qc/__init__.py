"""Three-level quality control and the hand-over check."""
