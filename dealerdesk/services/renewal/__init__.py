"""Insurance renewal (续保): policies, the weekly plan, follow-up records and their calls, the specialist's day,
loss analysis, the offer at a claim repair's hand-over."""
