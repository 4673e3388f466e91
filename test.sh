#!/usr/bin/env bash
# Runs the whole Lanyard test suite: formatting check, then every test project in Lanyard.slnx.
# Ends with one summary line, "N passed, N failed[, N skipped]", and exits non-zero if any test
# failed or none ran. Extra arguments go to `dotnet test`, e.g. ./test.sh --filter HomePageTests
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
readonly RESULTS_DIR="$PWD/TestResults"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Debian packages the tests need beyond the .NET SDK; installed only when missing.
#   postgresql: the provider suite runs every store test on PostgreSQL as well as SQLite.
#   chromium:   the browser tests (tests/Lanyard.Browser.Tests) drive Debian's Chromium at
#               /usr/bin/chromium through Playwright; Playwright's own browser download is never used.
REQUIRED_DEBIAN_PACKAGES=(postgresql chromium)

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "test.sh: 'dotnet' was not found on PATH. Install the .NET SDK 10.0.401 (pinned in global.json)," >&2
    echo "  e.g. the Debian package dotnet-sdk-10.0 from packages.microsoft.com, or dotnet-install.sh --version 10.0.401." >&2
    exit 1
  fi
  if ! dotnet --version >/dev/null 2>&1; then
    echo "test.sh: dotnet is installed but not the SDK that global.json asks for (10.0.401, or a later 10.0.4xx)." >&2
    echo "  Installed SDKs:" >&2
    dotnet --list-sdks >&2 || true
    exit 1
  fi
}

# ---------------------------------------------------------------------------------------------
# ensure_debian_packages: installs whatever in REQUIRED_DEBIAN_PACKAGES is missing, with
# apt-get (update first, only when something is missing), through sudo unless already root.
# ---------------------------------------------------------------------------------------------
ensure_debian_packages() {
  local missing=() package
  for package in "${REQUIRED_DEBIAN_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  if ((${#missing[@]} == 0)); then
    return 0
  fi

  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: these Debian packages are needed and apt-get is not available: ${missing[*]}" >&2
    exit 1
  fi
  local as_root=()
  if ((EUID != 0)); then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "test.sh: installing ${missing[*]} needs root, and sudo is not available." >&2
      exit 1
    fi
    # -n: never prompt for a password (CI has no stdin); fail instead.
    as_root=(sudo -n)
  fi

  echo "test.sh: installing Debian packages: ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

# ---------------------------------------------------------------------------------------------
# start_postgres: makes sure a PostgreSQL cluster is running (there is no systemd: pg_ctlcluster),
# creates a login role and a throwaway database for this run, and exports its connection string
# as LANYARD_TEST_POSTGRES. The database is dropped when the script exits, whatever happened.
# If LANYARD_TEST_POSTGRES is already set, that server is used as it is.
# ---------------------------------------------------------------------------------------------
PG_THROWAWAY_DB=""
PG_THROWAWAY_ROLE=""
PG_PORT=5432
start_postgres() {
  if [[ -n "${LANYARD_TEST_POSTGRES:-}" ]]; then
    echo "test.sh: using PostgreSQL from LANYARD_TEST_POSTGRES"
    return 0
  fi
  local cluster version name port status
  cluster="$(pg_lsclusters --no-header 2>/dev/null | head -n 1 || true)"
  if [[ -z "$cluster" ]]; then
    echo "test.sh: no PostgreSQL cluster found (pg_lsclusters lists none); create one with pg_createcluster." >&2
    exit 1
  fi
  read -r version name port status _ <<<"$cluster"
  PG_PORT="$port"
  if [[ "$status" != online* ]]; then
    echo "test.sh: starting PostgreSQL $version/$name"
    pg_ctlcluster "$version" "$name" start
  fi
  local as_postgres=(runuser -u postgres --)
  if ((EUID != 0)); then
    as_postgres=(sudo -n -u postgres)
  fi
  # A role and a database for this run only, both dropped on exit: two runs on one machine (two
  # checkouts, say) never share a login or a password.
  local password
  password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  PG_THROWAWAY_DB="lanyard_test_$$_$(date +%s)"
  PG_THROWAWAY_ROLE="$PG_THROWAWAY_DB"
  trap drop_postgres_database EXIT
  (cd / && "${as_postgres[@]}" psql -p "$port" -q -v ON_ERROR_STOP=1 -d postgres <<SQL
CREATE ROLE $PG_THROWAWAY_ROLE LOGIN PASSWORD '$password';
CREATE DATABASE $PG_THROWAWAY_DB OWNER $PG_THROWAWAY_ROLE;
SQL
  )
  export LANYARD_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$PG_THROWAWAY_ROLE;Password=$password;Database=$PG_THROWAWAY_DB;Pooling=true"
  echo "test.sh: PostgreSQL $version/$name on port $port, throwaway database $PG_THROWAWAY_DB"
}

drop_postgres_database() {
  if [[ -n "$PG_THROWAWAY_DB" ]]; then
    local as_postgres=(runuser -u postgres --)
    if ((EUID != 0)); then
      as_postgres=(sudo -n -u postgres)
    fi
    (cd / && "${as_postgres[@]}" psql -p "$PG_PORT" -q -d postgres \
      -c "DROP DATABASE IF EXISTS $PG_THROWAWAY_DB WITH (FORCE)" -c "DROP ROLE IF EXISTS $PG_THROWAWAY_ROLE" >/dev/null) ||
      echo "test.sh: could not drop the throwaway database $PG_THROWAWAY_DB or its role" >&2
  fi
}

# Each test project writes its TRX file to its own TestResults folder (one shared folder lets two
# projects that start in the same second overwrite each other's file); gather them into one.
collect_results() {
  local trx project
  mkdir -p "$RESULTS_DIR"
  while IFS= read -r trx; do
    project="$(basename "$(dirname "$(dirname "$trx")")")"
    mv "$trx" "$RESULTS_DIR/${project}_$(basename "$trx")"
  done < <(find . -path "./TestResults" -prune -o -path '*/TestResults/*.trx' -type f -print)
}

# Removes TestResults folders left by earlier runs, so only this run is counted.
clear_results() {
  rm -rf "$RESULTS_DIR"
  find . -path ./.git -prune -o -type d -name TestResults -prune -exec rm -rf {} +
}

# Sums the <Counters> of every TRX file and prints "passed failed skipped".
count_results() {
  local trx_files=()
  mapfile -t trx_files < <(find "$RESULTS_DIR" -name '*.trx' -type f)
  if ((${#trx_files[@]} == 0)); then
    echo "0 0 0"
    return 0
  fi
  awk '
    /<Counters / {
      rest = $0
      while (match(rest, /[A-Za-z]+="[0-9]+"/)) {
        pair = substr(rest, RSTART, RLENGTH)
        rest = substr(rest, RSTART + RLENGTH)
        split(pair, kv, "=")
        gsub(/"/, "", kv[2])
        counter[kv[1]] += kv[2]
      }
    }
    END {
      failed = counter["failed"] + counter["error"] + counter["timeout"] + counter["aborted"]
      # A skipped test counts in total but not in executed (TRX leaves notExecuted at 0).
      printf "%d %d %d\n", counter["passed"], failed, counter["total"] - counter["executed"]
    }' "${trx_files[@]}"
}

# Prints each failed test of this run with the start of its message and of its stack trace, so
# the end of a CI log says what failed without scrolling back through every project's output.
list_failures() {
  local trx_files=()
  mapfile -t trx_files < <(find "$RESULTS_DIR" -name '*.trx' -type f)
  ((${#trx_files[@]} == 0)) && return 0
  awk '
    function unescape(text) {
      gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text); gsub(/&quot;/, "\"", text)
      gsub(/&apos;/, "\047", text); gsub(/&#xD;/, "", text); gsub(/&#xA;/, " ", text); gsub(/&amp;/, "\\&", text)
      return text
    }
    /<UnitTestResult / {
      failing = ($0 ~ /outcome="Failed"/)
      if (failing && match($0, /testName="[^"]*"/)) {
        print ""
        print "FAILED: " unescape(substr($0, RSTART + 10, RLENGTH - 11))
        shown = 0
      }
    }
    failing && /<Message>|<StackTrace>/ { section = 1 }
    failing && section && shown < 16 {
      line = $0
      gsub(/<\/?(Message|StackTrace|ErrorInfo|Output)>/, "", line)
      gsub(/^[ \t]+/, "", line)
      if (line != "") { print "  " unescape(line); shown++ }
    }
    /<\/Message>|<\/StackTrace>/ { section = 0 }
    /<\/UnitTestResult>/ { failing = 0; section = 0 }
  ' "${trx_files[@]}"
}

require_dotnet
ensure_debian_packages
start_postgres

# In CI nothing may outlive the script: no MSBuild nodes or compiler servers left running.
build_server_args=()
if [[ "${CI:-}" == "true" ]]; then
  build_server_args=(--disable-build-servers)
fi

echo "test.sh: restoring"
dotnet restore Lanyard.slnx "${build_server_args[@]}"

echo "test.sh: checking formatting (dotnet format --verify-no-changes)"
if ! dotnet format Lanyard.slnx --verify-no-changes --no-restore; then
  echo "test.sh: formatting or code style differs from .editorconfig; run 'dotnet format Lanyard.slnx' and commit the result." >&2
  exit 1
fi

clear_results
echo "test.sh: running tests"
test_exit=0
dotnet test Lanyard.slnx -c Release --no-restore "${build_server_args[@]}" \
  --logger "console;verbosity=normal" \
  --logger trx \
  "$@" || test_exit=$?
collect_results

read -r passed failed skipped < <(count_results)
summary="$passed passed, $failed failed"
if ((skipped > 0)); then
  summary+=", $skipped skipped"
fi
if ((failed > 0)); then
  list_failures
fi
echo
echo "$summary"

if ((test_exit != 0 || failed > 0)); then
  exit 1
fi
if ((passed + failed == 0)); then
  echo "test.sh: no tests ran." >&2
  exit 1
fi
