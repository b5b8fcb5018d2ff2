#!/usr/bin/env bash
# kill -9 during webhook delivery loses no event (issue 16 §4): the packaged service delivers N outbox events to a
# local receiver, is killed with SIGKILL mid-delivery, restarts, and the receiver ends with every webhook-id at least
# once (at-least-once; it deduplicates by webhook-id). Run from the repository root after
#   ./mvnw -B -q -pl api-service package -DskipTests
# Needs PostgreSQL (the packaged service's database kind) and python3. The events and the subscription are inserted
# with psql, as committed writes leave them in the outbox; the service's own worker does the rest.
set -euo pipefail
DB=${DB:-wt_feed}
PGHOST=${PGHOST:-127.0.0.1}
N=${N:-2000}
JAR=api-service/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d)
PORT_APP=${PORT_APP:-18091}
PORT_RECV=${PORT_RECV:-18092}
psql_() { psql -h "$PGHOST" -U postgres -d "$DB" -tAq -c "$1"; }

cat > "$WORK/receiver.py" <<'PY'
import sys, time, threading
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
log = open(sys.argv[2], "a", buffering=1)
lock = threading.Lock()
class H(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        time.sleep(0.05)  # a slow receiver, so that the kill lands mid-delivery
        with lock:
            log.write(self.headers.get("webhook-id") + "\n")
        self.send_response(200); self.send_header("content-length", "0"); self.end_headers()
    def log_message(self, *a): pass
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
python3 "$WORK/receiver.py" "$PORT_RECV" "$WORK/received.log" & RECV=$!
trap 'kill $RECV 2>/dev/null || true; [ -n "${APP:-}" ] && kill -9 $APP 2>/dev/null || true' EXIT

# A throw-away key pair: the service refuses to start with the published development keys.
openssl genrsa -out "$WORK/private.pem" 2048 2>/dev/null
openssl rsa -in "$WORK/private.pem" -pubout -out "$WORK/public.pem" 2>/dev/null
start_app() { # $1: clean the schema first (true/false)
  java -Dquarkus.profile=pg -Dmp.jwt.verify.publickey.location="file:$WORK/public.pem" \
    -Dsmallrye.jwt.sign.key.location="file:$WORK/private.pem" -Dquarkus.http.port=$PORT_APP \
    -Dquarkus.datasource.jdbc.url=jdbc:postgresql://$PGHOST:5432/$DB \
    -Dquarkus.flyway.clean-at-start="$1" -Docop.changes.jobs-enabled=true -Docop.webhooks.lease=PT5S \
    -jar "$JAR" > "$WORK/app-$1.log" 2>&1 & APP=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT_APP/q/health/ready" >/dev/null && return 0; sleep 0.5; done
  echo "service did not start"; tail -30 "$WORK/app-$1.log"; exit 1
}

start_app true
psql_ "insert into webhook_subscription (version, created_at, updated_at, url, event_types, area_id, area_path,
       description, secret, active, created_by) values (0, now(), now(), 'http://127.0.0.1:$PORT_RECV/hook',
       'product.updated', null, null, 'kill -9 bench', 'whsec_'||encode('0123456789abcdef0123456789abcdef','base64'),
       true, 'bench')"
psql_ "insert into change_event (occurred_at, type, entity_type, entity_id, area_path, actor, payload)
       select now(), 'product.updated', 'product', g, '/1/', 'bench', '{\"id\":'||g||'}' from generate_series(1, $N) g"
T0=$(date +%s.%N)
# Kill once a part is delivered.
while [ "$(wc -l < "$WORK/received.log" 2>/dev/null || echo 0)" -lt $((N / 4)) ]; do sleep 0.1; done
kill -9 $APP; wait $APP 2>/dev/null || true
BEFORE=$(sort -u "$WORK/received.log" | wc -l)
CLAIMED=$(psql_ "select count(*) from webhook_delivery where claimed_by is not null and status = 'PENDING'")
echo "killed: $BEFORE distinct delivered, $CLAIMED claimed mid-delivery"
start_app false
for _ in $(seq 1 600); do
  [ "$(sort -u "$WORK/received.log" | wc -l)" -ge "$N" ] && break; sleep 0.5
done
T1=$(date +%s.%N)
DISTINCT=$(sort -u "$WORK/received.log" | wc -l); TOTAL=$(wc -l < "$WORK/received.log")
DELIVERED=$(psql_ "select count(*) from webhook_delivery where status = 'DELIVERED'")
echo "events $N; receiver: $DISTINCT distinct webhook-ids, $TOTAL requests ($((TOTAL - DISTINCT)) repeats); \
deliveries DELIVERED in the database: $DELIVERED; $(echo "$T1 - $T0" | bc) s"
[ "$DISTINCT" -eq "$N" ] && [ "$DELIVERED" -eq "$N" ] && echo "PASS: no event lost" || { echo "FAIL"; exit 1; }
