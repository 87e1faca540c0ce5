"""DealerDesk: the service office of a car dealership."""

__version__ = "0.1.0"
