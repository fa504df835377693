// Builds models/posting-terms.json (server/src/engine/skills/terms.ts): the short skill terms real
// postings list. Every posting of ../shared/data/postings (never resumes; no document of a dev or
// evaluation set, nor of the hand-labelled training mentions that tune extraction) is parsed by
// the engine; each item of its requirement and duty zones that is a pure list of short names
// ("Experience with auditing, cost accounting and cash management") gives its names. A term's
// count is the postings that list it; a second pass counts the postings that write its words
// anywhere. Terms listed by >= MIN_ITEM_DF postings are stored as a 32-bit hash of their key with
// the two counts: the table holds no words and no text.
// The thresholds that make a stored term a skill term are chosen on the hand-labelled training
// mentions (tools/links/labels, tools/links/mentions.ts) and given here as flags.
// usage: node tools/out/tools/scripts/build-posting-terms.js [--data DIR] [--models DIR] [--item-df N] [--item-share X] [--show N]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadEngine } from '../../server/src/engine/load.js';
import { hashWord } from '../../server/src/engine/match/lexical.js';
import { normalizeTerm, tokenizeWords, matchKey } from '../../server/src/engine/text/normalize.js';
import { listParts, namesPeople, termOf, MAX_TERM_WORDS, PostingTerms, type PostingTermsJson } from '../../server/src/engine/skills/terms.js';
import { documentText } from '../eval/real-docs.js';
import { devSetIds } from '../devsets/held-out.js';
import { recordModelEntry } from './model-manifest.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const repo = resolve('.');
const dataDir = resolve(opt('data', process.env.HRDOCS_DATA ?? '../shared/data'));
const modelsDir = resolve(opt('models', 'models'));
const ITEM_DF = Number(opt('item-df', '4'));
const ITEM_SHARE = Number(opt('item-share', '0.05'));
const SHOW = Number(opt('show', '0'));
const MIN_ITEM_DF = 3;
const LISTING_ZONES = new Set(['required', 'preferred', 'responsibilities']);

/** Every document the dev and evaluation sets name, and those of the hand-labelled training mentions. */
function heldOut(): Set<string> {
  const ids = devSetIds(repo);
  const jsonl = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id?: string; doc?: string });
  for (const r of jsonl(join(repo, 'tools/devsets/skill-links.jsonl'))) if (r.id) ids.add(r.id);
  for (const r of jsonl(join(repo, 'tools/devsets/skill-mentions.jsonl'))) { if (r.id) ids.add(r.id); if (r.doc) ids.add(r.doc.slice(r.doc.indexOf(':') + 1)); }
  const check = JSON.parse(readFileSync(join(repo, 'tools/devsets/skill-precision-check.json'), 'utf8')) as { documents: Array<{ id: string }> };
  for (const d of check.documents) ids.add(d.id);
  const labels = join(repo, 'tools/links/labels');
  for (const f of readdirSync(labels).filter((f) => f.endsWith('.jsonl'))) for (const r of jsonl(join(labels, f))) if (r.id) ids.add(r.id);
  return ids;
}

const engine = await loadEngine({ modelsDir, device: 'cpu' });
const skip = heldOut();
const postingsDir = join(dataDir, 'postings');
const files = readdirSync(postingsDir).filter((f) => f.endsWith('.jsonl.gz')).sort();
const listed = new Map<string, number>();
const example = new Map<string, string>();
const texts: string[] = [];
let documents = 0;
let skipped = 0;
for (const f of files) {
  const corpus = `postings/${f.replace(/\.jsonl\.gz$/, '')}`;
  for (const line of gunzipSync(readFileSync(join(postingsDir, f))).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; title: string; text: string };
    if (skip.has(row.id)) { skipped++; continue; }
    documents++;
    const text = documentText(corpus, row);
    texts.push(text);
    const doc = engine.parse(text, undefined, { kind: 'job' });
    const seen = new Set<string>();
    for (const block of doc.blocks) {
      if (!LISTING_ZONES.has(block.zone) || block.type === 'heading') continue;
      const parts = listParts(block.text);
      const terms = parts.map((p) => termOf(p.text));
      // an item or a line that is a list of names and nothing else gives each; a series of three or
      // more inside a sentence ("minor building, HVAC, plumbing, electrical and painting repairs")
      // gives those of its parts that are names
      const pure = terms.every((t) => t !== undefined) && (parts.length > 1 || block.type === 'item');
      if (!pure && parts.length < 3) continue;
      for (const [i, t] of terms.entries()) {
        // a series' first part holds the words that lead into it ("possess excellent communication")
        if (t === undefined || (!pure && i === 0 && tokenizeWords(t).length > 2)) continue;
        // whom the work serves ("patients", "families") is listed as often as the work, and is none
        if (namesPeople(t)) continue;
        const key = normalizeTerm(t);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        listed.set(key, (listed.get(key) ?? 0) + 1);
        if (!example.has(key)) example.set(key, t);
      }
    }
  }
}
// the second pass: postings writing each kept term's words anywhere
const kept = new Set([...listed].filter(([, n]) => n >= MIN_ITEM_DF).map(([k]) => k));
const anywhere = new Map<string, number>();
for (const text of texts) {
  const keys = tokenizeWords(text).map((w) => matchKey(w.text));
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    let gram = '';
    for (let n = 1; n <= MAX_TERM_WORDS && i + n <= keys.length; n++) {
      gram = n === 1 ? keys[i] : `${gram} ${keys[i + n - 1]}`;
      if (kept.has(gram) && !seen.has(gram)) { seen.add(gram); anywhere.set(gram, (anywhere.get(gram) ?? 0) + 1); }
    }
  }
}
const terms: Record<string, [number, number]> = {};
let collisions = 0;
for (const key of [...kept].sort()) {
  const h = hashWord(key);
  const counts: [number, number] = [listed.get(key)!, Math.max(anywhere.get(key) ?? 0, listed.get(key)!)];
  if (terms[h]) { collisions++; if (terms[h][0] >= counts[0]) continue; }
  terms[h] = counts;
}
const json: PostingTermsJson = { documents, minItemDf: MIN_ITEM_DF, thresholds: { itemDf: ITEM_DF, itemShare: ITEM_SHARE }, terms };
// what the engine will read as a skill term, asked of the table itself (one surface per key)
const table = PostingTerms.fromJson(json);
if (SHOW) {
  const rows = [...kept].map((k) => ({ k, t: example.get(k)!, n: listed.get(k)!, a: anywhere.get(k) ?? 0 })).sort((a, b) => b.n - a.n);
  for (const r of rows.slice(0, SHOW)) console.log(`${table.isSkillTerm(r.t) ? '+' : '-'}\t${r.n}\t${r.a}\t${(r.n / Math.max(r.a, 1)).toFixed(3)}\t${r.t}`);
}
const out = join(modelsDir, 'posting-terms.json');
const body = JSON.stringify(json);
writeFileSync(out, body);
const skillTerms = [...kept].filter((k) => table.isSkillTerm(example.get(k)!)).length;
recordModelEntry(out, 'posting-terms', {
  description: `short skill terms real postings list as items of their requirement and duty zones: ${kept.size} terms listed by >= ${MIN_ITEM_DF} of ${documents} postings (${skillTerms} of them skill terms: item df >= ${ITEM_DF}, item share >= ${ITEM_SHARE}, a single word naming work), each stored as a 32-bit FNV-1a hash of its key with two counts (no words, no text)`,
  trainingData: `../shared/data/postings (${files.join(', ')}): counts only; resumes are not read; ${skipped} postings of the dev and evaluation sets and of the hand-labelled training mentions left out`,
  command: `npm run build && node tools/out/tools/scripts/build-posting-terms.js --data ../shared/data --models models --item-df ${ITEM_DF} --item-share ${ITEM_SHARE}`,
});
console.error(`posting-terms: ${documents} postings (${skipped} held out), ${kept.size} terms kept, ${skillTerms} skill terms, ${collisions} hash collisions -> ${out} (${Buffer.byteLength(body)} bytes)`);
await engine.dispose();
