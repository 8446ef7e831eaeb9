"""Entry point of the frozen build: the same `exportaudit` command as the installed package."""

import multiprocessing
import sys

from exportaudit.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
