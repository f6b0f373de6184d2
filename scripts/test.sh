#!/usr/bin/env bash
# The one test command: installs what the tests need (Debian 12, as root), builds in Release, runs every test
# (.NET, and JavaScript when there is any) and ends with a plain "N passed, N failed" line.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# --- System packages, installed only when missing -------------------------------------------------------------
# chromium: browser tests (never `playwright install`); poppler-utils: PDF checks; python3-aiosmtpd: a real SMTP
# server for mail tests; fonts-noto-core + python3-fonttools: Cyrillic fonts for PDFs; redis-server: the two-node tests.
packages=(chromium poppler-utils python3-aiosmtpd fonts-noto-core python3-fonttools redis-server)
# JavaScript tests (node's own runner) for the browser-side modules, when there are any.
mapfile -t js_tests < <(find EGov.Collab.App/wwwroot -name '*.test.mjs' -not -path '*/node_modules/*' 2>/dev/null | sort)
missing=()
if ((${#js_tests[@]} > 0)) && ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
for package in "${packages[@]}"; do
    if [[ "$package" == chromium ]] && command -v chromium >/dev/null 2>&1; then continue; fi
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
    echo "Installing: ${missing[*]}"
    sudo=""
    if [[ "$(id -u)" != 0 ]]; then sudo="sudo"; fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
fi

# --- Build ------------------------------------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore
dotnet build EGov.Collab.sln -c Release
# The benchmarks are outside the solution; build them so they never rot (they run by hand: bench/README.md).
dotnet build bench/EGov.Collab.Bench -c Release

# --- .NET tests -------------------------------------------------------------------------------------------------
results="$root/TestResults"
rm -rf "$results"
# The in-process portals append their errors here (EGov.Collab.Tests/Support/PortalErrorLog.cs).
export PORTAL_ERROR_LOG="$results/portal-errors.log"
dotnet_status=0
dotnet test EGov.Collab.sln -c Release --no-build \
    --logger "console;verbosity=normal" --logger "trx;LogFilePrefix=tests" \
    --results-directory "$results" || dotnet_status=$?

read -r passed failed < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
print(passed, failed)
PY
)
if ((dotnet_status != 0 && failed == 0)); then
    # The runner failed without a failed test on record (a crash, a build problem): count it as a failure.
    failed=1
fi

# --- JavaScript tests, when there are any ------------------------------------------------------------------------
if ((${#js_tests[@]} > 0)); then
    js_output="$(mktemp)"
    js_status=0
    node --test --test-reporter=tap "${js_tests[@]}" 2>&1 | tee "$js_output" || js_status=$?
    js_passed="$(grep -E '^# pass [0-9]+' "$js_output" | awk '{print $3}' | tail -1)"
    js_failed="$(grep -E '^# fail [0-9]+' "$js_output" | awk '{print $3}' | tail -1)"
    rm -f "$js_output"
    passed=$((passed + ${js_passed:-0}))
    failed=$((failed + ${js_failed:-0}))
    if ((js_status != 0 && ${js_failed:-0} == 0)); then failed=$((failed + 1)); fi
fi

# The failed tests again, with the start of their messages, so that the end of the log says which ones failed.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        if result.get("outcome") not in ("Passed", "NotExecuted"):
            message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=ns)
            trace = result.findtext("t:Output/t:ErrorInfo/t:StackTrace", default="", namespaces=ns)
            print(f"FAILED {result.get('testName')} ({result.get('duration')})")
            print("  " + "\n  ".join((message.strip() + "\n" + trace.strip()).splitlines()[:25]))
PY
if ((failed > 0)) && [[ -s "$PORTAL_ERROR_LOG" ]]; then
    echo
    echo "The portals' logged errors, the last of them ($PORTAL_ERROR_LOG):"
    grep -E '^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3} |Exception|   at EGov' "$PORTAL_ERROR_LOG" | tail -n 80 | cut -c1-300
fi
echo
echo "$passed passed, $failed failed"
if ((failed > 0 || passed == 0)); then exit 1; fi
