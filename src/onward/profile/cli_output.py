"""Rich output for the profile CLI's human-readable modes."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from onward.profile.match import Match
from onward.profile.review import Review


def print_match(result: Match) -> None:
    console = Console()
    console.print(f"[bold]{result.title}[/bold] — {result.company}")
    table = Table("skill", "kind", "status", "where in your profile")
    for kind, covered, missing in (
        ("required", result.required_covered, result.required_missing),
        ("preferred", result.preferred_covered, result.preferred_missing),
    ):
        for name in covered:
            table.add_row(name, kind, "covered", ", ".join(result.evidence[name].where[:3]))
        for name in missing:
            table.add_row(name, kind, "missing", "")
    for name, other in result.satisfied_by_alternative.items():
        table.add_row(name, "alternative", f"not needed: {other} covers it", "")
    console.print(table)
    required = "?" if result.years_required is None else f"{result.years_required:g}"
    console.print(f"Years: the posting asks {required}; your dated work shows {result.years_shown:g}.")
    fit = result.title_fit
    console.print(f"Level: the posting reads {fit['posting_level']}, your latest title "
                  f"{fit['profile_level']} — {fit['level_verdict']}.")
    if result.missing_keywords:
        console.print("Also mentioned in the posting, not in your profile: "
                      + ", ".join(result.missing_keywords))
    for suggestion in result.suggestions:
        console.print(f"• {suggestion.text}")


def print_review(result: Review) -> None:
    console = Console()
    table = Table("part", "points", "why")
    for part in result.parts:
        table.add_row(part.name, f"{part.points}/{part.out_of}", part.why)
    table.add_row("[bold]total[/bold]", f"[bold]{result.total}/{result.out_of}[/bold]",
                  "the sum of the parts above")
    console.print(table)
    for finding in result.findings:
        console.print(f"[bold]{finding.where}[/bold] — {finding.message}\n  → {finding.suggestion}")
