"""The settings fingerprint: a run directory never mixes briefings made differently.

Every setting that changes what a briefing would be is recorded in the manifest
(`settings`, hashed into `fingerprint`): the input and its field names, the backend,
model and its parameters (endpoint, mode, re-asks, grounding policy, context budget,
temperature, max tokens), the prompt and the schema, and the samples per article
(`--repeat`, recorded only when above 1 so older fingerprints still match). Resuming a directory with a
different fingerprint is refused with a message listing each difference, because
records do not carry every setting and a mix could not be told apart afterwards.

What only changes how fast or how much is done (concurrency, rate limits, --limit,
--retry-errors, the input line limits) is not part of it; each session's own options
are kept in the manifest's `sessions` list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsbrief.errors import RunDirError
from newsbrief.inputs.reader import FieldMap
from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import Manifest
from newsbrief.schemas.hashing import stable_hash

__all__ = ["check_settings", "fingerprint", "run_settings"]

# How each setting is named to the user (the option that changes it).
LABELS = {
    "input": "input",
    "source": "input",
    "input_fields.id": "--id-field",
    "input_fields.text": "--text-field",
    "input_fields.title": "title field",
    "backend": "backend",
    "model": "--model",
    "prompt": "--prompt",
    "schema": "schema",
    "parameters.endpoint": "endpoint ($OPENAI_BASE_URL)",
    "parameters.mode": "--openai-mode",
    "parameters.max_reasks": "--max-reasks",
    "parameters.grounding": "--grounding",
    "parameters.context_tokens": "--context-tokens",
    "parameters.temperature": "temperature",
    "parameters.max_tokens": "max_tokens",
    "repeat": "--repeat",
}
# What a setting absent from an older manifest means.
DEFAULTS: dict[str, Any] = {"repeat": 1}


def run_settings(
    input_path: Path | str,
    fields: FieldMap,
    backend: str,
    model: str,
    parameters: dict[str, Any],
    prompt: PromptSpec,
    source: str | None = None,
    repeat: int = 1,
) -> dict[str, Any]:
    """The settings that decide what a briefing is (JSON-ready, for the manifest)."""
    location = str(input_path)
    if "://" not in location:
        location = str(Path(location).resolve())
    settings: dict[str, Any] = {
        "input": location,
        "input_fields": fields.as_dict(),
        "backend": backend,
        "model": model,
        "parameters": dict(parameters),
        "prompt": f"{prompt.ref}#{prompt.content_hash}",
        "schema": prompt.schema_hash,
    }
    if source is not None:
        settings["source"] = source
    if repeat > 1:
        settings["repeat"] = repeat
    return settings


def fingerprint(settings: dict[str, Any]) -> str:
    return stable_hash(settings, length=16)


def _flat(settings: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in settings.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flat(value, name + "."))
        else:
            flat[name] = value
    return flat


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """One phrase per differing setting: `--grounding 'strict' (now 'flag')`."""
    before, after = _flat(old), _flat(new)
    found = []
    for name in sorted(set(before) | set(after)):
        was, now = before.get(name, DEFAULTS.get(name)), after.get(name, DEFAULTS.get(name))
        if was != now:
            found.append(f"{LABELS.get(name, name)} {was!r} (now {now!r})")
    return found


def check_settings(run_dir: Path, old: Manifest, settings: dict[str, Any]) -> None:
    """Refuse to resume `run_dir` with other settings; a manifest from before settings
    were recorded is accepted (its model, prompt and schema were checked already)."""
    if not old.settings or old.fingerprint == fingerprint(settings):
        return
    changed = differences(old.settings, settings)
    if not changed:
        return
    raise RunDirError(
        f"{run_dir} was made with other settings: "
        + "; ".join(changed)
        + ". Resume it with the same settings, or brief into a new directory "
        "(--fresh with --out, or another --run-dir)"
    )
