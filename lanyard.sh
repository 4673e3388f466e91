#!/usr/bin/env bash
# Lanyard from a source checkout.
#   ./lanyard.sh serve           starts the web app (http://127.0.0.1:5080, or $LANYARD_URLS)
#   ./lanyard.sh <command> ...   runs the CLI, e.g. ./lanyard.sh packs list --json
set -euo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "lanyard.sh: 'dotnet' was not found on PATH. Install the .NET SDK 10.0.401 (pinned in global.json)," >&2
  echo "  e.g. the Debian package dotnet-sdk-10.0 from packages.microsoft.com, or dotnet-install.sh --version 10.0.401." >&2
  exit 1
fi

if [[ "${1:-}" == "serve" ]]; then
  shift
  urls="${LANYARD_URLS:-http://127.0.0.1:5080}"
  echo "Lanyard web app: $urls (Ctrl+C to stop); SQLite database in src/Lanyard.Web/App_Data, with demo data"
  cd "$ROOT"
  # No launch profile: the app runs as it would when deployed (Production unless
  # ASPNETCORE_ENVIRONMENT says otherwise), on exactly the address printed above.
  exec dotnet run --project src/Lanyard.Web -c Release --no-launch-profile -- --urls "$urls" --Lanyard:SeedDemoData=true --Lanyard:SeedDemoCases=true "$@"
fi

# The CLI runs in the caller's directory, so relative paths (./lanyard.sh packs validate my.yaml)
# mean what they say; global.json is found through the project path's repository root.
exec dotnet run --project "$ROOT/src/Lanyard.Cli" -c Release -- "$@"
