"""The phrase families: each example hits its family, and the speed gates never hide a hit."""

from __future__ import annotations

import pytest
from test_understand_cases import CASES  # the same folder is on sys.path (rootdir conftest)

from onward import taxonomy
from onward.mail.rules import MASK, families, find_hits, load_families
from onward.mail.rules_anchors import branch_anchors
from onward.mail.understand import CATEGORIES, rule_text
from onward.mail.understand_decide import CONTEXT_KINDS, OTHER_KINDS

EXAMPLES = [(f.name, e) for f in families() for e in f.examples]


@pytest.mark.parametrize(("name", "example"), EXAMPLES)
def test_each_example_hits_its_family(name: str, example: str) -> None:
    family = next(f for f in families() if f.name == name)
    kept, silenced = find_hits(example.lower())
    hits = kept + silenced if family.signal != MASK else kept
    assert any(h.family == name for h in hits) or family.signal == MASK


def test_signals_and_reasons_are_known() -> None:
    known = set(CATEGORIES) | OTHER_KINDS | CONTEXT_KINDS | {MASK}
    for family in families():
        assert family.signal in known, family.name
        assert family.reason is None or family.reason in taxonomy.REASONS, family.name


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_gates_never_hide_a_hit(case: tuple[str, str, str, str]) -> None:
    text = rule_text(case[2], case[3])
    gated, _ = find_hits(text)
    everything, _ = find_hits(text, gated=False)
    assert {h.family for h in everything} <= {h.family for h in gated}


def test_anchor_words_are_found_for_plain_phrases() -> None:
    assert branch_anchors("regret to (?:inform|advise)") == frozenset({"regret"})
    assert branch_anchors("(?:moving|move) (?:forward|ahead)") == frozenset({"moving", "move"})
    assert branch_anchors("unfortunately") is None  # a word at the very end may run on


def test_a_user_rules_file_uses_the_same_format() -> None:
    mine = load_families(
        """
[[family]]
name = "my_agency_no"
signal = "rejection"
weight = 4
patterns = ['''sadly the client (?:passed|declined)''']
"""
    )
    kept, _ = find_hits("sadly the client passed on you", mine)
    assert [h.family for h in kept] == ["my_agency_no"]


def test_a_branch_that_matches_empty_text_is_refused_by_name() -> None:
    # a stray "|" at the end of a pattern would make the branch match between any two letters
    with pytest.raises(ValueError, match=r"my_typo.*matches empty text"):
        load_families(
            """
[[family]]
name = "my_typo"
signal = "rejection"
weight = 4
patterns = ['''sadly the client passed|''']
"""
        )
