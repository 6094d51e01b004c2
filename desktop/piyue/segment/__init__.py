"""segment room (see DESIGN.md §2)."""
