#!/usr/bin/env bash
# Makes careshop.aot, the ahead-of-time cache the README's production launch starts with (JDK 25+), by a training run
# that serves requests: the JVM records which classes the service loads and links *and* how its request paths behave
# (method profiles, JEP 515), so that a start with the cache both starts faster and compiles the hot paths sooner.
#
#   java -Djarmode=tools -jar bootstrap/target/careshop.jar extract --destination /opt/careshop
#   bootstrap/src/main/aot/train.sh /opt/careshop             # writes /opt/careshop/careshop.aot
#   cd /opt/careshop && java -XX:AOTCache=careshop.aot -Xmx128m -XX:+UseSerialGC -jar careshop.jar
#
# The training never touches the service's own data: it runs against a database of its own on the same PostgreSQL
# server, careshop_aot_training (dropped before and after), filled with the demo data (CARESHOP_DEMO_DATA), then drives
# TRAINING_SECONDS (default 60) of a mix of what clients do: reads of every resource as staff and as a customer, the
# reports, new patients and orders. SPRING_DATASOURCE_URL names the server the usual way (its database part is
# replaced); SPRING_DATASOURCE_USERNAME/PASSWORD pass through. JAVA picks the JDK (default: java on the PATH); use the
# JDK that will run the service, as a cache made by another is ignored. Needs curl and psql.
set -euo pipefail

dir=${1:?usage: train.sh DIRECTORY (the extracted jar: careshop.jar and lib/)}
[ -f "$dir/careshop.jar" ] && [ -d "$dir/lib" ] || { echo "$dir holds no extracted careshop.jar with its lib/" >&2; exit 1; }
for tool in curl psql; do
    command -v $tool > /dev/null || { echo "missing: $tool (apt-get install curl postgresql-client)" >&2; exit 1; }
done
JAVA=${JAVA:-java}
major=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${major%%.*}" -ge 25 ] || { echo "the AOT cache needs JDK 25+; $JAVA is $major (on 17-24 use CDS, see README)" >&2; exit 1; }
seconds=${TRAINING_SECONDS:-60}
port=${TRAINING_PORT:-18580}
server_url=${SPRING_DATASOURCE_URL:-jdbc:postgresql://localhost:5432/careshop}
database=careshop_aot_training
training_url=$(sed -E "s#^(jdbc:postgresql://[^/]+/)[^?]*#\1$database#" <<< "$server_url")
host=$(sed -E 's#^jdbc:postgresql://([^:/]+).*#\1#' <<< "$server_url")
db_port=$(sed -nE 's#^jdbc:postgresql://[^:/]+:([0-9]+).*#\1#p' <<< "$server_url")
export PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-}
psql_() { psql -h "$host" -p "${db_port:-5432}" -U "${SPRING_DATASOURCE_USERNAME:-postgres}" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"

work=$(mktemp -d)
service=
cleanup() {
    [ -z "$service" ] || kill -9 "$service" 2> /dev/null || true
    psql_ -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
    rm -rf "$work"
}
trap cleanup EXIT

password=training-$RANDOM-$RANDOM-$RANDOM
base=http://127.0.0.1:$port
rm -f "$dir/careshop.aot"
echo "training run: the service on port $port against $database, demo data, then ${seconds}s of requests"
(cd "$dir" && SPRING_DATASOURCE_URL=$training_url SERVER_PORT=$port MANAGEMENT_SERVER_PORT=$((port + 1)) \
    CARESHOP_DEMO_DATA=true CARESHOP_BOOTSTRAP_ADMIN_PASSWORD=$password \
    exec "$JAVA" -XX:AOTCacheOutput=careshop.aot -Xmx256m -XX:+UseSerialGC -jar careshop.jar) > "$work/service.log" 2>&1 &
service=$!
until curl -sf -o /dev/null "$base/actuator/health/readiness"; do    # ready once the demo data are in
    kill -0 "$service" 2> /dev/null || { cat "$work/service.log" >&2; echo "the training service exited" >&2; exit 1; }
    sleep 1
done

token() {
    curl -sf "$base/api/auth/token" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" \
        | sed -E 's/.*"accessToken" *: *"([^"]+)".*/\1/'
}
admin=$(token admin "$password")
staff=$(token demo.staff careshop-demo)
customer=$(token demo.customer careshop-demo)
ids() { psql_ -d "$database" -At -c "$1"; }
customer_id=$(ids "SELECT id FROM users WHERE username = 'demo.customer'")

# One curl config per round, sent 8 requests at a time: a section per request, as a config's options apply to every
# request of their section (the headers of one must not go with the next).
request() {  # url [token]
    [ ! -s "$work/reads.curl" ] || echo next
    echo "url = \"$1\""
    [ -z "${2:-}" ] || echo "header = \"Authorization: Bearer $2\""
    printf 'output = "/dev/null"\nwrite-out = "%%{http_code} %%{url}\\n"\nsilent\n'
}
: > "$work/reads.curl"
{
    for patient in $(ids "SELECT id FROM patients ORDER BY id LIMIT 40"); do
        request "$base/api/patients/$patient" "$admin"
        request "$base/api/patients/$patient/history" "$staff"
    done
    for query in "size=20" "size=20&sort=birthDate,desc" "name=an&size=10"; do
        request "$base/api/patients?$query" "$staff"
    done
    for appointment in $(ids "SELECT id FROM appointments ORDER BY id LIMIT 20"); do
        request "$base/api/appointments/$appointment" "$staff"
    done
    request "$base/api/appointments?size=20" "$staff"
    request "$base/api/doctors" "$staff"
    for product in $(ids "SELECT id FROM products ORDER BY id LIMIT 30"); do
        request "$base/api/products/$product"
        request "$base/api/reports/products/$product/sales" "$staff"
    done
    request "$base/api/products?size=20"
    request "$base/api/categories"
    request "$base/api/reports/categories" "$staff"
    request "$base/api/reports/users" "$admin"
    request "$base/api/users?size=20" "$admin"
    request "$base/api/users/me" "$customer"
    request "$base/api/users/$customer_id/orders" "$customer"
    for order in $(ids "SELECT id FROM orders WHERE user_id = '$customer_id' ORDER BY id LIMIT 10"); do
        request "$base/api/orders/$order" "$customer"
    done
} >> "$work/reads.curl"
product=$(ids "SELECT id FROM products WHERE active AND stock_quantity > 1000 ORDER BY id LIMIT 1")
[ -n "$product" ] || product=$(ids "SELECT id FROM products WHERE active ORDER BY stock_quantity DESC LIMIT 1")
writes() {
    curl -s -o /dev/null "$base/api/patients" -H "Authorization: Bearer $staff" -H 'Content-Type: application/json' \
        -d '{"name":"Training Patient","birthDate":"1980-01-01","gender":"OTHER"}'
    curl -s -o /dev/null "$base/api/orders" -H "Authorization: Bearer $customer" -H 'Content-Type: application/json' \
        -d "{\"userId\":\"$customer_id\",\"items\":[{\"productId\":\"$product\",\"quantity\":1}],\"shippingAddress\":{\"line1\":\"1 Training Road\",\"city\":\"London\",\"postalCode\":\"NW1 6XE\",\"country\":\"GB\"}}"
    curl -s -o /dev/null "$base/api/patients" -H "Authorization: Bearer $staff" -H 'Content-Type: application/json' -d '{"name":'
}
reads() {
    curl -s --parallel --parallel-max 8 -K "$work/reads.curl" 2> /dev/null || true
}
# A training on failing requests would teach the JVM the wrong paths: the first round must be all 200s.
failed=$(reads | grep -v '^200 ' || true)
[ -z "$failed" ] || { echo "these reads failed (status, url):" >&2; echo "$failed" >&2; exit 1; }
end=$((SECONDS + seconds))
rounds=1
while [ $SECONDS -lt $end ]; do
    reads > /dev/null
    writes
    rounds=$((rounds + 1))
done
echo "training load done: $rounds rounds of $(grep -c '^url' "$work/reads.curl") reads and 3 writes"

kill -TERM "$service"
wait "$service" || true
service=
[ -f "$dir/careshop.aot" ] || { tail -n 30 "$work/service.log" >&2; echo "no careshop.aot was written" >&2; exit 1; }
echo "wrote $dir/careshop.aot ($(du -m "$dir/careshop.aot" | cut -f1) MiB)"
