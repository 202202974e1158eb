"""Tests of the trading API (standard library only; no network beyond 127.0.0.1)."""

import datetime
import http.client
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import app  # noqa: E402

NOW = datetime.datetime(2026, 3, 2, 14, 7, 0, tzinfo=datetime.timezone.utc)


@pytest.fixture
def database():
    """A listening TCP socket standing in for the database: (host, port)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield sock.getsockname()
    sock.close()


def closed_port():
    """A local port nothing listens on."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def env(db_port, **extra):
    values = {
        "TRADING_DB_HOST": "127.0.0.1",
        "TRADING_DB_PORT": str(db_port),
        "TRADING_APP_PORT": "0",
        "TRADING_HEALTH_PATH": "/health",
        "TRADING_LIVE_PATH": "/live",
        "TRADING_REGION": "eu-central-1",
    }
    values.update(extra)
    return values


class Running:
    """A server of `config` serving on 127.0.0.1 in a thread."""

    def __init__(self, config):
        self.server = app.make_server(config, host="127.0.0.1", clock=lambda: NOW)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def serve():
    running = []

    def start(config):
        r = Running(config)
        running.append(r)
        return r

    yield start
    for r in running:
        r.close()


def get(port, path, method="GET", tls=False):
    if tls:
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=5, context=ctx)
    else:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request(method, path)
    resp = conn.getresponse()
    body = resp.read().decode("utf-8")
    conn.close()
    return resp.status, resp.getheader("Content-Type"), body


def test_health_is_open_with_a_quote_only_when_the_database_answers():
    status, body = app.health(True, "eu-central-1", NOW)
    assert status == 200
    text = json.dumps(body, sort_keys=True)
    assert app.HEALTH_MATCH in text
    assert body["symbol"] == "EURUSD" and body["ask"] > body["bid"]
    assert body["time"] == "2026-03-02T14:07:00Z"
    status, body = app.health(False, "eu-central-1", NOW)
    assert status == 503
    assert app.HEALTH_MATCH not in json.dumps(body, sort_keys=True)
    assert body["trading_status"] == "HALTED"


def test_quotes_are_deterministic_and_bounded():
    assert app.quote(NOW) == app.quote(NOW)
    for minute in range(0, 1440, 7):
        q = app.quote(NOW.replace(hour=minute // 60, minute=minute % 60))
        assert 1.08 <= q["bid"] < 1.09
        assert round(q["ask"] - q["bid"], 4) == 0.0002


def test_database_reachable(database):
    assert app.database_reachable(*database)
    assert not app.database_reachable("127.0.0.1", closed_port(), timeout=0.5)


def test_config_defaults():
    c = app.Config({"TRADING_DB_HOST": "db", "TRADING_DB_PORT": "5432", "TRADING_APP_PORT": "8443"})
    assert (c.health_path, c.live_path, c.region, c.cert, c.key) == ("/health", "/live", "", None, None)
    assert (c.db_port, c.app_port) == (5432, 8443)


def test_http_routes(database, serve):
    r = serve(app.Config(env(database[1])))
    status, ctype, body = get(r.port, "/health?probe=1")
    assert (status, ctype) == (200, "application/json")
    assert app.HEALTH_MATCH in body
    assert get(r.port, "/live")[0] == 200
    assert get(r.port, "/nope")[0] == 404
    status, _, body = get(r.port, "/health", method="HEAD")
    assert status == 200 and body == ""


def test_health_fails_but_liveness_holds_without_the_database(serve):
    r = serve(app.Config(env(closed_port())))
    status, _, body = get(r.port, "/health")
    assert status == 503 and app.HEALTH_MATCH not in body
    assert json.loads(body)["reason"] == "database unreachable"
    assert get(r.port, "/live")[0] == 200


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_https_with_tls_1_2_or_later(database, serve, tmp_path, capsys):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=trading-test", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    r = serve(app.Config(env(database[1], TRADING_CERT=str(cert), TRADING_KEY=str(key))))
    status, _, body = get(r.port, "/health", tls=True)
    assert status == 200 and app.HEALTH_MATCH in body
    # TLS 1.1 is refused.
    old = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    old.check_hostname = False
    old.verify_mode = ssl.CERT_NONE
    old.minimum_version = ssl.TLSVersion.TLSv1
    old.maximum_version = ssl.TLSVersion.TLSv1_1
    with pytest.raises((ssl.SSLError, ConnectionError, OSError)):
        with socket.create_connection(("127.0.0.1", r.port), timeout=5) as raw:
            with old.wrap_socket(raw) as s:
                s.sendall(b"GET /live HTTP/1.1\r\nHost: x\r\n\r\n")
                s.recv(1)
    # Plain HTTP to the TLS port fails the handshake; the server logs it and goes on.
    with pytest.raises((http.client.HTTPException, ConnectionError, OSError)):
        get(r.port, "/live")
    assert get(r.port, "/live", tls=True)[0] == 200
    assert '"event": "error"' in capsys.readouterr().err


def test_main_serves_with_the_environment(database, monkeypatch, capsys):
    served = []
    monkeypatch.setattr(app.Server, "serve_forever", lambda self: served.append(self))
    app.main(env(database[1]))
    assert len(served) == 1 and served[0].tls is None
    served[0].server_close()
    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert line["event"] == "start" and line["region"] == "eu-central-1"
    monkeypatch.setattr(app.os, "environ", env(database[1]))
    app.main()
    served[1].server_close()
