"""Start-up cost of the command line: CPU time of `briefing --help`, `briefing --version`
and `briefing note article.txt` (baseline backend), median of 10 fresh processes each,
beside the number of modules each imports.

CPU time (user + system of the child process), not wall time, so a busy machine does
not inflate the figure much. Targets: <= 0.3 s for help and version, <= 1 s for the note.

    python benchmarks/startup.py [--repeat 10]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "examples" / "article.txt"
COMMANDS: list[tuple[str, list[str], float]] = [
    ("briefing --help", ["--help"], 0.3),
    ("briefing --version", ["--version"], 0.3),
    ("briefing note article.txt", ["note", str(ARTICLE)], 1.0),
]
# The console script's own code: import the entry point, run it, exit.
ENTRY = (
    "import sys\n"
    "from newsbrief.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "finally:\n"
    "    import os\n"
    "    with open(os.environ['STARTUP_MODULES'], 'w') as f:\n"
    "        f.write(str(len(sys.modules)))\n"
)


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(args: list[str], repeat: int, env: dict[str, str]) -> tuple[list[float], int, int]:
    """CPU seconds of each of `repeat` fresh processes, the modules one imports, and the
    exit code of the last."""
    times = []
    modules = code = 0
    with tempfile.TemporaryDirectory() as tmp:
        count = Path(tmp) / "modules"
        run_env = {**env, "STARTUP_MODULES": str(count)}
        for _ in range(repeat):
            before = child_cpu()
            code = subprocess.run(
                [sys.executable, "-c", ENTRY, *args],
                env=run_env,
                cwd=tmp,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            ).returncode
            times.append(child_cpu() - before)
            modules = int(count.read_text()) if count.exists() else 0
    return times, modules, code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    options = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "BRIEFING_"))}
    env["BRIEFING_CACHE_DIR"] = tempfile.mkdtemp(prefix="startup-cache-")
    python_only = []
    for _ in range(options.repeat):
        before = child_cpu()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        python_only.append(child_cpu() - before)
    print(
        f"load average {os.getloadavg()[0]:.1f}; "
        f"python itself: {statistics.median(python_only):.3f} s CPU"
    )
    print(
        f"{'command':<28} {'median CPU s':>12} {'min':>7} {'max':>7} {'modules':>8} "
        f"{'exit':>5} {'target':>7}  met"
    )
    for name, args, target in COMMANDS:
        times, modules, code = measure(args, options.repeat, env)
        median = statistics.median(times)
        met = median <= target and code == 0
        print(
            f"{name:<28} {median:>12.3f} {min(times):>7.3f} {max(times):>7.3f} "
            f"{modules:>8} {code:>5} {target:>7.1f}  {'yes' if met else 'no'}"
        )


if __name__ == "__main__":
    main()
