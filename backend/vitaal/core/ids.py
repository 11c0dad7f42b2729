"""Time-ordered UUIDs (version 7, RFC 9562).

Ids that sort by creation time give stable cursor pagination on the primary key alone and keep
B-tree inserts local, on both PostgreSQL and SQLite.

Within one process the ids are also strictly increasing when several are made in the same
millisecond (RFC 9562 §6.2, method 2, "monotonic random"): the 74 random bits of the previous
id are counted up by one instead of drawn afresh. Rows inserted together (a template's tasks,
an import's items) therefore keep the order they were made in when listed by id.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_RANDOM_BITS = 74  # rand_a (12 bits) and rand_b (62 bits) together
_RANDOM_LIMIT = 1 << _RANDOM_BITS
_lock = threading.Lock()
_last_ms = -1
_last_random = 0


def _next_parts() -> tuple[int, int]:
    global _last_ms, _last_random
    unix_ms = time.time_ns() // 1_000_000
    with _lock:
        if unix_ms > _last_ms:
            # A new millisecond: fresh randomness, with the top bit clear so the counter
            # has room to count up many times before it could overflow.
            random = int.from_bytes(os.urandom(10), "big") >> (80 - _RANDOM_BITS + 1)
        else:
            # The same millisecond, or the clock stepped back: count on from the last id.
            unix_ms, random = _last_ms, _last_random + 1
            if random >= _RANDOM_LIMIT:
                unix_ms, random = unix_ms + 1, 0
        _last_ms, _last_random = unix_ms, random
    return unix_ms, random


def new_id() -> uuid.UUID:
    unix_ms, random = _next_parts()
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= (random >> 62) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= random & ((1 << 62) - 1)  # rand_b, 62 bits
    return uuid.UUID(int=value)
