"""A thing has one name: the PDFs (reports/catalogue.py) use the words of the screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.domain.employees import ConsentScope
from kuhina_desktop.domain.training import CoachingKind, EnrolmentStatus, OutcomeKind
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.ui.models.employee_labels import CONSENT_SCOPES
from kuhina_desktop.ui.models.employee_labels import label as employee_label
from kuhina_desktop.ui.views.training_labels import label as training_label


def _same(pdf_key: str, screen: str) -> str | None:
    printed = t(pdf_key, "fi")
    return None if printed.casefold() == screen.casefold() else f"{pdf_key}: {printed!r} ≠ {screen!r}"


def test_codes_are_printed_with_the_names_the_screens_show(finnish) -> None:
    pairs = [(f"co2.kind.{k.value}", training_label(k)) for k in CoachingKind]
    pairs += [(f"co2.outcome.{k.value}", training_label(k)) for k in OutcomeKind]
    pairs += [(f"tr.status.{k.value}", training_label(k)) for k in EnrolmentStatus]
    pairs += [(f"card.scope.{k.value}", employee_label(CONSENT_SCOPES, k)) for k in ConsentScope]
    problems = [p for p in (_same(key, screen) for key, screen in pairs) if p]
    assert problems == []


def test_report_titles_and_phrases_match_the_screens(finnish) -> None:
    def tr(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    pairs = [
        ("title.due_list", tr("ReportsView", "Due list")),
        ("co2.readiness", tr("OutcomesTab", "Job-seeking readiness improved")),
        ("co2.employer", tr("CoachingTab", "(employer)")),
    ]
    problems = [p for p in (_same(key, screen) for key, screen in pairs) if p]
    assert problems == []
