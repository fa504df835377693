#!/usr/bin/env node
// Checks tools/devsets/skill-links.jsonl (hand-labelled skill-linking dev set).
// For every row: the document exists in its corpus, the sentence occurs in the document
// text (whitespace-normalised), the mention occurs in the sentence, and every gold id
// exists in the compiled skill graph. Prints counts. Exit code 1 on any failure.
//
// Usage: node tools/devsets/check-skill-links.mjs [--data DIR] [--graph FILE] [--file FILE]
// Defaults: data = <repo>/../shared/data (or $HRDOCS_DATA), graph = <repo>/models/graph/graph.json.gz
// Plain Node, node: modules only.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const dataDir = opt('--data', process.env.HRDOCS_DATA || resolve(repo, '..', 'shared', 'data'));
const graphFile = opt('--graph', join(repo, 'models', 'graph', 'graph.json.gz'));
const setFile = opt('--file', join(here, 'skill-links.jsonl'));

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const readJsonGz = (f) => JSON.parse(gunzipSync(readFileSync(f)).toString('utf8'));
const readJsonlGz = (f) =>
  gunzipSync(readFileSync(f)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

for (const [what, p] of [['data folder', dataDir], ['graph', graphFile], ['dev set', setFile]]) {
  if (!existsSync(p)) {
    console.error(`missing ${what}: ${p}`);
    process.exit(2);
  }
}

// Graph: skills.ids is a list of id lists (one node may carry several merged ids).
const graph = readJsonGz(graphFile);
const idName = new Map();
graph.skills.ids.forEach((ids, i) => {
  for (const id of ids) idName.set(id, graph.skills.names[i]);
});

const rows = readFileSync(setFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => {
    try {
      return JSON.parse(l);
    } catch (e) {
      console.error(`line ${i + 1}: bad JSON: ${e.message}`);
      process.exitCode = 1;
      return null;
    }
  })
  .filter(Boolean);

// Load only the corpora the set refers to; keep normalised texts by id.
const corpora = new Map();
const docText = (corpus, id) => {
  if (!corpora.has(corpus)) {
    const f = join(dataDir, `${corpus}.jsonl.gz`);
    const m = new Map();
    if (existsSync(f)) for (const r of readJsonlGz(f)) m.set(r.id, r.text || '');
    else console.error(`corpus file not found: ${f}`);
    corpora.set(corpus, m);
  }
  const t = corpora.get(corpus).get(id);
  return t === undefined ? undefined : norm(t);
};
const rawText = (corpus, id) => { docText(corpus, id); return corpora.get(corpus).get(id); };

const REQUIRED = ['corpus', 'id', 'occupation', 'start', 'end', 'mention', 'gold', 'gold_names'];
const problems = [];
const count = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const byOcc = new Map(), byCorpus = new Map(), bySel = new Map();
let noLink = 0, traps = 0, posting = 0, resume = 0, longSent = 0;
const sentences = new Set(), docs = new Set();

rows.forEach((r, i) => {
  const where = `row ${i + 1} (${r.id} / "${r.mention}")`;
  for (const k of REQUIRED) if (!(k in r)) problems.push(`${where}: missing field ${k}`);
  if (!Array.isArray(r.gold) || !Array.isArray(r.gold_names) || r.gold.length !== r.gold_names.length)
    problems.push(`${where}: gold and gold_names must be arrays of equal length`);
  if (Array.isArray(r.gold) && r.gold.length > 3) problems.push(`${where}: more than 3 gold ids`);
  const text = docText(r.corpus, r.id);
  const raw = rawText(r.corpus, r.id);
  // resume rows hold no text (personal data): the sentence is [start, end) of the corpus document
  const sentence = raw === undefined ? undefined : raw.slice(r.start, r.end);
  if (text === undefined) problems.push(`${where}: document not found in ${r.corpus}`);
  else if (r.sentence !== undefined && norm(sentence) !== norm(r.sentence)) problems.push(`${where}: sentence text differs from the document at [start, end)`);
  if (String(r.corpus).startsWith('resumes/') && 'sentence' in r) problems.push(`${where}: a resume row must not hold text`);
  if (sentence !== undefined && !norm(sentence).includes(norm(r.mention))) problems.push(`${where}: mention not found in sentence`);
  if (sentence !== undefined && sentence.split(/\s+/).length > 45) longSent++;
  for (const [j, g] of (r.gold || []).entries()) {
    if (!idName.has(g)) problems.push(`${where}: gold id not in graph: ${g}`);
    else if (r.gold_names && r.gold_names[j] !== idName.get(g))
      problems.push(`${where}: gold_names[${j}] "${r.gold_names[j]}" != graph name "${idName.get(g)}"`);
  }
  count(byOcc, r.occupation);
  count(byCorpus, r.corpus);
  count(bySel, r.selection || '(none)');
  if (!r.gold || r.gold.length === 0) noLink++;
  if (r.trap) traps++;
  if (String(r.corpus).startsWith('postings/')) posting++;
  else if (String(r.corpus).startsWith('resumes/')) resume++;
  sentences.add(`${r.corpus}|${r.id}|${r.start}`);
  docs.add(`${r.corpus}|${r.id}`);
});

const show = (title, m) =>
  console.log(`${title}:\n` + [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(40)} ${v}`).join('\n'));
console.log(`rows ${rows.length}, sentences ${sentences.size}, documents ${docs.size}`);
console.log(`postings ${posting}, resumes ${resume}, no-link ${noLink}, traps ${traps}, occupations ${byOcc.size}`);
show('by occupation', byOcc);
show('by corpus', byCorpus);
show('by selection', bySel);
if (longSent) console.log(`warning: ${longSent} rows with sentences over 45 words`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems.slice(0, 100)) console.error('  ' + p);
  process.exit(1);
}
console.log('OK: all rows pass');
