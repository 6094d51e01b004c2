"""Charts (the only room that imports pyqtgraph)."""
