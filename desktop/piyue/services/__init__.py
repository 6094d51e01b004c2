"""The application layer, Qt-free, shared by the CLI and the window (DESIGN.md §2)."""
