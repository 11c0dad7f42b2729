from __future__ import annotations

from pathlib import Path

import httpx
from fastapi import FastAPI
from situations import ProblemCheck

from vitaal.core.config import Settings
from vitaal.main import create_app


async def test_unknown_api_route_is_a_problem_404(
    client: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    for method in ("GET", "POST", "DELETE"):
        response = await client.request(method, "/api/v1/does-not-exist")
        problem(response, 404)


async def test_method_not_allowed_is_a_problem(
    client: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    problem(await client.put("/api/v1/health"), 405)


async def test_malformed_json_is_a_problem(
    client: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    response = await client.post(
        "/api/v1/auth/signup", content=b"{not json", headers={"content-type": "application/json"}
    )
    body = problem(response, 422)
    assert body["errors"][0]["field"].startswith("body")


async def test_unexpected_error_hides_details(settings: Settings, problem: ProblemCheck) -> None:
    app: FastAPI = create_app(settings)

    @app.get("/api/v1/explode")
    async def explode() -> None:
        raise RuntimeError("SELECT secret FROM users -- traceback material")

    # Registered last, so move it before the catch-all for unknown API routes.
    app.router.routes.insert(0, app.router.routes.pop())
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        response = await http.get("/api/v1/explode")
    body = problem(response, 500)
    assert "SELECT" not in response.text
    assert "Traceback" not in response.text
    assert body["title"] == "Internal server error"
    await app.state.engine.dispose()


async def test_single_page_app_fallback(
    settings: Settings, tmp_path: Path, problem: ProblemCheck
) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>Vitaal</title>")
    (tmp_path / "assets" / "app.js").write_text("console.log('hi')")
    (tmp_path / "favicon.svg").write_text("<svg/>")
    app = create_app(settings.model_copy(update={"static_dir": tmp_path}))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        for path in ("/", "/coalitions/123", "/join/abc"):
            response = await http.get(path)
            assert response.status_code == 200
            assert "<title>Vitaal</title>" in response.text
        assert (await http.get("/assets/app.js")).text == "console.log('hi')"
        assert (await http.get("/favicon.svg")).text == "<svg/>"
        problem(await http.get("/api/v1/nothing-here"), 404)
        traversal = await http.get("/..%2F..%2Fetc%2Fpasswd")
        assert "root:" not in traversal.text
    await app.state.engine.dispose()
