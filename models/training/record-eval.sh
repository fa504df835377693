#!/usr/bin/env bash
# Measures the shipped engine on the dev data with `hrdocs eval` and `hrdocs bench`, for the
# first (rule) engine and the student models, and records the numbers in the "evaluation"
# section of models/manifest.json (the model card quotes them). Dev is only measured here,
# never used for a choice. The engine must be built first (npm run build).
#
#   bash models/training/record-eval.sh        (data from $HRDOCS_DATA or ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${HRDOCS_DATA:-../shared/data}
PY=${PYTHON:-/usr/bin/python3}
OUT=models/training/.cache/eval
mkdir -p "$OUT"
HRDOCS="node server/bin/hrdocs.mjs"
$HRDOCS eval rjdb "$DATA/rjdb/dev.jsonl" --json > "$OUT/rjdb-models.json"
$HRDOCS eval rjdb "$DATA/rjdb/dev.jsonl" --json --no-models > "$OUT/rjdb-rules.json"
$HRDOCS eval skillspan "$DATA/skillspan/dev.json" --json > "$OUT/skillspan-models.json"
$HRDOCS eval skillspan "$DATA/skillspan/dev.json" --json --no-models > "$OUT/skillspan-rules.json"
$HRDOCS bench --only latency --json > "$OUT/bench-models.json"
$HRDOCS bench --only latency --json --no-models > "$OUT/bench-rules.json"
"$PY" - "$OUT" models <<'PYEOF'
import datetime, json, os, sys

out, models_dir = sys.argv[1], sys.argv[2]
load = lambda name: json.load(open(os.path.join(out, name)))
r4 = lambda x: None if x is None else round(x, 4)


def measures(engine):
    rjdb, spans, bench = load(f"rjdb-{engine}.json"), load(f"skillspan-{engine}.json"), load(f"bench-{engine}.json")
    return {
        "rjdb_dev_skill_f1": r4(rjdb["skills"]["all"]["f1"]),
        "rjdb_dev_skill_precision": r4(rjdb["skills"]["all"]["precision"]),
        "rjdb_dev_skill_recall": r4(rjdb["skills"]["all"]["recall"]),
        "rjdb_dev_pairwise_accuracy": r4(rjdb["match"]["pairwiseAccuracy"]),
        "rjdb_dev_roc_auc": r4(rjdb["match"]["rocAuc"]),
        "rjdb_dev_decision_accuracy": r4(rjdb["match"]["decisionAccuracy"]),
        "rjdb_dev_missing_skill_f1": r4(rjdb["missingSkills"]["f1"]),
        "rjdb_dev_experience_accuracy": r4(rjdb["experience"]["accuracy"]),
        "skillspan_dev_strict_f1": r4(spans["strict"]["f1"]),
        "skillspan_dev_loose_f1": r4(spans["loose"]["f1"]),
        "resume_extract_match_p50_ms": r4(bench["latency"]["extractAndMatch"]["p50"]),
        "resume_new_doc_p50_ms": r4(bench["latency"]["resume"]["fresh"]["p50"]),
        "resume_after_edit_p50_ms": r4(bench["latency"]["resume"]["edit"]["p50"]),
        # the bench's fixed CPU workload in the same run: latencies scale with it on a shared host
        "bench_baseline_cpu_workload_ms": r4(bench["baseline"]["cpuWorkloadMs"]),
    }


machine = load("bench-models.json")["machine"]
evaluation = {
    "measuredAt": datetime.date.today().isoformat(),
    "machine": f'{machine["cpu"]}, {machine["cores"]} cores, node {machine["node"]}, CPU',
    "commands": [
        "node server/bin/hrdocs.mjs eval rjdb ../shared/data/rjdb/dev.jsonl [--no-models]",
        "node server/bin/hrdocs.mjs eval skillspan ../shared/data/skillspan/dev.json [--no-models]",
        "node server/bin/hrdocs.mjs bench --only latency [--no-models]",
    ],
    "firstEngine": measures("rules"),
    "studentModels": measures("models"),
}
path = os.path.join(models_dir, "manifest.json")
data = json.load(open(path))
data["evaluation"] = evaluation
tmp = path + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    json.dump(data, f, indent=2)
    f.write("\n")
os.replace(tmp, path)
print(json.dumps(evaluation, indent=1))
PYEOF
