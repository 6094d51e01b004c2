"""Piyue 批阅: read, review and annotate long structured Chinese documents."""

# Kept equal to pyproject.toml's version by tests/test_version.py (importlib.metadata costs ~50 ms at start).
__version__ = "0.1.0"

APP_NAME = "Piyue"
APP_NAME_ZH = "批阅"
ORG_NAME = "Piyue"
ORG_DOMAIN = "piyue.app"
