#!/usr/bin/env bash
# Wall time of the tdkt tool on the country's 3,321 generated plans, each run a cold JVM: reading NDJSON, checking
# every plan with the full Hải Phòng pack, writing NDJSON, CSV and HTML reports. Prints each run and the median.
# Needs the tool: mvn -B -q -DskipTests package
# JAVA_OPTS sets the JVM's options for the measured runs, e.g. JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC".
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tool=(java -jar examples/target/tdkt.jar)
# shellcheck disable=SC2206
measured=(java ${JAVA_OPTS:-} -jar examples/target/tdkt.jar)

"${tool[@]}" generate --seed 2025 --output "$work/country.ndjson" >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "java:    $(java -version 2>&1 | head -1)"
echo "plans:   $(wc -l < "$work/country.ndjson") (generated, seed 2025)"
echo "options: ${JAVA_OPTS:-(JVM defaults)}"

times=()
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    set +e
    "${measured[@]}" batch --pack hai-phong --ndjson "$work/reports.ndjson" --csv "$work/summary.csv" \
        --html "$work/report.html" "$work/country.ndjson" >/dev/null 2>&1
    code=$?
    set -e
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    times+=("$ms")
    echo "run $i:  ${ms} ms (exit $code, $(wc -l < "$work/reports.ndjson") reports)"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median:  ${median} ms over $runs cold runs"
