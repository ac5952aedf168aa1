"""Source grounding: every quote, name, date and place traced back to the article text.

`Aligner` finds a phrase (exact, normalised, fuzzy); `ground_briefing` attaches
`Evidence` offsets and a `GroundingSummary` after every backend call; `GroundedBriefing`
turns strict-level misses into validation errors so instructor re-asks the model;
`GroundingPolicy` (the `--grounding` setting) says which kinds are strict, flagged or off.
"""

from newsbrief.grounding.aligner import FUZZY_THRESHOLD, MIN_FUZZY_CHARS, Aligner, align
from newsbrief.grounding.apply import (
    finish_briefing,
    ground_briefing,
)
from newsbrief.grounding.normalise import NormalisedText, normalise, normalise_phrase
from newsbrief.grounding.policy import (
    DEFAULT_POLICY,
    GroundingOptionError,
    GroundingPolicy,
    parse_policy,
)
from newsbrief.grounding.validators import (
    GroundedBriefing,
    find_problems,
    grounded_briefing_model,
    markup_in,
    policy_of,
)

__all__ = [
    "DEFAULT_POLICY",
    "FUZZY_THRESHOLD",
    "MIN_FUZZY_CHARS",
    "Aligner",
    "GroundedBriefing",
    "GroundingOptionError",
    "GroundingPolicy",
    "NormalisedText",
    "align",
    "find_problems",
    "finish_briefing",
    "ground_briefing",
    "grounded_briefing_model",
    "markup_in",
    "normalise",
    "normalise_phrase",
    "parse_policy",
    "policy_of",
]
