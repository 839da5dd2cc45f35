"""Run one job over a folder of files in parallel; a bad file is reported and skipped."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from finbrief.errors import FinbriefError
from finbrief.jobs import JobSpec, run_file
from finbrief.options import Options

if TYPE_CHECKING:
    from finbrief.summarize.llm.usage import Totals

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"})


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


def _usage(options: Options) -> Totals | None:
    """What the llm backend spent on the file just run (in this process), for the batch's summary."""
    if options.backend != "llm":
        return None
    from finbrief.summarize.llm.usage import take

    return take()


def _one(source: Path, output: Path, spec: JobSpec, options: Options) -> BatchItem:
    try:
        text = run_file(source, spec, options)
    except FinbriefError as e:
        return BatchItem(source, None, e.message, _usage(options))
    except Exception as e:  # a bug on one file must not stop the batch
        return BatchItem(source, None, f"internal error: {type(e).__name__}: {e}", _usage(options))
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    return BatchItem(source, output, None, _usage(options))


def iter_batch(
    inputs: Sequence[Path], outputs: Sequence[Path], spec: JobSpec, options: Options, jobs: int | None = None
) -> Iterator[BatchItem]:
    """Yield results as files finish (order of completion), across ``jobs`` processes."""
    workers = max(1, min(jobs or os.cpu_count() or 1, len(inputs)))
    if workers == 1:
        for src, dst in zip(inputs, outputs, strict=True):
            yield _one(src, dst, spec, options)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(_one, src, dst, spec, options): src for src, dst in zip(inputs, outputs, strict=True)
        }
        for fut in as_completed(futures):
            try:
                yield fut.result()
            except Exception as e:  # a worker that died (out of memory, killed) fails only its file
                yield BatchItem(futures[fut], None, f"worker failed: {type(e).__name__}: {e}")


def run(
    root: Path,
    out: Path,
    spec: JobSpec,
    options: Options,
    jobs: int | None = None,
    on_item: Callable[[BatchItem], None] | None = None,
) -> BatchReport:
    out_abs = out.resolve()
    inputs = [p for p in find_inputs(root) if not p.resolve().is_relative_to(out_abs)]
    outputs = plan_outputs(inputs, root, out, spec)
    items = []
    for item in iter_batch(inputs, outputs, spec, options, jobs):
        items.append(item)
        if on_item:
            on_item(item)
    items.sort(key=lambda i: str(i.source))
    return BatchReport(tuple(items))
