import sys

from vitaal.cli import main

sys.exit(main())
