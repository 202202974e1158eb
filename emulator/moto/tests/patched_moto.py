"""Shared set-up of the patch tests: the environment the launcher gives
moto, then tfdr's patches applied once for the whole test run (a second
``apply_all`` would wrap every target twice). Import it before boto3/moto.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

# As the launcher: no timed ACM issue within a test, no credentials lookup.
os.environ["MOTO_ACM_VALIDATION_WAIT"] = "3600"
os.environ["AWS_EC2_METADATA_DISABLED"] = "true"
for key in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
    os.environ.pop(key, None)
for key, value in {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}.items():
    os.environ[key] = value

import moto_patches  # noqa: E402

APPLIED = moto_patches.apply_all()


def original(obj, name):
    """The moto method a patch wrapped (``functools.update_wrapper`` keeps it)."""
    return getattr(obj, name).__wrapped__
