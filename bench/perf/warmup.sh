#!/usr/bin/env bash
# Warm-up trials: how fast a freshly started JVM gets up to speed on one endpoint, and the memory it holds then, for
# one launch or for two side by side.
#
#   bench/perf/warmup.sh                                         # two trials of the patient read, 2 minutes of load each
#   VARIANT_OPTS='-XX:CICompilerCount=3' bench/perf/warmup.sh    # alternating: JAVA_OPTS, then JAVA_OPTS + VARIANT_OPTS
#   ENDPOINT=product-read ROUNDS=3 STEPS=18 bench/perf/warmup.sh
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java JAR=$PWD/bootstrap/target/careshop/careshop.jar \
#       JAVA_OPTS="-XX:AOTCache=$PWD/bootstrap/target/careshop/careshop.aot -Dspring.aot.enabled=true -Xmx128m ..." \
#       MALLOC_ARENA_MAX=2 bench/perf/warmup.sh                  # the README's recommended launch, as in run.sh
#
# Each trial starts the service afresh against the benchmark's data: the database careshop_bench_perf, which
# `KEEP_DATABASE=1 bench/perf/run.sh` leaves behind (`WARMUP=5 DURATION=5 KEEP_DATABASE=1 bench/perf/run.sh` makes it
# in a few minutes); this script reads it and changes nothing but the patient read's access trail. As soon as the
# service is healthy, wrk -t2 -c32 loads the endpoint (ENDPOINT: patient-read, as the administrator, or product-read,
# public) in STEPS steps of 5 s (default 24). A trial reports the time to "Started", the rate of each step, the rate at
# the end (the median of the last six steps), after how many seconds of load a step first reached 90 % of it, the
# JVM's resident memory after the load, and its young and full collections (count and seconds, from jstat). With
# VARIANT_OPTS the trials alternate between the two launches ROUNDS times (default 2), so that both meet the same
# noise: compare them within one run. The table goes to stdout and to bench/perf/results/warmup-summary.txt, next to
# the services' logs.
#
# Needs what run.sh needs: the local PostgreSQL, a JDK 17+ (JAVA), wrk, psql, curl and jq.
set -euo pipefail
cd "$(dirname "$0")/../.."

PG="-h 127.0.0.1 -U postgres"
DB=careshop_bench_perf
PORT=${PORT:-18082}
STEPS=${STEPS:-24}
ROUNDS=${ROUNDS:-2}
ENDPOINT=${ENDPOINT:-patient-read}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
VARIANT_OPTS=${VARIANT_OPTS:-}
START_TIMEOUT=${START_TIMEOUT:-180}
HERE=bench/perf
RESULTS=$HERE/results
JAR=${JAR:-bootstrap/target/careshop.jar}
ADMIN_PASSWORD=bench-admin-password
base=http://127.0.0.1:$PORT
api=$base/api

# shellcheck source=bench/perf/service.sh
source "$HERE/service.sh"
check_prerequisites wrk psql curl jq
JSTAT=$(dirname "$JCMD")/jstat
[ "$STEPS" -ge 6 ] || { echo "STEPS must be at least 6: the rate at the end is the median of the last six" >&2; exit 1; }
case $ENDPOINT in
    patient-read | product-read) ;;
    *) echo "ENDPOINT is patient-read or product-read, not '$ENDPOINT'" >&2; exit 1 ;;
esac
seeded=$(psql $PG -d "$DB" -At -c "SELECT count(*) FROM patients" 2> /dev/null || true)
if [ "${seeded:-0}" -lt 10000 ]; then
    echo "$DB does not hold the benchmark's data: make it with WARMUP=5 DURATION=5 KEEP_DATABASE=1 bench/perf/run.sh" >&2
    exit 1
fi
mkdir -p "$RESULTS"
rm -f "$RESULTS"/warmup-*

prepare_launch
cleanup() {
    stop_service
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$ENDPOINT" = patient-read ]; then
    url=$api/patients/$(bench_patient)
else
    url=$api/products/$(bench_product)
fi

# One trial with the JVM options given after JAVA_OPTS; adds a row to the table.
trial() {
    local name=$1 log step rate curve="" auth=() token final at rss gc
    shift
    log=$RESULTS/warmup-$name.log
    start_service "$log" "$@"
    if [ "$ENDPOINT" = patient-read ]; then
        token=$(admin_token)
        auth=(-H "Authorization: Bearer $token")
    fi
    for ((step = 1; step <= STEPS; step++)); do
        rate=$(wrk -t2 -c32 -d5s "${auth[@]}" "$url" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }')
        curve+=" $rate"
    done
    # The rate at the end: the median of the last six steps.
    final=$(echo "$curve" | awk '{ n = 0; for (i = NF - 5; i <= NF; i++) last[++n] = $i
        asort(last); printf "%.0f", (last[3] + last[4]) / 2 }')
    at=$(seconds_to_90_percent "$final" "$curve")
    rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$service/status")
    # jstat -gcutil's columns by name: young and full collections, their counts and seconds.
    gc=$("$JSTAT" -gcutil "$service" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        { printf "%s (%.1f s) / %s (%.1f s)", $col["YGC"], $col["YGCT"], $col["FGC"], $col["FGCT"] }')
    stop_service
    printf '%-8s %8s %8s %9s %8s %-24s %s\n' "$name" "$started" "$final" "$at" "$rss" "$gc" "$curve" \
        | tee -a "$RESULTS/warmup-summary.txt"
}

{
    echo
    echo "CareShop warm-up trials, $(date -u +%FT%TZ), scripts of commit $(git rev-parse --short HEAD 2> /dev/null || echo '?'),"
    echo "$JAR of $(date -u -r "$JAR" +%FT%TZ), $("$JAVA" -version 2>&1 | head -n 1), $(nproc) CPUs"
    echo "$ENDPOINT under wrk -t2 -c32 from the service's start, $STEPS steps of 5 s"
    echo "launch:  JAVA_OPTS='$JAVA_OPTS', MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}"
    [ -z "$VARIANT_OPTS" ] || echo "variant: JAVA_OPTS + '$VARIANT_OPTS'"
    echo
    printf '%-8s %8s %8s %9s %8s %-24s %s\n' trial "start s" "end rps" "90% at" "RSS MiB" "young / full GCs" \
        "requests/s per 5 s step"
} | tee "$RESULTS/warmup-summary.txt"
for ((round = 1; round <= ROUNDS; round++)); do
    trial "launch$round"
    if [ -n "$VARIANT_OPTS" ]; then
        # shellcheck disable=SC2086 # VARIANT_OPTS holds several options
        trial "variant$round" $VARIANT_OPTS
    fi
done
