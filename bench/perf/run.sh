#!/usr/bin/env bash
# The load benchmark: four endpoints under wrk (2 threads, 32 connections), each next to its own SQL under pgbench
# (32 clients), with what a request costs the server in CPU (the JVM's and PostgreSQL's), start-up times and memory.
#
#   bench/perf/run.sh            # seed, start the service twice, warm each endpoint 90 s, measure 30 s, drop the database
#   WARMUP=30 DURATION=20 PORT=18082 KEEP_DATABASE=1 bench/perf/run.sh
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java JAVA_OPTS='-Xmx256m' bench/perf/run.sh
#   JAR=/tmp/earlier/bootstrap/target/careshop.jar bench/perf/run.sh   # another build, e.g. of an earlier commit
#   MALLOC_ARENA_MAX=2 JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java JAR=/opt/careshop/careshop.jar \
#       JAVA_OPTS='-XX:AOTCache=/opt/careshop/careshop.aot -Dspring.aot.enabled=true -Xmx128m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=1000' \
#       bench/perf/run.sh        # the README's production launch: a jar extracted with its lib/ beside it runs in place;
#                                # the service inherits the environment (MALLOC_ARENA_MAX)
#
# The data (seed.sql) go into a database of their own, careshop_bench_perf, dropped and created afresh and dropped at
# exit unless KEEP_DATABASE=1: 10,000 patients, 20 doctors, 30,000 appointments with a prescription each, 20,000 users,
# 10,000 products in 30 categories, 100,000 orders with 300,000 lines. The service (bootstrap/target/careshop.jar, as
# built; this script does not build it) is started against it once to migrate it (Flyway) and once more after the
# seed; both start-up times are reported. Measured, each after a wrk warm-up of its own:
#   GET /api/patients/{id}                 one fixed patient, as the administrator
#   GET /api/patients?size=20              the first page, as the administrator
#   GET /api/products/{id}                 one product, public (no token)
#   GET /api/reports/products/{id}/sales   that product's last 12 months, as the administrator
# The warm-up runs in steps of 5 s whose rates are kept: the first endpoint's show how fast a fresh JVM gets up to
# speed, and the table says after how many seconds of warm-up a step first reached 90 % of the measured rate. Halfway
# through each measurement a thread dump (jcmd of the JDK that runs the service) counts the request threads waiting
# for a pooled connection. For each: requests/s and latency p50/p99 (wrk --latency); the JVM's and PostgreSQL's CPU (utime + stime from
# /proc/<pid>/stat, all postgres processes summed, so also whatever else the server does meanwhile) per request; and
# the endpoint's own SQL (sql/*.sql, as the service runs it today) under pgbench for the same time, with the ratio
# HTTP requests/s : SQL transactions/s. Then the JVM's resident memory (VmRSS) after the load. The table goes to
# stdout and to bench/perf/results/summary.txt, next to wrk's and pgbench's outputs, their scripts and the service logs.
#
# Needs the local PostgreSQL (trust auth for postgres on 127.0.0.1:5432), a JDK 17+ (JAVA, default java), wrk, pgbench,
# psql, curl and jq:  apt-get install wrk postgresql-client jq
# This machine is shared and has 2 cores, which wrk, pgbench, the service and PostgreSQL share: run it several times
# and compare medians of the runs; compare ratios (HTTP against SQL, one endpoint against another) within one run,
# which measures them under the same noise, rather than absolute figures.
set -euo pipefail
cd "$(dirname "$0")/../.."

PG="-h 127.0.0.1 -U postgres"
DB=careshop_bench_perf
PORT=${PORT:-18081}
WARMUP=${WARMUP:-90}
DURATION=${DURATION:-30}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
START_TIMEOUT=${START_TIMEOUT:-180}
HERE=bench/perf
RESULTS=$HERE/results
JAR=${JAR:-bootstrap/target/careshop.jar}
ADMIN_PASSWORD=bench-admin-password
HZ=$(getconf CLK_TCK)
base=http://127.0.0.1:$PORT
api=$base/api

# shellcheck source=bench/perf/service.sh
source "$HERE/service.sh"
check_prerequisites wrk pgbench psql curl jq
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.txt "$RESULTS"/*.log "$RESULTS"/*.pgbench.sql

prepare_launch
cleanup() {
    stop_service
    rm -rf "$work"
    [ "${KEEP_DATABASE:-}" = 1 ] || psql $PG -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql $PG -q -c "SET client_min_messages TO warning" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
echo "first start (Flyway migrates $DB)"
start_service "$RESULTS/service-1.log"
first_start=$started

echo "seeding"
psql $PG -d "$DB" -q -f $HERE/seed.sql
psql $PG -d "$DB" -At -c "SELECT 'patients ' || (SELECT count(*) FROM patients) || ', doctors ' || (SELECT count(*) FROM doctors)
    || ', appointments ' || (SELECT count(*) FROM appointments) || ', prescriptions ' || (SELECT count(*) FROM prescriptions)
    || ', users ' || (SELECT count(*) FROM users) || ', products ' || (SELECT count(*) FROM products)
    || ', orders ' || (SELECT count(*) FROM orders) || ', lines ' || (SELECT count(*) FROM order_lines)"

echo "second start (seeded, nothing to migrate)"
stop_service
start_service "$RESULTS/service-2.log"
second_start=$started

token=$(admin_token)
admin=$(psql $PG -d "$DB" -At -c "SELECT id FROM users WHERE username = 'admin'")
patient=$(bench_patient)
product=$(bench_product)
first_page=$(psql $PG -d "$DB" -At -c "SELECT string_agg(CAST(id AS text), ',' ORDER BY name, id)
    FROM (SELECT id, name FROM patients ORDER BY name, id LIMIT 20) AS page")

endpoints=(patient-read patient-list product-read product-sales)
declare -A label=(
    [patient-read]="GET /api/patients/{id}"
    [patient-list]="GET /api/patients?size=20"
    [product-read]="GET /api/products/{id}"
    [product-sales]="GET /api/reports/products/{id}/sales"
)
declare -A url=(
    [patient-read]="$api/patients/$patient"
    [patient-list]="$api/patients?size=20"
    [product-read]="$api/products/$product"
    [product-sales]="$api/reports/products/$product/sales"
)
declare -A public=([product-read]=1)

# The endpoint's SQL (sql/$1.sql) with this run's values, the report's statement in place of its STATEMENT line (its
# parameters as bench/reports/run.sh substitutes them; 12 months, the endpoint's default), comment lines dropped.
SQL=adapters-persistence/src/main/resources/report
this_month=$(date -u +%Y-%m-01)
first_month=$(date -u -d "$this_month -11 months" +%Y-%m-01)
next_month=$(date -u -d "$this_month +1 month" +%Y-%m-01)
report_statement() {
    sed -e "s/:product/'$product'/g" -e "s/:from/'${first_month}T00:00:00Z'/g" \
        -e "s/:lastMonth/'${this_month}T00:00:00Z'/" -e "s/:until/'${next_month}T00:00:00Z'/" $SQL/product-sales.sql
}
pgbench_script() {
    report_statement > "$work/statement.sql"
    awk -v statement="$work/statement.sql" '$0 == "STATEMENT" { while ((getline line < statement) > 0) print line; next } { print }' \
        "$HERE/sql/$1.sql" \
        | grep -v '^ *--' \
        | sed -e "s/:user\b/'$admin'/g" -e "s/:patient\b/'$patient'/g" -e "s/:product\b/'$product'/g" \
              -e "s/:page\b/'{$first_page}'/g"
}

# utime + stime (clock ticks) of the processes given, summed; a process gone meanwhile counts nothing.
ticks() {
    local pid
    for pid in "$@"; do
        cat "/proc/$pid/stat" 2> /dev/null || true
    done | awk '{ sub(/^.*\) /, ""); split($0, f, " "); sum += f[12] + f[13] } END { print sum + 0 }'
}
postgres_ticks() {
    # shellcheck disable=SC2046 # one argument per process id
    ticks $(pgrep -x postgres || true)
}
# wrk's latencies (e.g. 812.00us, 1.23ms, 1.02s, 1.50m) in milliseconds.
ms() {
    awk -v v="$1" 'BEGIN { n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
        printf "%.2f", n }'
}
# How many request threads wait for a pooled connection now, from a thread dump. Platform threads only: on JDK 21+ the
# service runs requests on virtual threads, which a plain thread dump leaves out, and the dump that lists them
# (Thread.dump_to_file) crashed JDK 25.0.3 under this load; there "virtual" is printed instead.
waiting_for_connection() {
    if [ "$JAVA_MAJOR" -ge 21 ]; then
        echo virtual
        return
    fi
    local dump=$RESULTS/threads.txt
    "$JCMD" "$service" Thread.print > "$dump" 2> /dev/null || { echo "?"; return; }
    # Threads are separated by blank lines; count those whose stack is in HikariPool.getConnection.
    awk 'BEGIN { RS = "" } /HikariPool\.getConnection/ { n++ } END { print n + 0 }' "$dump"
}
per_request() { awk -v d="$1" -v n="$2" -v hz="$HZ" 'BEGIN { printf "%.3f", d * 1000 / hz / n }'; }

declare -A rps p50 p99 java_ms pg_ms tps ratio curve waiting
warnings=()
pgrep -x postgres > /dev/null || warnings+=("no process is named postgres here: the PostgreSQL CPU figures are 0")
for e in "${endpoints[@]}"; do
    auth=(-H "Authorization: Bearer $token")
    [ -z "${public[$e]:-}" ] || auth=()
    status=$(curl -s -o /dev/null --max-time 30 -w '%{http_code}' "${auth[@]}" "${url[$e]}" || true)
    [ "$status" = 200 ] || { echo "${label[$e]}: ${url[$e]} answered $status, not 200" >&2; exit 1; }

    echo "${label[$e]}: warming up for ${WARMUP}s, measuring for ${DURATION}s"
    # The warm-up in steps of 5 s, whose rates show how fast the JVM gets up to speed (the first endpoint's from the
    # start of the service).
    curve[$e]=
    for ((step = 5; step <= WARMUP; step += 5)); do
        wrk -t2 -c32 -d5s "${auth[@]}" "${url[$e]}" > "$RESULTS/wrk-$e-warmup.txt"
        curve[$e]+=" $(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$RESULTS/wrk-$e-warmup.txt")"
    done
    java0=$(ticks "$service")
    pg0=$(postgres_ticks)
    wrk -t2 -c32 -d"${DURATION}s" --latency "${auth[@]}" "${url[$e]}" > "$RESULTS/wrk-$e.txt" &
    load=$!
    sleep $((DURATION / 2))
    waiting[$e]=$(waiting_for_connection)
    wait $load
    java1=$(ticks "$service")
    pg1=$(postgres_ticks)

    out=$RESULTS/wrk-$e.txt
    requests=$(awk '/ requests in / { print $1 }' "$out")
    [ "${requests:-0}" -gt 0 ] || { echo "${label[$e]}: wrk made no requests; see $out" >&2; cat "$out" >&2; exit 1; }
    rps[$e]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    p50[$e]=$(ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p99[$e]=$(ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    java_ms[$e]=$(per_request $((java1 - java0)) "$requests")
    pg_ms[$e]=$(per_request $((pg1 - pg0)) "$requests")
    failed=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
    [ -z "$failed" ] || warnings+=("${label[$e]}: $failed of $requests responses were not 2xx/3xx (see $out)")
    errors=$(sed -n 's/^ *Socket errors: //p' "$out")
    [ -z "$errors" ] || warnings+=("${label[$e]}: socket errors: $errors (see $out)")

    script=$RESULTS/$e.pgbench.sql
    pgbench_script "$e" > "$script"
    if grep -nE '(^|[^:]):[A-Za-z_]' "$script" >&2; then
        echo "$script: the lines above hold a name after ':' that pgbench would take for a variable" >&2
        exit 1
    fi
    if ! pgbench $PG -n -c32 -j2 -T"$DURATION" -f "$script" "$DB" > "$RESULTS/pgbench-$e.txt" 2>&1; then
        echo "${label[$e]}: pgbench failed:" >&2
        cat "$RESULTS/pgbench-$e.txt" >&2
        exit 1
    fi
    tps[$e]=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$RESULTS/pgbench-$e.txt")
    tps[$e]=$(awk -v t="${tps[$e]}" 'BEGIN { printf "%.0f", t }')
    sql_failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$RESULTS/pgbench-$e.txt")
    [ "${sql_failed:-0}" = 0 ] || warnings+=("${label[$e]}: pgbench: $sql_failed failed transactions (see $RESULTS/pgbench-$e.txt)")
    ratio[$e]=$(awk -v h="${rps[$e]}" -v s="${tps[$e]}" 'BEGIN { if (s > 0) printf "%.2f", h / s; else print "-" }')
done
rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$service/status")

{
    echo
    echo "CareShop load benchmark, $(date -u +%FT%TZ), scripts of commit $(git rev-parse --short HEAD 2> /dev/null || echo '?'),"
    echo "$JAR of $(date -u -r "$JAR" +%FT%TZ), $("$JAVA" -version 2>&1 | head -n 1), JAVA_OPTS='$JAVA_OPTS'"
    echo "wrk -t2 -c32 -d${DURATION}s after ${WARMUP}s of warm-up; pgbench -n -c32 -j2 -T${DURATION}; $(nproc) CPUs"
    echo
    printf '%-37s %8s %8s %8s %10s %10s %11s %9s %8s %8s\n' endpoint rps "p50 ms" "p99 ms" "java ms" "PG ms" "pgbench" "rps/tps" \
        "waiting" "90% at"
    printf '%-37s %8s %8s %8s %10s %10s %11s %9s %8s %8s\n' "" "" "" "" "CPU/req" "CPU/req" "tps" "" "for conn" "warm-up"
    for e in "${endpoints[@]}"; do
        printf '%-37s %8s %8s %8s %10s %10s %11s %9s %8s %8s\n' "${label[$e]}" "${rps[$e]}" "${p50[$e]}" "${p99[$e]}" \
            "${java_ms[$e]}" "${pg_ms[$e]}" "${tps[$e]}" "${ratio[$e]}" "${waiting[$e]}" \
            "$(seconds_to_90_percent "${rps[$e]}" "${curve[$e]}")"
    done
    echo
    echo "waiting for conn: request threads seen waiting for a pooled connection in a thread dump halfway through the measurement"
    echo "  (platform threads; \"virtual\" on JDK 21+, whose requests run on virtual threads that a thread dump leaves out)"
    echo "90% at warm-up: seconds of warm-up after which a 5 s step first reached 90 % of the measured rate"
    echo "warm-up of ${label[${endpoints[0]}]} from the service's start, requests/s per 5 s:${curve[${endpoints[0]}]}"
    echo
    echo "start-up: ${first_start} s (first start, Flyway migrating an empty database), ${second_start} s (second start, seeded)"
    echo "java RSS after the load: ${rss} MiB"
    for w in "${warnings[@]+"${warnings[@]}"}"; do
        echo "WARNING: $w"
    done
} | tee "$RESULTS/summary.txt"
