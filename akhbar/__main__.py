"""``python -m akhbar``: see akhbar.cli."""

import sys

from akhbar.cli import main

sys.exit(main())
