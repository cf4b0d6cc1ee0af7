"""The user guide: the same chapters in Finnish and English, working links, screenshots that
the screenshot script makes from the real program, and no unfinished part described as done."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kuhina_desktop.ui.help import VIEW_CHAPTERS, chapter_title

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide"
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")
COMING = {"fi": ("> **Tulossa.**", "> **Osittain tulossa.**"),
          "en": ("> **Coming.**", "> **Partly coming.**")}
TOPICS = ["01-getting-started", "02-first-association-file", "03-employees-and-decisions",
          "04-monthly-routine", "05-training-and-coaching", "06-reports-and-coach-export",
          "07-backups-and-restore", "08-moving-to-a-new-pc", "09-privacy"]


def _chapters(language: str) -> list[Path]:
    return sorted((GUIDE / language).glob("*.md"))


@pytest.mark.parametrize("language", ["fi", "en"])
def test_every_topic_has_a_numbered_chapter(language: str) -> None:
    assert [p.stem for p in _chapters(language)] == TOPICS
    for number, path in enumerate(_chapters(language), start=1):
        assert chapter_title(path).startswith(f"{number} "), path


def test_finnish_and_english_mark_the_same_chapters_as_coming() -> None:
    def mark(language: str, stem: str) -> int | None:
        third_line = (GUIDE / language / f"{stem}.md").read_text("utf-8").splitlines()[2]
        found = [i for i, text in enumerate(COMING[language]) if third_line.startswith(text)]
        return found[0] if found else None

    marks = {stem: mark("fi", stem) for stem in TOPICS}
    assert marks == {stem: mark("en", stem) for stem in TOPICS}


def test_a_view_still_being_built_has_its_chapter_marked_coming() -> None:
    """The guide must not describe buttons that do not exist yet."""
    from kuhina_desktop.ui.views import navigation_entries

    for entry in navigation_entries():
        assert entry.key in VIEW_CHAPTERS, f"F1 in {entry.key} has no chapter"
        if getattr(entry.factory, "__qualname__", "").startswith("placeholder."):
            for language in ("fi", "en"):
                third_line = (GUIDE / language / f"{VIEW_CHAPTERS[entry.key]}.md").read_text(
                    "utf-8").splitlines()[2]
                assert third_line.startswith(COMING[language]), (entry.key, language)


@pytest.mark.parametrize("language", ["fi", "en"])
def test_links_and_images_resolve(language: str) -> None:
    for path in [*_chapters(language), GUIDE / "README.md"]:
        for _, target in LINK.findall(path.read_text("utf-8")):
            if target.startswith(("http://", "https://")):
                continue
            assert (path.parent / target.split("#")[0]).resolve().is_file(), (path.name, target)


def test_every_screenshot_comes_from_the_screenshot_script(tmp_path: Path) -> None:
    from tools import guide_screenshots

    written = guide_screenshots.capture(tmp_path)
    made = {p.relative_to(tmp_path).as_posix() for p in written}
    used = {(path.parent / target).resolve().relative_to(GUIDE / "img").as_posix()
            for language in ("fi", "en") for path in _chapters(language)
            for bang, target in LINK.findall(path.read_text("utf-8")) if bang}
    assert used and used <= made
    for name in used:  # a real window, not an empty picture
        from PySide6.QtGui import QImage

        image = QImage(str(tmp_path / name))
        assert image.width() >= 300 and image.height() >= 200, name
    committed = {p.relative_to(GUIDE / "img").as_posix() for p in (GUIDE / "img").rglob("*.png")}
    assert used <= committed, "run: python tools/guide_screenshots.py"
