"""Optional invitation mail over SMTP; without SMTP settings the API's link is the channel.

Runs as a background task after the response, so a slow or failing mail server never fails or
delays the request that created the invitation; failures are logged.
"""

from __future__ import annotations

import asyncio
import logging
import smtplib
from email.message import EmailMessage

from vitaal.core.config import Settings

logger = logging.getLogger("vitaal.mail")


def _send(settings: Settings, message: EmailMessage) -> None:
    assert settings.smtp_host  # noqa: S101 - checked by the caller
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=15) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_user and settings.smtp_password:
            smtp.login(settings.smtp_user, settings.smtp_password)
        smtp.send_message(message)


async def send_invitation_mail(settings: Settings, *, to: str, subject: str, body: str) -> None:
    if not settings.smtp_host or not settings.smtp_from:
        return
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    try:
        await asyncio.to_thread(_send, settings, message)
    except (OSError, smtplib.SMTPException):
        logger.exception("could not send invitation mail to %s", to)
