"""Evidence alignment: where in the article a quote, a name, a date or a place is.

`Aligner` finds a phrase (exact, normalised, fuzzy) and returns `Evidence` with
character offsets; `quotes.verbatim_quote` aligns a quotation and says whether it is
verbatim. Nothing here decides whether a sentence is faithful: that is
`newsbrief.grounding.faithfulness`.
"""
