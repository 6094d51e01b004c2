"""Outline parsing: numbering markers, the plain-text heading finder and the section tree."""
