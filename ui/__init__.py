"""Beacon's PySide6 window: views, item models and dialogs over tracker/."""
