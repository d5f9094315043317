"""Entry point of the packaged app: the `presskit` command (``presskit gui`` opens the window)."""

import sys

from presskit.cli import main

sys.exit(main())
