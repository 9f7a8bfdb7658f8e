"""The `beacon` command: headless commands run without Qt; none opens the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tracker.cli import build_parser, run


def _open_window(args: argparse.Namespace) -> int:
    from ui.app import run_app

    return run_app(args.db)


def _screenshots(args: argparse.Namespace) -> int:
    from ui.screenshots import write_screenshots

    width, _, height = args.size.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        print(f"beacon: error: --size takes WIDTHxHEIGHT, like 1280x720, not {args.size!r}",
              file=sys.stderr)
        return 2
    return write_screenshots(args.directory, args.db, size)


def main(argv: Sequence[str] | None = None) -> int:
    parser, commands = build_parser()
    shots = commands.add_parser("screenshots", help="render every view and dialog to PNG")
    shots.add_argument("directory")
    shots.add_argument("--size", default="1440x900", metavar="WxH",
                       help="the window's size (default 1440x900)")
    shots.set_defaults(handler=_screenshots)
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        args.handler = _open_window
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
