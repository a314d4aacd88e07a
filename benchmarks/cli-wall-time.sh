#!/usr/bin/env bash
# Wall time of the tdkt tool on the country's 3,321 generated plans, each run a cold JVM: reading NDJSON, checking
# every plan with the full Hải Phòng pack, writing NDJSON, CSV and HTML reports. Measures the launcher the build
# makes (cli/target/tdkt: class-data archive, options of a short run) and, for comparison, the bare
# `java -jar cli/target/tdkt.jar` with the JVM's defaults. Prints each run and the median of each.
# Needs the tool: mvn -B -q -DskipTests package
# RUNS sets the number of runs of each (default 7).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -jar cli/target/tdkt.jar generate --seed 2025 --output "$work/country.ndjson" >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "java:    $(java -version 2>&1 | head -1)"
echo "plans:   $(wc -l < "$work/country.ndjson") (generated, seed 2025)"

measure() {
    local label=$1
    shift
    local times=() i start end code ms
    for i in $(seq "$runs"); do
        start=$(date +%s%N)
        set +e
        "$@" batch --pack hai-phong --ndjson "$work/reports.ndjson" --csv "$work/summary.csv" \
            --html "$work/report.html" "$work/country.ndjson" >/dev/null 2>&1
        code=$?
        set -e
        end=$(date +%s%N)
        ms=$(( (end - start) / 1000000 ))
        times+=("$ms")
        echo "  $label run $i: ${ms} ms (exit $code, $(wc -l < "$work/reports.ndjson") reports)"
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v runs="$runs" \
        '{a[NR]=$1} END {printf "%s: median %d ms (%d - %d) over %d cold runs\n", label, a[int((NR+1)/2)], a[1], a[NR], runs}'
}

measure "cli/target/tdkt" cli/target/tdkt
measure "java -jar cli/target/tdkt.jar" java -jar cli/target/tdkt.jar
