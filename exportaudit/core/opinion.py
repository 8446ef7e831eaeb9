"""The overall conclusion an audit report states, on the four-step scale advisory firms use, proposed from the
evidence so the auditor starts from a reasoned position (and may overrule it, saying why).

    propose_opinion(overall_level, open_major=1, open_minor=2, duty_statuses=None) -> Opinion

The rule, strictest first: *not effective* when nothing is rated yet, the overall level is 0–1, a statutory duty
is not met, or three or more major findings are open; *partially effective* at level 2, with any open major
finding, or a duty only partly met; *effective with improvements needed* at level 3 or with open minor
findings; otherwise *effective*. ``duty_statuses`` (duty id -> "met" / "partly_met" / "not_met") is optional:
without a duties register the proposal rests on the scores and the findings alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from exportaudit.core.text import Text
from exportaudit.core.vocab import OPINIONS

MAJORS_FOR_NOT_EFFECTIVE = 3


@dataclass(frozen=True)
class Opinion:
    key: str  # one of OPINIONS, strongest first
    reasons: tuple[Text, ...]  # why, in both languages

    @property
    def label(self) -> Text:
        return OPINIONS[self.key]


def propose_opinion(overall_level: int | None, *, open_major: int = 0, open_minor: int = 0,
                    duty_statuses: Mapping[str, str] | None = None) -> Opinion:
    """The proposed conclusion and its reasons (see the module docstring for the rule)."""
    duties = dict(duty_statuses or {})
    not_met = sorted(d for d, s in duties.items() if s == "not_met")
    partly = sorted(d for d, s in duties.items() if s == "partly_met")
    reasons: list[tuple[int, Text]] = []  # (severity: 3 not effective ... 0 effective, reason)
    if overall_level is None:
        reasons.append((3, Text("尚无已评级的要素，无法认定内部合规机制有效。",
                                "No element is rated yet, so the programme cannot be shown to work.")))
    else:
        severity = 3 if overall_level <= 1 else 2 if overall_level == 2 else 1 if overall_level == 3 else 0
        reasons.append((severity, Text(f"总体成熟度为 {overall_level} 级。", f"The overall maturity is level {overall_level}.")))
    if not_met:
        reasons.append((3, Text(f"有 {len(not_met)} 项法定义务未履行。",
                                f"{len(not_met)} statutory dut{'y is' if len(not_met) == 1 else 'ies are'} not met.")))
    if partly:
        reasons.append((2, Text(f"有 {len(partly)} 项法定义务仅部分履行。",
                                f"{len(partly)} statutory dut{'y is' if len(partly) == 1 else 'ies are'} only "
                                "partly met.")))
    if open_major:
        reasons.append((3 if open_major >= MAJORS_FOR_NOT_EFFECTIVE else 2,
                        Text(f"有 {open_major} 项严重不符合项尚未关闭。",
                             f"{open_major} major nonconformit{'y is' if open_major == 1 else 'ies are'} still open.")))
    if open_minor:
        reasons.append((1, Text(f"有 {open_minor} 项一般不符合项尚未关闭。",
                                f"{open_minor} minor nonconformit{'y is' if open_minor == 1 else 'ies are'} still "
                                "open.")))
    worst = max(s for s, _ in reasons)
    keys = list(OPINIONS)  # effective ... not effective
    return Opinion(keys[worst], tuple(r for _, r in sorted(reasons, key=lambda sr: -sr[0])))
