"""Attribution forms the plain patterns of `attribution` do not read.

- `'"...," said one.'`, `'"...," said another.'`: one of the group the passage has just
  introduced as its subject ("Fans have expressed their support ... '"...," said
  one'"); the attribution is that group ("one of the fans"), never a name. No group
  introduced: no attribution.
- `'"...," Ms. Pryor said'`: a courtesy title with its full stop before the name.
- a run-in caption before a sentence's subject ("Image caption A large crater was left
  by the blast Taliban spokesman Zabihullah Mujahid said that ..."): the name right
  after a description ("spokesman", "expert") and right before the reporting verb is
  the subject, whatever the caption before it says.
- `'Gaga has shared a photo ..., saying: "..."'`: the name opening the sentence;
  `'Gaga, who urged voters to vote for "..."'`: the name "who" stands for.
- `'"...," Reuters reported'` after 'X said that ... "..."': the outlet reports X's
  words; the sentence's subject said them (`outlet_reports`).
"""

from __future__ import annotations

import re

from newsbrief.grounding.faithfulness.attribution import (
    DESCRIPTOR,
    NAME,
    REPORTING,
    Attribution,
    proper_name,
)

__all__ = [
    "described_subject",
    "group_member",
    "outlet_reports",
    "participle_subject",
    "titled_after",
]

_LOOK_BACK = 600  # how far back the group a "said one" belongs to may be introduced
_ONE = re.compile(r"[\s,\"”’']{0,6}said\s+(?P<one>one|another)\s*[.,;]")
# A sentence opening with a bare plural noun that does something: "Fans have expressed".
_GROUP = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n\s*)(?:(?:Some|Many|Other|The)\s+)?(?P<group>[A-Z][a-z]{2,}s)\s+"
    r"(?:have|had|were|are|also|took|went|[a-z]+ed)\b"
)
_TITLE_AFTER = re.compile(
    rf"[\s,\"”’']{{0,6}}(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.[ \t]+(?P<name>{NAME})\s+(?:\w+\s+)?{REPORTING}\b(?!\s*:)"
)
_DESCRIBED = re.compile(rf"\b{DESCRIPTOR}[ \t]+(?P<name>{NAME})$|(?:^|\s)(?P<who>{NAME}),\s+who$")
# "Gaga has shared a photo ..., saying:": the participle's subject opens the sentence.
_PARTICIPLE = re.compile(r",\s+(?:saying|adding|writing|telling\s+[\w ]{1,40}?,?)\s*:?\s*$")
# the sentence's opening name, an apposition allowed ("John Conyers, the ranking
# Democrat on the committee, hinted at battles to come, saying: "...")
_OPENER = re.compile(
    rf"(?P<name>{NAME})(?:,\s[^\"“”,]{{1,150}},)?\s+(?:has|had|was|is|also|then|[a-z]+ed)\b"
)
_OUTLET = re.compile(r"[\s,\"”’']{0,6}[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+reported\s*[.,]")


def group_member(text: str, end: int) -> Attribution | None:
    """'"...," said one': one of the group the passage last introduced as a sentence's
    subject, within `_LOOK_BACK` before the quote ending at `end`."""
    close = next((i for i in range(end, min(len(text), end + 200)) if text[i] in '"”'), end - 1)
    match = _ONE.match(text, close + 1)
    if match is None:
        return None
    groups = list(_GROUP.finditer(text, max(0, close - _LOOK_BACK), close))
    if not groups:
        return None
    group = groups[-1].group("group").lower()
    at = match.start("one")
    return Attribution(f"one of the {group}", at, match.end("one"), "role")


def titled_after(text: str, end: int) -> Attribution | None:
    """'"...," Ms. Pryor said': the name after a courtesy title written with a stop."""
    close = next((i for i in range(end, min(len(text), end + 200)) if text[i] in '"”'), None)
    if close is None:
        return None
    match = _TITLE_AFTER.match(text, close + 1)
    if match is None or not proper_name(match.group("name"), text):
        return None
    return Attribution(match.group("name"), match.start("name"), match.end("name"), "name")


def described_subject(text: str, head_start: int, head_end: int) -> Attribution | None:
    """The name that ends a sentence's head right after a description ("Taliban
    spokesman Zabihullah Mujahid" before "said"), whatever a run-in caption put
    before it, or that a relative clause's "who" stands for ("Gaga, who urged")."""
    match = _DESCRIBED.search(text[head_start:head_end].rstrip())
    group = "name" if match and match.group("name") else "who"
    if match is None or not proper_name(match.group(group), text):
        return None
    at = head_start + match.start(group)
    return Attribution(match.group(group), at, at + len(match.group(group)), "name")


def participle_subject(text: str, sentence_start: int, opening: int) -> Attribution | None:
    """'Gaga has shared a photo ..., saying: "..."': the name that opens the sentence
    and does what the participle goes with."""
    if _PARTICIPLE.search(text, sentence_start, opening) is None:
        return None
    match = _OPENER.match(text, sentence_start)
    if match is None or not proper_name(match.group("name"), text):
        return None
    return Attribution(match.group("name"), match.start("name"), match.end("name"), "name")


def outlet_reports(text: str, close: int) -> bool:
    """Whether the quotation closing at `close` is followed by only '..., Reuters
    reported': an outlet reporting the words, not their speaker."""
    return _OUTLET.match(text, close + 1) is not None
