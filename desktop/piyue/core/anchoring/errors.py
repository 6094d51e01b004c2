"""Errors of the anchoring room; ``str(err)`` is a one-line message for the user."""


class AnchoringError(ValueError):
    """A quote or section could not be located as asked (not found, ambiguous, bad --nth)."""
