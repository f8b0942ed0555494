"""A local round-robin proxy in front of several Rasa servers (`RASA_SERVERS` > 1).

`patient-support run` starts it on RASA_PORT when the production profile runs more than
one Rasa server on this machine (bot/runner.py); across hosts a real reverse proxy does
the same job (docs/deploy.md). Each request goes to the next server that answers; a
server that refuses the connection is skipped for that request, so one restarting server
does not fail requests. WebSockets (the web chat) are passed through both ways. Every
server shares the PostgreSQL tracker store and the Redis lock store, so which server
takes a message does not matter, and one conversation's messages keep their order (the
lock). The client's address is passed on in X-Forwarded-For (the web chat's per-address
limits; the runner tells the servers to trust one more proxy).

    python -m bot.proxy --port 5005 --backend http://127.0.0.1:5006 --backend http://127.0.0.1:5007
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import sys

import aiohttp
from aiohttp import web

from bot import logs
from bot.config import load_settings

log = logging.getLogger(__name__)

# Headers that belong to one hop, not to the request or response passed on.
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
              "transfer-encoding", "upgrade", "host", "content-length"}


class RoundRobin:
    def __init__(self, backends: list[str]):
        self.backends = backends
        self._next = itertools.cycle(range(len(backends)))

    def order(self) -> list[str]:
        """All backends, starting with the next one in turn."""
        start = next(self._next)
        return self.backends[start:] + self.backends[:start]


def _forwarded_for(request: web.Request) -> str:
    earlier = request.headers.get("X-Forwarded-For")
    peer = request.remote or ""
    return f"{earlier}, {peer}" if earlier else peer


def build_app(backends: list[str]) -> web.Application:
    pool = RoundRobin(backends)
    app = web.Application(client_max_size=2 * 1024 * 1024)

    async def start_client(app: web.Application) -> None:
        app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120, connect=2), auto_decompress=False)

    async def stop_client(app: web.Application) -> None:
        await app["http"].close()

    async def forward(request: web.Request) -> web.StreamResponse:
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return await _websocket(request, pool)
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["X-Forwarded-For"] = _forwarded_for(request)
        headers["Host"] = request.host
        for backend in pool.order():
            try:
                async with request.app["http"].request(request.method, backend + request.path_qs, headers=headers,
                                                       data=body, allow_redirects=False) as upstream:
                    payload = await upstream.read()
                    out = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP}
                    return web.Response(status=upstream.status, body=payload, headers=out)
            except aiohttp.ClientConnectorError:  # that server is down or restarting: the next one
                continue
        return web.json_response({"error": "no Rasa server is answering"}, status=502)

    app.on_startup.append(start_client)
    app.on_cleanup.append(stop_client)
    app.router.add_route("*", "/{tail:.*}", forward)
    return app


async def _websocket(request: web.Request, pool: RoundRobin) -> web.StreamResponse:
    """Open the same socket on the next answering server and pass frames both ways."""
    headers = {"X-Forwarded-For": _forwarded_for(request)}
    for backend in pool.order():
        try:
            upstream = await request.app["http"].ws_connect(backend.replace("http", "ws", 1) + request.path_qs,
                                                            headers=headers)
            break
        except aiohttp.ClientError:
            continue
    else:
        return web.json_response({"error": "no Rasa server is answering"}, status=502)
    client = web.WebSocketResponse()
    await client.prepare(request)

    async def pipe(source, target) -> None:
        async for message in source:
            if message.type == aiohttp.WSMsgType.TEXT:
                await target.send_str(message.data)
            elif message.type == aiohttp.WSMsgType.BINARY:
                await target.send_bytes(message.data)
            else:
                break

    try:
        await asyncio.wait([asyncio.create_task(pipe(client, upstream)), asyncio.create_task(pipe(upstream, client))],
                           return_when=asyncio.FIRST_COMPLETED)
    finally:
        await upstream.close()
        await client.close()
    return client


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.proxy", description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--backend", action="append", required=True, help="a Rasa server's URL (repeat)")
    args = parser.parse_args(argv)
    settings = load_settings()
    logs.configure("proxy", settings.secret_key, settings.is_production)
    web.run_app(build_app(args.backend), host=args.host, port=args.port, print=None, access_log=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
