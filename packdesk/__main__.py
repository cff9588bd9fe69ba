import sys

from packdesk.cli import main

sys.exit(main())
