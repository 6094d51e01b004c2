"""export room (see DESIGN.md §2)."""
