from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vitaal.agreements.diff import LineKind, apply_diff, diff_texts, split_lines


def test_identical_texts_have_no_hunks() -> None:
    result = diff_texts("a\nb\nc", "a\nb\nc")
    assert result.identical
    assert (result.added, result.removed) == (0, 0)


def test_one_changed_line_with_context() -> None:
    old = "\n".join(f"regel {i}" for i in range(1, 11))
    new = old.replace("regel 5", "regel vijf")
    result = diff_texts(old, new, context=2)
    assert (result.added, result.removed) == (1, 1)
    [hunk] = result.hunks
    assert (hunk.old_start, hunk.old_count, hunk.new_start, hunk.new_count) == (3, 5, 3, 5)
    kinds = [(line.kind, line.text) for line in hunk.lines]
    assert kinds == [
        (LineKind.context, "regel 3"),
        (LineKind.context, "regel 4"),
        (LineKind.removed, "regel 5"),
        (LineKind.added, "regel vijf"),
        (LineKind.context, "regel 6"),
        (LineKind.context, "regel 7"),
    ]
    removed = hunk.lines[2]
    added = hunk.lines[3]
    assert (removed.old_number, removed.new_number) == (5, None)
    assert (added.old_number, added.new_number) == (None, 5)
    assert (hunk.lines[4].old_number, hunk.lines[4].new_number) == (6, 6)


def test_far_apart_changes_make_two_hunks() -> None:
    old = "\n".join(str(i) for i in range(30))
    new = old.replace("\n2\n", "\ntwee\n").replace("\n25\n", "\n")
    result = diff_texts(old, new)
    assert len(result.hunks) == 2
    assert (result.added, result.removed) == (1, 2)
    assert result.hunks[1].new_count == result.hunks[1].old_count - 1


def test_insert_into_empty_text_starts_at_zero() -> None:
    result = diff_texts("", "# Titel\n\nTekst")
    [hunk] = result.hunks
    assert (hunk.old_start, hunk.old_count, hunk.new_start, hunk.new_count) == (0, 0, 1, 3)
    assert all(line.kind is LineKind.added for line in hunk.lines)


def test_line_endings_do_not_count_as_changes() -> None:
    assert diff_texts("a\r\nb\r\n", "a\nb\n").identical


def test_zero_context() -> None:
    result = diff_texts("a\nb\nc", "a\nB\nc", context=0)
    [hunk] = result.hunks
    assert [line.kind for line in hunk.lines] == [LineKind.removed, LineKind.added]


lines = st.lists(st.sampled_from(["", "a", "b", "c", "# kop", "- punt", "tekst"]), max_size=25)


@given(lines, lines, st.integers(min_value=0, max_value=4))
def test_hunks_rebuild_the_new_text(old: list[str], new: list[str], context: int) -> None:
    old_text, new_text = "\n".join(old), "\n".join(new)
    result = diff_texts(old_text, new_text, context)
    assert apply_diff(old_text, result) == split_lines(new_text)
    assert result.identical == (split_lines(old_text) == split_lines(new_text))
    changed = [line for hunk in result.hunks for line in hunk.lines]
    assert result.added == sum(1 for line in changed if line.kind is LineKind.added)
    assert result.removed == sum(1 for line in changed if line.kind is LineKind.removed)
    for hunk in result.hunks:
        assert hunk.old_count == sum(1 for line in hunk.lines if line.kind is not LineKind.added)
        assert hunk.new_count == sum(1 for line in hunk.lines if line.kind is not LineKind.removed)
