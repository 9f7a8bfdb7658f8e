"""Beacon's core: domain model, storage, services, Excel I/O and the CLI. Never imports Qt."""

__version__ = "0.1.0"
