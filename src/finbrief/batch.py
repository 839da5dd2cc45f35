"""Run one job over a folder of files in parallel; a bad file is reported and skipped."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from finbrief.errors import FinbriefError
from finbrief.jobs import JobSpec, run_file
from finbrief.options import DEFAULT_FILE_TIMEOUT, Options
from finbrief.workers import Failed, Pool

if TYPE_CHECKING:
    from finbrief.summarize.llm.usage import Totals

@dataclass(frozen=True)
class BatchItem:
    source: Path
    output: Path | None
    error: str | None
    usage: Totals | None = None
    """What the llm backend cost for this file (``--backend llm``)."""

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class BatchReport:
    items: tuple[BatchItem, ...]

    @property
    def failed(self) -> tuple[BatchItem, ...]:
        return tuple(i for i in self.items if not i.ok)


def find_inputs(root: Path) -> list[Path]:
    """Every visible file below ``root`` in a stable order; unsupported types are kept so they get reported."""
    if root.is_file():
        return [root]
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def plan_outputs(inputs: Sequence[Path], root: Path, out: Path, spec: JobSpec) -> list[Path]:
    """One output per input, same stem; two inputs with one stem keep their suffix to stay apart."""
    base = root if root.is_dir() else root.parent
    stems = [p.relative_to(base).with_suffix("") for p in inputs]
    seen: dict[Path, int] = {}
    for s in stems:
        seen[s] = seen.get(s, 0) + 1
    return [
        out / stem.parent / ((p.name if seen[stem] > 1 else stem.name) + spec.extension)
        for p, stem in zip(inputs, stems, strict=True)
    ]


@dataclass(frozen=True)
class _Task:
    source: Path
    output: Path
    spec: JobSpec
    options: Options


def _usage(options: Options) -> Totals | None:
    """What the llm backend spent on the file just run (in this process), for the batch's summary."""
    if options.backend != "llm":
        return None
    from finbrief.summarize.llm.usage import take

    return take()


def _one(task: _Task) -> BatchItem:
    """One file in a worker: its output written whole (``.part`` then renamed), or its error."""
    try:
        text = run_file(task.source, task.spec, task.options)
    except FinbriefError as e:
        return BatchItem(task.source, None, e.message, _usage(task.options))
    except Exception as e:  # a bug on one file must not stop the batch
        return BatchItem(task.source, None, f"internal error: {type(e).__name__}: {e}", _usage(task.options))
    task.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = _partial(task.output)
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(task.output)
    return BatchItem(task.source, task.output, None, _usage(task.options))


def _partial(output: Path) -> Path:
    return output.with_name(output.name + ".part")


def iter_batch(
    inputs: Sequence[Path],
    outputs: Sequence[Path],
    spec: JobSpec,
    options: Options,
    jobs: int | None = None,
    file_timeout: float | None = DEFAULT_FILE_TIMEOUT,
) -> Iterator[BatchItem]:
    """Yield results as files finish (order of completion), across ``jobs`` worker processes; a file
    past ``file_timeout`` seconds (None: no limit) fails alone. However this ends (interrupted
    included), no worker is left running and no half-written ``.part`` file is left behind."""
    tasks = [_Task(src, dst, spec, options) for src, dst in zip(inputs, outputs, strict=True)]
    pool = Pool(_one, jobs or os.cpu_count() or 1, file_timeout or None)
    try:
        for i, result in pool.run(tasks):
            if isinstance(result, Failed):
                _partial(outputs[i]).unlink(missing_ok=True)
                yield BatchItem(inputs[i], None, result.message)
            else:
                yield result
    finally:
        for output in outputs:
            _partial(output).unlink(missing_ok=True)


def run(
    root: Path,
    out: Path,
    spec: JobSpec,
    options: Options,
    jobs: int | None = None,
    on_item: Callable[[BatchItem], None] | None = None,
    file_timeout: float | None = DEFAULT_FILE_TIMEOUT,
) -> BatchReport:
    out_abs = out.resolve()
    inputs = [p for p in find_inputs(root) if not p.resolve().is_relative_to(out_abs)]
    outputs = plan_outputs(inputs, root, out, spec)
    items = []
    for item in iter_batch(inputs, outputs, spec, options, jobs, file_timeout):
        items.append(item)
        if on_item:
            on_item(item)
    items.sort(key=lambda i: str(i.source))
    return BatchReport(tuple(items))
