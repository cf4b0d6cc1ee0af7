"""Size of the one-folder bundle, and its cold start against the source's, in the same run.

    python benchmarks/bench_bundle.py [--dist dist/kuhina-desktop] [--runs N]

Without --dist the bundle is built first with build.spec into benchmarks/out/ (half a minute
to a few minutes). Start-up is timed like bench_startup.py: process start to the first painted
main window on the demo file, median of N runs (default 5) each, interleaved; the baseline of
`frozen_startup_demo_file` is benchmarks/_empty_window.py frozen with PyInstaller the same way.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _startup import (  # noqa: E402
    ROOT,
    bench_env,
    figure,
    measure_paired,
    temp_home,
    write_demo_file,
)

OUT = ROOT / "benchmarks" / "out"
MIB = 1024 * 1024


def build_bundle() -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work"),
                    "build.spec"], cwd=ROOT, check=True)
    return OUT / "dist" / "kuhina-desktop"


def build_empty_window_bundle() -> Path:
    """The empty-window baseline frozen the same way (one folder, PyInstaller's PySide6 hook)."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--onedir", "--name", "empty-window",
                    "--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work-empty"),
                    "--specpath", str(OUT), str(ROOT / "benchmarks" / "_empty_window.py")],
                   cwd=ROOT, check=True)
    return OUT / "dist" / "empty-window"


def _executable(folder: Path, name: str) -> str:
    return str(folder / (f"{name}.exe" if sys.platform == "win32" else name))


def folder_size(folder: Path) -> int:
    """Bytes on disk as a user would copy them (symbolic links count once, as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def largest_parts(folder: Path, count: int = 6) -> list[tuple[str, int]]:
    internal = folder / "_internal"
    parts: dict[str, int] = {}
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            relative = path.relative_to(internal).parts
            key = "/".join(relative[:3]) if relative[0] == "PySide6" else relative[0]
            parts[key] = parts.get(key, 0) + path.stat().st_size
    return sorted(parts.items(), key=lambda item: -item[1])[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="an already built bundle folder")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    bundle = args.dist.resolve() if args.dist else build_bundle()
    executable = _executable(bundle, "kuhina-desktop")
    empty = _executable(build_empty_window_bundle(), "empty-window")
    size = folder_size(bundle)
    for name, part in largest_parts(bundle):
        print(f"  {name:<40} {part / MIB:7.1f} MiB")
    with temp_home() as folder:
        home = Path(folder)
        demo = write_demo_file(home)
        result = measure_paired({"frozen": [executable, str(demo)],
                                 "source": [sys.executable, "-m", "kuhina_desktop", str(demo)],
                                 "empty": [empty]},
                                bench_env(home), max(5, args.runs))
    frozen, source, empty_window = result["frozen"], result["source"], result["empty"]
    print(figure("bundle_size", size / MIB, "MiB", "-", None, "-"))
    print(figure("frozen_cold_start", frozen.wall, "s",
                 f"{source.wall:.3f} s (source, same interpreter)",
                 frozen.wall / source.wall, "-"))
    # The program as users get it against an empty PySide6 window frozen the same way; the
    # ratio is the median of run-by-run ratios, as in bench_startup.
    print(figure("frozen_startup_demo_file", frozen.wall, "s",
                 f"{empty_window.wall:.3f} s (empty PySide6 window, frozen the same way)",
                 frozen.wall_ratio, "≤ 1.5×"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
