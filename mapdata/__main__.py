"""Entry point for ``python -m mapdata``."""

import sys

from mapdata.cli import main

sys.exit(main())
