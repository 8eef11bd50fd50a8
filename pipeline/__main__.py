"""Command line: `python -m pipeline <stage>`; each DVC stage is one of these commands."""

from __future__ import annotations

import argparse
import sys

from pipeline.documents import DocumentError
from pipeline.validate import ValidationFailed

COMMANDS = ("segment", "extract", "tables", "check", "validate", "package", "release", "evaluate", "benchmark")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    parser.add_argument("command", choices=COMMANDS)
    parser.add_argument("args", nargs=argparse.REMAINDER)
    options = parser.parse_args(argv)
    try:
        if options.command == "evaluate":
            from pipeline.cli_tools import evaluate_command

            return evaluate_command(options.args)
        if options.command == "benchmark":
            from pipeline.cli_tools import benchmark_command

            return benchmark_command(options.args)
        from pipeline import stages

        getattr(stages, options.command)()
    except DocumentError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except ValidationFailed as err:
        print(f"error: validation failed: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
