"""Importing lists from files (CSV, .xlsx): reading, checking every row, a preview before anything is written.

Used by customer care's sales lists (``services/care/sales_import.py``) and by renewals' policy
lists: each brings its columns (``domain.imports.ColumnSpec``) and a per-row check.
"""
