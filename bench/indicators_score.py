"""Score ``piyue indicators`` and ``piyue compare`` against the hand-made gold of issue 15.

    .venv/bin/python bench/indicators_score.py [--corpus DIR] [--json] [--quiet]

Gold: ``tests/data/indicators_gold_2026.json`` (31 provincial 2026 reports + national-2024,
one item per report, indicator and role, read by hand — see ``tests/data/indicators_gold/README.md``)
and ``tests/data/followups_gold_2025.json`` (2025 target from provinces-2025/X.txt against
the 2025 result from provinces-2026/X.txt for GDP, budget revenue, retail sales and investment
growth). The program is run through the same service functions as the CLI commands
(``file_indicators`` for ``indicators``, ``compare_files`` for ``compare``).

An indicator item matches when report, indicator, role, value and value_high agree (1e-9).
Gold items marked ``optional`` (statements an analyst may or may not record, e.g. 持平) count
neither way. A follow-up is right when the program pairs the same region and indicator with
the gold target (value and value_high), the gold result and the same met/missed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from piyue.services.indicators import compare_files, file_indicators  # noqa: E402

GOLD = ROOT / "tests" / "data" / "indicators_gold_2026.json"
FOLLOWUP_GOLD = ROOT / "tests" / "data" / "followups_gold_2025.json"
FOLLOWUP_INDICATORS = ("gdp_growth", "budget_revenue_growth", "retail_sales_growth", "fixed_investment_growth")
TOL = 1e-9


def default_corpus() -> Path:
    """The shared corpus next to the worktree, else the machine's shared folder."""
    for candidate in (ROOT.parent / "shared" / "corpus", Path("/work/shared/corpus")):
        if candidate.is_dir():
            return candidate
    raise SystemExit("corpus not found; pass --corpus")


def same(a: float | None, b: float | None) -> bool:
    """Equal within the tolerance (both None counts as equal)."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= TOL * max(1.0, abs(a), abs(b))


def predict(corpus: Path, reports: list[str]) -> dict[tuple[str, str, str], dict[str, Any]]:
    """The program's items keyed by (report, indicator, role)."""
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for report in reports:
        for item in file_indicators(str(corpus / report)).items:
            key = (report, item.indicator, item.role)
            if key in found:
                raise SystemExit(f"two items for {key}: the resolver broke 'at most one'")
            found[key] = item.to_json()
    return found


def score_indicators(corpus: Path) -> dict[str, Any]:
    """Precision, recall, F1 of the indicator items, with the misses and false positives."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    reports = sorted({g["report"] for g in gold})
    pred = predict(corpus, reports)
    optional = {(g["report"], g["indicator"], g["role"]) for g in gold if g["optional"]}
    required = {(g["report"], g["indicator"], g["role"]): g for g in gold if not g["optional"]}
    tp, misses, wrong, false_pos = 0, [], [], []
    for key, g in required.items():
        p = pred.get(key)
        if p is None:
            misses.append({"key": key, "gold": (g["value"], g["value_high"], g["qualifier"])})
        elif same(p["value"], g["value"]) and same(p["value_high"], g["value_high"]):
            tp += 1
        else:
            wrong.append(
                {
                    "key": key,
                    "gold": (g["value"], g["value_high"]),
                    "pred": (p["value"], p["value_high"]),
                    "text": p["text"][:80],
                }
            )
    for key, p in pred.items():
        if key not in required and key not in optional:
            false_pos.append({"key": key, "pred": (p["value"], p["value_high"]), "text": p["text"][:80]})
    n_pred = sum(1 for key in pred if key not in optional)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / len(required) if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": len(required),
        "predicted": n_pred,
        "tp": tp,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "wrong_value": wrong,
        "missed": misses,
        "false_positive": false_pos,
    }


def score_followups(corpus: Path) -> dict[str, Any]:
    """Share of the gold follow-ups the program gets right (values and met/missed)."""
    gold = json.loads(FOLLOWUP_GOLD.read_text(encoding="utf-8"))
    provinces = sorted({g["region_file"] for g in gold})
    paths = [str(corpus / year / f"{p}.txt") for year in ("provinces-2025", "provinces-2026") for p in provinces]
    comparison = compare_files(paths, FOLLOWUP_INDICATORS)
    by_key = {}
    for f in comparison.followups:
        name = Path(f.target.document).stem
        by_key[(name, f.indicator)] = f
    right, errors = 0, []
    for g in gold:
        f = by_key.pop((g["region_file"], g["indicator"]), None)
        if f is None:
            errors.append({"key": (g["region_file"], g["indicator"]), "problem": "missing"})
            continue
        problems = []
        if not (same(f.target.value, g["target"]) and same(f.target.value_high, g["target_high"])):
            problems.append(f"target {f.target.value}/{f.target.value_high} vs gold {g['target']}/{g['target_high']}")
        if not same(f.achieved.value, g["achieved"]):
            problems.append(f"result {f.achieved.value} vs gold {g['achieved']}")
        if f.met != g["met"]:
            problems.append(f"met {f.met} vs gold {g['met']}")
        if problems:
            errors.append({"key": (g["region_file"], g["indicator"]), "problem": "; ".join(problems)})
        else:
            right += 1
    extra = [{"key": key, "target": f.target.value, "achieved": f.achieved.value} for key, f in by_key.items()]
    return {
        "gold": len(gold),
        "right": right,
        "accuracy": right / len(gold) if gold else 0.0,
        "errors": errors,
        "extra": extra,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--quiet", action="store_true", help="only the summary lines")
    args = parser.parse_args()
    corpus = args.corpus or default_corpus()
    ind = score_indicators(corpus)
    fu = score_followups(corpus)
    if args.json:
        json.dump({"indicators": ind, "followups": fu}, sys.stdout, ensure_ascii=False, indent=1, default=str)
        print()
        return 0
    print(
        f"indicators: gold {ind['gold']}  predicted {ind['predicted']}  tp {ind['tp']}  "
        f"P {ind['precision']:.3f}  R {ind['recall']:.3f}  F1 {ind['f1']:.3f}  "
        f"(wrong value {len(ind['wrong_value'])}, missed {len(ind['missed'])}, "
        f"false positives {len(ind['false_positive'])})"
    )
    print(f"follow-ups: {fu['right']}/{fu['gold']} right = {fu['accuracy']:.3f}  (extra pairs {len(fu['extra'])})")
    if not args.quiet:
        for title, rows in (
            ("WRONG VALUE", ind["wrong_value"]),
            ("MISSED", ind["missed"]),
            ("FALSE POSITIVE", ind["false_positive"]),
            ("FOLLOW-UP ERRORS", fu["errors"]),
            ("EXTRA FOLLOW-UPS", fu["extra"]),
        ):
            print(f"\n{title} ({len(rows)})")
            for row in rows:
                print("  " + json.dumps(row, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
