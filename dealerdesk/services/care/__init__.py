"""The customer care desk (客户关怀): records, status and call lists, calls, segments, monthly figures."""
