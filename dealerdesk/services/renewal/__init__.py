"""Insurance renewal (续保): policies and follow-ups, loss analysis, the offer at a claim repair's hand-over."""
