"""Allow ``python -m exportaudit``."""

import sys

from exportaudit.cli import main

if __name__ == "__main__":
    sys.exit(main())
