// Labelling packets for the skill calibrator's training labels (tools/skills/labels), and the label
// file written back from the judged packets. Two steps:
//
//   dump OUTDIR [--per-posting-corpus N] [--per-resume-corpus N] [--seed S] [--packets K]
//     draws real documents of the training pool (no document of a dev set, of the skill precision
//     check, of the ranker's evaluation pool, or already labelled), reads each as `hrdocs` does and
//     writes K packets (packet-K.md: each document with numbered lines, then every mention the
//     extractor scores at least 0.3, numbered, with the name shown) and OUTDIR/index.json (where
//     each numbered mention is, and a hash of its words).
//   write OUTDIR OUT.jsonl
//     reads the judges' OUTDIR/labels-K.tsv ("N<TAB>label" per line, label right | lenient |
//     wrongname | not) and writes the labels in the format of tools/skills/labels (no text).
//
// OUTDIR holds corpus text (postings, and resumes: personal data): keep it outside the repository.
// usage: node tools/out/tools/skills/mention-packets.js dump|write ... [--data DIR]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../../server/src/engine/index.js';
import { REQUIREMENT_ZONES } from '../../server/src/engine/document/zones.js';
import { devSetIds, mulberry32 } from '../devsets/held-out.js';
import { documentText, loadCorpora } from '../eval/real-docs.js';
import { inEvalPool } from '../eval/ranker-categories.js';
import { readMentionLabels, textHash, type MentionLabel } from '../eval/mentions.js';

const POSTING_CORPORA = ['nhs_jobs', 'la_city_bulletins', 'intheweeds_austin', 'linkedin_teaching', 'bulk_careers', 'electionline'].map((c) => `postings/${c}`);
const RESUME_CORPORA = ['livecareer_resumes', 'kaggle_updated_resume_dataset'].map((c) => `resumes/${c}`);
const LABELS = new Set<MentionLabel['label']>(['right', 'lenient', 'wrongname', 'not']);
/** the extractor's score from which a mention is labelled (as the first labels were drawn) */
const MIN_SCORE = 0.3;
/** documents a judge can read whole */
const MIN_WORDS = 120;
const MAX_WORDS = 900;

interface IndexEntry { n: number; doc: string; line: number; start: number; chars: number; hash: string }

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..', '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const dataDir = resolve(opt('data', join(repo, '..', 'shared', 'data')));
const [command, outDir, outFile] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

/** Every document id a dev set, the precision check or an existing label file names. */
function excludedDocs(): Set<string> {
  const ids = devSetIds(repo);
  const out = new Set<string>();
  const devsets = join(repo, 'tools', 'devsets');
  for (const l of readMentionLabels(join(devsets, 'skill-mentions.jsonl'))) out.add(l.doc);
  for (const l of readMentionLabels(join(repo, 'tools', 'skills', 'labels'))) out.add(l.doc);
  const precision = JSON.parse(readFileSync(join(devsets, 'skill-precision-check.json'), 'utf8')) as { documents: Array<{ corpus: string; id: string }> };
  for (const d of precision.documents) out.add(`${d.corpus}:${d.id}`);
  for (const line of readFileSync(join(devsets, 'skill-links.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { corpus?: string; id?: string; doc?: string };
    if (row.doc) out.add(row.doc);
    if (row.corpus && row.id) out.add(`${row.corpus}:${row.id}`);
  }
  return new Set([...out, ...[...ids].flatMap((id) => [...POSTING_CORPORA, ...RESUME_CORPORA].map((c) => `${c}:${id}`))]);
}

function shuffled<T>(list: T[], seed: number): T[] {
  const rand = mulberry32(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function dump(): Promise<void> {
  const perPosting = Number(opt('per-posting-corpus', '5'));
  const perResume = Number(opt('per-resume-corpus', '5'));
  const seed = Number(opt('seed', '20261206'));
  const packets = Number(opt('packets', '4'));
  const excluded = excludedDocs();
  const engine = await loadEngine({ modelsDir: join(repo, 'models') });
  const picked: Array<{ doc: string; corpus: string; text: string; kind: 'job' | 'resume' }> = [];
  for (const [corpora, per] of [[POSTING_CORPORA, perPosting], [RESUME_CORPORA, perResume]] as const) {
    for (const corpus of corpora) {
      const rows = loadCorpora(dataDir, [corpus]);
      const pool = [...rows].filter(([doc, row]) => {
        if (excluded.has(doc) || inEvalPool(doc.slice(corpus.length + 1))) return false;
        const words = row.text.split(/\s+/).length;
        return words >= MIN_WORDS && words <= MAX_WORDS;
      }).sort(([a], [b]) => a.localeCompare(b));
      for (const [doc, row] of shuffled(pool, seed).slice(0, per)) {
        picked.push({ doc, corpus, text: documentText(corpus, row), kind: corpus.startsWith('resumes/') ? 'resume' : 'job' });
      }
    }
  }
  mkdirSync(outDir, { recursive: true });
  const index: IndexEntry[] = [];
  const texts: string[][] = Array.from({ length: packets }, () => []);
  let n = 0;
  for (const [i, p] of picked.entries()) {
    const a = await engine.analyze(p.text, undefined, { kind: p.kind, referenceMonth: '2026-12' });
    const lines = p.text.split('\n');
    const mentions = a.mentions.filter((m) => m.confidence >= MIN_SCORE)
      .sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
    const out = [`## Document ${i + 1}: ${p.kind === 'job' ? 'job posting' : 'resume'} (${p.doc})`, '', '```text',
      ...lines.map((l, k) => `${String(k + 1).padStart(3)} | ${l}`), '```', '', '| # | line | words | name shown | where |', '|---|---|---|---|---|'];
    for (const m of mentions) {
      n++;
      index.push({ n, doc: p.doc, line: m.range.start.line, start: m.range.start.character, chars: m.text.length, hash: textHash(m.text) });
      const where = p.kind === 'job' && (m.section === 'requiredSkills' || REQUIREMENT_ZONES.has(m.zone)) ? `${m.zone} (a requirement)` : m.zone;
      out.push(`| ${n} | ${m.range.start.line + 1} | ${m.text.replace(/\|/g, '/')} | ${m.name.replace(/\|/g, '/')} | ${where} |`);
    }
    texts[i % packets].push(out.join('\n'));
  }
  await engine.dispose();
  for (const [k, t] of texts.entries()) writeFileSync(join(outDir, `packet-${k + 1}.md`), t.join('\n\n') + '\n');
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));
  console.log(`${picked.length} documents, ${index.length} mentions, ${packets} packets in ${outDir}`);
}

function write(): void {
  const index = new Map((JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')) as IndexEntry[]).map((e) => [e.n, e]));
  const labels: MentionLabel[] = [];
  const problems: string[] = [];
  for (const f of readdirSync(outDir).filter((f) => /^labels-\d+\.tsv$/.test(f)).sort()) {
    for (const [k, line] of readFileSync(join(outDir, f), 'utf8').split('\n').entries()) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [num, label] = line.trim().split(/\s+/);
      const e = index.get(Number(num));
      if (!e || !LABELS.has(label as MentionLabel['label'])) { problems.push(`${f}:${k + 1}: "${line.trim()}"`); continue; }
      labels.push({ doc: e.doc, line: e.line, start: e.start, chars: e.chars, hash: e.hash, label: label as MentionLabel['label'] });
    }
  }
  const seen = new Set(labels.map((l) => `${l.doc}\u0000${l.line}\u0000${l.start}\u0000${l.hash}`));
  if (problems.length) console.error(`skipped ${problems.length} lines:\n${problems.slice(0, 20).join('\n')}`);
  if (existsSync(outFile)) throw new Error(`${outFile} exists: not overwritten`);
  writeFileSync(outFile, labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
  console.log(`${labels.length} labels (${seen.size} distinct) of ${index.size} mentions -> ${outFile}`);
}

if (command === 'dump' && outDir) await dump();
else if (command === 'write' && outDir && outFile) write();
else {
  console.error('usage: mention-packets.js dump OUTDIR [--per-posting-corpus N] [--per-resume-corpus N] [--seed S] [--packets K] [--data DIR]\n       mention-packets.js write OUTDIR OUT.jsonl');
  process.exit(2);
}
