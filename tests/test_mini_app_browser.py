"""The Mini App in a real headless Chromium: what a person sees with genuine, forged and expired initData, at 360 and 1280 px.

Needs Debian's chromium at /usr/bin/chromium (`.ci/run` installs it). Without it the test fails,
unless SKIP_BROWSER_TESTS=1 says a local run may skip it; CI never sets that.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import USER, start_harness, stop_harness
from tests.test_mini_app import WEB_APP_URL, signed_init_data
from tests.year_seed import seed_year

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Screenshots for review; the folder is ignored by git.
ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "miniapp"
LIGHT = {
    "bg_color": "#ffffff",
    "text_color": "#000000",
    "hint_color": "#707579",
    "link_color": "#3390ec",
    "button_color": "#3390ec",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#f4f4f5",
}
DARK = {
    "bg_color": "#212121",
    "text_color": "#ffffff",
    "hint_color": "#aaaaaa",
    "link_color": "#8774e1",
    "button_color": "#8774e1",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#181818",
}


def _browser_or_fail() -> None:
    if os.path.exists(CHROMIUM):
        return
    if os.environ.get("SKIP_BROWSER_TESTS") == "1" and os.environ.get("CI", "").lower() != "true":
        pytest.skip("chromium is not installed and SKIP_BROWSER_TESTS=1")
    pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)")


@pytest.fixture
async def served(fake, clock, tmp_path):
    """The bot (polling mode, WEB_APP_URL set) with a year of one user's data in a real SQLite file."""
    _browser_or_fail()
    harness = await start_harness(
        fake,
        clock,
        f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        [],
        web_app_url=WEB_APP_URL,
        web_app_listen="127.0.0.1",
        web_app_port=0,
    )
    await seed_year(harness.services.sessions, USER, clock.now())
    yield harness
    await stop_harness(harness)
    assert not harness.handler_errors


def launch_url(harness, init_data: str, theme: dict) -> str:
    """The page's address with Telegram's launch fragment, as a Telegram client opens it."""
    from bot.web.server import mini_app_of

    fragment = (
        f"tgWebAppData={quote(init_data, safe='')}&tgWebAppVersion=8.0&tgWebAppPlatform=android"
        f"&tgWebAppThemeParams={quote(json.dumps(theme), safe='')}"
    )
    return f"http://127.0.0.1:{mini_app_of(harness.app).port}/app/#{fragment}"


async def open_page(url: str, width: int, screenshot: str | None = None) -> dict:
    """Open the page in headless Chromium at `width` px; what it shows, and every console error."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = await browser.new_page(viewport={"width": width, "height": 900})
            errors: list[str] = []
            page.on(
                "console", lambda message: errors.append(message.text) if message.type == "error" else None
            )
            page.on("pageerror", lambda error: errors.append(str(error)))
            await page.goto(url)
            # A selector wait, not wait_for_function: the page's CSP rightly forbids eval in its world.
            await page.wait_for_selector("#calendar, #refusal:not([hidden])", state="attached")
            seen = await page.evaluate(
                """() => ({
                    refusal: !document.querySelector('#refusal').hidden,
                    scoreLine: document.querySelectorAll('svg.score-chart polyline.score-line').length,
                    hardBands: document.querySelectorAll('svg.score-chart .hard-band').length,
                    comebacks: document.querySelectorAll('svg.score-chart .comeback').length,
                    scoreAlt: (document.querySelector('#score-desc') || {}).textContent || '',
                    calendarRows: document.querySelectorAll('#calendar tbody tr').length,
                    calendarWidth: (document.querySelector('table.calendar') || {}).offsetWidth || 0,
                    capacities: [...document.querySelectorAll('figure.capacity')].map(f => ({
                        label: f.querySelector('figcaption').textContent,
                        points: f.querySelectorAll('.capacity-point').length,
                    })),
                    pageWidth: document.documentElement.scrollWidth,
                    text: document.body.innerText,
                    background: getComputedStyle(document.body).backgroundColor,
                })"""
            )
            if screenshot:
                ARTIFACTS.mkdir(parents=True, exist_ok=True)
                await page.screenshot(path=str(ARTIFACTS / screenshot), full_page=True)
            seen["errors"] = errors
            return seen
        finally:
            await browser.close()


async def test_genuine_init_data_shows_score_calendar_and_capacities_at_360px(served):
    """On a 360 px phone the signed-in user sees the score chart with dips and comebacks, the calendar and three capacities."""
    init_data = signed_init_data(served.fake.token, USER, served.clock.now())
    seen = await open_page(launch_url(served, init_data, LIGHT), 360, "miniapp-360.png")
    assert not seen["refusal"]
    assert seen["scoreLine"] == 1 and seen["hardBands"] > 0 and seen["comebacks"] > 0
    assert seen["scoreAlt"].startswith("Practice score over")
    assert seen["calendarRows"] >= 52 and seen["calendarWidth"] <= 360
    assert [c["label"] for c in seen["capacities"]] == [
        "Calming yourself",
        "Saying what you need",
        "Staying present with closeness",
    ]
    assert all(c["points"] > 0 for c in seen["capacities"])
    assert seen["pageWidth"] <= 360
    assert seen["errors"] == []


async def test_genuine_init_data_in_dark_theme_at_1280px(served):
    """On a wide screen in Telegram's dark theme the page takes the theme's background and shows the same parts."""
    init_data = signed_init_data(served.fake.token, USER, served.clock.now())
    seen = await open_page(launch_url(served, init_data, DARK), 1280, "miniapp-1280-dark.png")
    assert seen["background"] == "rgb(33, 33, 33)"
    assert seen["scoreLine"] == 1 and seen["calendarRows"] >= 52 and len(seen["capacities"]) == 3
    assert "Practices that helped most" in seen["text"] and "Your plans" in seen["text"]
    assert seen["errors"] == []


async def test_light_theme_screenshot_at_1280px(served):
    """The wide light page renders without errors (its screenshot is the README's)."""
    init_data = signed_init_data(served.fake.token, USER, served.clock.now())
    seen = await open_page(launch_url(served, init_data, LIGHT), 1280, "miniapp-1280.png")
    assert seen["scoreLine"] == 1 and seen["errors"] == []


async def test_forged_init_data_sees_the_refusal_and_no_data(served):
    """initData signed with another bot's token shows the refusal and none of the user's data."""
    forged = signed_init_data("999999:not-this-bots-token-at-all", USER, served.clock.now())
    seen = await open_page(launch_url(served, forged, LIGHT), 360, "miniapp-forged-360.png")
    assert seen["refusal"] and seen["calendarRows"] == 0 and seen["scoreLine"] == 0
    assert "This page opens from the bot" in seen["text"]


async def test_expired_init_data_sees_the_refusal(served):
    """initData signed more than a day ago shows the refusal and no data."""
    old = signed_init_data(served.fake.token, USER, served.clock.now() - timedelta(days=2))
    seen = await open_page(launch_url(served, old, LIGHT), 360, "miniapp-expired-360.png")
    assert seen["refusal"] and seen["calendarRows"] == 0
