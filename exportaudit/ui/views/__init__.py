"""Views lay out widgets and set their texts; they hold no logic and never talk to the store."""
