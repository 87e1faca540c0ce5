"""Work orders at the front desk: opening, searching, customers and vehicles, the printed order."""
