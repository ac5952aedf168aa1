"""The controlled topic vocabulary. Kept small and stable so topic F1 is comparable
across prompt versions; extend it only with a new schema hash (it changes the schema)."""

from __future__ import annotations

from typing import Literal, get_args

Topic = Literal[
    "politics",
    "diplomacy",
    "defence",
    "security",
    "conflict",
    "economy",
    "trade",
    "business",
    "energy",
    "environment",
    "health",
    "science-technology",
    "law-justice",
    "crime",
    "society",
    "migration",
    "disaster",
    "infrastructure",
    "education",
    "culture-sport",
]

TOPICS: tuple[str, ...] = get_args(Topic)
