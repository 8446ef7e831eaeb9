"""Self-drawn widgets that Qt does not provide."""
