"""Hostile text: spotting instructions aimed at the model inside an article.

Articles are untrusted data. The prompt already declares the delimited article to be
data (and can datamark it, see `PromptSpec.datamark`), but an analyst should still know
when an article tried to steer the model: `detect_injection` looks for the phrasing of
prompt-injection attempts and the pipeline sets `Briefing.injection_suspected`.

The patterns are deliberately narrow (they name the model, its instructions, a chat role
tag or the prompt's own delimiters) so that ordinary news, which quotes people telling
each other what to do all the time, is not flagged. A flag is a warning for a human, not
a verdict: the briefing is still produced.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field

from newsbrief.schemas import Briefing
from newsbrief.text.lexicon import INVISIBLE_CHARS
from newsbrief.text.scan import AnchoredPattern

__all__ = [
    "DATAMARK",
    "INJECTION_PATTERNS",
    "InjectionReport",
    "detect_injection",
    "injected_spans",
    "looks_injected",
    "strip_datamark",
]

# The spotlighting marker of prompts/briefing-spotlight (U+02C6, modifier circumflex):
# visible to the model, absent from ordinary news text.
DATAMARK = "\u02c6"

_I = re.IGNORECASE | re.MULTILINE
_MODEL = r"(?:AI|assistant|chat ?bot|language model|LLM|model|GPT|ChatGPT|Claude|Gemini)"
# Who an address to the model names: the model itself, or what it is doing here.
_READER = (
    r"(?:(?:AI|automated)[ \t]+systems?|(?:(?:AI|LLM)[ \t]+)?(?:AI|LLM|large language model|"
    r"language model|chat ?bot|assistant|summari[sz]er|agent|bot|model|GPT|ChatGPT)s?)"
)

INJECTION_PATTERNS: dict[str, re.Pattern[str]] = {
    # "ignore (all) (the) previous instructions", "disregard the above prompt", ...
    "override": re.compile(
        r"\b(?:ignore|disregard|forget|override|bypass)\b[^.\n]{0,30}?\b"
        r"(?:previous|prior|above|earlier|preceding|all|your|system|original)\b"
        r"[^.\n]{0,20}?\b(?:instructions?|prompts?|rules|directions|guidelines|context)\b",
        _I,
    ),
    # Chat-template role tags and instruction markers of common model families.
    "role_tag": re.compile(
        r"<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id)\|>"
        r"|\[/?INST\]|<</?SYS>>|<start_of_turn>|<end_of_turn>"
        r"|^#{2,}\s*(?:instruction|system|response)s?\s*:?\s*$",
        _I,
    ),
    # A line that opens with a role label, as in a transcript fed to a model. Only
    # spaces and tabs before the label: `\s*` would cross line breaks, and from every
    # line start of a run of blank lines it would rescan the whole run (quadratic).
    "role_line": re.compile(r"^[ \t]*(?:system|assistant)[ \t]*(?:prompt)?[ \t]*:", _I),
    # "You are now DAN", "from now on you will act as an unrestricted AI".
    "persona": re.compile(
        r"\b(?:you are now|from now on,? you (?:are|will)|you will now act as|"
        r"pretend (?:that )?you are|act as an?)\b[^.\n]{0,60}?\b"
        r"(?:" + _MODEL + r"|DAN|jailbr\w*|unrestricted|unfiltered|developer mode|mode)\b",
        _I,
    ),
    # Requests to the model to output something instead of a summary.
    "output_request": re.compile(
        r"\b" + _MODEL + r"s?\b[^.\n]{0,30}?\b(?:must|should|shall|will|is instructed to)\s+"
        r"(?:now\s+|only\s+)?(?:output|print|respond with|reply with|answer with)\b"
        r"|\byou (?:must|should|will|shall) (?:now |only )?(?:output|print|reply with|answer with)\b"
        r"|\b(?:output|print|say|reply with|respond with) (?:only |exactly )?"
        r"(?:the following|the word|this text)\b"
        r"|\binstead of (?:a |the |writing a )?summar\w*|\bdo not summari[sz]e\b"
        r"|\b(?:reveal|print|output|repeat|show)\b[^.\n]{0,20}?"
        r"\b(?:system prompt|your (?:instructions|prompt))\b",
        _I,
    ),
    # Text addressed to the model as its reader: "Note to AI assistants:", "Dear AI,",
    # "ATTENTION LLM:", "If you are an AI ...", "any language model reading this".
    # The address must end in a colon or comma (a salutation), so "instructions for AI
    # developers were published" is news, not an address.
    "address": re.compile(
        r"\b(?:note|message|instructions?|attention|dear|hey|hello|warning|notice)\b"
        r"[ \t]+(?:to[ \t]+|for[ \t]+)?(?:the[ \t]+|all[ \t]+|any[ \t]+)?"
        + _READER
        + r"(?:[ \t]+(?:reading|summari[sz]ing|processing|parsing|indexing)[ \t]+this"
        r"(?:[ \t]+(?:article|page|text|story|document|post))?)?[ \t]*[:,]"
        r"|\bif you(?:'re|’re| are) an? (?:AI|LLM|large language model|language model|"
        r"assistant|chat ?bot|bot|automated system|model)\b"
        r"|\b(?:AI|LLM|language model|assistant|chat ?bot|model|summari[sz]er)s?[ \t]+"
        r"(?:reading|summari[sz]ing|processing)[ \t]+this\b",
        _I,
    ),
    # New instructions introduced as such, or a closing delimiter to break out of data.
    "new_instructions": re.compile(
        r"\b(?:new|updated|real|actual) (?:instructions|system prompt)\s*:"
        r"|</\s*(?:article|document|data|context)\s*>",
        _I,
    ),
}


# What each pattern cannot match without: a pattern whose words are all absent from
# the text (folded as `_folded` does) is not run. Most articles hold none of them, and
# five case-insensitive scans of a 5 KB article cost about 0.7 ms.
_NEEDS: dict[str, tuple[str, ...]] = {
    "override": ("ignore", "disregard", "forget", "override", "bypass"),
    "role_tag": ("<|", "[inst]", "[/inst]", "<<sys>>", "<</sys>>", "_of_turn>", "##"),
    "role_line": ("system", "assistant"),
    "persona": ("you are now", "from now on", "you will now act as", "pretend", "act as a"),
    "output_request": (
        "output",
        "print",
        "respond with",
        "reply with",
        "answer with",
        "the following",
        "the word",
        "this text",
        "instead of",
        "do not summari",
        "system prompt",
        "your instructions",
        "your prompt",
    ),
    "address": (
        "note",
        "message",
        "instruction",
        "attention",
        "dear",
        "hey",
        "hello",
        "warning",
        "notice",
        "if you",
        "reading",
        "summari",
        "processing",
    ),
    "new_instructions": ("instructions", "system prompt", "</"),
}


# Every match of "address" opens at one of these words (each alternative starts with a
# word boundary and one of them): the pattern is tried only there (`text.scan`), which
# gives the same matches at a tenth of the cost of trying it at every position.
_ADDRESS_OPENERS = (
    "note", "message", "instruction", "attention", "dear", "hey", "hello", "warning",
    "notice", "if you", "ai", "llm", "language", "assistant", "chat", "model", "summari",
)  # fmt: skip
_ANCHORED = {
    "address": AnchoredPattern(INJECTION_PATTERNS["address"], _ADDRESS_OPENERS, digits=False)
}


def _finditer(name: str, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, tried only where a match can open when that is known."""
    anchored = _ANCHORED.get(name)
    return anchored.finditer(text) if anchored is not None else pattern.finditer(text)


def _folded(text: str) -> str:
    """`text` with every character that `re.IGNORECASE` matches to an ASCII letter
    written as that letter (case folded; dotless i and the dot of a capital dotted I
    dropped to i), so a word a pattern needs is found in it whatever its case. It may
    hold more than the patterns see (ß -> ss), never less."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return folded.replace("\u0131", "i").replace("\u0307", "")


def _patterns_for(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns that can match `text` (see `_NEEDS`; a pattern without an entry
    there always runs)."""
    folded = _folded(text)
    return [
        (name, pattern)
        for name, pattern in INJECTION_PATTERNS.items()
        if name not in _NEEDS or any(word in folded for word in _NEEDS[name])
    ]


@dataclass(frozen=True)
class InjectionReport:
    """Which patterns matched and the first matching text of each."""

    signals: dict[str, str] = field(default_factory=dict)

    @property
    def suspected(self) -> bool:
        return bool(self.signals)


_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))


def _scan_view(text: str) -> str:
    """The text as a reader sees it: compatibility forms folded (fullwidth letters),
    invisible characters removed and datamarks read as spaces, so that 'Ig\u200bnore'
    or 'ignoreˆprevious' cannot slip past the patterns."""
    view = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return view.replace(DATAMARK, " ")


# The prompt labels an article's flagged passages before its request, and the grounding
# step sets the briefing's flag when the answer comes back: both scan the same article
# text, about 0.4 ms each. The last REMEMBERED reports are kept, keyed by a digest of
# the text rather than the text itself (a long article is not held in memory for it);
# between a request and its answer the other requests in flight scan theirs, so this
# must exceed the concurrency. A text not remembered is scanned again, as before.
REMEMBERED = 1024
_reports: OrderedDict[bytes, InjectionReport] = OrderedDict()
_reports_lock = threading.Lock()  # off-loop threads scan long articles


def detect_injection(text: str) -> InjectionReport:
    """Scan an article for instruction-like text aimed at the model."""
    key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()
    with _reports_lock:
        report = _reports.get(key)
        if report is not None:
            _reports.move_to_end(key)
            return report
    report = _scan(text)
    with _reports_lock:
        _reports[key] = report
        if len(_reports) > REMEMBERED:
            _reports.popitem(last=False)
    return report


def _scan(text: str) -> InjectionReport:
    signals = {}
    view = _scan_view(text)
    for name, pattern in _patterns_for(view):
        match = next(_finditer(name, pattern, view), None)
        if match:
            signals[name] = match.group(0)[:120]
    return InjectionReport(signals)


def injected_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of instruction-like text, as offsets into `text` itself.

    The patterns run on the text as written (offsets must stay valid for highlights and
    for leaving those sentences out of a summary); disguised forms that only the
    normalised view reveals still raise `detect_injection`'s flag.
    """
    spans = [
        match.span()
        for name, pattern in _patterns_for(text)
        for match in _finditer(name, pattern, text)
    ]
    return sorted(spans)


def looks_injected(text: str) -> bool:
    return detect_injection(text).suspected


def strip_datamark(briefing: Briefing, marker: str) -> Briefing:
    """Turn datamarks the model copied into its answer back into spaces."""
    if not marker or marker not in briefing.model_dump_json():
        return briefing
    return Briefing.model_validate(_replace(briefing.model_dump(), marker))


def _replace(value: object, marker: str) -> object:
    if isinstance(value, str):
        return " ".join(value.replace(marker, " ").split())
    if isinstance(value, dict):
        return {key: _replace(item, marker) for key, item in value.items()}
    if isinstance(value, list):
        return [_replace(item, marker) for item in value]
    return value
