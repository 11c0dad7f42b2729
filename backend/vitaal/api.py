"""Every domain router, under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from vitaal.auth import me as me_views
from vitaal.auth import router as auth_views
from vitaal.coalitions import router as coalition_views
from vitaal.health import router as health_views
from vitaal.organisations import router as organisation_views
from vitaal.partners import router as partner_views
from vitaal.portfolio import router as portfolio_views
from vitaal.stakeholders import router as stakeholder_views

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
api_router.include_router(partner_views.coalition_router)
api_router.include_router(portfolio_views.router)
