"""File > Import: the import wizard (ui.importing.wizard) and its pages, one per module."""
