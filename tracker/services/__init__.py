"""Every change of data is a named function here, shared by window, CLI, import and tests."""
