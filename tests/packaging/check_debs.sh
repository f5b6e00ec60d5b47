#!/usr/bin/env bash
# Builds the Debian packages with cpack from the binaries already built (nothing is
# rebuilt) and checks them without installing: their contents (dpkg-deb --contents),
# lintian (no errors), the systemd unit (systemd-analyze verify), and the unit's ExecStart
# run by hand on a temporary data directory (health answered, SIGTERM ends it cleanly).
#   check_debs.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
for bin in bro bro-server; do
  [ -x "$build/$bin" ] || { echo "FAIL: $build/$bin is not built (build it first)"; exit 1; }
done
work=$(mktemp -d /tmp/bro-debs.XXXXXX)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack"; }
server_deb=$(ls "$work"/out/bro-server_*.deb)
app_deb=$(ls "$work"/out/bro_*.deb)
echo "built: $(basename "$server_deb") $(basename "$app_deb")"

# --- contents -------------------------------------------------------------------------------
dpkg-deb --contents "$server_deb" >"$work/server.list"
for path in ./usr/bin/bro-server ./lib/systemd/system/bro-server.service ./etc/bro/server.conf \
            ./usr/lib/sysusers.d/bro-server.conf ./usr/share/doc/bro-server/copyright \
            ./usr/share/doc/bro-server/changelog.gz; do
  grep -q " $path\$" "$work/server.list" || fail "bro-server lacks $path"
done
grep -q "^-rwxr-xr-x root/root .* ./usr/bin/bro-server$" "$work/server.list" ||
  fail "bro-server: /usr/bin/bro-server is not root's and 0755"
dpkg-deb --contents "$app_deb" >"$work/app.list"
for path in ./usr/bin/bro ./usr/share/applications/no.bro.Bro.desktop \
            ./usr/share/icons/hicolor/scalable/apps/bro.svg ./usr/share/doc/bro/copyright; do
  grep -q " $path\$" "$work/app.list" || fail "bro lacks $path"
done
dpkg-deb --field "$server_deb" Depends | grep -q libc6 || fail "bro-server: no Depends on libc6"
dpkg-deb --ctrl-tarfile "$server_deb" | tar -t | grep -q conffiles || fail "bro-server: no conffiles"
echo "contents: ok"

# --- lintian --------------------------------------------------------------------------------
for deb in "$server_deb" "$app_deb"; do
  lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
  sed 's/^/  /' "$work/lintian.log"
  if grep -q '^E: ' "$work/lintian.log"; then fail "lintian errors in $(basename "$deb")"; fi
done
echo "lintian: no errors"

# --- the unit -------------------------------------------------------------------------------
root="$work/root"
dpkg-deb -x "$server_deb" "$root"
unit="$root/lib/systemd/system/bro-server.service"
# Verified as installed, but for the binary's path: ExecStart points into the extracted
# package (systemd-analyze refuses a command that is not there; --root needs a whole system).
mkdir -p "$work/unit"
sed "s|^ExecStart=/usr/bin/bro-server|ExecStart=$root/usr/bin/bro-server|" "$unit" \
  >"$work/unit/bro-server.service"
systemd-analyze verify --man=no "$work/unit/bro-server.service" >"$work/verify.log" 2>&1 ||
  { cat "$work/verify.log"; fail "systemd-analyze verify"; }
# It exits 0 on settings it ignores: any word about the unit is a failure.
if grep -q "bro-server" "$work/verify.log"; then cat "$work/verify.log"; fail "systemd-analyze verify"; fi
for key in "ProtectSystem=strict" "NoNewPrivileges=yes" "PrivateTmp=yes" \
           "ReadWritePaths=/var/lib/bro" "StateDirectory=bro" "User=bro"; do
  grep -qx "$key" "$unit" || fail "the unit lacks $key"
done
echo "systemd-analyze verify: ok"

# --- ExecStart by hand, on a temporary directory ----------------------------------------------
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
read -r -a argv <<<"$exec_start"
[ "${argv[0]}" = /usr/bin/bro-server ] || fail "ExecStart runs ${argv[0]}"
conf_index=-1
for i in "${!argv[@]}"; do [ "${argv[$i]}" = --config ] && conf_index=$((i + 1)); done
[ "$conf_index" -gt 0 ] && [ "${argv[$conf_index]}" = /etc/bro/server.conf ] ||
  fail "ExecStart does not read /etc/bro/server.conf"
# The packaged settings, with the data directory and the address moved to temporary ones.
mkdir -p "$work/data"
sed -e "s|^data = .*|data = $work/data|" -e "s|^listen = .*|listen = 127.0.0.1:0|" \
  "$root/etc/bro/server.conf" >"$work/server.conf"
argv[0]="$root/usr/bin/bro-server"
argv[$conf_index]="$work/server.conf"
# Made before the server starts: the shell opens a background job's redirections in the child,
# and a loaded machine can run the first read below before the child has opened them.
: >"$work/serve.out"
: >"$work/serve.err"
"${argv[@]}" >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
port=
for _ in $(seq 100); do
  port=$(sed -n 's/^bro-server: listening on 127.0.0.1:\([0-9]*\).*/\1/p' "$work/serve.out")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.err"; fail "ExecStart exited"; }
  sleep 0.1
done
[ -n "$port" ] || fail "ExecStart did not start listening"
curl -fsS "http://127.0.0.1:$port/v1/health" | grep -q '"ok":true' || fail "no health"
[ -s "$work/data/server.db" ] && [ -s "$work/data/server.key" ] || fail "no database in the data directory"
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=
[ "$status" -eq 0 ] || { cat "$work/serve.err"; fail "SIGTERM: exit status $status"; }
grep -q '"path":"/v1/health","status":200' "$work/serve.err" || fail "no request log line"
echo "ExecStart by hand: served on port $port, health ok, clean exit on SIGTERM"
echo "PASS"
