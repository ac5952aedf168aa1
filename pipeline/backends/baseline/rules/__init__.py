"""Rule-based extraction for the `baseline` backend: one module per job.

furniture   which lines of a scraped page are prose (not bylines, tables, captions)
sentences   sentence splitting with offsets into the article text
capitals    capitalised tokens and runs: the raw material of names
lexicon     shared word lists (titles, organisation words, speech verbs)
countries   countries and demonyms via pycountry
places      countries, regions, cities, subdivisions; datelines
names       people with their titles and roles
orgs        organisations: acronym definitions, names with organisation words
actors      merges mentions into one record per actor; resolves 'he', 'Sothirak'
dates       explicit dates -> ISO 8601 partial dates
quotes      quotations and their speakers
stems       keyword-stem counting shared by topics and relations
topics      controlled-vocabulary topics
relations   relation kinds from cue words
events      dated events and country/organisation relations
shorten     headline/phrase shortening and stated purposes
leads       lead sentences, summary and key points
compose     the whole Briefing
"""

from newsbrief.backends.baseline.rules.compose import compose_briefing

__all__ = ["compose_briefing"]
