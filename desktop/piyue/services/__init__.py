"""The application layer (DESIGN.md §2): Qt-free use cases shared by the CLI and the window.

Open and import reports, analyse them, export, merge annotations, list the library.
CLI commands and UI workers are thin adapters over these functions; neither imports
``piyue.storage`` directly.
"""
