"""The evaluation report for the terminal, in the reader's language.

Figures are percentages in the locale's style ("86,9 %" / "86.9%"); classes, themes and
languages are named as the app names them ("gemischt", "Freundlichkeit", "Deutsch"), and a
label the catalog does not know (a gold label the CSV spells its own way) as it is written there.
"""

from __future__ import annotations

from feedback.analyze.evaluate import ClassScores, EvaluationReport
from feedback.i18n import catalog, format_share, t


def _word(prefix: str, label: str, lang: str) -> str:
    return catalog(lang).get(f"common.{prefix}_{label}", label)


def _group(name: str, lang: str) -> str:
    return t("evaluation.all", lang) if name == "all" else _word("language", name, lang)


def _share(value: float, lang: str) -> str:
    return format_share(value, lang, decimals=1)


def _heading(key: str, group: str, n: int, figures: dict[str, float], lang: str) -> str:
    shares = {name: _share(value, lang) for name, value in figures.items()}
    return t(f"evaluation.{key}", lang, group=_group(group, lang), n=n, **shares)


def _scores_table(
    head: str, scores: dict[str, ClassScores], names: list[str], lang: str
) -> list[str]:
    """One row per class: name, precision, recall, F1 and the gold count, right-aligned."""
    columns = [t("evaluation.precision", lang), t("evaluation.recall", lang), "F1"]
    width = max(len(name) for name in [head, *names])
    cells = [
        [_share(c.precision, lang), _share(c.recall, lang), _share(c.f1, lang)]
        for c in scores.values()
    ]
    widths = [max(len(col), *(len(row[i]) for row in cells)) for i, col in enumerate(columns)]
    count = max(5, *(len(str(c.support)) for c in scores.values()))

    def row(first: str, values: list[str], n: str) -> str:
        figures = " ".join(v.rjust(w) for v, w in zip(values, widths, strict=True))
        return f"  {first:<{width}} {figures} {n:>{count}}"

    lines = [row(head, columns, "n")]
    for name, values, c in zip(names, cells, scores.values(), strict=True):
        lines.append(row(name, values, str(c.support)))
    return lines


def report_text(report: EvaluationReport, lang: str) -> str:
    """The report as plain text. With a single language the per-language sections would repeat
    "all", so only "all" is printed (and the language detection of that one language)."""
    single = len(report.sentiment or report.themes) == 2
    lines: list[str] = []
    for name, acc in report.language_accuracy.items():
        if not single or name != "all":
            group = _group(name, lang)
            lines.append(
                t("evaluation.language_detection", lang, group=group, share=_share(acc, lang))
            )
    for name, s in report.sentiment.items():
        if single and name != "all":
            continue
        figures = {"accuracy": s.accuracy, "macro_f1": s.macro_f1}
        heading = _heading("sentiment", name, s.n, figures, lang)
        names = [_word("sentiment", label, lang) for label in s.confusion]
        lines += [
            "",
            heading,
            *_scores_table(t("evaluation.class", lang), s.per_class, names, lang),
        ]
        lines.append("  " + t("evaluation.confusion", lang))
        width = max(len(name) for name in names)
        column = max(9, width + 1)
        lines.append("  " + " " * width + "".join(f"{name:>{column}}" for name in names))
        for gold, shown in zip(s.confusion, names, strict=True):
            counts = "".join(f"{s.confusion[gold][p]:>{column}}" for p in s.confusion)
            lines.append(f"  {shown:<{width}}{counts}")
    for name, th in report.themes.items():
        if single and name != "all":
            continue
        figures = {"precision": th.micro_precision, "recall": th.micro_recall}
        figures |= {"f1": th.micro_f1, "macro_f1": th.macro_f1}
        heading = _heading("themes", name, th.n, figures, lang)
        names = [_word("theme", theme, lang) for theme in th.per_theme]
        lines += [
            "",
            heading,
            *_scores_table(t("evaluation.theme", lang), th.per_theme, names, lang),
        ]
    return "\n".join(lines).strip() + "\n"
