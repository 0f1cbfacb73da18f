"""Entry point for ``python -m mapdata``."""

import sys

try:
    from mapdata.cli import main

    code = main()
except KeyboardInterrupt:  # Ctrl-C while the modules were still loading: nothing was written yet
    print("error: interrupted (Ctrl-C) before the command started; nothing was written", file=sys.stderr)
    code = 130
sys.exit(code)
