#!/usr/bin/env bash
# scripts/run's demo server out of the box: after its first-run setup, the mentor (per) sees
# Amanuel's training book at Elektro Nord AS and nothing else of the caseload, and the
# participant (amanuel) sees his own plan. Real bro-server and bro-cli on loopback.
# Usage: demo_server_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
SRC=$1
BUILD=$2
tmp=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "demo_server_test: $*" >&2; exit 1; }

BRO_SERVER_DATA=$tmp/server BRO_HOME=$tmp/kari BRO_PORT=0 BRO_SKIP_BUILD=1 BRO_BUILD_DIR=$BUILD \
  QT_QPA_PLATFORM=offscreen bash "$SRC/scripts/run" --setup-only
[ -f "$tmp/server/demo-ready" ] || fail "the setup did not finish"

"$BUILD/bro-server" --data "$tmp/server" serve --listen 127.0.0.1:0 >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do grep -q listening "$tmp/server.log" && break; sleep 0.1; done
port=$(sed -n 's/.*listening on .*:\([0-9]*\)$/\1/p' "$tmp/server.log" | head -n1)
[ -n "$port" ] || fail "the server did not start"

for user in per amanuel; do
  echo "demo-passord" | "$BUILD/bro-cli" --home "$tmp/$user" login --server "http://127.0.0.1:$port" --user "$user" >/dev/null
  "$BUILD/bro-cli" --home "$tmp/$user" sync >/dev/null
  "$BUILD/bro-cli" --home "$tmp/$user" dump >"$tmp/$user.json"
done

# The mentor: Amanuel's name and his training book at Elektro Nord, its logbook; no plan, no
# mapping, no one else.
grep -q '"name": "Amanuel Tesfay"' "$tmp/per.json" || fail "per does not see Amanuel"
grep -q '"employer": "Elektro Nord AS"' "$tmp/per.json" || fail "per has no training book"
grep -q 'Trakk kabler i ny leilighet' "$tmp/per.json" || fail "per sees no logbook entries"
grep -q 'Rahaf' "$tmp/per.json" && fail "per sees another participant"
grep -q 'Elektriker med fagbrev' "$tmp/per.json" && fail "per sees Amanuel's plan"
grep -q 'barnehageplass' "$tmp/per.json" && fail "per sees Amanuel's family notes"
# The participant: his own plan and book, nobody else.
grep -q '"name": "Amanuel Tesfay"' "$tmp/amanuel.json" || fail "amanuel does not see himself"
grep -q 'Elektriker med fagbrev' "$tmp/amanuel.json" || fail "amanuel does not see his plan"
grep -q '"employer": "Elektro Nord AS"' "$tmp/amanuel.json" || fail "amanuel does not see his book"
grep -q 'Rahaf' "$tmp/amanuel.json" && fail "amanuel sees another participant"
echo "demo_server_test: per and amanuel see their part"
