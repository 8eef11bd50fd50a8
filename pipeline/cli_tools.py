"""Developer commands that are not pipeline stages: evaluation and benchmark."""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
TARGETS = {"precision": 0.95, "recall": 0.95, "value": 0.97, "unit": 0.97, "qualifier": 0.9, "period": 0.9,
           "source": 0.9, "subject": 0.95}


def evaluate_command(argv: list[str]) -> int:
    from pipeline.evaluate import evaluate

    parser = argparse.ArgumentParser(prog="python -m pipeline evaluate")
    parser.add_argument("--annotations", nargs="+", default=["tests/eval/annotations"],
                        help="one or more annotation directories, scored together")
    parser.add_argument("--errors", action="store_true", help="list every disagreement with the annotations")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args(argv)
    score = evaluate(ROOT, [ROOT / d for d in options.annotations])
    if options.json:
        print(json.dumps(score.as_dict(), indent=2))
        return 0
    print(f"core facts annotated: {score.n_gold_core}; observations in scope: {score.n_predicted}")
    for name, value in score.as_dict().items():
        target = TARGETS.get(name)
        mark = "" if target is None else (" ok" if value >= target else f" below target {target}")
        print(f"{name:>10}: {value:.3f}{mark}")
    if options.errors:
        print("\n".join(score.errors))
    return 0


def perturbed_copy(text: str, rng: random.Random) -> str:
    """The text with every decimal number nudged: same shapes of language, different values."""

    def nudge(m: re.Match[str]) -> str:
        digits = m.group()
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return digits  # keep years years
        return "".join(str(rng.randint(1, 9)) if c.isdigit() and i == 0 else c for i, c in enumerate(digits))

    return re.sub(r"\d[\d,.]*\d|\d", nudge, text)


def _time(command: list[str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def benchmark_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline benchmark")
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-dvc", action="store_true")
    options = parser.parse_args(argv)
    dvc = str(Path(sys.executable).parent / "dvc")
    if not options.skip_dvc:
        full = _time([dvc, "repro", "-f", "-q"], options.repeats)
        noop = _time([dvc, "repro", "-q"], options.repeats)
        print(f"dvc repro -f (full rebuild): {full:.2f} s (median of {options.repeats}; target <= 5 s)")
        print(f"dvc repro (nothing to do):   {noop:.2f} s (median of {options.repeats}; target <= 1 s)")
    print(_extraction_benchmark(options.megabytes))
    return 0


def _extraction_benchmark(megabytes: float) -> str:
    from pipeline.documents import document_from_text, read_corpus
    from pipeline.extract import extract_document
    from pipeline.segment import sentences

    seeds = [d.text for d in read_corpus(ROOT / "raw", ROOT)]
    rng = random.Random(20261128)
    corpus, size = [], 0
    while size < megabytes * 1_000_000:
        text = perturbed_copy(seeds[len(corpus) % len(seeds)], rng)
        corpus.append(document_from_text(text, f"copy_{len(corpus)}"))
        size += len(text.encode("utf-8"))
    start = time.process_time()
    segmented = [sentences(doc.text) for doc in corpus]
    segmenting = time.process_time() - start
    gc.freeze()  # as the extract stage does with the corpus it has read
    start = time.process_time()
    n_observations = sum(len(extract_document(doc, spans)[0]) for doc, spans in zip(corpus, segmented))
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        f"extract stage (segmented text in): {size / 1e6:.1f} MB in {seconds:.2f} s CPU = "
        f"{size / 1e6 / seconds:.2f} MB/s on one core ({n_observations} observations; target >= 1 MB/s)",
        f"segment + extract: {size / 1e6 / (seconds + segmenting):.2f} MB/s; peak RSS {peak:.0f} MiB",
    ]
    seed = document_from_text(seeds[0], "seed")
    start = time.process_time()
    extract_document(seed)
    ours = time.process_time() - start
    lines.append(f"seed text alone ({len(seeds[0].encode()) / 1e3:.0f} kB): this extractor {ours:.3f} s")
    try:
        from quantulum3 import parser as quantulum  # dev-only comparison, not a dependency
    except ImportError:
        lines.append("quantulum3: not installed (pip install quantulum3 in a scratch environment to compare)")
    else:
        start = time.process_time()
        quantulum.parse(seeds[0])
        lines.append(f"seed text alone: quantulum3 {time.process_time() - start:.3f} s")
    return "\n".join(lines)
