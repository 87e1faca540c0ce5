"""The customer care desk (客户关怀): vehicle records, imports, calls, segments, monthly figures."""
