"""Source grounding: evidence offsets for what a briefing copied, and verdicts on what it
wrote in its own words.

Two sub-packages, so a reader sees which rule does what:

- `evidence/`: alignment. `Aligner` finds a phrase (exact, normalised, fuzzy);
  `attach_evidence` sets the offsets of every quote, name, date and place.
- `faithfulness/`: the claim rules and the verifier interface. `ClaimVerifier` is one
  verifier stage; `RuleVerifier` (the lexical rules) is stage 1; each check says
  `supported`, `contradicted` or `unverified` and which `rule` decided.

At this level: `GroundedBriefing` turns strict-level misses of copied items into
validation errors so instructor re-asks the model (form); `apply` composes evidence,
verifiers and salvage (`prepare_briefing`, `verify_briefing`, `ground_briefing`);
`GroundingPolicy` (the `--grounding` setting) says which kinds are strict, flagged or off.
"""

from newsbrief.grounding.apply import (
    contradicted,
    finish_briefing,
    ground_briefing,
    prepare_briefing,
    rule_verifier,
    salvage_contradicted,
    verify_briefing,
    with_checks,
)
from newsbrief.grounding.evidence.aligner import FUZZY_THRESHOLD, MIN_FUZZY_CHARS, Aligner, align
from newsbrief.grounding.evidence.normalise import NormalisedText, normalise, normalise_phrase
from newsbrief.grounding.faithfulness.feedback import prose_problems, revision_request
from newsbrief.grounding.faithfulness.verifier import ClaimVerifier, RuleVerifier, verify_claims
from newsbrief.grounding.policy import (
    DEFAULT_POLICY,
    GroundingOptionError,
    GroundingPolicy,
    parse_policy,
)
from newsbrief.grounding.summary import summarise
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
    "ClaimVerifier",
    "GroundedBriefing",
    "GroundingOptionError",
    "GroundingPolicy",
    "NormalisedText",
    "RuleVerifier",
    "align",
    "contradicted",
    "find_problems",
    "finish_briefing",
    "ground_briefing",
    "grounded_briefing_model",
    "markup_in",
    "normalise",
    "normalise_phrase",
    "parse_policy",
    "policy_of",
    "prepare_briefing",
    "prose_problems",
    "revision_request",
    "rule_verifier",
    "salvage_contradicted",
    "summarise",
    "verify_briefing",
    "verify_claims",
    "with_checks",
]
