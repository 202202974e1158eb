"""Start a moto server on loopback for tfdr's emulator runs.

Usage: python moto_launcher.py --ready-file FILE [--log-file FILE]
                                [--host 127.0.0.1] [--port 0]
       python moto_launcher.py --check     (import moto, apply patches, exit)

* Binds ``--host`` (loopback only: anything else is refused) on ``--port``
  (0 = a free port chosen by the kernel), then writes
  ``{"port": N, "moto_version": "...", "patches": [...]}`` to
  ``--ready-file`` (atomically, via rename) once it accepts connections, so
  the caller never races for a port.
* With ``--log-file``, stdout and stderr go to that file (line-buffered).
* ``TFDR_MOTO_DISABLE_PATCHES=name,name`` leaves those patches out (to show
  what a patch fixes; tests use it).
* Before serving, applies tfdr's patches to moto (``moto_patches.py`` beside
  this file, which also applies ``moto_patches_baseline.py``,
  ``moto_patches_api.py`` and ``moto_patches_web.py``; see the docstring
  of each patch). A patch whose target is missing (another moto version) fails the start instead of
  silently not applying.
* Sets ``MOTO_ACM_VALIDATION_WAIT=3600`` unless given: certificates are
  issued when their DNS validation record is published (patch
  ``acm_dns_validation_from_route53``), not after moto's fixed wait.
* Logs one line per request to stderr (werkzeug's request log).

The process is meant to be SIGKILLed by its starter (tfdr-testing kills the
whole process group); it has no state worth flushing.
"""

import argparse
import ipaddress
import json
import os
import sys


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--ready-file")
    parser.add_argument("--log-file")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)

    if not ipaddress.ip_address(args.host).is_loopback:
        parser.error(f"--host {args.host} is not a loopback address")
    if args.log_file:
        log = open(args.log_file, "a", buffering=1)
        sys.stdout = log
        sys.stderr = log

    # Settings moto reads at import time.
    os.environ.setdefault("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")
    # ACM: stock moto issues every DNS-validated certificate 60 s after the
    # request, record or not. The patch acm_dns_validation_from_route53
    # issues it as soon as its validation CNAME is in a Route 53 zone (as
    # ACM does); the timed issue is only a fallback, pushed out of reach of
    # any run (an hour, past every apply timeout) so that a stack that never
    # publishes its record hangs in aws_acm_certificate_validation as it
    # would in AWS instead of passing. Not lowered: a short wait would issue
    # certificates whose validation record is missing. Set
    # MOTO_ACM_VALIDATION_WAIT to override (e.g. for records kept outside
    # the stack).
    os.environ.setdefault("MOTO_ACM_VALIDATION_WAIT", "3600")
    # Never let boto/moto look for real credentials or the metadata service.
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import moto  # noqa: E402
    import moto_patches  # noqa: E402

    disabled = [
        n.strip()
        for n in os.environ.get("TFDR_MOTO_DISABLE_PATCHES", "").split(",")
        if n.strip()
    ]
    applied = moto_patches.apply_all(disabled)
    print(
        f"moto {moto.__version__}: applied {len(applied)} tfdr patches: "
        + ", ".join(applied),
        file=sys.stderr,
        flush=True,
    )
    if args.check:
        return 0
    if not args.ready_file:
        parser.error("--ready-file is required unless --check")

    from werkzeug.serving import make_server
    from moto.moto_server.werkzeug_app import (
        DomainDispatcherApplication,
        MotoRequestHandler,
        create_backend_app,
    )

    app = DomainDispatcherApplication(create_backend_app)
    server = make_server(
        args.host, args.port, app, threaded=True, request_handler=MotoRequestHandler
    )
    port = server.server_port
    # Some backends build URLs from MOTO_PORT (e.g. SQS queue URLs).
    os.environ["MOTO_PORT"] = str(port)
    ready = {"port": port, "moto_version": moto.__version__, "patches": applied}
    tmp = args.ready_file + ".tmp"
    with open(tmp, "w") as f:
        json.dump(ready, f)
        f.write("\n")
    os.replace(tmp, args.ready_file)
    print(f"moto listening on http://{args.host}:{port}", file=sys.stderr, flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
