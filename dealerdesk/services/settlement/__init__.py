"""The settlement at delivery (issue 20): the final bill, who pays what, the payment, receivables."""
