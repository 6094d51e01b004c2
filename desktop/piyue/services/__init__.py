"""The application layer (DESIGN.md §2): Qt-free services shared by the CLI and the window.

Open and import reports, analyse them, export, merge annotations, list the library, indicators
and comparison. CLI commands and UI workers are thin adapters over these modules; they do not
import ``piyue.storage`` themselves.
"""
