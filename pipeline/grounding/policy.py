"""How strictly a run holds the model to the article: the `--grounding` setting.

Three kinds of claims, each at one of three levels:

- `quotes`: quotation texts.
- `names`: actor names (or one of their aliases), event `when_text` and `where`.
- `markup`: URLs, HTML tags and markdown links in any output field that the article
  itself does not contain.
- `prose`: the summary's sentences, key points, event and relation descriptions (their
  numbers, dates, names and negations against the article sentences that support
  them) and who said each quote.

Levels: `strict` makes a miss a validation error, so instructor re-asks the model with a
message that says what to fix; `flag` lets the answer through and the grounding step
marks the item ungrounded; `off` checks nothing for that kind.

The setting is written `strict`, `flag` or `off` (every kind at that level) or per kind,
`quotes=strict,names=flag`. The default is
`quotes=strict,names=flag,markup=strict,prose=flag`: a fabricated quote is the costliest
error, while names are often legitimately normalised by the model ("the US" for
"Washington") and the prose checks are lexical (a paraphrase can fail them). Under
`prose=strict` the model is re-asked with what each failing sentence says against what
the article says, and once the re-asks are spent the failing sentences are removed and
recorded. Evidence offsets are recorded after every call unless every kind is `off`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal, cast

from newsbrief.errors import BriefingError

__all__ = ["DEFAULT_POLICY", "GroundingOptionError", "GroundingPolicy", "Level", "parse_policy"]

Level = Literal["strict", "flag", "off"]
LEVELS: tuple[Level, ...] = ("strict", "flag", "off")


class GroundingOptionError(BriefingError):
    """The --grounding value cannot be parsed."""


@dataclass(frozen=True)
class GroundingPolicy:
    quotes: Level = "strict"
    names: Level = "flag"
    markup: Level = "strict"
    prose: Level = "flag"

    @property
    def records_evidence(self) -> bool:
        """Whether the grounding step runs at all after the model answers."""
        return any(getattr(self, f.name) != "off" for f in fields(self))

    def __str__(self) -> str:
        return ",".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self))


DEFAULT_POLICY = GroundingPolicy()
KINDS = tuple(f.name for f in fields(GroundingPolicy))


def parse_policy(value: str | GroundingPolicy | None) -> GroundingPolicy:
    """'strict' | 'flag' | 'off' | 'quotes=strict,names=flag' -> GroundingPolicy."""
    if value is None or value == "":
        return DEFAULT_POLICY
    if isinstance(value, GroundingPolicy):
        return value
    text = value.strip().lower()
    if text in LEVELS:
        level = cast(Level, text)
        return GroundingPolicy(**dict.fromkeys(KINDS, level))
    settings: dict[str, Level] = {}
    for part in text.split(","):
        kind, sep, level_text = (piece.strip() for piece in part.partition("="))
        if not sep or kind not in KINDS or level_text not in LEVELS:
            raise GroundingOptionError(
                f"bad --grounding value {value!r}: write strict, flag or off, or per kind "
                f"like 'quotes=strict,names=flag' (kinds: {', '.join(KINDS)}; "
                f"levels: {', '.join(LEVELS)})"
            )
        settings[kind] = cast(Level, level_text)
    return GroundingPolicy(**settings)
