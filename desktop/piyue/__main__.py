"""``python -m piyue`` runs the same entry point as the ``piyue`` command."""

from piyue.cli import main

raise SystemExit(main())
