#!/usr/bin/env python3
"""Summarises tools/bench results: per bench, the median of each numeric figure over its runs,
and the SQLCipher/SQLite ratios of the store benchmark."""
import json
import statistics
import sys
from collections import defaultdict

runs = defaultdict(list)
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line.startswith("{"):
            o = json.loads(line)
            runs[o.pop("bench")].append(o)

medians = {}
for bench, rs in runs.items():
    keys = [k for k, v in rs[0].items() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    medians[bench] = {k: statistics.median(r[k] for r in rs if k in r) for k in keys}
    extra = {k: v for k, v in rs[0].items() if not isinstance(v, (int, float)) or isinstance(v, bool)}
    print(f"== {bench} ({len(rs)} run{'s' if len(rs) != 1 else ''}) {json.dumps(extra, ensure_ascii=False)}")
    for k, v in medians[bench].items():
        print(f"   {k:<28} {v:.4g}")

STORE_KEYS = ("insert_s", "lookup_median_ms", "lookup_p95_ms", "lookup_warm_median_ms", "lookup_warm_p95_ms", "search_median_ms",
              "search_p95_ms", "prefix_median_ms", "prefix_p95_ms")

def ratio(title, a, b, keys=STORE_KEYS):
    if a in medians and b in medians:
        c, s = medians[a], medians[b]
        print(f"== {title} (ratio of medians)")
        for k in keys:
            if s.get(k) and k in c:
                print(f"   {k:<28} {c[k] / s[k]:.2f}")

ratio("SQLCipher (keyed) / plain SQLite 3.40", "store-sqlcipher", "store-sqlite")
ratio("SQLCipher keyed / same library unkeyed (cost of encryption alone)", "store-sqlcipher", "store-sqlcipher-unkeyed")
ratio("our crypto provider / SQLCipher's own OpenSSL provider", "store-sqlcipher", "store-sqlcipher-stock-provider")
ratio("import: this build / the baseline motcua-cli (MOTCUA_BENCH_BASELINE_CLI)", "import", "import-baseline",
      [k for k in medians.get("import", {}) if k.endswith(("_peak_mb", "_seconds"))])

# Sync (issue 11): figure / target (a time or memory ratio ≤ 1 and a rate ratio ≥ 1 meet the target).
SYNC_TARGETS = [("sync-push", "push_s", 10.0, "push 10,000 dossiers' events ≤ 10 s"),
                ("sync-pages", "upload_mb_per_s", 50.0, "page upload ≥ 50 MB/s"),
                ("sync-push", "client_engine_extra_mb", 50.0, "client sync engine ≤ 50 MB extra (one workspace, the whole push)")]
for n in (100, 500):
    SYNC_TARGETS += [(f"sync-load-{n}", "pushes_per_s", 1000.0, f"{n} counters: ≥ 1,000 batches of 10 events/s"),
                     (f"sync-load-{n}", "client_engine_extra_mb_per_counter", 50.0, f"{n} counters: client engine ≤ 50 MB extra each")]
SYNC_TARGETS += [("sync-load-500", "portal_hwm_mb", 300.0, "500 counters: portal resident memory ≤ 300 MB (peak)")]
shown = False
for bench, key, target, title in SYNC_TARGETS:
    if bench in medians and key in medians[bench]:
        if not shown:
            print("== sync: median / target")
            shown = True
        print(f"   {title:<66} {medians[bench][key]:.4g} / {target:g} = {medians[bench][key] / target:.2f}")

# Casework (issue 12): the dashboard for a year ≤ 500 ms, a dossier view of 50 events ≤ 50 ms.
DASHBOARD_TARGETS = [("dashboard", "dashboard_year_median_ms", 500.0, "dashboard for a year (100,000 dossiers) ≤ 500 ms"),
                     ("dashboard", "details_50_events_median_ms", 50.0, "dossier view with 50 events ≤ 50 ms")]
shown = False
for bench, key, target, title in DASHBOARD_TARGETS:
    if bench in medians and key in medians[bench]:
        if not shown:
            print("== dashboard: median / target")
            shown = True
        print(f"   {title:<66} {medians[bench][key]:.4g} / {target:g} = {medians[bench][key] / target:.2f}")
