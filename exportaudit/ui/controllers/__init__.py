"""Controllers connect views to the core: they own the store, the session and every user action."""
