"""Screenshots for the user guide, taken from the real program on the demo association.

    python tools/guide_screenshots.py      # writes docs/guide/img/{fi,en}/*.png

Run it after a change to a view so that the guide shows the program as it is. Qt runs
offscreen, the demo file is built in a temporary folder, and nothing of the user's own
(settings, recent files) is touched. The main window is shot at the size it has on a
1366×768 laptop; pictures wider than MAX_WIDTH are scaled down so the guide stays light.

Every picture has a name; the chapters of docs/guide refer to them as ../img/<language>/<name>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "guide" / "img"
WINDOW_SIZE = (1366, 768)
MAX_WIDTH = 1200
LANGUAGES = ("fi", "en")

# name → a function that brings the thing into view and returns the widget to grab. A dialog
# is closed after its picture; the main window stays for the next shot.
Shot = Callable[[], object]


# ----- the main window: every view, and the tabs a chapter talks about -------------------------
def _views(window) -> dict[str, Shot]:
    """One shot per view of the main window: its navigation key → a widget to grab."""
    shots = {}
    for key in window.view_keys():

        def shot(key=key):
            window.show_view(key)
            view = window.view(key)
            if key == "home":  # the list is read off the GUI thread after the first paint
                _wait(lambda: view.loaded)
            elif key == "employees":  # so are the employees
                _wait(lambda: not view.loading)
            elif key == "decisions":  # the decisions
                _wait(lambda: not view.list.loading)
            elif key == "wages":  # and the month's rows
                _wait(lambda: not view.months.loading)
            return window

        shots[f"view-{key}"] = shot
    return shots


def _tab(window, key: str, choose: Callable[[object], None]) -> Shot:
    """Show view ``key`` and let ``choose`` pick its tab (or scroll) before the picture."""
    def shot():
        window.show_view(key)
        choose(window.view(key))
        _settle()
        return window
    return shot


def _tabs(window, today: date) -> dict[str, Shot]:
    def calculator(view) -> None:
        view.setCurrentWidget(view.calculator)
        calc = view.calculator
        calc.weekly.setText("30")
        next(iter(calc.pay.values())).setText("2000")

    def wages(page: str) -> Callable[[object], None]:
        return lambda view: view.tabs.setCurrentWidget(getattr(view, page))

    def applications(view) -> None:
        from kuhina_desktop.domain.wages import AppStatus

        view.tabs.setCurrentWidget(view.applications)
        page = view.applications
        _wait(lambda: not page.loading)  # the list is read off the GUI thread
        ready = [s for s in page.model.rows() if s.status == AppStatus.READY]
        if ready:  # the everyday case: a period whose application can be made now
            page.select(ready[0].decision_id, ready[0].period_start)

    def wage_import(view) -> None:
        view.tabs.setCurrentWidget(view.importer)
        _import_example(window.services, view.importer, today)

    def training(page: str) -> Callable[[object], None]:
        return lambda view: view.show_tab(getattr(view, page))

    def rates(view) -> None:
        view.reveal(view.rates)

    return {
        "decisions-calculator": _tab(window, "decisions", calculator),
        "wages-import": _tab(window, "wages", wage_import),
        "wages-applications": _tab(window, "wages", applications),
        "wages-owed": _tab(window, "wages", lambda view: (wages("owed")(view),
                                                         _wait(lambda: not view.owed.loading))),
        "training-certificates": _tab(window, "training", training("certificates")),
        "training-coaching": _tab(window, "training", training("coaching")),
        "training-outcomes": _tab(window, "training", training("outcomes")),
        "training-opportunities": _tab(window, "training", training("opportunities")),
        "training-timeline": _tab(window, "training", training("timeline")),
        "settings-rates": _tab(window, "settings", rates),
    }


def _import_example(services, page, today: date) -> None:
    """Read a small payroll file of this month, as Palkka.fi would save it, into the preview."""
    start = today.replace(day=1)
    rows = [row for row in services.employees.list_rows()
            if not row.archived_on and row.contract_start and row.contract_start <= start
            and (row.contract_end is None or row.contract_end >= today)][:4]
    month = f"{today.month}/{today.year}"
    lines = ["Nimi;Palkkakausi;Peruspalkka;Lisät;Tunnit"]
    for number, row in enumerate(rows):
        lines.append(f"{row.last_name} {row.first_name};{month};{1850 + 50 * number},00;"
                     f"{'45,60' if number == 1 else ''};{130 - 10 * number}")
    path = services.path.parent / "palkat-palkka-fi.csv"  # the demo's temporary folder
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    page.open_file(path)
    _wait(lambda: page.preview is not None and not page.busy)


# ----- dialogs ---------------------------------------------------------------------------------
def _dialogs(parent) -> dict[str, Shot]:
    from kuhina_desktop.demo.association import DEMO_ASSOCIATION
    from kuhina_desktop.ui.dialogs.new_file_wizard import NewFileWizard
    from kuhina_desktop.ui.dialogs.welcome import WelcomeDialog

    def welcome():
        return WelcomeDialog([], parent)

    def wizard():
        dialog = NewFileWizard(parent)
        dialog.basic.form.set_association(DEMO_ASSOCIATION)
        return dialog

    return {"welcome": welcome, "new-file-wizard": wizard}


def _record_dialogs(window, today: date) -> dict[str, Shot]:
    """The dialogs of the everyday work, opened on a demo person, decision or period."""
    from kuhina_desktop.domain.wages import AppStatus
    from kuhina_desktop.ui.dialogs.decision_dialog import DecisionDialog
    from kuhina_desktop.ui.dialogs.employee_dialog import EmployeeDialog
    from kuhina_desktop.ui.dialogs.health_access_dialog import HealthAccessDialog
    from kuhina_desktop.ui.dialogs.training_coaching import CoachingDialog
    from kuhina_desktop.ui.dialogs.wages_payment import PaymentDialog
    from kuhina_desktop.ui.dialogs.wages_prepare import PrepareDialog

    services = window.services

    def person() -> int:
        rows = [r for r in services.employees.list_rows() if not r.archived_on]
        return sorted(rows, key=lambda r: (r.last_name, r.first_name))[0].id

    def employee(tab: int = 0):
        def shot():
            dialog = EmployeeDialog(services, person(), window)
            dialog.tabs.setCurrentIndex(tab)
            return dialog
        return shot

    def decision():
        rows = [r for r in services.decisions.rows() if r.status == "current"]
        dialog = DecisionDialog(services, services.decisions.get(rows[0].record.id), window)
        dialog.resize(1040, 700)  # as the decisions view opens it
        return dialog

    def period(*statuses: AppStatus):
        states = services.applications.periods(today)
        return next(s for status in statuses for s in states if s.status == status)

    def prepare():
        return PrepareDialog(services, period(AppStatus.READY, AppStatus.DRAFT), window, today)

    def payment():
        state = period(AppStatus.SENT, AppStatus.PARTLY_PAID)
        app = services.applications.find(state.decision_id, state.period_start)
        dialog = PaymentDialog(services, app, state.owed, window, today)
        dialog.resize(520, 240)  # its natural size is too small to read in the guide
        return dialog

    def coaching():
        rows = services.training.coaching.coaching_rows(None)
        return CoachingDialog(services, rows[0].event, window)

    def coach_export():
        from kuhina_desktop.ui.dialogs.coach_export_dialog import CoachExportDialog

        dialog = CoachExportDialog(services, today, window)
        # It suggests the data file's folder, a temporary one here: show a treasurer's own.
        name = Path(dialog.target.text()).name
        dialog.target.setText(f"C:\\Users\\Maija\\Documents\\{name}")
        return dialog

    return {
        "employee-dialog": employee(0),
        "employee-contracts": employee(1),
        "employee-consents": employee(2),
        "health-handlers": lambda: HealthAccessDialog(services, window),
        "decision-dialog": decision,
        "prepare-application": prepare,
        "record-payment": payment,
        "coaching-entry": coaching,
        "coach-export": coach_export,
    }


# ----- taking the pictures ----------------------------------------------------------------------
def _settle(rounds: int = 5) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):  # let layouts settle and lazy views fill themselves
        QApplication.processEvents()
        # Widgets a form replaces are deleted later; a user's event loop has done so by then.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _wait(done: Callable[[], bool], seconds: float = 20.0) -> None:
    """Work that runs off the GUI thread (reading a file) reports back through the event loop."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the program did not finish in time")
        QApplication.processEvents()
        time.sleep(0.01)
    _settle()


def _grab(widget, path: Path) -> Path:
    widget.show()
    _settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    _save(_framed(_fitted(widget.grab().toImage())), path)
    return path


def _save(image, path: Path) -> None:
    """PNG with a palette of 256 colours when Pillow is there (a third of the size, and a
    screenshot looks the same); otherwise Qt's full-colour PNG."""
    try:
        from PIL import Image
    except ImportError:  # Pillow comes with ReportLab, but the pictures do not need it
        if not image.save(str(path)):
            raise OSError(f"could not write {path}") from None
        return
    import io

    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        path, optimize=True)


def _fitted(image):
    """At most MAX_WIDTH wide: the guide shows it smaller anyway, and the file stays light."""
    from PySide6.QtCore import Qt

    if image.width() <= MAX_WIDTH:
        return image
    return image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)


def _framed(image):
    """A thin grey frame, so a grey dialog does not melt into a white page."""
    from PySide6.QtGui import QColor, QPainter

    painter = QPainter(image)
    painter.setPen(QColor("#9aa5b1"))
    painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
    painter.end()
    return image


def capture_language(app, language: str, services, out: Path,
                     today: date | None = None) -> list[Path]:
    from kuhina_desktop.ui import format as ui_format
    from kuhina_desktop.ui.i18n import install_translators
    from kuhina_desktop.ui.main_window import MainWindow

    today = today or date.today()
    translators = install_translators(app, language)
    ui_format.set_language(language)  # money and numbers as the program shows them (app.py)
    written = []
    try:
        window = MainWindow(services, [], demo=True)
        window.resize(*WINDOW_SIZE)
        window.show()  # lists are read only for a view that is seen (ui/views/list_loading)
        _settle()
        shots = {**_views(window), **_tabs(window, today), **_dialogs(window),
                 **_record_dialogs(window, today)}
        for name, make in shots.items():
            widget = make()
            written.append(_grab(widget, out / language / f"{name}.png"))
            if widget is not window:
                widget.close()
                widget.deleteLater()
            window.show_view("home")  # the next shot starts where a user would
        window.hide()
        window.deleteLater()
        _settle()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        ui_format.set_language("fi")  # the program's default
    return written


def capture(out: Path = OUT, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Write every screenshot of the guide under ``out``; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kuhina_desktop.demo import build_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    written = []
    home = os.environ.get("KUHINA_HOME")
    with tempfile.TemporaryDirectory(prefix="kuhina-guide-") as folder:
        os.environ["KUHINA_HOME"] = str(Path(folder) / "home")  # the user's settings stay out
        services = build_demo(Path(folder) / "Esimerkkiyhdistys.kuhina")
        try:
            for language in languages:
                written += capture_language(app, language, services, out)
        finally:
            services.close()
            if home is None:
                os.environ.pop("KUHINA_HOME", None)
            else:
                os.environ["KUHINA_HOME"] = home
    return written


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for written_path in capture():
        print(written_path.relative_to(ROOT))
