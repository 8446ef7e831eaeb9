"""ExportAudit: audit an export-control Internal Compliance Programme against MOFCOM's 2021 guidance."""

__version__ = "0.1.0"
