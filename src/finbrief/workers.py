"""Worker processes for ``batch`` and ``library add``: a time limit per file, and no orphans.

Each worker handles one file at a time. A file that runs past its time limit, or whose worker dies
(out of memory, killed), fails alone: its worker is replaced and the rest go on. Workers end with
their parent whatever ends it: on Linux the kernel sends them SIGKILL when the parent dies
(``PR_SET_PDEATHSIG``, SIGKILL of the parent included); elsewhere each worker watches its parent
and exits when it is gone. Workers ignore SIGINT (Ctrl-C reaches the whole process group): the
parent decides, and stops every worker when it stops, normally or not.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from finbrief.options import DEFAULT_FILE_TIMEOUT

T = TypeVar("T")
R = TypeVar("R")

PARENT_POLL_SECONDS = 1.0
STOP_GRACE_SECONDS = 2.0
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Failed:
    """A task the pool itself failed: past its time limit, or its worker died."""

    message: str


def _die_with_parent(parent: int) -> None:
    """Make this worker end when ``parent`` does: the kernel's parent-death signal on Linux,
    else a thread that polls for the parent."""
    armed = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    if not armed:

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(PARENT_POLL_SECONDS)
            os._exit(1)

        threading.Thread(target=watch, name="finbrief-parent-watch", daemon=True).start()


def _worker(conn: Connection, fn: Callable[[Any], Any], parent: int) -> None:
    """A worker's life: arm the parent-death signal, then answer tasks until told to stop."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        key, task = message
        try:
            result = fn(task)
        except Exception as e:  # ``fn`` reports its own errors; anything else must not kill the pool
            result = Failed(f"internal error: {type(e).__name__}: {e}")
        conn.send((key, result))


def _context() -> Any:
    """Fork where the platform has it (workers inherit loaded lexicons and start at once), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class _Worker:
    def __init__(self, fn: Callable[[Any], Any]) -> None:
        ctx = _context()
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=_worker, args=(child, fn, os.getpid()), name="finbrief-worker", daemon=True
        )
        self.process.start()
        child.close()
        self.key: int | None = None
        self.deadline = float("inf")

    def give(self, key: int, task: object, timeout: float | None) -> None:
        self.key = key
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.conn.send((key, task))

    def stop(self, grace: float = STOP_GRACE_SECONDS) -> None:
        """Ask the worker to finish (kill it when busy or deaf), then reap it."""
        if self.process.is_alive() and self.key is None:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(grace)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


@dataclass
class Pool(Generic[T, R]):
    """``fn`` over tasks in ``jobs`` worker processes, results in order of completion.

    ``fn`` must be a module-level function (spawned workers import it) that turns its own
    expected errors into results; the pool adds ``Failed`` for a task past ``timeout`` seconds
    or whose worker died.
    """

    fn: Callable[[T], R]
    jobs: int
    timeout: float | None = DEFAULT_FILE_TIMEOUT

    def run(self, tasks: Sequence[T]) -> Iterator[tuple[int, R | Failed]]:
        """Yield ``(index of the task, result)``; every worker is gone when this ends, however it ends."""
        pending = deque(range(len(tasks)))
        workers: list[_Worker] = []
        finished = False
        try:
            for _ in range(max(1, min(self.jobs, len(tasks)))):
                workers.append(_Worker(self.fn))
            for w in workers:
                self._next(w, pending, tasks)
            while any(w.key is not None for w in workers):
                busy = [w for w in workers if w.key is not None]
                deadline = min(w.deadline for w in busy)
                wait_for = None if deadline == float("inf") else max(0.0, deadline - time.monotonic())
                wait([h for w in busy for h in (w.conn, w.process.sentinel)], timeout=wait_for)
                for w in busy:
                    outcome = self._outcome(w)
                    if outcome is None:
                        continue
                    key, result, gone = outcome
                    if gone:  # died, or killed past its time: a fresh worker takes its place
                        w.stop(grace=0)
                        slot = workers.index(w)
                        w = workers[slot] = _Worker(self.fn)
                    w.key = None
                    yield key, result
                    self._next(w, pending, tasks)
            finished = True
        finally:
            for w in workers:
                w.stop(grace=STOP_GRACE_SECONDS if finished else 0)

    def _next(self, w: _Worker, pending: deque[int], tasks: Sequence[T]) -> None:
        if pending:
            key = pending.popleft()
            w.give(key, tasks[key], self.timeout)

    def _outcome(self, w: _Worker) -> tuple[int, R | Failed, bool] | None:
        """What became of ``w``'s task (its result, its worker's death, or its time running out), and
        whether the worker is gone; None while it is still working."""
        key = w.key
        assert key is not None
        if w.conn.poll():
            try:
                got_key, result = w.conn.recv()
                return got_key, result, False
            except (EOFError, OSError):  # the worker is exiting: let it finish dying
                w.process.join(1)
        if not w.process.is_alive():
            w.process.join()
            code = w.process.exitcode
            how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            return key, Failed(f"worker died ({how}; out of memory?)"), True
        if time.monotonic() >= w.deadline:
            return key, Failed(f"took longer than {self.timeout:g} s (see --file-timeout)"), True
        return None
