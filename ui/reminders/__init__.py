"""Reminders in the window: the notifier (tray and toast), the toast, the reminders list."""
