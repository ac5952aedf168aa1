"""Model answers -> validated briefings: repair, coerce, validate, re-ask or salvage.

Real models rarely answer exactly the schema: prose around the JSON, trailing commas,
`"Person"` for `person`, a date as written, a string where a list belongs. Following
BAML's schema-aligned parsing, each answer is repaired and coerced deterministically
before validation; only what no repair fixes is sent back to the model, and once
re-asks are spent the valid part is kept (salvage). Every repair and removal is
recorded (`AnswerLog`) and lands on the record.
"""

from newsbrief.answers.log import LOG_KEY, AnswerInvalid, AnswerLog, OnInvalid, answer_log_of
from newsbrief.answers.parse import TRUNCATED_REASON, parse_answer, reask_message
from newsbrief.answers.syntax import load_answer

__all__ = [
    "LOG_KEY",
    "TRUNCATED_REASON",
    "AnswerInvalid",
    "AnswerLog",
    "OnInvalid",
    "answer_log_of",
    "load_answer",
    "parse_answer",
    "reask_message",
]
