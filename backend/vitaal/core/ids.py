"""Time-ordered UUIDs (version 7, RFC 9562).

Ids that sort by creation time give stable cursor pagination on the primary key alone and keep
B-tree inserts local, on both PostgreSQL and SQLite.
"""

from __future__ import annotations

import os
import time
import uuid


def new_id() -> uuid.UUID:
    unix_ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b, 62 bits
    return uuid.UUID(int=value)
