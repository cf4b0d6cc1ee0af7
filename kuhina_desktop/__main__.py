"""Entry point: `kuhina-desktop [FILE] [--demo]` opens the window; sub-commands run headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from kuhina_desktop import cli

    args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command or args.self_test:
        return cli.run_headless(args)
    from kuhina_desktop import quiet_gc

    quiet_gc.pause_for_start_up()  # until the window's first paint (ui/controller)
    from kuhina_desktop import app  # imports PySide6 only when a window is wanted

    return app.run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
