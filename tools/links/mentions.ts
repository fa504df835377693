// How the engine's skill mentions compare with hand-labelled mentions in real sentences of
// training documents (tools/links/labels/: every skill mention of each taken sentence is
// labelled). A tuning set for extraction rules on real text; the dev sets stay for reporting.
//   node tools/out/tools/links/mentions.js [--labels tools/links/labels] [--models models] [--data ../shared/data] [--min 0.5] [--show]
// Precision: mentions the engine counts (confidence >= --min) inside a labelled sentence that
// overlap a labelled mention; recall: labelled mentions overlapped by one; strict: same span.
import { resolve } from 'node:path';
import { loadEngine } from '../../server/src/engine/load.js';
import { loadCorpora } from '../eval/real-docs.js';
import { readRows, type Row } from '../eval/links.js';
import { lineAt } from '../../server/src/engine/document/positions.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const LABELS = resolve(opt('labels', 'tools/links/labels'));
const MODELS = resolve(opt('models', 'models'));
const DATA = resolve(opt('data', process.env.HRDOCS_DATA ?? '../shared/data'));
const MIN = Number(opt('min', '0.5'));
const SHOW = args.includes('--show');

type Span = { start: number; end: number; text: string };
const r3 = (x: number) => Math.round(x * 1000) / 1000;

async function main(): Promise<void> {
  const rows = readRows(LABELS) as Array<Row & { start: number; end: number }>;
  const docs = loadCorpora(DATA, rows.map((r) => r.corpus));
  const engine = await loadEngine({ modelsDir: MODELS, device: 'cpu' });
  // sentences, with their gold mention spans
  const sentences = new Map<string, { corpus: string; id: string; start: number; end: number; gold: Span[] }>();
  for (const r of rows) {
    const key = `${r.corpus}:${r.id}:${r.start}`;
    const text = docs.get(`${r.corpus}:${r.id}`)!.text;
    let s = sentences.get(key);
    if (!s) { s = { corpus: r.corpus, id: r.id, start: r.start, end: r.end, gold: [] }; sentences.set(key, s); }
    const at = text.slice(r.start, r.end).indexOf(r.mention);
    if (at >= 0 && !s.gold.some((g) => g.start === r.start + at)) s.gold.push({ start: r.start + at, end: r.start + at + r.mention.length, text: r.mention });
  }
  const c = { gold: 0, predicted: 0, predictedRight: 0, goldFound: 0, strict: 0 };
  const byDoc = new Map<string, Awaited<ReturnType<typeof engine.analyze>>>();
  for (const s of sentences.values()) {
    const key = `${s.corpus}:${s.id}`;
    const text = docs.get(key)!.text;
    let a = byDoc.get(key);
    if (!a) { a = await engine.analyze(text, `file:///${s.id}.md`, { kind: s.corpus.startsWith('resumes/') ? 'resume' : 'job' }); byDoc.set(key, a); }
    const starts = a.doc.lineStarts;
    const offset = (p: { line: number; character: number }) => starts[p.line] + p.character;
    const predicted: Span[] = a.mentions.filter((m) => m.confidence >= MIN).map((m) => ({ start: offset(m.range.start), end: offset(m.range.end), text: m.text }))
      .filter((m) => m.start >= s.start && m.end <= s.end);
    const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;
    c.gold += s.gold.length;
    c.predicted += predicted.length;
    c.predictedRight += predicted.filter((p) => s.gold.some((g) => overlaps(p, g))).length;
    c.goldFound += s.gold.filter((g) => predicted.some((p) => overlaps(p, g))).length;
    c.strict += s.gold.filter((g) => predicted.some((p) => p.start === g.start && p.end === g.end)).length;
    if (SHOW) {
      const line = lineAt(starts, s.start);
      const missed = s.gold.filter((g) => !predicted.some((p) => overlaps(p, g))).map((g) => g.text);
      const wrong = predicted.filter((p) => !s.gold.some((g) => overlaps(p, g))).map((p) => p.text);
      if (missed.length || wrong.length) console.log(`${s.id} L${line}  missed: ${JSON.stringify(missed)}  wrong: ${JSON.stringify(wrong)}`);
    }
  }
  await engine.dispose();
  const p = c.predictedRight / Math.max(1, c.predicted);
  const r = c.goldFound / Math.max(1, c.gold);
  console.log(JSON.stringify({ sentences: sentences.size, goldMentions: c.gold, predicted: c.predicted, precision: r3(p), recall: r3(r), f1: r3((2 * p * r) / Math.max(1e-9, p + r)), strictRecall: r3(c.strict / Math.max(1, c.gold)), min: MIN }));
}

main().catch((err) => { console.error(err); process.exit(1); });
