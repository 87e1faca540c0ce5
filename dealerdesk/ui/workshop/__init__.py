"""The workshop floor's screens: the parts desk, parts at the self-check, discounts."""
