#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# compare-peers.sh - HookDesk against the Express + better-sqlite3 peer, in one run,
# driven exactly as ../shared/bench/run-peers.sh drives the peers (same whload, N,
# duplicate share, connections, verification).
#
# usage: tests/bench/compare-peers.sh            # burst + throughput at C=64, then "1000 at once"
# Environment (defaults in brackets):
#   REPEAT=3 N=10000 DUP=0.1 C=64 DURATION=10     the keep-alive scenario (as run-peers.sh)
#   FRESH_N=1000 FRESH_C=1000 FRESH_DURATION=5    the "1000 calls at once" scenario (whload -F)
#   SCENARIOS="keepalive fresh"                   which scenarios to run
#   SUSTAIN=60                                    seconds of the sustained-load memory check (0: skip)
#   PEER_BENCH=<repo>/../shared/bench             the peers' benchmark folder (read-only is fine)
#   BENCH_HOME=~/.cache/webhook-bench             where its setup.sh built whload and the peer
#   OUT=<temp dir>                                logs and results
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
PEER_BENCH=${PEER_BENCH:-$repo/../shared/bench}
BENCH_HOME=${BENCH_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/webhook-bench}
WHLOAD=$BENCH_HOME/whload
REPEAT=${REPEAT:-3}; N=${N:-10000}; DUP=${DUP:-0.1}; C=${C:-64}; DURATION=${DURATION:-10}
FRESH_N=${FRESH_N:-1000}; FRESH_C=${FRESH_C:-1000}; FRESH_DURATION=${FRESH_DURATION:-5}
SCENARIOS=${SCENARIOS:-keepalive fresh}
SUSTAIN=${SUSTAIN:-60}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/hookdesk-bench.XXXXXX")}
mkdir -p "$OUT"

die() { echo "compare-peers.sh: $*" >&2; exit 2; }
[ -d "$PEER_BENCH" ] || die "peer benchmark not found at $PEER_BENCH (set PEER_BENCH)"
if [ ! -x "$WHLOAD" ] || [ ! -f "$BENCH_HOME/express/server.js" ]; then
  echo "== building the peers and whload ($PEER_BENCH/setup.sh)"
  "$PEER_BENCH/setup.sh" || die "setup.sh failed"
fi

echo "== building HookDesk (Release)"
"$repo/packaging/install-deps.sh" >/dev/null
cmake -S "$repo" -B "$repo/build-release" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DBUILD_TESTING=OFF -DHOOKDESK_BUILD_GUI_TESTS=OFF >/dev/null || die "cmake failed"
cmake --build "$repo/build-release" --target hookdesk >/dev/null || die "build failed"
HOOKDESK=$repo/build-release/hookdesk

CLK_TCK=$(getconf CLK_TCK)
PID=
cleanup() { [ -n "$PID" ] && kill -KILL "$PID" 2>/dev/null; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
kv() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p" | head -1; }
ticks() { sed 's/^.*) //' /proc/"$1"/stat 2>/dev/null | awk '{print $12+$13}'; }
rss_kb() { awk '/^VmRSS/{print $2}' /proc/"$1"/status 2>/dev/null; }

start_hookdesk() { # db port log -> sets PID, TOKEN_PATH
  TOKEN_PATH=$("$HOOKDESK" hook add --db "$1" 2>/dev/null)
  "$HOOKDESK" serve --db "$1" --port "$2" >"$3" 2>&1 &
  PID=$!
  for _ in $(seq 1 150); do
    grep -q "^listening on" "$3" && ss -ltnpH "sport = :$2" | grep -q "pid=$PID," && return 0
    kill -0 "$PID" 2>/dev/null || { cat "$3" >&2; return 1; }
    sleep 0.1
  done
  return 1
}
stop_hookdesk() {
  kill -TERM "$PID" 2>/dev/null
  for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; PID=
}

# One HookDesk run, written as the same TSV columns run-peers.sh writes.
run_hookdesk() { # scenario rep n dup c duration fresh
  local scen=$1 rep=$2 n=$3 dup=$4 c=$5 dur=$6 fresh=$7 dir port db url args=() t0 t1 t2 t3 burst tput vb vt
  dir=$(mktemp -d "$OUT/hookdesk-$scen-$rep.XXXX"); db=$dir/hookdesk.sqlite; port=$(free_port)
  start_hookdesk "$db" "$port" "$dir/serve.log" || { echo "RUN hookdesk FAILED to start"; return 1; }
  url="http://127.0.0.1:$port$TOKEN_PATH"
  [ "$fresh" = 1 ] && args+=(-F)
  t0=$(ticks "$PID")
  burst=$("$WHLOAD" -n "$n" -d "$dup" -c "$c" -t 30 -T 300 -r "b$rep" -o "$dir/acked-burst.csv" -q "${args[@]}" "$url" 2>>"$dir/load.err")
  t1=$(ticks "$PID")
  vb=$("$PEER_BENCH/verify.sh" "$db" --key webinar_id,email_norm --acked "$dir/acked-burst.csv" 2>>"$dir/verify.err")
  t2=$(ticks "$PID")
  tput=$("$WHLOAD" -D "$dur" -c "$c" -t 30 -r "t$rep" -o "$dir/acked-tput.csv" -q "${args[@]}" "$url" 2>>"$dir/load.err")
  t3=$(ticks "$PID")
  stop_hookdesk
  vt=$("$PEER_BENCH/verify.sh" "$db" --key webinar_id,email_norm --acked "$dir/acked-burst.csv" --acked "$dir/acked-tput.csv" 2>>"$dir/verify.err")
  local bw tw
  bw=$(kv wall_s "$burst"); tw=$(kv wall_s "$tput")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    hookdesk "$rep" "$bw" "$(kv last_2xx_s "$burst")" "$(kv rps "$burst")" "$(kv p50_ms "$burst")" "$(kv p99_ms "$burst")" "$(kv max_ms "$burst")" \
    "$(kv ok "$burst")" "$(( $(kv non2xx "$burst") + $(kv errors "$burst") ))" "$(kv unique_acked "$burst")" "$(kv distinct "$vb")" "$(kv missing "$vt")" \
    "$(kv rps "$tput")" "$(kv p99_ms "$tput")" \
    "$(awk -v t=$((t1 - t0)) -v hz="$CLK_TCK" -v w="$bw" 'BEGIN{ if (w>0) printf "%.0f", 100*t/hz/w; else print 0 }')" \
    "$(kv duplicate_rows "$vt")" >>"$OUT/$scen.tsv"
  echo "RUN hookdesk $scen #$rep burst: $(kv rps "$burst") req/s p50 $(kv p50_ms "$burst")ms p99 $(kv p99_ms "$burst")ms max $(kv max_ms "$burst")ms absorbed $(kv last_2xx_s "$burst")s; $vt | tput $(kv rps "$tput") req/s"
}

# The Express peer through run-peers.sh itself, then its rows in the same TSV columns.
run_express() { # scenario n dup c duration fresh
  local scen=$1
  OUT="$OUT/express-$scen" REPEAT=$REPEAT N=$2 DUP=$3 C=$4 DURATION=$5 FRESH=$6 \
    "$PEER_BENCH/run-peers.sh" express | grep -E '^(RUN|SUMMARY)' | sed 's/^/  /'
  python3 - "$OUT/express-$scen/results.tsv" >>"$OUT/$scen.tsv" <<'PY'
import csv, sys
for r in csv.DictReader(open(sys.argv[1]), delimiter="\t"):
    print("\t".join(["express", r["rep"], r["b_wall_s"], r["b_last_2xx_s"], r["b_rps"], r["b_p50"], r["b_p99"], r["b_max"],
                     r["b_ok"], str(int(r["b_non2xx"]) + int(r["b_err"])), r["b_acked"], r["b_rows"], r["t_missing"],
                     r["t_rps"], r["t_p99"], r["b_srv_cpu"], r["t_dup_rows"]]))
PY
}

sustain() {
  local dir port db url
  dir=$(mktemp -d "$OUT/hookdesk-sustain.XXXX"); db=$dir/hookdesk.sqlite; port=$(free_port)
  start_hookdesk "$db" "$port" "$dir/serve.log" || return 1
  url="http://127.0.0.1:$port$TOKEN_PATH"
  "$WHLOAD" -D "$SUSTAIN" -c "$C" -t 30 -q -o "$dir/acked.csv" "$url" >"$dir/load.txt" 2>&1 &
  local load=$! samples=()
  for _ in $(seq 1 $((SUSTAIN / 5))); do sleep 5; samples+=("$(rss_kb "$PID")"); done
  wait "$load"
  stop_hookdesk
  local v; v=$("$PEER_BENCH/verify.sh" "$db" --key webinar_id,email_norm --acked "$dir/acked.csv")
  echo "SUSTAIN ${SUSTAIN}s at C=$C: $(kv rps "$(cat "$dir/load.txt")") req/s, $v"
  echo "SUSTAIN RSS every 5 s (KiB): ${samples[*]}"
}

for scen in $SCENARIOS; do
  : >"$OUT/$scen.tsv"
  case $scen in
    keepalive) args=("$N" "$DUP" "$C" "$DURATION" 0); label="$N unique + ${DUP} dup, C=$C keep-alive" ;;
    fresh) args=("$FRESH_N" "$DUP" "$FRESH_C" "$FRESH_DURATION" 1); label="$FRESH_N unique + ${DUP} dup, C=$FRESH_C, one connection per request (-F)" ;;
    *) die "unknown scenario $scen" ;;
  esac
  echo "== scenario $scen: $label, REPEAT=$REPEAT"
  for rep in $(seq 1 "$REPEAT"); do run_hookdesk "$scen" "$rep" "${args[@]}"; done
  run_express "$scen" "${args[@]}"
  echo "== $scen: medians (HookDesk at synchronous=FULL, Express peer at NORMAL)"
  python3 - "$OUT/$scen.tsv" <<'PY'
import statistics, sys
cols = ["peer", "rep", "wall", "absorb", "rps", "p50", "p99", "max", "ok", "bad", "acked", "stored", "missing", "tput", "tput_p99", "cpu", "dup_rows"]
rows = [dict(zip(cols, l.rstrip("\n").split("\t"))) for l in open(sys.argv[1]) if l.strip()]
def med(peer, k):
    v = [float(r[k]) for r in rows if r["peer"] == peer and r[k] not in ("", "-")]
    return statistics.median(v) if v else float("nan")
def tot(peer, k):
    return sum(int(float(r[k])) for r in rows if r["peer"] == peer and r[k] not in ("", "-"))
print(f"{'':10} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'absorb s':>9} {'2xx':>7} {'non2xx+err':>10} {'acked':>7} {'stored':>7} {'missing':>7} {'dup rows':>8} {'tput req/s':>10} {'cpu %':>6}")
for p in ("hookdesk", "express"):
    print(f"{p:10} {med(p,'rps'):8.0f} {med(p,'p50'):8.1f} {med(p,'p99'):8.1f} {med(p,'max'):8.0f} {med(p,'absorb'):9.2f} {med(p,'ok'):7.0f} {tot(p,'bad'):10d} {med(p,'acked'):7.0f} {med(p,'stored'):7.0f} {tot(p,'missing'):7d} {tot(p,'dup_rows'):8d} {med(p,'tput'):10.0f} {med(p,'cpu'):6.0f}")
h, e = med("hookdesk", "rps"), med("express", "rps")
print(f"RATIO throughput hookdesk/express = {h/e:.2f}x (target >= 3x); p99 hookdesk/express = {med('hookdesk','p99')/med('express','p99'):.2f} (target <= 0.33); absorb {med('hookdesk','absorb'):.2f}s vs {med('express','absorb'):.2f}s")
PY
done
[ "$SUSTAIN" -gt 0 ] && sustain
echo "results in $OUT"
