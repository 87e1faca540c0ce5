"""The workshop floor: parts issued against an order and accounted for at the self-check, discounts."""
