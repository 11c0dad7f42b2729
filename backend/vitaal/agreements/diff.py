"""A line diff between two versions of an agreement's text, as structured hunks (no I/O).

The same grouping as ``diff -u``: runs of changed lines with ``context`` unchanged lines around
them; lines outside every hunk are equal in both texts.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum


class LineKind(StrEnum):
    context = "context"
    added = "added"
    removed = "removed"


@dataclass(frozen=True)
class DiffLine:
    kind: LineKind
    text: str
    old_number: int | None  # 1-based line number in the old text; None for an added line
    new_number: int | None  # 1-based line number in the new text; None for a removed line


@dataclass(frozen=True)
class Hunk:
    old_start: int  # 1-based first old line of the hunk (the line before it when it is empty)
    old_count: int
    new_start: int
    new_count: int
    lines: tuple[DiffLine, ...]


@dataclass(frozen=True)
class TextDiff:
    hunks: tuple[Hunk, ...]
    added: int
    removed: int

    @property
    def identical(self) -> bool:
        return not self.hunks


def split_lines(text: str) -> list[str]:
    """Lines without their endings; ``\\r\\n`` and ``\\r`` count as ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if text else []


def diff_texts(old: str, new: str, context: int = 3) -> TextDiff:
    if context < 0:
        raise ValueError("context must be 0 or more")
    a, b = split_lines(old), split_lines(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    hunks: list[Hunk] = []
    added = removed = 0
    for group in matcher.get_grouped_opcodes(context):
        if all(tag == "equal" for tag, *_ in group):
            continue  # two equal texts give one all-equal group
        lines: list[DiffLine] = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines.extend(
                    DiffLine(LineKind.context, a[i], i + 1, j1 + (i - i1) + 1)
                    for i in range(i1, i2)
                )
                continue
            if tag in ("replace", "delete"):
                lines.extend(DiffLine(LineKind.removed, a[i], i + 1, None) for i in range(i1, i2))
                removed += i2 - i1
            if tag in ("replace", "insert"):
                lines.extend(DiffLine(LineKind.added, b[j], None, j + 1) for j in range(j1, j2))
                added += j2 - j1
        first, last = group[0], group[-1]
        old_count, new_count = last[2] - first[1], last[4] - first[3]
        hunks.append(
            Hunk(
                # As in unified diffs: an empty side starts at the line before it.
                old_start=first[1] + 1 if old_count else first[1],
                old_count=old_count,
                new_start=first[3] + 1 if new_count else first[3],
                new_count=new_count,
                lines=tuple(lines),
            )
        )
    return TextDiff(hunks=tuple(hunks), added=added, removed=removed)


def apply_diff(old: str, diff: TextDiff) -> list[str]:
    """The new text's lines, rebuilt from the old text and the hunks (the diff's own check)."""
    a = split_lines(old)
    result: list[str] = []
    position = 0  # next old line (0-based) not yet copied
    for hunk in diff.hunks:
        start = hunk.old_start - 1 if hunk.old_count else hunk.old_start
        result.extend(a[position:start])
        position = start
        for line in hunk.lines:
            if line.kind is LineKind.context:
                result.append(a[position])
                position += 1
            elif line.kind is LineKind.removed:
                position += 1
            else:
                result.append(line.text)
    result.extend(a[position:])
    return result
