"""`python -m benchmarks [NAMES]`: the same as `python benchmarks/run.py [NAMES]`."""

import sys

from benchmarks.run import main

sys.exit(main(sys.argv[1:]))
