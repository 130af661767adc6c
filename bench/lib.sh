# Shared by the benchmark scripts (sourced, not run): the Java and the jar to use, wrk and pgbench measurements with
# their percentiles, medians. Each measurement prints one line "rate p50 p95 p99 errors" (milliseconds).

# A Java 21 or newer: $JAVA, else java on the PATH, else the newest under /usr/lib/jvm; prints its path.
bench_java() {
    local candidate major
    if [ -n "${JAVA:-}" ]; then echo "$JAVA"; return; fi
    for candidate in "$(command -v java || true)" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
        [ -x "$candidate" ] || continue
        major=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
        if [ "${major:-0}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
    done
    echo "a Java 21 or newer is needed (set JAVA)" >&2
    return 2
}

# The executable jar: $JAR, else target/suara-*.jar, built (with JAVA_HOME from bench_java) when missing or older than
# the sources; prints its path.
bench_jar() {
    local jar=${JAR:-}
    if [ -n "$jar" ]; then echo "$jar"; return; fi
    jar=$(ls target/suara-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
    if [ -z "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -type f -print -quit)" ]; then
        echo "== building the jar" >&2
        JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(bench_java)")")") ./mvnw -B -ntp -q package -DskipTests >&2
        jar=$(ls target/suara-*.jar | grep -v -- '-plain' | head -n 1)
    fi
    echo "$jar"
}

# Polls url until it answers (every 50 ms, at most $3 seconds) while pid lives; prints the milliseconds waited.
bench_wait_ready() { # url pid seconds
    local start now
    start=$(date +%s%N)
    while true; do
        if curl -fs -o /dev/null "$1" 2>/dev/null; then break; fi
        kill -0 "$2" 2>/dev/null || return 1
        now=$(date +%s%N)
        [ $(((now - start) / 1000000000)) -lt "$3" ] || return 1
        sleep 0.05
    done
    now=$(date +%s%N)
    echo $(((now - start) / 1000000))
}

# wrk with a Lua script that prints its percentiles: bench_wrk WORK_DIR URL CONNECTIONS SECONDS [SCRIPT] [HEADER...]
# The script (a request function, e.g. bench/track.lua) is joined with bench/percentiles.lua.
bench_wrk() {
    local work=$1 url=$2 connections=$3 seconds=$4 script=${5:-} root
    shift 5 || shift $#
    root=$(pwd)
    local threads=$((connections < 2 ? 1 : 2))
    if [ -n "$script" ]; then cat "$root/$script" "$root/bench/percentiles.lua" >"$work/wrk.lua"
    else cp "$root/bench/percentiles.lua" "$work/wrk.lua"; fi
    local headers=()
    for header in "$@"; do headers+=(-H "$header"); done
    wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 10s -s "$work/wrk.lua" "${headers[@]}" "$url" >"$work/wrk.out" 2>&1
    awk '/^Requests\/sec:/ {rate = $2} /^p50 / {p50 = $2} /^p95 / {p95 = $2} /^p99 / {p99 = $2}
        /^failed / {e = $2} END {printf "%s %s %s %s %d\n", rate + 0, p50, p95, p99, e}' "$work/wrk.out"
}

# pgbench with a script of bench/: bench_pgbench WORK_DIR DATABASE SCRIPT CLIENTS THREADS SECONDS
bench_pgbench() {
    local work=$1 db=$2 script=$3 clients=$4 threads=$5 seconds=$6 root
    root=$(pwd)
    rm -f "$work"/pgbench_log*
    (cd "$work" && PGOPTIONS='-c search_path=pgbench' pgbench -n -c "$clients" -j "$threads" -T "$seconds" \
        -f "$root/bench/$script" -l --log-prefix=pgbench_log "$db" >"$work/pgbench.out" 2>&1)
    # transaction log: client, transaction, latency in microseconds, ...
    cat "$work"/pgbench_log* | awk '{print $3}' | sort -n >"$work/lat"
    awk -v n="$(wc -l <"$work/lat")" \
        -v rate="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.out")" \
        -v failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/pgbench.out")" '
        NR == int(n * 0.50) + 1 {p50 = $1 / 1000} NR == int(n * 0.95) + 1 {p95 = $1 / 1000}
        NR == int(n * 0.99) + 1 {p99 = $1 / 1000}
        END {printf "%s %.2f %.2f %.2f %d\n", rate + 0, p50, p95, p99, failed + 0}' "$work/lat"
}

# The median of field F (1-based) of the lines on stdin.
bench_median() {
    awk -v f="$1" 'NF {print $f}' | sort -g | awk '{v[NR] = $1} END {
        if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
