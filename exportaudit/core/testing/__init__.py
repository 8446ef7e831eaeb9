"""Transaction testing: checking the ICP against the client's real orders, not only its documents.

The auditor imports the client's order or shipment lists (``orders``: an ERP export in CSV or .xlsx, its
columns mapped to order fields), draws a reproducible, optionally stratified random sample from a list
(``sampling``), and fills in a test card for every sampled order: each check of the checklist's
``[transaction_testing]`` table passed, failed or N/A, and the red-flag review (``redflags``: the list of
warning signs). ``results`` turns the recorded results into pass rates per check, the item caps a check below
its threshold causes, and the summaries the window and the reports show.

Everything here is pure: the store (``exportaudit.core.store``) keeps the lists, samples and results in
SQLite and feeds them in. "Transaction" in the rest of the code means a database transaction.
"""
