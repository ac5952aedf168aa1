"""`briefing view`: a local web workspace over a folder of runs.

Browse runs and their articles (paged and filtered through a SQLite index), open an
article's note with its highlights, compare two runs with the numbers of
`briefing eval compare`, and review briefings into validated gold records, one gold
JSONL file per annotator. Served by Starlette + uvicorn on 127.0.0.1 by default.
"""

from newsbrief.workspace.app import Workspace, create_app
from newsbrief.workspace.server import serve

__all__ = ["Workspace", "create_app", "serve"]
