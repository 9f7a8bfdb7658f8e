"""The bundle's entry point (PyInstaller runs this): the same `beacon` command as pip's."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
