"""Piyue 批阅: read, review and annotate long structured Chinese documents."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("piyue")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Piyue"
APP_NAME_ZH = "批阅"
ORG_NAME = "Piyue"
ORG_DOMAIN = "piyue.app"
