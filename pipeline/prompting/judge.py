"""The judge's prompt files: `prompts/judge/v<N>.yaml`, loaded, checked, hashed, rendered.

A judge prompt is data like a briefing prompt, and versioned the same way: a change of
wording changes verdicts, so every judged record carries the prompt's reference and
content hash (prompt text + the verdict schema). It is its own kind of file because it
renders other things (a numbered list of claims) and has no briefing examples; the
briefing registry (`list_prompts`) leaves the `judge` folder out.

Rendering puts what every request about one article shares first (the system
instructions, then the article), and the claims last, so a provider's prompt cache
serves the article again for its second chunk of claims.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newsbrief.errors import PromptError
from newsbrief.prompting.spec import (
    PromptFile,
    check_template,
    parse_ref,
    read_prompt_yaml,
    render_template,
)
from newsbrief.prompts import PROMPTS_DIR
from newsbrief.schemas import JudgeAnswer, schema_hash
from newsbrief.schemas.hashing import stable_hash

__all__ = ["DEFAULT_JUDGE_PROMPT", "JUDGE_FOLDER", "JudgePromptSpec", "load_judge_prompt"]

JUDGE_FOLDER = "judge"
DEFAULT_JUDGE_PROMPT = "judge@v1"
JUDGE_VARIABLES = frozenset({"text", "title", "published", "claims", "count"})


class JudgePromptSpec(PromptFile):
    """A validated judge prompt file."""

    @property
    def content_hash(self) -> str:
        """Prompt content + the verdict schema: what a judged record says it was asked."""
        return stable_hash(
            {"prompt": self.model_dump(mode="json"), "schema": schema_hash(JudgeAnswer)}
        )

    def render(
        self, text: str, claims: list[str], title: str | None = None, published: str | None = None
    ) -> list[dict[str, str]]:
        """System instructions, then one user turn: the article first, the claims last."""
        numbered = "\n".join(f"{n}. {' '.join(claim.split())}" for n, claim in enumerate(claims, 1))
        context = {
            "text": text,
            "title": title or "",
            "published": published or "",
            "claims": numbered,
            "count": len(claims),
        }
        return [
            {"role": "system", "content": render_template(self.system, context)},
            {"role": "user", "content": render_template(self.user, context)},
        ]


def _check(path: Path, spec: JudgePromptSpec) -> None:
    for field in ("system", "user"):
        used = check_template(path, field, getattr(spec, field), JUDGE_VARIABLES)
        if field == "user" and not {"text", "claims"} <= used:
            raise PromptError(
                f"{path}: field user: the template must insert {{{{ text }}}} and {{{{ claims }}}}"
            )
    if spec.id != JUDGE_FOLDER or path.name != f"v{spec.version}.yaml":
        raise PromptError(
            f"{path}: id/version say {spec.id}/v{spec.version}.yaml; a judge prompt lives in "
            f"prompts/{JUDGE_FOLDER}/ with id {JUDGE_FOLDER!r}"
        )


def load_judge_prompt_file(path: Path) -> JudgePromptSpec:
    spec = read_prompt_yaml(path, JudgePromptSpec, kind="judge prompt")
    _check(path, spec)
    return spec


@lru_cache(maxsize=8)
def load_judge_prompt(ref: str = DEFAULT_JUDGE_PROMPT, root: Path = PROMPTS_DIR) -> JudgePromptSpec:
    """'judge@v1' (or 'judge' for the latest version) from the registry."""
    name, version = parse_ref(ref)
    if name != JUDGE_FOLDER:
        raise PromptError(f"unknown judge prompt {ref!r}: judge prompts are {JUDGE_FOLDER}@vN")
    folder = root / name
    versions = sorted(int(p.stem[1:]) for p in folder.glob("v*.yaml") if p.stem[1:].isdigit())
    chosen = versions[-1] if version is None and versions else version
    if chosen not in versions:
        raise PromptError(f"judge prompt {ref!r} not found; versions: {versions}")
    return load_judge_prompt_file(folder / f"v{chosen}.yaml")
