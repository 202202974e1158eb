"""Trading API of the tfdr web tier: one small HTTPS service per instance.

Python 3.9+ standard library only (Amazon Linux 2023 ships python3; nothing is
installed). Configuration comes from the environment (systemd EnvironmentFile,
written by the user data):

  TRADING_DB_HOST, TRADING_DB_PORT   the database endpoint the health route checks
  TRADING_APP_PORT                   the port to serve on (unprivileged)
  TRADING_HEALTH_PATH                the deep health route (Route 53 checks it)
  TRADING_LIVE_PATH                  the liveness route (the load balancer checks it)
  TRADING_REGION                     reported in responses
  TRADING_CERT, TRADING_KEY          PEM files; without them the service speaks HTTP

Routes (GET and HEAD):
  <health path>  200 and a JSON quote whose `"trading_status": "OPEN"` (HEALTH_MATCH)
                 is what Route 53's string-matching health check looks for; only when a
                 TCP connection to the database opens within DB_TIMEOUT seconds.
                 Otherwise 503 with `"trading_status": "HALTED"`.
  <live path>    200 while the process serves, whatever the database does: the load
                 balancer (and so Auto Scaling) replaces an instance only when it is
                 itself broken, never the whole fleet for a database outage.
  anything else  404.
"""

import datetime
import json
import os
import socket
import ssl
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# What Route 53's HTTPS_STR_MATCH health check searches for in the first 5,120 bytes of
# the body: present only in a healthy answer (json.dumps writes `": "`).
HEALTH_MATCH = '"trading_status": "OPEN"'

# Seconds the health route waits for the database's TCP handshake.
DB_TIMEOUT = 2.0

# Seconds a connection may stay idle before the server drops it.
REQUEST_TIMEOUT = 10


def database_reachable(host, port, timeout=DB_TIMEOUT):
    """Whether a TCP connection to host:port opens within `timeout` seconds."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def quote(now):
    """A deterministic indicative EUR/USD quote for `now` (a UTC datetime)."""
    step = (now.hour * 60 + now.minute) % 100
    bid = round(1.0800 + step / 10000, 4)
    return {"symbol": "EURUSD", "bid": bid, "ask": round(bid + 0.0002, 4)}


def health(reachable, region, now):
    """(status, body) of the health route."""
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    if reachable:
        body = {"trading_status": "OPEN", "region": region, "time": stamp}
        body.update(quote(now))
        return 200, body
    return 503, {
        "trading_status": "HALTED",
        "reason": "database unreachable",
        "region": region,
        "time": stamp,
    }


def log(event, **fields):
    """One JSON object per line on stderr (journald keeps it)."""
    fields["event"] = event
    sys.stderr.write(json.dumps(fields, sort_keys=True) + "\n")


class Config:
    """The service's settings, read from `env`."""

    def __init__(self, env):
        self.db_host = env["TRADING_DB_HOST"]
        self.db_port = int(env["TRADING_DB_PORT"])
        self.app_port = int(env["TRADING_APP_PORT"])
        self.health_path = env.get("TRADING_HEALTH_PATH", "/health")
        self.live_path = env.get("TRADING_LIVE_PATH", "/live")
        self.region = env.get("TRADING_REGION", "")
        self.cert = env.get("TRADING_CERT")
        self.key = env.get("TRADING_KEY")


def make_handler(config, clock=None):
    """The request handler class for `config` (`clock` returns the UTC time)."""
    clock = clock or (lambda: datetime.datetime.now(datetime.timezone.utc))

    class Handler(BaseHTTPRequestHandler):
        server_version = "trading"
        sys_version = ""
        timeout = REQUEST_TIMEOUT

        def answer(self, status, body, send_body=True):
            data = json.dumps(body, sort_keys=True).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if send_body:
                self.wfile.write(data)

        def route(self, send_body):
            path = self.path.split("?", 1)[0]
            if path == config.health_path:
                ok = database_reachable(config.db_host, config.db_port)
                self.answer(*health(ok, config.region, clock()), send_body=send_body)
            elif path == config.live_path:
                self.answer(200, {"status": "alive"}, send_body=send_body)
            else:
                self.answer(404, {"error": "not found"}, send_body=send_body)

        def do_GET(self):  # noqa: N802 (the http.server naming)
            self.route(True)

        def do_HEAD(self):  # noqa: N802
            self.route(False)

        def log_message(self, format, *args):  # noqa: A002 (the base class's name)
            log("request", client=self.client_address[0], line=format % args)

    return Handler


class Server(ThreadingHTTPServer):
    """A threading HTTP server that, given a TLS context, does each TLS handshake in the
    request's own thread (a slow client never blocks accepting the next one)."""

    daemon_threads = True

    def __init__(self, address, handler, tls=None):
        self.tls = tls
        super().__init__(address, handler)

    def finish_request(self, request, client_address):
        if self.tls is not None:
            request.settimeout(REQUEST_TIMEOUT)
            request = self.tls.wrap_socket(request, server_side=True)
        super().finish_request(request, client_address)

    def handle_error(self, request, client_address):
        log("error", client=client_address[0], error=repr(sys.exc_info()[1]))


def tls_context(cert, key):
    """A server TLS context with TLS 1.2 as the minimum."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)
    return context


def make_server(config, host="0.0.0.0", clock=None):
    """The server for `config` (not yet serving), TLS when a certificate is configured."""
    tls = tls_context(config.cert, config.key) if config.cert and config.key else None
    return Server((host, config.app_port), make_handler(config, clock), tls)


def main(env=None):
    """Serves until stopped."""
    config = Config(os.environ if env is None else env)
    server = make_server(config)
    log("start", port=config.app_port, tls=server.tls is not None, region=config.region)
    server.serve_forever()


if __name__ == "__main__":
    main()
