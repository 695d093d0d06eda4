#!/usr/bin/env bash
# Imports ROWS generated contacts (default 1,000,000) from one CSV into the packaged contact-service
# running with -Xmx512m against the embedded PostgreSQL and Kafka (loopback only), then prints the
# rows/s measured by the import itself (started_at..finished_at) and the peak heap seen by jstat.
# Usage: contact-service/bench/import-benchmark.sh [ROWS]   (from the repository root, after mvn install)
# Everything lives in a temporary directory that is removed at the end; only the processes this
# script started are stopped (by pid).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${1:-1000000}"
PG_PORT="${BENCH_PG_PORT:-56432}"
KAFKA_PORT="${BENCH_KAFKA_PORT:-59292}"
HTTP_PORT="${BENCH_HTTP_PORT:-18081}"
WORK="$(mktemp -d /tmp/rekindle-bench.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

cd "$ROOT"
mvn -B -o -q -pl rekindle-testkit dependency:build-classpath -Dmdep.outputFile="$WORK/cp" >/dev/null
CP="$ROOT/rekindle-testkit/target/rekindle-testkit-0.1.0-SNAPSHOT.jar:$(cat "$WORK/cp")"
mvn -B -o -q -pl contact-service package -DskipTests >/dev/null
cp -r contact-service/target/quarkus-app "$WORK/app"

java -cp "$CP" io.rekindle.testkit.LocalStack postgres "$PG_PORT" "$WORK/pg" > "$WORK/pg.log" 2>&1 & PIDS+=($!)
java -cp "$CP" io.rekindle.testkit.LocalStack kafka "$KAFKA_PORT" "$((KAFKA_PORT + 1))" "$WORK/kafka" > "$WORK/kafka.log" 2>&1 & PIDS+=($!)
until grep -q ready "$WORK/pg.log" 2>/dev/null && grep -q ready "$WORK/kafka.log" 2>/dev/null; do sleep 1; done
PUBLIC_KEY="$(java -cp "$CP" io.rekindle.testkit.LocalStack keys "$WORK/keys")"
TOKEN="$(java -cp "$CP" io.rekindle.testkit.LocalStack token "$WORK/keys" 2 marketing-write marketing-read)"

QUARKUS_HTTP_PORT="$HTTP_PORT" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/rekindle" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$PUBLIC_KEY" \
REKINDLE_LINKS_SIGNING_KEY=benchmark-only-link-signing-key \
  java -Xmx512m -jar "$WORK/app/quarkus-run.jar" > "$WORK/service.log" 2>&1 & SERVICE=$!; PIDS+=($SERVICE)
until curl -sf "localhost:$HTTP_PORT/q/health/ready" >/dev/null; do
  kill -0 "$SERVICE" 2>/dev/null || { tail -20 "$WORK/service.log" >&2; exit 1; }
  sleep 1
done

awk -v n="$ROWS" 'BEGIN { print "email,first_name,last_name,phone";
  for (i = 1; i <= n; i++) printf "bench%d@example.com,First%d,Last%d,+4520%06d\n", i, i, i, i % 1000000 }' > "$WORK/contacts.csv"
ls -l "$WORK/contacts.csv" | awk '{ printf "CSV: %d rows, %.1f MB\n", '"$ROWS"', $5 / 1048576 }'

jstat -gc "$SERVICE" 500 > "$WORK/jstat.log" & PIDS+=($!)
START=$(date +%s.%N)
LOCATION=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $TOKEN" \
  -F "file=@$WORK/contacts.csv;type=text/csv" \
  -F 'options={"mode":"UPSERT","consentSource":{"optInMethod":"benchmark","legalBasis":"CONSENT","listOrigin":"OWN_FORMS"}};type=application/json' \
  "localhost:$HTTP_PORT/api/v1/imports" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
UPLOADED=$(date +%s.%N)
while true; do
  VIEW=$(curl -sf -H "Authorization: Bearer $TOKEN" "$LOCATION")
  case "$VIEW" in *'"status":"COMPLETED"'*|*'"status":"FAILED"'*) break ;; esac
  sleep 1
done
END=$(date +%s.%N)
echo "$VIEW"
python3 - "$VIEW" "$START" "$UPLOADED" "$END" "$WORK/jstat.log" <<'PY'
import json, sys, datetime
view = json.loads(sys.argv[1]); start, uploaded, end = map(float, sys.argv[2:5])
parse = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
applied = (parse(view["finishedAt"]) - parse(view["startedAt"])).total_seconds()
peak = 0.0
for line in open(sys.argv[5]):
    cols = line.split()
    if cols and cols[0] != "S0C":
        # S0U S1U EU OU (KB): the heap in use at each sample.
        peak = max(peak, float(cols[2]) + float(cols[3]) + float(cols[5]) + float(cols[7]))
print(f"rows {view['rowsProcessed']}, created {view['created']}, failed {view['failed']}")
print(f"upload + fingerprint + header check: {uploaded - start:.1f} s")
print(f"applying rows: {applied:.1f} s = {view['rowsProcessed'] / applied:,.0f} rows/s")
print(f"end to end: {end - start:.1f} s = {view['rowsProcessed'] / (end - start):,.0f} rows/s")
print(f"peak heap used (jstat, 500 ms samples): {peak / 1024:.0f} MB of 512 MB max")
PY
