"""Lists that are read off the GUI thread: one read at a time, only when seen, never twice.

A ten-year file takes a while to read, and the window must not freeze meanwhile, so a page
hands its read to ui/ops.run_in_background and shows "Loading…" until the rows come. A read
is keyed by what it depends on (the scope shown, the day, the file's change counter): asking
again for what is already shown or on its way does nothing, and a page that is not visible
waits until it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QLabel, QWidget

from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.ops import run_in_background

Work = Callable[[], Any]
_DAMAGED = object()  # what a read returns for a file its opening check found damaged

class LoadsWhenShown:
    """For a page whose ``loader`` (a ListLoader) reads its list: the read waits until the
    page is shown, and ``loading`` tells whether one is under way."""

    loader: ListLoader

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.loader.shown()


class ListLoader:
    """``check`` (the open file's storage.database.OpeningCheck): each read waits for it, and
    a file it finds damaged is not read at all (the controller offers the newest intact
    copy, and moves the file aside, which an open connection would stop on Windows)."""

    def __init__(self, page: QWidget, label: QLabel, show: Callable[[Any], None],
                 check=None) -> None:
        self._page = page
        self._label = label
        self._show = show
        self._check = check
        self.loading = False
        self._shown: Hashable | None = None
        self._running: Hashable | None = None
        self._next: tuple[Hashable, Work] | None = None
        self._waiting: tuple[Hashable, Work] | None = None  # asked for while hidden
        label.setVisible(False)

    @property
    def busy(self) -> bool:
        """True while a read is on its way or the page is waiting to be shown to start one."""
        return self.loading or self._waiting is not None

    def load(self, key: Hashable, work: Work) -> None:
        if not self._page.isVisible():
            self._waiting = None if key == self._shown else (key, work)
            return
        self._waiting = None
        if self.loading:
            # The running read is out of date unless it is this very one.
            self._next = None if key == self._running else (key, work)
        elif key != self._shown:
            self._start(key, work)

    def forget(self) -> None:
        """The page has cleared what it showed: the next load reads even the same key."""
        self._shown = None

    def shown(self) -> None:
        """The page became visible: start what was asked for while it was hidden."""
        if self._waiting is not None:
            self.load(*self._waiting)

    def _start(self, key: Hashable, work: Work) -> None:
        self.loading, self._running = True, key
        self._label.setVisible(True)
        check = self._check
        job = work if check is None else lambda: _DAMAGED if check.run() else work()
        run_in_background(self._page, job, lambda result: self._done(key, result),
                          self._failed)

    def _done(self, key: Hashable, result: Any) -> None:
        self.loading, self._running = False, None
        if not shiboken6.isValid(self._page):
            return  # the page was closed while its rows were read
        if self._next is not None:
            following, self._next = self._next, None
            self._start(*following)
            return
        self._label.setVisible(False)
        if result is _DAMAGED:
            return  # nothing of a damaged file is shown
        self._shown = key
        self._show(result)

    def _failed(self, error: BaseException) -> None:
        # What is shown is no longer known to be what any key asked for.
        self.loading, self._running, self._shown = False, None, None
        if not shiboken6.isValid(self._page):
            return
        following, self._next = self._next, None
        if following is not None:
            self._start(*following)  # asked for meanwhile: it may well succeed
        else:
            self._label.setVisible(False)
        show_error(self._page, error)
