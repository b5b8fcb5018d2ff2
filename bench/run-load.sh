#!/usr/bin/env bash
# Load benchmark of the packaged OCOP API on PostgreSQL with national-scale data.
#   bash bench/run-load.sh            # build, start, generate data, measure, print a Markdown table
# Needs: wrk (Debian package; installed here with apt-get when missing), psql, a local PostgreSQL.
# Environment: DURATION (default 20s), CONNECTIONS (32), THREADS (2), PORT (8091), SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-8091}
DB=ocop_bench
BASE="http://127.0.0.1:$PORT"
mkdir -p target
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
bash deploy/postgres/ensure-local.sh >/dev/null

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests
"${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB encoding 'UTF8' template template0"

# Production refuses the published dev keys: a throw-away key pair for this run, and a bootstrap admin.
KEYS=$(mktemp -d)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null
openssl pkey -in "$KEYS/private.pem" -pubout -out "$KEYS/public.pem"
ADMIN_PASSWORD="bench-$(date +%s)-$RANDOM"

echo "starting the packaged service on port $PORT (database $DB)"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres QUARKUS_HTTP_PORT=$PORT \
    QUARKUS_LOG_LEVEL=WARN OCOP_RATE_LIMIT_ENABLED=false \
    OCOP_JWT_SIGN_KEY="$KEYS/private.pem" OCOP_JWT_VERIFY_KEY="$KEYS/public.pem" \
    OCOP_SECURITY_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -Xmx1g -jar api-service/target/quarkus-app/quarkus-run.jar > target/bench-service.log 2>&1 &
SERVICE_PID=$!
trap 'kill $SERVICE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
    curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null

echo "generating national-scale data"
"${PSQL[@]}" -d $DB -f bench/generate-national-data.sql

TOKEN=$(curl -fs -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/v1/auth/token" |
    sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
AUTH=(-H "Authorization: Bearer $TOKEN")
PROVINCE_ID=$("${PSQL[@]}" -d $DB -Atc "select id from area where level = 'PROVINCE' and code = '01'")
PLAN_ID=$("${PSQL[@]}" -d $DB -Atc "select min(id) from plan where area_id = $PROVINCE_ID" 2>/dev/null || true)

run() { # name method path [lua]
    local name=$1 path=$2 script=${3:-}
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${AUTH[@]}")
    [ -n "$script" ] && args+=(-s "$script")
    # warm-up, then the measured run
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "${AUTH[@]}" ${script:+-s "$script"} "$BASE$path" >/dev/null
    local out
    out=$(wrk "${args[@]}" "$BASE$path")
    local rps p50 p99 non2xx
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    printf '| %s | `%s` | %s | %s | %s | %s |\n' "$name" "$path" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

echo
echo "| endpoint | request | req/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|"
run "trivial (liveness, no REST stack)" "/q/health/live"
run "trivial API endpoint (who am I: REST, token, JSON)" "/api/v1/auth/me"
run "product list, province incl. communes" "/api/v1/products?areaId=$PROVINCE_ID&page=3&size=20"
run "product search (diacritics folded)" "/api/v1/products?q=mat%20ong%20hoa&size=20"
run "producer search" "/api/v1/producers?q=hop%20tac%20xa%20doan%20ket&size=20"
run "producer list, filtered by type" "/api/v1/producers?type=COOPERATIVE&areaId=$PROVINCE_ID&size=20"
[ -n "$PLAN_ID" ] && run "province plan progress" "/api/v1/plans/$PLAN_ID/progress"
run "scoring preview (5 members, full sheet)" "/api/v1/scoring/preview" bench/preview.lua
echo
echo "($CONNECTIONS connections, $THREADS wrk threads, $DURATION per run after a 5 s warm-up; $(nproc) cores shared by wrk, the service and PostgreSQL)"
