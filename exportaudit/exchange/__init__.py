"""Exchanging assessments with other people as files: the Excel questionnaire round trip (and, later, audit packages)."""
