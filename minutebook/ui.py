"""Terminal progress for the CLI (rich); never used by the stages themselves."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn


class RichReporter:
    """minutebook.progress.Reporter drawing one bar per counted thing (councils, documents)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, TaskID] = {}

    def stage(self, name: str) -> None:
        self.progress.console.log(f"[bold]{name}[/bold]")

    def total(self, what: str, n: int) -> None:
        if what in self.tasks:
            self.progress.update(self.tasks[what], total=n, completed=0)
        else:
            self.tasks[what] = self.progress.add_task(what, total=n)

    def advance(self, what: str, n: int = 1) -> None:
        if what not in self.tasks:
            self.tasks[what] = self.progress.add_task(what, total=None)
        self.progress.advance(self.tasks[what], n)


@contextmanager
def live_progress(console: Console, *, enabled: bool) -> Iterator[RichReporter | None]:
    if not enabled:
        yield None
        return
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    )
    with progress:
        yield RichReporter(progress)
