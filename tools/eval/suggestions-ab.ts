// Blind A/B judging of the roles *Generate matching jobs* suggests, on training-pool resumes: how
// the suggestion changes of 2026-12-05 and before were judged (a person acting as a recruiter sees
// both versions of each changed list in random order, reads the resume, counts sensible roles per
// list and says which is better; the key stays apart until the answers are in).
//   lists  OUT.txt [--n 200] [--pool path|train] [--seed S] [--models DIR]
//          the suggestions of N seeded resumes of the pool: "path" is the career-path tune pool
//          (inPathTunePool; never trained on as paths), "train" any training-pool resume (never the
//          evaluation pool of ranker-real.ts). Run once per version (a worktree for old code).
//   pair   OLD.txt NEW.txt OUT_DIR [--seed S] [--parts K]
//          the lists whose titles differ, as items with List A and List B in random order
//          (OUT_DIR/items.txt, and K part files for K judges) and the key (OUT_DIR/key.tsv)
//   score  KEY.tsv ANSWERS.tsv...   answers: item, sensible in A, sensible in B, better (A/B/tie)
//   show   CORPUS:ID                a resume's text, for the judge to read
// Resume text is personal data: these files go to a scratch folder, never into the repository.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../../server/src/engine/index.js';
import { fnv1a } from '../../server/src/engine/models/hash.js';
import { inEvalPool, inPathTunePool } from './ranker-categories.js';

interface Row { id: string; text: string; title?: string; occupation_or_category?: string | null }
interface Selection { shuffle<T>(list: T[], seed: string): T[]; loadCorpus(corpus: string, dataDir?: string): Row[] }

const CORPORA = ['resumes/livecareer_resumes', 'resumes/kaggle_updated_resume_dataset'];
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..', '..');
const dataDir = process.env.HRDOCS_DATA ?? join(repo, '..', 'shared', 'data');
const [command, ...rest] = process.argv.slice(2);
const flag = (name: string, dflt: string) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : dflt; };
const positional = rest.filter((a, i) => !a.startsWith('--') && !(i > 0 && rest[i - 1].startsWith('--')));

/** One resume's suggestions as `lists` prints them. */
export interface SuggestionList { id: string; category: string; held: string; roles: string[]; stretch: string[] }

/** The lists of a `lists` file, by the line that opens each. */
export function parseLists(text: string): Map<string, SuggestionList> {
  const out = new Map<string, SuggestionList>();
  let current: SuggestionList | undefined;
  for (const line of text.split('\n')) {
    const head = /^#\d+ (\S+) \[(.*?)\] held: ?(.*)$/.exec(line);
    if (head) { current = { id: head[1], category: head[2], held: head[3], roles: [], stretch: [] }; out.set(head[1], current); continue; }
    const role = /^ {2}([-S]) (.*)$/.exec(line);
    if (role && current) (role[1] === 'S' ? current.stretch : current.roles).push(role[2]);
  }
  return out;
}

/** The lists whose roles or stretch role differ, each with its versions in a seeded random order. */
export function pairLists(old: Map<string, SuggestionList>, next: Map<string, SuggestionList>, seed: string): Array<{ list: SuggestionList; a: SuggestionList; b: SuggestionList; aIs: 'old' | 'new' }> {
  const out: Array<{ list: SuggestionList; a: SuggestionList; b: SuggestionList; aIs: 'old' | 'new' }> = [];
  for (const [id, o] of old) {
    const n = next.get(id);
    if (!n || (o.roles.join('|') === n.roles.join('|') && o.stretch.join('|') === n.stretch.join('|'))) continue;
    const oldFirst = fnv1a(`${seed}/${id}`) % 2 === 0;
    out.push({ list: o, a: oldFirst ? o : n, b: oldFirst ? n : o, aIs: oldFirst ? 'old' : 'new' });
  }
  return out;
}

async function lists(): Promise<void> {
  const out = positional[0];
  if (!out) throw new Error('usage: suggestions-ab lists OUT.txt [--n 200] [--pool path|train] [--seed S] [--models DIR]');
  const n = Number(flag('--n', '200'));
  const pool = flag('--pool', 'path');
  const selection = (await import(join(repo, 'tools', 'devsets', 'select-real-pairs.mjs'))) as Selection;
  const rows: Array<Row & { corpus: string }> = [];
  for (const corpus of CORPORA) {
    rows.push(...selection.loadCorpus(corpus, dataDir)
      .filter((r) => (pool === 'path' ? inPathTunePool(r.id) : !inEvalPool(r.id)) && r.text.split(/\s+/).length >= 80)
      .map((r) => ({ ...r, corpus })));
  }
  const picks = selection.shuffle(rows, flag('--seed', 'hrdocs-suggestions-ab')).slice(0, n);
  const models = flag('--models', '');
  const engine = await loadEngine({ ...(models ? { modelsDir: models } : {}), referenceMonth: '2026-12', logger: { info() {}, warn() {}, error() {} } });
  const lines: string[] = [];
  for (const [i, r] of picks.entries()) {
    const a = await engine.analyze(r.text, undefined, { kind: 'resume', referenceMonth: '2026-12' });
    const jobs = await engine.generateMatchingJobs(a, 5);
    lines.push(`#${i + 1} ${r.id} [${r.occupation_or_category ?? ''}] held: ${a.experience.map((e) => e.title).filter(Boolean).slice(0, 6).join(' / ')}`);
    for (const j of jobs) lines.push(`  ${j.stretch ? 'S' : '-'} ${j.title}`);
  }
  await engine.dispose();
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${picks.length} lists -> ${out}`);
}

function pair(): void {
  const [oldFile, newFile, dir] = positional;
  if (!dir) throw new Error('usage: suggestions-ab pair OLD.txt NEW.txt OUT_DIR [--seed S] [--parts K]');
  const pairs = pairLists(parseLists(readFileSync(oldFile, 'utf8')), parseLists(readFileSync(newFile, 'utf8')), flag('--seed', 'hrdocs-suggestions-ab'));
  const corpusOf = (id: string) => (id.startsWith('livecareer') ? CORPORA[0] : CORPORA[1]);
  const show = (l: SuggestionList) => `${l.roles.join(' | ')}${l.stretch.length ? `  [step-up: ${l.stretch[0]}]` : ''}`;
  const items = pairs.map((p, i) => `Item ${i + 1}\n  Resume: ${corpusOf(p.list.id)}:${p.list.id} (category: ${p.list.category})\n  Jobs held, latest first (as read): ${p.list.held}\n  List A: ${show(p.a)}\n  List B: ${show(p.b)}\n`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'items.txt'), items.join('\n'));
  const parts = Number(flag('--parts', '1'));
  for (let k = 0; k < parts && parts > 1; k++) writeFileSync(join(dir, `part${k + 1}.txt`), items.filter((_, i) => i % parts === k).join('\n'));
  writeFileSync(join(dir, 'key.tsv'), pairs.map((p, i) => `${i + 1}\t${p.list.id}\tA=${p.aIs}`).join('\n') + '\n');
  console.log(`${pairs.length} changed lists of ${parseLists(readFileSync(oldFile, 'utf8')).size} -> ${dir}`);
}

function score(): void {
  const [keyFile, ...answers] = positional;
  const key = new Map(readFileSync(keyFile, 'utf8').trim().split('\n').map((l) => { const [n, , k] = l.split('\t'); return [n, k]; }));
  const t = { items: 0, old: 0, new: 0, oldBetter: 0, newBetter: 0, tie: 0 };
  for (const file of answers) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [n, a, b, better] = line.split('\t').map((x) => x?.trim());
      if (!n || !/^\d+$/.test(n) || !key.has(n)) continue;
      const aIsOld = key.get(n) === 'A=old';
      t.items++;
      t.old += Number(aIsOld ? a : b);
      t.new += Number(aIsOld ? b : a);
      if (better === 'tie') t.tie++;
      else if ((better === 'A') === aIsOld) t.oldBetter++;
      else t.newBetter++;
    }
  }
  console.log(`items ${t.items}; sensible roles old ${t.old}, new ${t.new}; better old ${t.oldBetter}, new ${t.newBetter}, tie ${t.tie}`);
}

function show(): void {
  const key = positional[0] ?? '';
  const at = key.lastIndexOf(':');
  const selection = import(join(repo, 'tools', 'devsets', 'select-real-pairs.mjs')) as Promise<Selection>;
  void selection.then((s) => {
    const row = s.loadCorpus(key.slice(0, at), dataDir).find((r) => r.id === key.slice(at + 1));
    if (!row) { console.error(`no document ${key}`); process.exit(2); }
    console.log(row.text);
  });
}

if (command === 'lists') await lists();
else if (command === 'pair') pair();
else if (command === 'score') score();
else if (command === 'show') show();
else if (command) { console.error(`unknown command ${command}: lists | pair | score | show`); process.exit(2); }
