"""The domain core: checklists, the record store, scoring. Imports no Qt, so the CLI and reports use it directly."""
