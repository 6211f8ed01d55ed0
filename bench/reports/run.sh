#!/usr/bin/env bash
# The reports benchmark (issue 9): 100,000 orders with 300,000 lines in a database of its own, the service started
# against it, each report warmed up and then timed over HTTP, its own SQL timed alone (pgbench) and explained.
#
#   bench/reports/run.sh            # build the jar if missing, seed, warm 90 s, measure, drop the database
#   WARMUP_SECONDS=30 RUNS=20 KEEP_DATABASE=1 bench/reports/run.sh
#
# Prints medians of RUNS sequential requests per report (curl's time_total) next to the median of the same number of
# executions of the report's SQL in pgbench, and writes EXPLAIN (ANALYZE, BUFFERS) of each to bench/reports/results/.
# Needs the local PostgreSQL (trust auth for postgres), curl, jq and pgbench. The machine is shared: run it three times
# and quote the medians; compare the ratios, which one run measures under the same noise, rather than absolute times.
set -euo pipefail
cd "$(dirname "$0")/../.."

PG="-h 127.0.0.1 -U postgres"
DB=careshop_bench_reports
PORT=${PORT:-18080}
RUNS=${RUNS:-20}
WARMUP_SECONDS=${WARMUP_SECONDS:-90}
HERE=bench/reports
RESULTS=$HERE/results
ADMIN_PASSWORD=bench-admin-password
api=http://127.0.0.1:$PORT/api
mkdir -p "$RESULTS"

[ -f bootstrap/target/careshop.jar ] || ./mvnw -B -q -DskipTests package

if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
    echo "port $PORT is taken: stop what listens there or set PORT" >&2
    exit 1
fi
psql $PG -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SERVER_PORT=$PORT \
    CARESHOP_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD CARESHOP_JWT_TIME_TO_LIVE=2h \
    java -jar bootstrap/target/careshop.jar > "$RESULTS/service.log" 2>&1 &
service=$!
cleanup() {
    kill "$service" 2>/dev/null || true
    wait "$service" 2>/dev/null || true
    [ -n "${KEEP_DATABASE:-}" ] || psql $PG -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
}
trap cleanup EXIT
until curl -sf --max-time 5 "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do
    kill -0 "$service" || { cat "$RESULTS/service.log"; exit 1; }
    sleep 1
done

echo "seeding (Flyway has migrated the schema)"
psql $PG -d "$DB" -q -f $HERE/seed.sql
psql $PG -d "$DB" -At -c "SELECT 'orders ' || (SELECT count(*) FROM orders) || ', lines ' || (SELECT count(*) FROM order_lines)
    || ', users ' || (SELECT count(*) FROM users) || ', products ' || (SELECT count(*) FROM products)"
product=$(psql $PG -d "$DB" -At -c "SELECT id FROM products WHERE name = 'Bench product 42'")
lines_of_product=$(psql $PG -d "$DB" -At -c "SELECT count(*) FROM order_lines WHERE product_id = '$product'")
echo "product report for $product ($lines_of_product of the 300,000 lines)"

token=$(curl -sf --max-time 30 -XPOST "$api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .accessToken)
month_ago=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m-%d)
month_end=$(date -u -d "$(date -u +%Y-%m-01) -1 day" +%Y-%m-%d)
declare -A url=(
    [users]="$api/reports/users"
    [product-sales]="$api/reports/products/$product/sales?months=12"
    [categories-all-time]="$api/reports/categories"
    [categories-one-month]="$api/reports/categories?from=$month_ago&to=$month_end"
)
product_read="$api/products/$product"
reports=(users product-sales categories-all-time categories-one-month)

echo "warming up for ${WARMUP_SECONDS}s (every report in turn, and a product read)"
deadline=$((SECONDS + WARMUP_SECONDS))
while [ $SECONDS -lt $deadline ]; do
    for r in "${reports[@]}"; do
        curl -sf --max-time 30 -o /dev/null -H "Authorization: Bearer $token" "${url[$r]}"
    done
    curl -sf --max-time 30 -o /dev/null "$product_read"
done

median() { sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m}'; }
http_ms() {
    for _ in $(seq "$RUNS"); do
        curl -sf --max-time 30 -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$1"
    done | awk '{print $1 * 1000}' | median
}
# The statement an adapter runs (its file in adapters-persistence), with this run's values in place of its parameters.
SQL=adapters-persistence/src/main/resources/report
this_month=$(date -u +%Y-%m-01)
first_month=$(date -u -d "$this_month -11 months" +%Y-%m-01)
next_month=$(date -u -d "$this_month +1 month" +%Y-%m-01)
statement() {
    case $1 in
        users) sed "s/:registeredSince/(now() - interval '30 days')/" $SQL/user-statistics.sql ;;
        product-sales) sed -e "s/:product/'$product'/g" -e "s/:from/'${first_month}T00:00:00Z'/g" \
            -e "s/:lastMonth/'${this_month}T00:00:00Z'/" -e "s/:until/'${next_month}T00:00:00Z'/" $SQL/product-sales.sql ;;
        categories-all-time) sed -e "s#/\* PERIOD \*/##" -e "s/:uncategorised/'Uncategorised'/" $SQL/category-performance.sql ;;
        categories-one-month) sed -e "s#/\* PERIOD \*/# AND o.created_at >= '${month_ago}T00:00:00Z' AND o.created_at < '${this_month}T00:00:00Z'#" \
            -e "s/:uncategorised/'Uncategorised'/" $SQL/category-performance.sql ;;
    esac | grep -v '^ *--'
}
sql_ms() {
    local script=$RESULTS/$1.pgbench.sql
    { statement "$1"; echo ';'; } > "$script"
    rm -f "$RESULTS"/pgbench_log.*
    (cd "$RESULTS" && pgbench $PG -n -t "$RUNS" -f "$(basename "$script")" -l "$DB" > /dev/null 2>&1)
    awk '{print $3 / 1000}' "$RESULTS"/pgbench_log.* | median
    rm -f "$RESULTS"/pgbench_log.* "$script"
}

printf '\n%-22s %10s %10s %8s\n' report "HTTP ms" "SQL ms" "SQL/HTTP"
for r in "${reports[@]}"; do
    h=$(http_ms "${url[$r]}")
    s=$(sql_ms "$r")
    printf '%-22s %10s %10s %8s\n' "$r" "$h" "$s" "$(awk -v s="$s" -v h="$h" 'BEGIN {printf "%.2f", s / h}')"
done
printf '%-22s %10s\n' "product read (public)" "$(http_ms "$product_read")"

for r in "${reports[@]}"; do
    { echo "-- $r, $(date -u +%FT%TZ)"; { echo 'EXPLAIN (ANALYZE, BUFFERS)'; statement "$r"; echo ';'; } | psql $PG -d "$DB" -q; } \
        > "$RESULTS/explain-$r.txt"
done
echo "plans: $RESULTS/explain-*.txt"
