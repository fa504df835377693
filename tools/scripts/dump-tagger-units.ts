// The hand-labelled real sentences of tools/links/labels/ as span-tagger training examples: each
// labelled unit (a line, bullet or sentence of a real training posting or resume; every skill
// mention in it was labelled) with its mentions' offsets, and the fold of its document (FNV-1a of
// corpus:id mod 5), so a run can hold whole documents out. Read by models/training/train.py
// (--real). The file holds document text, resumes included: it is written to the training cache
// (models/training/.cache, never committed) and no model trained from it can emit text.
//   node tools/out/tools/scripts/dump-tagger-units.js [OUT] [--labels tools/links/labels] [--data ../shared/data]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadCorpora } from '../eval/real-docs.js';
import { readRows, type Row } from '../eval/links.js';

export interface TaggerUnit {
  doc: string;
  fold: number;
  text: string;
  /** UTF-16 [start, end) of each labelled mention in `text` */
  spans: Array<[number, number]>;
}

export const UNIT_FOLDS = 5;

/** FNV-1a (32 bits) of a document key: its fold, the same in train.py */
export function documentFold(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % UNIT_FOLDS;
}

/** Labelled rows grouped into their units; a mention not found in its unit (an edited label) is left out. */
export function taggerUnits(rows: Array<Row & { start: number; end: number }>, textOf: (key: string) => string | undefined): { units: TaggerUnit[]; unplaced: number } {
  const units = new Map<string, TaggerUnit>();
  let unplaced = 0;
  for (const r of rows) {
    const doc = `${r.corpus}:${r.id}`;
    const text = textOf(doc);
    if (text === undefined) { unplaced++; continue; }
    const key = `${doc}:${r.start}`;
    let unit = units.get(key);
    if (!unit) {
      unit = { doc, fold: documentFold(doc), text: text.slice(r.start, r.end), spans: [] };
      units.set(key, unit);
    }
    // the first place the mention is written that no other mention of the unit holds yet
    let at = unit.text.indexOf(r.mention);
    while (at >= 0 && unit.spans.some(([s, e]) => at < e && s < at + r.mention.length)) at = unit.text.indexOf(r.mention, at + 1);
    if (at < 0 || !r.mention.trim()) { unplaced++; continue; }
    unit.spans.push([at, at + r.mention.length]);
  }
  for (const u of units.values()) u.spans.sort((a, b) => a[0] - b[0]);
  return { units: [...units.values()], unplaced };
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
  const out = resolve(args[0] && !args[0].startsWith('--') ? args[0] : 'models/training/.cache/real-units.jsonl');
  const rows = readRows(resolve(opt('labels', 'tools/links/labels'))) as Array<Row & { start: number; end: number }>;
  const docs = loadCorpora(resolve(opt('data', process.env.HRDOCS_DATA ?? '../shared/data')), rows.map((r) => r.corpus));
  const { units, unplaced } = taggerUnits(rows, (key) => docs.get(key)?.text);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, units.map((u) => JSON.stringify(u)).join('\n') + '\n');
  const spans = units.reduce((n, u) => n + u.spans.length, 0);
  console.log(`tagger units: ${units.length} units of ${new Set(units.map((u) => u.doc)).size} documents, ${spans} mentions (${unplaced} not placed) -> ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
