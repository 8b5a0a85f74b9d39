"""The fake Bot API in its own OS process, with a loopback control server a benchmark drives it through."""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from tests.fakebot import FakeBotApi  # noqa: E402

# Update lists for the tap schedule run to a few megabytes of JSON.
CONTROL_MAX_BODY = 64 * 1024 * 1024


class TapFeed:
    """Pushes updates into the fake on an open-loop schedule and pairs each with its answerCallbackQuery."""

    def __init__(self, fake: FakeBotApi) -> None:
        self.fake = fake
        self.pushed_at: dict[str, float] = {}
        self.answered_at: dict[str, float] = {}
        self.total = 0
        self.behind_schedule_max = 0.0
        self.first_push = self.last_push = 0.0
        self._scanned = 0
        self._task: asyncio.Task | None = None

    def start(self, updates: list[dict[str, Any]], rate: float) -> None:
        self.forget()
        self.total = len(updates)
        self._task = asyncio.create_task(self._push_all(updates, rate))

    def forget(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self.pushed_at.clear()
        self.answered_at.clear()
        self.total = 0
        self.behind_schedule_max = 0.0

    def calls_cleared(self) -> None:
        self._scanned = 0

    async def _push_all(self, updates: list[dict[str, Any]], rate: float) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time() + 0.05
        self.first_push = time.monotonic()
        for index, update in enumerate(updates):
            planned = start + index / rate
            delay = planned - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            else:
                self.behind_schedule_max = max(self.behind_schedule_max, -delay)
            # The update is available to getUpdates from this instant on: latency starts here.
            self.pushed_at[update["callback_query"]["id"]] = time.monotonic()
            self.fake.push_update(update)
        self.last_push = time.monotonic()

    def _scan(self) -> None:
        calls = self.fake.calls
        for call in calls[self._scanned :]:
            if call.method == "answerCallbackQuery" and call.ok:
                query_id = str(call.params.get("callback_query_id"))
                if query_id in self.pushed_at and query_id not in self.answered_at:
                    self.answered_at[query_id] = call.at
        self._scanned = len(calls)

    def status(self, with_latencies: bool) -> dict[str, Any]:
        self._scan()
        status: dict[str, Any] = {
            "total": self.total,
            "pushed": len(self.pushed_at),
            "answered": len(self.answered_at),
            "behind_schedule_max_ms": 1000 * self.behind_schedule_max,
            "push_seconds": max(0.0, self.last_push - self.first_push),
        }
        if with_latencies:
            status["latencies_ms"] = [
                1000 * (self.answered_at[query_id] - pushed)
                for query_id, pushed in self.pushed_at.items()
                if query_id in self.answered_at
            ]
        return status


def control_app(fake: FakeBotApi, feed: TapFeed) -> web.Application:
    """Routes a benchmark uses to reset, read and feed the fake; the fake's own API is untouched."""
    routes = web.RouteTableDef()

    @routes.post("/reset")
    async def reset(request: web.Request) -> web.Response:
        body = await request.json()
        fake.clear()
        feed.calls_cleared()
        feed.forget()
        if body.get("messages"):
            fake.messages.clear()
        return web.json_response({"ok": True})

    @routes.get("/calls")
    async def calls(request: web.Request) -> web.Response:
        method, client = request.query.get("method"), request.query.get("client")
        rows = [
            {"method": call.method, "at": call.at, "status": call.status, "client": call.client}
            for call in fake.calls
            if (method is None or call.method == method) and (client is None or call.client == client)
        ]
        return web.json_response(rows)

    @routes.get("/count")
    async def count(request: web.Request) -> web.Response:
        method = request.query["method"]
        ok = sum(1 for call in fake.calls if call.method == method and call.ok)
        failed = sum(1 for call in fake.calls if call.method == method and not call.ok)
        return web.json_response({"ok": ok, "failed": failed})

    @routes.post("/latest")
    async def latest(request: web.Request) -> web.Response:
        body = await request.json()
        newest = {}
        for chat_id in body["chat_ids"]:
            stored = fake.messages.get(chat_id)
            if stored:
                message = stored[max(stored)]
                newest[str(chat_id)] = {
                    "message_id": message.message_id,
                    "text": message.text,
                    "reply_markup": message.reply_markup,
                }
        return web.json_response(newest)

    @routes.post("/push")
    async def push(request: web.Request) -> web.Response:
        return web.json_response({"update_id": fake.push_update(await request.json())})

    @routes.post("/feed")
    async def start_feed(request: web.Request) -> web.Response:
        body = await request.json()
        feed.start(body["updates"], float(body["rate"]))
        return web.json_response({"ok": True})

    @routes.get("/feed")
    async def feed_status(request: web.Request) -> web.Response:
        return web.json_response(feed.status(request.query.get("latencies") == "1"))

    app = web.Application(client_max_size=CONTROL_MAX_BODY)
    app.add_routes(routes)
    return app


async def serve(control_port: int) -> None:
    """Serve until SIGTERM, SIGINT or the parent closing our stdin (so an orphan never lingers)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)

    parent_pipe = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(parent_pipe), sys.stdin)

    async def wait_for_parent() -> None:
        await parent_pipe.read()  # returns at EOF: the parent closed the pipe or died
        stop.set()

    watcher = asyncio.create_task(wait_for_parent())
    async with FakeBotApi() as fake:
        feed = TapFeed(fake)
        runner = web.AppRunner(control_app(fake, feed), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", control_port).start()
        port = runner.addresses[0][1]
        print(
            json.dumps(
                {"base_url": fake.base_url, "token": fake.token, "control_url": f"http://127.0.0.1:{port}"}
            ),
            flush=True,
        )
        await stop.wait()
        watcher.cancel()
        await runner.cleanup()


class FakeServerProcess:
    """Starts `python -m bench.fake_server` as a child process and talks to its control server."""

    def __init__(self, control_port: int = 0) -> None:
        self.control_port = control_port
        self.base_url = self.token = self.control_url = ""
        self._process: asyncio.subprocess.Process | None = None
        self._http: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> FakeServerProcess:
        self._process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.fake_server",
            "--port",
            str(self.control_port),
            cwd=PROJECT,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        line = await asyncio.wait_for(self._process.stdout.readline(), timeout=60)
        if not line:
            raise RuntimeError("the fake Bot API process exited before it was ready")
        address = json.loads(line)
        self.base_url, self.token, self.control_url = (
            address["base_url"],
            address["token"],
            address["control_url"],
        )
        self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120))
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._http is not None:
            await self._http.close()
        if self._process is not None and self._process.returncode is None:
            self._process.stdin.close()
            self._process.terminate()
            try:
                await asyncio.wait_for(self._process.wait(), timeout=10)
            except TimeoutError:
                self._process.kill()
                await self._process.wait()

    @property
    def pid(self) -> int:
        """The fake server's process id (for its CPU time)."""
        return self._process.pid

    async def _get(self, path: str, **query: str) -> Any:
        async with self._http.get(self.control_url + path, params=query) as response:
            response.raise_for_status()
            return await response.json()

    async def _post(self, path: str, body: Any) -> Any:
        async with self._http.post(self.control_url + path, json=body) as response:
            response.raise_for_status()
            return await response.json()

    async def reset(self, *, messages: bool) -> None:
        """Forget recorded calls (and the stored messages too, when `messages`)."""
        await self._post("/reset", {"messages": messages})

    async def count(self, method: str) -> dict[str, int]:
        """Successful and failed calls of one method since the last reset."""
        return await self._get("/count", method=method)

    async def calls(self, method: str | None = None, client: str | None = None) -> list[dict[str, Any]]:
        """Calls since the last reset (of one method, from one labelled client): method, when answered, status."""
        query = {key: value for key, value in (("method", method), ("client", client)) if value}
        return await self._get("/calls", **query)

    async def latest(self, chat_ids: list[int]) -> dict[int, dict[str, Any]]:
        """The newest stored message per chat."""
        newest = await self._post("/latest", {"chat_ids": chat_ids})
        return {int(chat_id): message for chat_id, message in newest.items()}

    async def push(self, update: dict[str, Any]) -> int:
        """Queue one update for getUpdates now."""
        return (await self._post("/push", update))["update_id"]

    async def feed(self, updates: list[dict[str, Any]], rate: float) -> None:
        """Make update i available at start + i / rate (open loop), inside the fake's process."""
        await self._post("/feed", {"updates": updates, "rate": rate})

    async def feed_status(self, *, latencies: bool = False) -> dict[str, Any]:
        """How many fed updates were pushed and answered; per-update latencies (ms) when asked."""
        return await (self._get("/feed", latencies="1") if latencies else self._get("/feed"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--port", type=int, default=0, help="control server port on 127.0.0.1 (0: any free port)"
    )
    args = parser.parse_args()
    asyncio.run(serve(args.port))


if __name__ == "__main__":
    main()
