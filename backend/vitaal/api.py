"""Every domain router, under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from vitaal.agreements import router as agreement_views
from vitaal.approach import router as approach_views
from vitaal.auth import me as me_views
from vitaal.auth import router as auth_views
from vitaal.coalitions import router as coalition_views
from vitaal.confrontation import router as confrontation_views
from vitaal.crisis import router as crisis_views
from vitaal.formation import router as formation_views
from vitaal.health import router as health_views
from vitaal.issues import router as issue_views
from vitaal.journey import router as journey_views
from vitaal.meetings import router as meeting_views
from vitaal.organisations import router as organisation_views
from vitaal.partners import router as partner_views
from vitaal.plan import router as plan_views
from vitaal.portfolio import router as portfolio_views
from vitaal.signals import router as signal_views
from vitaal.stakeholders import router as stakeholder_views
from vitaal.tob3 import public as tob3_public_views
from vitaal.tob3 import router as tob3_views

API_PREFIX = "/api/v1"

api_router = APIRouter(prefix=API_PREFIX)
api_router.include_router(health_views.router)
api_router.include_router(auth_views.router)
api_router.include_router(me_views.router)
api_router.include_router(organisation_views.router)
api_router.include_router(organisation_views.links_router)
api_router.include_router(coalition_views.router)
api_router.include_router(coalition_views.links_router)
api_router.include_router(partner_views.router)
api_router.include_router(stakeholder_views.router)
api_router.include_router(partner_views.stakeholder_router)
api_router.include_router(partner_views.coalition_router)
api_router.include_router(portfolio_views.router)
api_router.include_router(confrontation_views.router)
api_router.include_router(issue_views.router)
api_router.include_router(crisis_views.router)
api_router.include_router(crisis_views.template_router)
api_router.include_router(approach_views.router)
api_router.include_router(signal_views.router)
api_router.include_router(tob3_views.router)
api_router.include_router(tob3_public_views.router)
api_router.include_router(agreement_views.router)
api_router.include_router(meeting_views.router)
api_router.include_router(meeting_views.scale_router)
api_router.include_router(plan_views.router)
api_router.include_router(journey_views.router)
api_router.include_router(formation_views.router)
