"""Faithfulness: is what the briefing says in its own words what the article says?

Three verdicts, one meaning each (`schemas.Verdict`): `supported` (linked to article
text and every check passed), `contradicted` (the article says otherwise in the same
slot; `ClaimCheck.rule` names the check) and `unverified` (nothing could link it).

`verifier.ClaimVerifier` is the one interface of a verifier stage; `verifier.RuleVerifier`
is stage 1, the lexical rules: `consistency.check_claim` for prose (its rules, one
module each: `numbers`, `facts` (dates), `presence` (names), `roles` and `clauses`
(who does what, where), `negation`, `fused`), `prose.check_quote_text` for quotation
texts and `speakers.check_speaker` for who said them (`attribution`, `reported`,
`forms`, `pronouns`, `titles`, `naming`).
"""
