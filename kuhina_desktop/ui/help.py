"""The user guide in a window (F1): the Markdown chapters of docs/guide in the UI language.

The guide is plain Markdown so that it reads the same on GitHub, in the bundle and here;
QTextBrowser renders it, follows the links between chapters and shows the screenshots.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QUrl
from PySide6.QtGui import QImageReader, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.resources import docs_path

GUIDE_LANGUAGES = ("fi", "en")
FIRST_CHAPTER = "01-getting-started"
# The chapter that answers "what do I do here?" for each view of the main window.
VIEW_CHAPTERS = {
    "home": FIRST_CHAPTER,  # the first view a newcomer sees
    "employees": "03-employees-and-decisions",
    "decisions": "03-employees-and-decisions",
    "wages": "04-monthly-routine",
    "training": "05-training-and-coaching",
    "reports": "06-reports-and-coach-export",
    "settings": "02-first-association-file",
}
MAX_IMAGE_WIDTH = 900


def guide_language() -> str:
    """The guide follows the UI language (QLocale's default is set with the translators)."""
    return "fi" if QLocale().language() == QLocale.Language.Finnish else "en"


def chapters(language: str) -> list[Path]:
    return sorted(docs_path(language).glob("[0-9][0-9]-*.md"))


def chapter_title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


class HelpDialog(QDialog):
    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(self.tr("Kuhina Desktop – User guide"))
        self.language = language if language in GUIDE_LANGUAGES else guide_language()
        self.toc = QListWidget()
        self.toc.setObjectName("HelpContents")
        self.toc.setFixedWidth(280)
        self.toc.setWordWrap(True)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc.setStyleSheet("QListWidget { font-size: 10.5pt; }"
                               " QListWidget::item { padding: 6px 4px; }")
        self.browser = QTextBrowser()
        self.browser.setObjectName("HelpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setStyleSheet("QTextBrowser { font-size: 10.5pt; }")
        self.browser.sourceChanged.connect(self._source_changed)
        self._fill_contents()
        self._build_layout()
        self.resize(QSize(1100, 680))  # fits a 1366×768 laptop with its task bar

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.toc)
        row.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)

    def _fill_contents(self) -> None:
        for path in chapters(self.language):
            item = QListWidgetItem(chapter_title(path))
            item.setData(Qt.ItemDataRole.UserRole, path.stem)
            self.toc.addItem(item)
        self.toc.currentItemChanged.connect(self._chapter_chosen)
        if self.toc.count() == 0:
            self.browser.setPlainText(self.tr("The user guide was not found in %1.")
                                      .replace("%1", str(docs_path(self.language))))

    # ----- showing chapters -----------------------------------------------------------------
    def show_chapter(self, name: str) -> bool:
        """Show chapter ``name`` (its file name without .md); False when there is none."""
        path = docs_path(self.language, f"{name}.md")
        if not path.exists():
            return False
        self.browser.setSource(QUrl.fromLocalFile(str(path)),
                               QTextDocument.ResourceType.MarkdownResource)
        return True

    def show_for_view(self, view_key: str | None) -> None:
        if not self.show_chapter(VIEW_CHAPTERS.get(view_key or "", FIRST_CHAPTER)):
            self.show_chapter(FIRST_CHAPTER)

    def current_chapter(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _chapter_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.current_chapter():
            self.show_chapter(item.data(Qt.ItemDataRole.UserRole))

    def _source_changed(self, url: QUrl) -> None:
        self.browser.document().setDocumentMargin(18)
        self._fit_images(url)
        stem = Path(url.toLocalFile()).stem
        for row in range(self.toc.count()):
            if self.toc.item(row).data(Qt.ItemDataRole.UserRole) == stem:
                self.toc.blockSignals(True)
                self.toc.setCurrentRow(row)
                self.toc.blockSignals(False)

    def _fit_images(self, source: QUrl) -> None:
        width = self.browser.viewport().width() - 2 * int(self.browser.document().documentMargin())
        folder = Path(source.toLocalFile()).parent
        _fit_images(self.browser.document(), folder, max(320, min(MAX_IMAGE_WIDTH, width - 24)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self.browser.source().isEmpty():
            self._fit_images(self.browser.source())


def _fit_images(document: QTextDocument, folder: Path, max_width: int) -> None:
    """Screenshots are as wide as the main window: fit them to the reading column."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                _fit_one(document, fragment, fragment.charFormat().toImageFormat(), folder,
                         max_width)
            iterator += 1
        block = block.next()


def _fit_one(document: QTextDocument, fragment, image_format: QTextImageFormat, folder: Path,
             max_width: int) -> None:
    size = QImageReader(str((folder / image_format.name()).resolve())).size()
    if not size.isValid():
        return
    width = min(size.width(), max_width)
    image_format.setWidth(width)
    image_format.setHeight(size.height() * width / size.width())
    cursor = QTextCursor(document)
    cursor.setPosition(fragment.position())
    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(image_format)
