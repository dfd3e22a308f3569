"""Love Wall: turn what customers say to a service team into recognition the team can see."""

__version__ = "0.1.0"
