"""The pure partner-matrix calculation with 10,000 partners (target: under 50 ms).

Run: `backend/.venv/bin/python bench/partner_matrix.py [partners] [repeats]`.
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from vitaal.partners.matrix import AmbitionLine, PartnerInput, Position, calculate


def main(count: int, repeats: int) -> None:
    rng = random.Random(2026)  # noqa: S311 - repeatable data, nothing secret
    partners = [
        PartnerInput(
            id=f"p{i}",
            influence=round(rng.uniform(0, 10), 1),
            dependency=round(rng.uniform(0, 10), 1),
            target=Position(round(rng.uniform(0, 10), 1), round(rng.uniform(0, 10), 1))
            if i % 2
            else None,
        )
        for i in range(count)
    ]
    line = AmbitionLine()
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        calculate(line, partners)
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"partner matrix, {count} partners, {repeats} runs: "
        f"median {statistics.median(timings):.1f} ms, best {min(timings):.1f} ms, "
        f"worst {max(timings):.1f} ms"
    )


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 10_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 20,
    )
