#!/usr/bin/env bash
# Load benchmark of the packaged OCOP API on PostgreSQL with national-scale data.
#   bash bench/run-load.sh            # build, start, generate data, measure, print a Markdown table
# Needs: wrk (Debian package; installed here with apt-get when missing), psql, a local PostgreSQL.
# Environment: DURATION (default 20s), WARMUP (20s: every request set once before measuring, then 5 s before each
#              measured run), CONNECTIONS (32), THREADS (2), PORT (8091), SKIP_BUILD=1,
#              READ_CACHE=false (every list, search and progress request runs its SQL: the database path),
#              ROUNDS (3): alternating runs of the trivial API endpoint and the preview, compared run by run.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
READ_CACHE=${READ_CACHE:-true}
ROUNDS=${ROUNDS:-3}
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
    QUARKUS_LOG_LEVEL=WARN OCOP_RATE_LIMIT_ENABLED=false OCOP_READ_CACHE_ENABLED=$READ_CACHE \
    OCOP_JWT_SIGN_KEY="$KEYS/private.pem" OCOP_JWT_VERIFY_KEY="$KEYS/public.pem" OCOP_PUBLIC_BASE_URL="$BASE" \
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
# Request sets: each run draws its paths at random from a file (bench/paths.lua), across provinces, pages and words.
sql() { "${PSQL[@]}" -d $DB -Atc "$1"; }
PROVINCES=$(sql "select id from area where level = 'PROVINCE' and code not like 'B%' and exists (select 1 from area c where c.parent_id = area.id and c.code like 'B%')")
PRODUCT_WORDS="mat%20ong%20hoa tra%20hoa%20hong o%20mai%20mo%20gung nep%20nuong ruou%20men%20la tinh%20dau%20sa%20chanh gio%20may%20tre%20dan nam%20linh%20chi che%20shan%20tuyet ca%20phe%20rang%20xay"
PRODUCER_WORDS="hop%20tac%20xa%20doan%20ket hop%20tac%20xa%20an%20ninh hop%20tac%20xa%20linh%20ngoc ho%20kinh%20doanh%20ha%20ngoc cong%20ty%20tnhh%20tra to%20hop%20tac%20tan%20son hop%20tac%20xa%20binh%20minh trang%20trai%20hoa%20binh"
TYPES="COOPERATIVE COOPERATIVE_GROUP ENTERPRISE HOUSEHOLD_BUSINESS FARM"
paths() { # name: writes target/bench-<name>.paths from the lines on stdin
    cat > "target/bench-$1.paths"
}
for p in $PROVINCES; do for page in 0 1 2 3 4; do echo "/api/v1/products?areaId=$p&page=$page&size=20"; done; done | paths product-list
for w in $PRODUCT_WORDS; do for page in 0 1 2; do echo "/api/v1/products?q=$w&page=$page&size=20"; done; done | paths product-search
for w in $PRODUCER_WORDS; do for page in 0 1 2; do echo "/api/v1/producers?q=$w&page=$page&size=20"; done; done | paths producer-search
for p in $PROVINCES; do for t in $TYPES; do echo "/api/v1/producers?type=$t&areaId=$p&size=20"; done; done | paths producer-list
sql "select '/api/v1/plans/' || p.id || '/progress' from plan p join area a on a.id = p.area_id where a.level = 'PROVINCE' and p.plan_year = 2026" | paths plan-progress
sql "select '/v/' || number from certificate where number like 'BENCH-%' order by md5(number) limit 500" | paths verify-page
echo "/api/v1/auth/me" | paths trivial-api
echo "/q/health/live" | paths liveness

run() { # name request-description (paths-name | lua-script path)
    local name=$1 described=$2 source=$3 path=${4:-} url
    local args=(-t"$THREADS" -c"$CONNECTIONS" --latency "${AUTH[@]}")
    [ -z "${ACCEPT:-}" ] || args+=(-H "Accept: $ACCEPT")
    if [ -f "target/bench-$source.paths" ]; then
        export PATHS_FILE="target/bench-$source.paths"
        args+=(-s bench/paths.lua)
        url="$BASE"
    else
        args+=(-s "$source")
        url="$BASE$path"
    fi
    if [ -n "${WARMING:-}" ]; then
        wrk "${args[@]}" -d"$WARMUP" "$url" >/dev/null
        LAST_RPS=
        return
    fi
    wrk "${args[@]}" -d5s "$url" >/dev/null
    local out rps p50 p99 non2xx
    out=$(wrk "${args[@]}" -d"$DURATION" "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$described" "$rps" "$p50" "$p99" "${non2xx:-0}"
    LAST_RPS=$rps
}

measure() {
    run "trivial (liveness, no REST stack)" '`/q/health/live`' liveness
    run "trivial API endpoint (who am I: REST, token, JSON)" '`/api/v1/auth/me`' trivial-api
    run "product list, province incl. communes" "\`/api/v1/products?areaId=…&page=…\`: $(wc -l < target/bench-product-list.paths) provinces × pages" product-list
    run "product search (diacritics folded)" "\`/api/v1/products?q=…\`: $(wc -l < target/bench-product-search.paths) words × pages" product-search
    run "producer search" "\`/api/v1/producers?q=…\`: $(wc -l < target/bench-producer-search.paths) words × pages" producer-search
    run "producer list, by type and province" "\`/api/v1/producers?type=…&areaId=…\`: $(wc -l < target/bench-producer-list.paths) combinations" producer-list
    run "province plan progress (11 targets)" "\`/api/v1/plans/…/progress\`: $(wc -l < target/bench-plan-progress.paths) provinces" plan-progress
    # The preview against the trivial API endpoint: adjacent runs, several rounds (the host's speed drifts over minutes).
    RATIOS=()
    for round in $(seq 1 "${1:-$ROUNDS}"); do
        run "trivial API endpoint, round $round" '`/api/v1/auth/me`' trivial-api
        trivial=${LAST_RPS:-0}
        run "scoring preview (5 members, 32 criteria, summary), round $round" '`POST /api/v1/scoring/preview`' bench/preview.lua /api/v1/scoring/preview
        RATIOS+=("$(awk -v p="${LAST_RPS:-0}" -v t="$trivial" 'BEGIN { if (t > 0) printf "%.2f", p / t; else print "-" }')")
    done
    # The buyers' verification page (issue 11: at least half of liveness), as a phone's browser asks for it, against
    # liveness in adjacent runs.
    PAGE_RATIOS=()
    for round in $(seq 1 "${1:-$ROUNDS}"); do
        run "trivial (liveness), round $round" '`/q/health/live`' liveness
        live=${LAST_RPS:-0}
        ACCEPT="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" \
            run "verification page (HTML), round $round" "\`/v/…\` (Accept: text/html): $(wc -l < target/bench-verify-page.paths) certificates" verify-page
        PAGE_RATIOS+=("$(awk -v p="${LAST_RPS:-0}" -v t="$live" 'BEGIN { if (t > 0) printf "%.2f", p / t; else print "-" }')")
    done
}

# The JIT of a 2-core machine takes minutes: run every request set once before measuring anything.
echo "warming up: every request set for $WARMUP" >&2
WARMING=1 measure 1
echo
echo "| endpoint | request | req/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|"
measure
echo
echo "preview ÷ trivial API endpoint, by round: ${RATIOS[*]}"
echo "verification page ÷ liveness, by round: ${PAGE_RATIOS[*]}"
echo
echo "($CONNECTIONS connections, $THREADS wrk threads, $DURATION per run; every set warmed up for $WARMUP first and 5 s before its run; read cache $READ_CACHE; $(nproc) cores shared by wrk, the service and PostgreSQL)"
