"""storage room (see DESIGN.md §2)."""
