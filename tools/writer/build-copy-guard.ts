// The writer's copy guard (server/src/engine/generate/copy-guard.ts), as 36-bit hashes of 12-word
// runs: every run of the texts the writer was trained on (tools/writer/dump-corpus.ts's posting
// bodies train.jsonl / heldout.jsonl and lines lines-*.jsonl, whose dropped sentences make runs of
// their own) and every run of every real posting of ../shared/data/postings. Written to models/writer/copy-guard.bin and
// listed in the manifest's "job-writer" entry (`copyGuard`); the server drops any generated
// sentence that repeats one. Hashes only: no text of the postings is in the file.
// usage: node tools/out/tools/writer/build-copy-guard.js CORPUS_DIR [MODELS_DIR] [--data DIR]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { RUN_WORDS, encodeRunKeys, runKey, runWords } from '../../server/src/engine/generate/copy-guard.js';

const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const dataDir = resolve(dataAt >= 0 ? args[dataAt + 1] : join('..', 'shared', 'data'));
const [corpusDir, modelsArg] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--data');
if (!corpusDir) { console.error('usage: build-copy-guard CORPUS_DIR [MODELS_DIR]'); process.exit(2); }
const modelsDir = resolve(modelsArg ?? 'models');
const keys: number[] = [];
let documents = 0;
for (const name of ['train.jsonl', 'heldout.jsonl', 'lines-train.jsonl', 'lines-heldout.jsonl']) {
  const file = join(corpusDir, name);
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    // the body only: the plan is the engine's own reading, not the posting's words
    const body = text.slice(text.indexOf('<|body|>') + '<|body|>'.length);
    // a run never crosses a heading: headings are the writer's fixed ones, not the posting's
    for (const part of body.split(/^## .*$/m)) {
      const words = runWords(part);
      for (let i = 0; i + RUN_WORDS <= words.length; i++) keys.push(runKey(words, i));
    }
    documents++;
  }
}
if (!documents) { console.error(`${corpusDir}: no train.jsonl (run tools/writer/dump-corpus.ts first)`); process.exit(1); }
const trainingRuns = keys.length;

// every run of every real posting: a small model also recombines what it learned into a run that
// one posting it never saw happens to hold ("an exciting opportunity has arisen for an
// enthusiastic individual ...")
const POSTINGS = ['bulk_careers', 'electionline', 'intheweeds_austin', 'la_city_bulletins', 'linkedin_teaching', 'nhs_jobs'];
let postings = 0;
for (const name of POSTINGS) {
  for (const line of gunzipSync(readFileSync(join(dataDir, 'postings', `${name}.jsonl.gz`))).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const words = runWords((JSON.parse(line) as { text: string }).text);
    for (let i = 0; i + RUN_WORDS <= words.length; i++) keys.push(runKey(words, i));
    postings++;
  }
}
const bytes = encodeRunKeys(keys);
const out = join(modelsDir, 'writer', 'copy-guard.bin');
writeFileSync(out, bytes);
const manifestPath = join(modelsDir, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { models: Record<string, Record<string, unknown>> };
const entry = manifest.models['job-writer'];
if (!entry) { console.error(`${manifestPath}: no job-writer entry (train the writer first)`); process.exit(1); }
entry.copyGuard = { file: relative(modelsDir, out), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: statSync(out).size };
const tmp = `${manifestPath}.${process.pid}.tmp`;
writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
renameSync(tmp, manifestPath);
console.log(JSON.stringify({ documents, postings, trainingRuns, bytes: bytes.length, file: out }));
