"""Prepaid packages, vouchers and the extended warranty (issue 15).

templates: the service manager's package templates; sales: selling a package, the ledger,
reversals and expiry; vouchers: one model for every desk's vouchers; redemption: packages
and vouchers on work-order lines, booked at delivery; reconciliation: the month-end count;
warranty: predicted warranty ends, call lists and extension contracts.
"""
