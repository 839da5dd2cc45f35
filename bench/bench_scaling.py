"""Cost of one job as one document grows: seconds per MB and peak memory, 100 KB to 45 MB.

Inputs are built from the bundled NovaSky call (English and Chinese): the call repeated up to the
size, every copy with its figures changed (so no two paragraphs are the same), in two layouts:
``normal`` (as written, one paragraph a line) and ``one-line`` (every line break a space: the
whole file one line). Each size runs in a fresh process that first warms up on the sample (imports,
lexicons) and then runs the job as ``finbrief JOB FILE -f json`` does; wall and CPU seconds and
the process's peak resident memory (its own ``VmHWM`` on Linux: ``ru_maxrss`` would count the memory
of the process that started it) are printed as a Markdown table for bench/RESULTS.md, each row
with the machine's 1-minute load average when it started.

    .venv/bin/python bench/bench_scaling.py --what brief
    .venv/bin/python bench/bench_scaling.py --what facts --sizes 0.1 1 5 --layouts one-line

``--langs mixed`` builds the input from many different calls instead of one: the English
development calls beside the checkout (``../shared/eval/ectsum/val/ects`` and
``../shared/eval/calls_en/transcripts``, less the documents kept for held-out labels), one after
another, the set drawn again with redrawn digits when the size asks for more; so no cost can hide
in a paragraph seen before.

Linear cost shows as flat seconds per MB down each column.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = {
    "en": ROOT / "samples/en/novasky_2026q2_call.txt",
    "zh": ROOT / "samples/zh/novasky_2026q2_call.txt",
}
MIXED = (ROOT.parent / "shared/eval/ectsum/val/ects", ROOT.parent / "shared/eval/calls_en/transcripts")
HELD_OUT = (
    "CL_q4_2020",
    "DVN_q4_2021",
    "MTB_q3_2021",
    "NCR_q3_2021",
    "UNH_q4_2021",
    "UPS_q3_2021",
    "americold_q3_2022",
    "omega_healthcare_q3_2022",
)
"""Development documents already used for held-out labels: left out of the mixed input."""
LAYOUTS = ("normal", "one-line")
DEFAULT_SIZES = (0.1, 1.0, 5.0, 15.0, 45.0)

# Runs in the measured process: warm up, then one timed job; prints one JSON line.
CHILD = """
import json, resource, sys, time
from finbrief.jobs import JobSpec, run_file
from finbrief.options import Options
path, sample, what = sys.argv[1:4]
options = Options(max_bytes=200 * 1024 * 1024)
spec = JobSpec(what, "json")
run_file(sample, spec, options)
wall, cpu = time.perf_counter(), time.process_time()
out = run_file(path, spec, options)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
try:  # this process's own high-water mark (ru_maxrss keeps the parent's across fork and exec)
    status = open("/proc/self/status").read()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"wall": wall, "cpu": cpu, "peak_mb": peak, "out_bytes": len(out)}))
"""


def mixed_calls() -> list[Path]:
    """The different English calls the ``mixed`` input is made of, in a fixed order."""
    files = [p for d in MIXED for p in sorted(d.glob("*.txt")) if not p.stem.startswith(HELD_OUT)]
    if not files:
        raise SystemExit(f"no calls found under {' and '.join(str(d) for d in MIXED)}")
    return files


def build(sample: Path | list[Path], megabytes: float, layout: str, seed: int = 0) -> str:
    """The sample (or the list of calls, one after another) repeated to ``megabytes`` (UTF-8),
    each copy's digits redrawn; whole lines only."""
    texts = [
        p.read_text(encoding="utf-8").strip() + "\n\n"
        for p in ([sample] if isinstance(sample, Path) else sample)
    ]
    rnd = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        text = texts[len(parts) % len(texts)]
        copy = re.sub(r"\d", lambda _m: str(rnd.randrange(10)), text)
        parts.append(copy)
        size += len(copy.encode("utf-8"))
    body = "".join(parts)
    data = body.encode("utf-8")[:target].decode("utf-8", "ignore")
    data = data[: data.rfind("\n") + 1] or data
    return data.replace("\n", " ").strip() + "\n" if layout == "one-line" else data


def measure(path: Path, sample: Path, what: str, timeout: float) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(sample), what],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--what", default="brief", help="parse, facts, brief or minutes")
    ap.add_argument("--sizes", nargs="+", type=float, default=list(DEFAULT_SIZES), help="Megabytes.")
    ap.add_argument("--layouts", nargs="+", default=list(LAYOUTS), choices=LAYOUTS)
    ap.add_argument(
        "--langs",
        nargs="+",
        default=list(SAMPLES),
        choices=[*SAMPLES, "mixed"],
        help="Which text to grow: a bundled call (en, zh), or many different English calls (mixed).",
    )
    ap.add_argument("--timeout", type=float, default=1800, help="Seconds allowed per run.")
    a = ap.parse_args()

    print(f"# {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores")
    print(f"# load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| job | lang | layout | MB | wall s | CPU s | wall s/MB | CPU s/MB | peak RSS MB | load |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="finbrief-scaling-") as tmp:
        for lang in a.langs:
            for layout in a.layouts:
                for mb in a.sizes:
                    path = Path(tmp) / f"{lang}-{layout}-{mb}.txt"
                    source = mixed_calls() if lang == "mixed" else SAMPLES[lang]
                    path.write_text(build(source, mb, layout), encoding="utf-8")
                    real_mb = path.stat().st_size / 1_000_000
                    load = os.getloadavg()[0]  # other work on the machine inflates wall time most
                    try:
                        r = measure(path, SAMPLES.get(lang, SAMPLES["en"]), a.what, a.timeout)
                    except (RuntimeError, subprocess.TimeoutExpired) as e:
                        print(
                            f"| {a.what} | {lang} | {layout} | {real_mb:.1f} | failed: {e} | | | | | {load:.1f} |",
                            flush=True,
                        )
                        continue
                    finally:
                        path.unlink()
                    print(
                        f"| {a.what} | {lang} | {layout} | {real_mb:.1f} | {r['wall']:.1f} | {r['cpu']:.1f} "
                        f"| {r['wall'] / real_mb:.2f} | {r['cpu'] / real_mb:.2f} | {r['peak_mb']:.0f} | {load:.1f} |",
                        flush=True,
                    )
    print(f"# load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
