"""The desktop interface (the only room that imports PySide6 widgets)."""
