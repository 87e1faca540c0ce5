"""Prepaid packages, vouchers and the extended warranty on screen (issue 15)."""
