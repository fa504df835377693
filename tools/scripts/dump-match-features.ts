// Writes the matcher's evidence features for RJDB rows (matched pair label 1, unmatched 0) as
// JSON lines, for models/training/train_matcher.py. The features come from the engine itself,
// so training and serving share one definition of them.
// usage: node server/out/scripts/dump-match-features.js <rjdb.jsonl> <out.jsonl>
import { readFileSync, writeFileSync } from 'node:fs';
import { loadEngine } from '../../server/src/engine/index.js';
import { FEATURE_DIRECTIONS, FEATURE_NAMES, featureVector } from '../../server/src/engine/match/features.js';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: dump-match-features <rjdb.jsonl> <out.jsonl>');
  process.exit(2);
}
// the same extraction as at serving time (tagger, linker when installed); the scorer plays no part in the features
const engine = await loadEngine({ referenceMonth: '2023-12' });
const lines: string[] = [];
const rows = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>);
for (const [i, row] of rows.entries()) {
  const job = await engine.analyze(row['Job-Description'], undefined, { kind: 'job' });
  for (const [label, text] of [[1, row['Resume-matched']], [0, row['Resume-unmatched']]] as const) {
    const resume = await engine.analyze(text, undefined, { kind: 'resume' });
    const result = await engine.match(resume, job);
    lines.push(JSON.stringify({ row: i, label, features: featureVector(result.features) }));
  }
}
writeFileSync(output, lines.join('\n') + '\n');
writeFileSync(`${output}.names.json`, JSON.stringify({ names: FEATURE_NAMES, directions: FEATURE_DIRECTIONS }));
console.log(`wrote ${lines.length} pairs with features [${FEATURE_NAMES.join(', ')}] to ${output}`);
