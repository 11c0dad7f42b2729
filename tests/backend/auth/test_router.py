from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI
from jose import jwt
from situations import TEST_SECRET, Api, ProblemCheck
from sqlalchemy import select, update

from vitaal.auth.models import RevokedAccessToken
from vitaal.core.security import create_access_token


async def test_signup_creates_account_and_lowercases_email(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/auth/signup",
        json={"email": "Anne@Example.ORG", "password": "een lang wachtwoord", "name": " Anne "},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["email"] == "anne@example.org"
    assert body["name"] == "Anne"
    assert "password" not in str(body)


async def test_signup_twice_with_same_email_is_a_conflict(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    await api.user(email="dup@example.org")
    response = await client.post(
        "/api/v1/auth/signup",
        json={"email": "DUP@example.org", "password": "een lang wachtwoord", "name": "X"},
    )
    problem(response, 409)


async def test_signup_validation_lists_each_field(
    client: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    response = await client.post(
        "/api/v1/auth/signup", json={"email": "not-an-email", "password": "short", "name": "  "}
    )
    body = problem(response, 422)
    fields = {error["field"] for error in body["errors"]}
    assert fields == {"body.email", "body.password", "body.name"}
    assert all(error["reason"] for error in body["errors"])
    # A machine code and the limit, so the app can say it in Dutch.
    password = next(e for e in body["errors"] if e["field"] == "body.password")
    assert password["code"] == "string_too_short"
    assert password["context"] == {"min_length": 10}


async def test_token_and_me(client: httpx.AsyncClient, api: Api) -> None:
    user = await api.user(name="Bram")
    response = await client.get("/api/v1/me", headers=user.headers)
    assert response.status_code == 200
    me = response.json()
    assert me["email"] == user.email
    assert me["organisations"] == []
    org = await api.organisation(user, name="Stichting Samen")
    me = (await client.get("/api/v1/me", headers=user.headers)).json()
    assert me["organisations"] == [{"id": org["id"], "name": "Stichting Samen", "role": "owner"}]


async def test_token_response_shape(client: httpx.AsyncClient, api: Api) -> None:
    user = await api.user()
    tokens = await api.login(user.email)
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] == 15 * 60
    claims = jwt.get_unverified_claims(tokens["access_token"])
    assert set(claims) >= {"sub", "exp", "iat", "jti"}
    assert claims["exp"] - claims["iat"] == 15 * 60
    assert jwt.get_unverified_header(tokens["access_token"])["alg"] == "HS256"


async def test_wrong_password_is_401_without_saying_which_part(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    wrong = await client.post(
        "/api/v1/auth/token", data={"username": user.email, "password": "not the password"}
    )
    unknown = await client.post(
        "/api/v1/auth/token", data={"username": "nobody@example.org", "password": "whatever1234"}
    )
    assert problem(wrong, 401)["detail"] == problem(unknown, 401)["detail"]


async def test_repeated_failures_are_slowed_down_with_retry_after(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    for _ in range(3):  # login_max_failures=3 in the test settings
        response = await client.post(
            "/api/v1/auth/token", data={"username": user.email, "password": "wrong password"}
        )
        problem(response, 401)
    locked = await client.post(
        "/api/v1/auth/token", data={"username": user.email, "password": "correct horse battery"}
    )
    problem(locked, 429)
    assert 1 <= int(locked.headers["Retry-After"]) <= 30


async def test_failures_from_one_address_lock_other_accounts_from_it(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    for index in range(3):
        await client.post(
            "/api/v1/auth/token",
            data={"username": f"guess{index}@example.org", "password": "wrong password"},
        )
    response = await client.post(
        "/api/v1/auth/token", data={"username": user.email, "password": "correct horse battery"}
    )
    problem(response, 429)


async def test_missing_token_and_garbage_token_are_401(
    client: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    missing = await client.get("/api/v1/me")
    assert problem(missing, 401)
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    problem(await client.get("/api/v1/me", headers={"Authorization": "Bearer abc.def.ghi"}), 401)


async def test_expired_token_is_401(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    token, _ = create_access_token(
        user.id,
        secret=TEST_SECRET,
        lifetime=timedelta(minutes=15),
        now=datetime.now(UTC) - timedelta(hours=1),
    )
    response = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    problem(response, 401)


async def test_tampered_token_is_401(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    other = await api.user()
    header, _, signature = user.access_token.split(".")
    forged_payload = other.access_token.split(".")[1]
    forged = f"{header}.{forged_payload}.{signature}"
    response = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {forged}"})
    problem(response, 401)


def _b64(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).decode().rstrip("=")


async def test_alg_none_token_is_401(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    import json

    user = await api.user()
    claims = jwt.get_unverified_claims(user.access_token)
    unsigned = (
        f"{_b64(json.dumps({'alg': 'none', 'typ': 'JWT'}).encode())}."
        f"{_b64(json.dumps(claims).encode())}."
    )
    response = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {unsigned}"})
    problem(response, 401)


async def test_other_algorithm_with_same_secret_is_401(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    claims = jwt.get_unverified_claims(user.access_token)
    hs512 = jwt.encode(claims, TEST_SECRET, algorithm="HS512")
    response = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {hs512}"})
    problem(response, 401)


async def test_token_signed_with_another_secret_is_401(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    claims = jwt.get_unverified_claims(user.access_token)
    forged = jwt.encode(claims, "another-secret-" + "y" * 40, algorithm="HS256")
    response = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {forged}"})
    problem(response, 401)


async def test_refresh_rotates_and_old_token_stops_working(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    first = await client.post("/api/v1/auth/refresh", json={"refresh_token": user.refresh_token})
    assert first.status_code == 200
    pair = first.json()
    assert pair["refresh_token"] != user.refresh_token
    me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {pair['access_token']}"})
    assert me.status_code == 200
    reused = await client.post("/api/v1/auth/refresh", json={"refresh_token": user.refresh_token})
    problem(reused, 401)


async def test_reusing_a_refresh_token_revokes_the_whole_family(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    rotated = (
        await client.post("/api/v1/auth/refresh", json={"refresh_token": user.refresh_token})
    ).json()
    problem(
        await client.post("/api/v1/auth/refresh", json={"refresh_token": user.refresh_token}), 401
    )
    # The newest token of the same login is revoked too: the thief's copy is dead.
    problem(
        await client.post("/api/v1/auth/refresh", json={"refresh_token": rotated["refresh_token"]}),
        401,
    )
    # And so are the access tokens the login was given.
    problem(await client.get("/api/v1/me", headers=user.headers), 401)
    newest = {"Authorization": f"Bearer {rotated['access_token']}"}
    problem(await client.get("/api/v1/me", headers=newest), 401)


async def test_other_logins_survive_a_revoked_family(client: httpx.AsyncClient, api: Api) -> None:
    user = await api.user()
    second_login = await api.login(user.email)
    await client.post("/api/v1/auth/refresh", json={"refresh_token": user.refresh_token})
    await client.post("/api/v1/auth/refresh", json={"refresh_token": user.refresh_token})
    still = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": second_login["refresh_token"]}
    )
    assert still.status_code == 200


async def test_unknown_refresh_token_is_401(
    client: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    response = await client.post("/api/v1/auth/refresh", json={"refresh_token": "made-up"})
    problem(response, 401)


async def test_logout_ends_the_login(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    response = await client.post("/api/v1/auth/logout", json={"refresh_token": user.refresh_token})
    assert response.status_code == 204
    problem(
        await client.post("/api/v1/auth/refresh", json={"refresh_token": user.refresh_token}), 401
    )
    again = await client.post("/api/v1/auth/logout", json={"refresh_token": user.refresh_token})
    assert again.status_code == 204


async def test_logout_revokes_the_access_tokens_of_the_login(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    other = {"Authorization": f"Bearer {(await api.login(user.email))['access_token']}"}
    # A refresh issues a second access token; the first one is still valid until it expires.
    pair = await client.post("/api/v1/auth/refresh", json={"refresh_token": user.refresh_token})
    fresh = {"Authorization": f"Bearer {pair.json()['access_token']}"}
    assert (await client.get("/api/v1/me", headers=user.headers)).status_code == 200
    logout = await client.post(
        "/api/v1/auth/logout", json={"refresh_token": pair.json()["refresh_token"]}
    )
    assert logout.status_code == 204
    problem(await client.get("/api/v1/me", headers=user.headers), 401)
    problem(await client.get("/api/v1/me", headers=fresh), 401)
    # Another login of the same account goes on.
    assert (await client.get("/api/v1/me", headers=other)).status_code == 200
    again = await client.post(
        "/api/v1/auth/logout", json={"refresh_token": pair.json()["refresh_token"]}
    )
    assert again.status_code == 204


async def test_logout_clears_revocations_that_have_expired(
    client: httpx.AsyncClient, api: Api, app: FastAPI
) -> None:
    first, second = await api.user(), await api.user()
    await client.post("/api/v1/auth/logout", json={"refresh_token": first.refresh_token})
    async with app.state.sessionmaker() as session, session.begin():
        await session.execute(
            update(RevokedAccessToken).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    await client.post("/api/v1/auth/logout", json={"refresh_token": second.refresh_token})
    async with app.state.sessionmaker() as session:
        left = (await session.scalars(select(RevokedAccessToken.jti))).all()
    assert left == [jwt.get_unverified_claims(second.access_token)["jti"]]
