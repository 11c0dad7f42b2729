"""Where an agreement stands with its signatures (no I/O)."""

from __future__ import annotations

from vitaal.agreements.schemas import SignatureStatus


def signature_status(sent: bool, signing_parties: int, signed: int) -> SignatureStatus:
    """``draft`` until the current version is sent for signature; ``signed`` once every party
    that signs in Vitaal signed that version (an agreement without such parties never is)."""
    if not sent:
        return SignatureStatus.draft
    if signing_parties > 0 and signed >= signing_parties:
        return SignatureStatus.signed
    return SignatureStatus.out_for_signature
