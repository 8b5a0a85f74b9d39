"""Logs of a real bot process hold counts and errors only: no typed text, no token, one line for a rejected token."""

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.fakebot import FakeBotApi, updates

PROJECT = Path(__file__).resolve().parent.parent
USER = 1001
TYPED = {
    "note": "Put the phone in the hall, marker-hall-7731",
    "story": "My mother went quiet for days, marker-quiet-5520",
    "pattern": "Scrolling his old messages, marker-scroll-4410",
    "crisis": "I want to kill myself tonight",
}


async def start_process(fake: FakeBotApi, tmp_path: Path, **settings: str) -> asyncio.subprocess.Process:
    """`python -m bot` polling the fake server, its output written to tmp_path/output.log (a file, so
    a chatty log never blocks the process on a full pipe)."""
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATA_KEY", "OLD_DATA_KEYS"}},
        "PYTHONPATH": str(PROJECT),
        "BOT_TOKEN": fake.token,
        "BOT_API_URL": fake.base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        **settings,
    }
    output = open(tmp_path / "output.log", "wb")  # noqa: SIM115 (the child process owns it)
    try:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", env=env, cwd=tmp_path, stdout=output, stderr=subprocess.STDOUT
        )
    finally:
        output.close()


class Driver:
    """Pushes updates to the polling process and waits until its answers have come."""

    def __init__(self, fake: FakeBotApi):
        self.fake = fake

    async def settle(self, timeout: float = 20.0) -> None:
        """Wait until the bot has made a call after the push and then been quiet for half a second."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        seen = len(self._answers())
        while len(self._answers()) == seen:
            assert loop.time() < deadline, "the bot did not answer"
            await asyncio.sleep(0.05)
        while True:
            seen = len(self._answers())
            await asyncio.sleep(0.5)
            if len(self._answers()) == seen:
                return

    def _answers(self) -> list:
        return [call for call in self.fake.calls if call.method not in ("getUpdates", "getMe")]

    async def push(self, update: dict) -> None:
        self.fake.push_update(update)
        await self.settle()

    async def say(self, text: str) -> None:
        await self.push(updates.text_message(USER, text))

    async def command(self, name: str) -> None:
        await self.push(updates.command(USER, name))

    async def tap(self, label: str) -> None:
        for message_id in sorted(self.fake.messages.get(USER, {}), reverse=True):
            stored = self.fake.messages[USER][message_id]
            for row in (stored.reply_markup or {}).get("inline_keyboard", []):
                for button in row:
                    if button["text"] == label and "callback_data" in button:
                        await self.push(
                            updates.callback(
                                USER,
                                message_id,
                                button["callback_data"],
                                message_text=stored.text,
                                reply_markup=stored.reply_markup,
                            )
                        )
                        return
        raise AssertionError(f"no button {label!r}")


async def test_debug_log_of_a_full_run_holds_no_typed_text_and_no_token(tmp_path):
    """At LOG_LEVEL=DEBUG a whole session (onboarding, note, story, pattern, crisis) logs none of it."""
    async with FakeBotApi() as fake:
        process = await start_process(fake, tmp_path, LOG_LEVEL="DEBUG", TICK_SECONDS="0.5")
        try:
            bot = Driver(fake)
            await bot.command("/start")
            for label in (
                "Yes, I'm 18 or older",
                "No",
                "More anxious (I chase reassurance)",
                "Checking my phone again and again",
                "Use this",
            ):
                await bot.tap(label)
            await bot.say("Europe/Berlin")
            await bot.tap("21:00")
            await bot.command("/checkin")
            await bot.tap("No")
            await bot.say(TYPED["note"])
            await bot.command("/story")
            await bot.tap("Continue my story")
            await bot.say(TYPED["story"])
            await bot.command("/settings")
            await bot.tap("Pattern")
            await bot.say(TYPED["pattern"])
            await bot.say(TYPED["crisis"])
            assert any("deserve support" in text for text in fake.sent_texts(USER))
            assert any(TYPED["note"] in message.text for message in fake.messages[USER].values())
        finally:
            process.send_signal(signal.SIGINT)
            await asyncio.wait_for(process.wait(), 60)
        log = (tmp_path / "output.log").read_text()
        assert "UNENCRYPTED" in log  # the log was written at all
        for typed in (*TYPED.values(), fake.token, fake.token.split(":", 1)[1]):
            assert typed not in log


async def test_rejected_token_stops_start_up_with_one_line(tmp_path):
    """A token Telegram refuses prints one line naming BOT_TOKEN, exit 2, no traceback, no token."""
    wrong = "654321:WRONG-token-that-telegram-refuses"
    async with FakeBotApi() as fake:
        process = await start_process(fake, tmp_path, BOT_TOKEN=wrong)
        await asyncio.wait_for(process.wait(), 60)
    output = (tmp_path / "output.log").read_text()
    assert process.returncode == 2
    assert output.strip().count("\n") == 0 and "BOT_TOKEN" in output
    assert "Traceback" not in output and wrong not in output and wrong.split(":")[1] not in output


async def test_a_failed_statement_does_not_carry_its_parameters(tmp_path):
    """An SQL error's message (which reaches the error log) never includes the values bound to it."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import create_engine

    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    try:
        async with engine.connect() as connection:
            await connection.execute(
                text("SELECT * FROM no_such_table WHERE note = :note"), {"note": TYPED["note"]}
            )
    except SQLAlchemyError as error:
        assert TYPED["note"] not in str(error) and "hidden" in str(error)
    else:
        raise AssertionError("the statement should have failed")
    finally:
        await engine.dispose()
