#!/usr/bin/env bash
# Heap growth of a large export (issue 16: 60,000 products as XLSX with heap growth under 64 MB).
#   bash bench/export-heap.sh          # build, start the packaged service on PostgreSQL, generate data, measure
# The service runs with a GC log; the heap's live set is read after every collection (the "after" size of each
# pause). Growth = the largest live set while the export streams minus the live set before it (after a full GC).
# A second check runs the same export on a service started with -Xmx = that baseline + 64 MB: it must complete.
# Environment: PORT (8093), SKIP_BUILD=1, FORMAT (xlsx | csv).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8093}
FORMAT=${FORMAT:-xlsx}
DB=ocop_bench_export
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
case "$FORMAT" in
    xlsx) ACCEPT=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet ;;
    csv) ACCEPT=text/csv ;;
    *) echo "FORMAT must be xlsx or csv" >&2; exit 2 ;;
esac
mkdir -p target
bash deploy/postgres/ensure-local.sh >/dev/null
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests
"${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB encoding 'UTF8' template template0"

KEYS=$(mktemp -d)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null
openssl pkey -in "$KEYS/private.pem" -pubout -out "$KEYS/public.pem"
ADMIN_PASSWORD="bench-$(date +%s)-$RANDOM"
SERVICE_PID=
trap '[ -n "$SERVICE_PID" ] && kill $SERVICE_PID 2>/dev/null || true' EXIT

start() { # heap-option gc-log
    DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres QUARKUS_HTTP_PORT=$PORT \
        QUARKUS_LOG_LEVEL=WARN OCOP_RATE_LIMIT_ENABLED=false \
        OCOP_JWT_SIGN_KEY="$KEYS/private.pem" OCOP_JWT_VERIFY_KEY="$KEYS/public.pem" \
        OCOP_SECURITY_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        java "$1" -Xlog:gc:file="$2" -jar api-service/target/quarkus-app/quarkus-run.jar \
        > target/bench-export-service.log 2>&1 &
    SERVICE_PID=$!
    for _ in $(seq 1 90); do
        curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
        sleep 1
    done
    curl -fs "$BASE/q/health/ready" >/dev/null
    TOKEN=$(curl -fs -X POST -H 'Content-Type: application/json' \
        -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/v1/auth/token" |
        sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
}
stop() {
    kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
}
export_once() { # output-file; prints seconds
    local t0 t1
    t0=$(date +%s.%N)
    curl -fs -H "Authorization: Bearer $TOKEN" -H "Accept: $ACCEPT" -o "$1" "$BASE/api/v1/products"
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}
# Live set (MB) after each collection logged from line $2 on: "... 312M->41M(1024M) ..."
live_sets() { tail -n +"$2" "$1" | sed -nE 's/.*[0-9]+M->([0-9]+)M\([0-9]+M\).*/\1/p'; }

start -Xmx1g target/bench-export-gc.log
echo "generating national-scale data (60,000 products)"
"${PSQL[@]}" -d $DB -f bench/generate-national-data.sql
PRODUCTS=$("${PSQL[@]}" -d $DB -Atc "select count(*) from product")
export_once target/bench-export-warmup.$FORMAT >/dev/null   # JIT and caches warm, then a clean baseline
jcmd "$SERVICE_PID" GC.run >/dev/null; sleep 1
BASELINE=$(live_sets target/bench-export-gc.log 1 | tail -1)
FROM=$(($(wc -l < target/bench-export-gc.log) + 1))
SECONDS_TAKEN=$(export_once target/bench-export.$FORMAT)
PEAK=$(live_sets target/bench-export-gc.log "$FROM" | sort -n | tail -1)
PEAK=${PEAK:-$BASELINE}
COLLECTIONS=$(live_sets target/bench-export-gc.log "$FROM" | wc -l)
SIZE=$(stat -c %s target/bench-export.$FORMAT)
stop

LIMIT=$((BASELINE + 64))
start "-Xmx${LIMIT}m" target/bench-export-gc-capped.log
CAPPED=$(export_once target/bench-export-capped.$FORMAT || echo failed)
CAPPED_SIZE=$(stat -c %s target/bench-export-capped.$FORMAT 2>/dev/null || echo 0)
stop

echo
echo "| products | format | file | time | live set before | peak live set during | growth | collections | -Xmx${LIMIT}m run |"
echo "|---|---|---|---|---|---|---|---|---|"
echo "| $PRODUCTS | $FORMAT | $((SIZE / 1024)) KiB | ${SECONDS_TAKEN} s | ${BASELINE} MB | ${PEAK} MB | $((PEAK - BASELINE)) MB | $COLLECTIONS | ${CAPPED} s, $((CAPPED_SIZE / 1024)) KiB |"
