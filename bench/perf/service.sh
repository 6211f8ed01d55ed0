# Sourced by run.sh and warmup.sh: checks what they need, starts and stops the service under test, names what the
# endpoints read, and reads a warm-up curve. They set JAVA, JAVA_OPTS, JAR, PG, DB, PORT, ADMIN_PASSWORD, START_TIMEOUT,
# base and api first.

# Stops with what to install when one of the commands named is missing or the JDK, the jar or the port will not do;
# sets JCMD (the jcmd of the JDK that runs the service, for thread dumps and collector counts) and JAVA_MAJOR.
check_prerequisites() {
    local missing=() tool
    for tool in "$@"; do
        command -v "$tool" > /dev/null || missing+=("$tool")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "missing: ${missing[*]}; install them with: apt-get install wrk postgresql-client jq" >&2
        exit 1
    fi
    command -v "$JAVA" > /dev/null || { echo "no java at '$JAVA': set JAVA to a JDK 17+ java binary" >&2; exit 1; }
    JCMD=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd
    [ -x "$JCMD" ] || { echo "no jcmd next to $JAVA: set JAVA to a JDK's java, not a JRE's" >&2; exit 1; }
    JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    [ -f "$JAR" ] || { echo "$JAR is missing: build it first (./mvnw -B -DskipTests package)" >&2; exit 1; }
    if (exec 3<> "/dev/tcp/127.0.0.1/$PORT") 2> /dev/null; then
        echo "port $PORT is taken: stop what listens there or set PORT" >&2
        exit 1
    fi
}

# Every start runs one copy of the jar, so that a build replacing it meanwhile changes none. A jar extracted with its
# lib/ beside it (java -Djarmode=tools ... extract, the README's production launch) runs where it is, started from its
# directory as the README starts it: its AOT or CDS cache names the jar as it was given there. Sets work (a temporary
# directory for the caller to remove) and launch_dir.
prepare_launch() {
    work=$(mktemp -d)
    if [ -d "$(dirname "$JAR")/lib" ]; then
        launch_dir=$(dirname "$(realpath "$JAR")")
    else
        cp "$JAR" "$work/careshop.jar"
        launch_dir=$work
    fi
}

service=
stop_service() {
    [ -n "$service" ] || return 0
    kill "$service" 2> /dev/null || true
    for _ in $(seq 30); do
        kill -0 "$service" 2> /dev/null || break
        sleep 1
    done
    kill -9 "$service" 2> /dev/null || true
    wait "$service" 2> /dev/null || true
    service=
}

# Starts the service with its log in $1 and JAVA_OPTS followed by any further arguments as its JVM's options, waits
# until it is healthy and has logged its start-up time, and sets service to the JVM's process id and started to that
# time (seconds).
start_service() {
    local log=$1 deadline=$((SECONDS + START_TIMEOUT))
    shift
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    (cd "$launch_dir" && SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SERVER_PORT=$PORT \
        CARESHOP_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD CARESHOP_JWT_TIME_TO_LIVE=2h \
        exec "$JAVA" $JAVA_OPTS "$@" -jar careshop.jar) > "$log" 2>&1 &
    service=$!
    started=
    until [ -n "$started" ] && curl -sf --max-time 5 -o /dev/null "$base/actuator/health"; do
        if ! kill -0 "$service" 2> /dev/null; then
            service=
            echo "the service exited; its log ($log):" >&2
            cat "$log" >&2
            exit 1
        fi
        if [ $SECONDS -ge $deadline ]; then
            echo "the service is not healthy after ${START_TIMEOUT}s; its log: $log" >&2
            exit 1
        fi
        sleep 1
        started=$(sed -n 's/.*Started CareShopApplication in \([0-9.]*\) seconds.*/\1/p' "$log" | tail -n 1)
    done
    [ "$(cat "/proc/$service/comm")" = java ] \
        || echo "warning: process $service is $(cat "/proc/$service/comm"), not java: its CPU and RSS are not the JVM's" >&2
}

# The administrator's access token from the running service (each start signs with a key of its own); stops the
# script when the login fails.
admin_token() {
    local token
    token=$(curl -sf --max-time 30 -XPOST "$api/auth/token" -H 'Content-Type: application/json' \
        -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .accessToken)
    [ -n "$token" ] && [ "$token" != null ] || { echo "could not log in as admin" >&2; exit 1; }
    echo "$token"
}

# The ids of the patient and the product that the benchmark's reads ask for, rows seed.sql makes.
bench_patient() { psql $PG -d "$DB" -At -c "SELECT id FROM patients WHERE email = 'patient4242@example.org'"; }
bench_product() { psql $PG -d "$DB" -At -c "SELECT id FROM products WHERE name = 'Bench product 42'"; }

# The warm-up (e.g. 35s) after which a step of 5 s in a curve of wrk's rates (" 512 873 ...") first reached
# 90 % of the rate given, or "-".
seconds_to_90_percent() {
    awk -v rate="$1" -v curve="$2" 'BEGIN { n = split(curve, r, " ")
        for (i = 1; i <= n; i++) if (r[i] >= 0.9 * rate) { print 5 * i "s"; exit }
        print "-" }'
}
