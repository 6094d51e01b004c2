"""Entry script of the PyInstaller bundle: the same ``piyue.cli:main`` as the ``piyue`` console script.

A separate file (not ``desktop/piyue/__main__.py``) so that PyInstaller does not put ``desktop/piyue`` itself on
the search path, where ``paths.py`` or ``cli/`` could be found as top-level modules.
"""

from piyue.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
