"""Read back every secret value held by a running moto, for tfdr's secret scan.

Usage: python read_secrets.py ENDPOINT REGION...

For each region: ``ListSecrets``, then ``GetSecretValue`` (AWSCURRENT) of
each secret. Prints one JSON document to stdout:
``{"secrets": [{"region": R, "name": N, "values": [V, ...]}]}`` where the
values are the whole ``SecretString`` and, when it is a JSON object, each
of its string members whose key looks like a secret (password, secret,
token, key). The caller (``tfdr_emulator::secrets``) searches the stack's
JSON and state for these values and never prints them; nor does this
script print anything but that document (errors go to stderr, without
values).

Talks only to ENDPOINT (loopback) with moto's fake credentials.
"""

import json
import re
import sys

SECRET_KEY = re.compile(r"(password|passwd|secret|token|key)", re.IGNORECASE)


def values_of(secret_string):
    values = [secret_string]
    try:
        parsed = json.loads(secret_string)
    except ValueError:
        return values
    if isinstance(parsed, dict):
        for key, value in parsed.items():
            if isinstance(value, str) and SECRET_KEY.search(str(key)):
                values.append(value)
    return values


def main(argv):
    if len(argv) < 2:
        print("usage: read_secrets.py ENDPOINT REGION...", file=sys.stderr)
        return 2
    import boto3
    from botocore.config import Config

    endpoint, regions = argv[0], argv[1:]
    out = []
    for region in regions:
        client = boto3.client(
            "secretsmanager",
            endpoint_url=endpoint,
            region_name=region,
            aws_access_key_id="test",
            aws_secret_access_key="test",
            config=Config(retries={"max_attempts": 2}),
        )
        names = []
        for page in client.get_paginator("list_secrets").paginate():
            names.extend(s["ARN"] for s in page.get("SecretList", []))
        for arn in names:
            try:
                got = client.get_secret_value(SecretId=arn)
            except client.exceptions.ResourceNotFoundException:
                continue  # no current version (nothing stored yet)
            if "SecretString" in got:
                out.append(
                    {
                        "region": region,
                        "name": got.get("Name", arn),
                        "values": values_of(got["SecretString"]),
                    }
                )
    json.dump({"secrets": out}, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
