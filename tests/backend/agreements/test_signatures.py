from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vitaal.agreements.schemas import SignatureStatus
from vitaal.agreements.signatures import signature_status


def test_a_draft_until_sent() -> None:
    assert signature_status(False, 3, 3) is SignatureStatus.draft


def test_signed_when_every_party_signed() -> None:
    assert signature_status(True, 3, 2) is SignatureStatus.out_for_signature
    assert signature_status(True, 3, 3) is SignatureStatus.signed


def test_no_signing_party_is_never_signed() -> None:
    assert signature_status(True, 0, 0) is SignatureStatus.out_for_signature


@given(st.booleans(), st.integers(0, 50), st.integers(0, 50))
def test_signed_only_when_sent_and_complete(sent: bool, parties: int, signed: int) -> None:
    status = signature_status(sent, parties, signed)
    assert (status is SignatureStatus.signed) == (sent and parties > 0 and signed >= parties)
    assert (status is SignatureStatus.draft) == (not sent)
