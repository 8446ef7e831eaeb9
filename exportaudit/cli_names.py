"""``exportaudit names``: an assessment's organisation name and title in their Chinese and English forms, shown in
the command line's language and set one form at a time (``--name-en``, ``--title-zh`` ...), so a store kept before
the two forms existed can be given the missing one without the window."""

from __future__ import annotations

import argparse
import json

from exportaudit.cli import ASSESSMENT, STORE, USER, _open, _session
from exportaudit.cli_text import cli_language, say

_OPTIONS = (("name", "organisation's name"), ("title", "assessment's title"))


def cmd_names(args: argparse.Namespace) -> int:
    lang = cli_language(args.lang)
    with _open(args.store, read_only=not _given(args), user=args.user) as store:
        session = _session(store, args.assessment, lang)
        a = session.assessment
        org_forms = {f"name_{x}": getattr(args, f"name_{x}") for x in ("zh", "en")
                     if getattr(args, f"name_{x}") is not None}
        title_forms = {f"title_{x}": getattr(args, f"title_{x}") for x in ("zh", "en")
                       if getattr(args, f"title_{x}") is not None}
        if org_forms or title_forms:
            with store.transaction():  # both or neither
                if org_forms:
                    store.organisations.update(a.organisation_id, **org_forms)
                if title_forms:
                    store.assessments.update(a.id, **title_forms)
        org, a = store.organisations.get(a.organisation_id), store.assessments.get(a.id)
    if args.json:
        print(json.dumps({"assessment": a.id, "organisation": {"zh": org.name_zh, "en": org.name_en},
                          "title": {"zh": a.title_zh, "en": a.title_en}}, ensure_ascii=False, indent=2))
        return 0
    print(say("assessment", lang, id=a.id, title=a.in_language("title", lang)))
    for key, record, field in (("names_organisation", org, "name"), ("names_title", a, "title")):
        forms = record.forms(field)
        print(say(key, lang, zh=forms.zh or "—", en=forms.en or "—"))
    return 0


def _given(args: argparse.Namespace) -> bool:
    return any(getattr(args, f"{field}_{x}") is not None for field, _ in _OPTIONS for x in ("zh", "en"))


def add_verbs(verbs) -> None:
    p = verbs.add_parser("names", parents=[STORE, ASSESSMENT, USER],
                         help="show or set the Chinese and English forms of an assessment's organisation name and "
                              "title")
    for field, what in _OPTIONS:
        for x, language in (("zh", "Chinese"), ("en", "English")):
            p.add_argument(f"--{field}-{x}", metavar="TEXT", help=f"the {what} in {language} (empty: none)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["zh", "en"], help="language of the output (default: the locale's)")
    p.set_defaults(func=cmd_names)
