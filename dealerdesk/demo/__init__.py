"""The demo-data writer: a user of the services (it sits above them), for trying DealerDesk and for screenshots."""
