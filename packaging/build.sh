#!/usr/bin/env bash
# Build Piyue's one-folder bundle (dist/piyue/) with PyInstaller and smoke-test it (Linux, macOS).
# Sets up .venv first when it is missing; arguments go to packaging/build.py (--smoke-only, --dist, --work).
# On Windows run:  .venv\Scripts\python packaging\build.py
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || ./scripts/bootstrap
exec .venv/bin/python packaging/build.py "$@"
