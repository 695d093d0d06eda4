#!/usr/bin/env bash
# Checks the README's promise: `./rekindle up` brings the suite up, a contact created through the API
# is counted by segment-service within seconds, and `./rekindle down` leaves no process behind.
set -euo pipefail
cd "$(dirname "$0")/.."
export REKINDLE_HOME="$PWD/target/ci-local-stack"
rm -rf "$REKINDLE_HOME"
trap './rekindle down >/dev/null 2>&1 || true' EXIT

started=$SECONDS
./rekindle up
echo "local stack up in $((SECONDS - started)) s"

token="$(./rekindle token)"
email="smoke-$RANDOM$RANDOM@ci.example"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\"}" http://localhost:8081/api/v1/contacts)
[[ $code == 201 ]] || { echo "creating a contact answered $code"; exit 1; }

count=0
for _ in $(seq 1 40); do
  count=$(curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"criteria\":{\"type\":\"property\",\"property\":\"email\",\"operator\":\"equals\",\"value\":\"$email\"}}" \
    http://localhost:8082/api/v1/segments/preview | tr -dc '0-9')
  [[ $count == 1 ]] && break
  sleep 0.25
done
[[ $count == 1 ]] || { echo "segment-service did not count the new contact within 10 s"; exit 1; }

pids=$(cat "$REKINDLE_HOME"/pids/*.pid)
./rekindle down
trap - EXIT
for pid in $pids; do
  if kill -0 "$pid" 2>/dev/null; then echo "process $pid still running after down"; exit 1; fi
done
if pgrep -f "$REKINDLE_HOME" >/dev/null; then echo "a process of the local stack is still running"; exit 1; fi
echo "smoke: 1 passed, 0 failed"
