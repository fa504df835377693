// `hrdocs eval real-docs tools/devsets/real-docs.jsonl`: how the engine reads real documents, on
// the hand-labelled dev set (tools/devsets/README.md): block zones, dated roles, experience
// requirements (found, and invented from text that asks for nothing), and document kind, with
// the non-HR Markdown files of non-hr-docs.json. The documents are read from ../shared/data.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Engine } from '../../server/src/engine/api.js';
import type { DocumentAnalysis } from '../../server/src/engine/types.js';
import { lineAt } from '../../server/src/engine/document/positions.js';

interface GoldRole { line: number; title: string | null; start: string; end: string }
interface GoldRequirement { line: number; years: number; subject: string; required: boolean }
export interface GoldDoc {
  corpus: string; id: string; kind: 'job' | 'resume'; occupation: string; title: string;
  zones: Array<[number, number, string]>; roles: GoldRole[]; requirements: GoldRequirement[];
}

const REQUIREMENT_ZONES = new Set(['required', 'preferred', 'responsibilities', 'summary', 'title']);

export function loadCorpora(dataDir: string, corpora: string[]): Map<string, { text: string; title: string }> {
  const docs = new Map<string, { text: string; title: string }>();
  for (const corpus of new Set(corpora)) {
    const file = join(dataDir, `${corpus}.jsonl.gz`);
    for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string; title: string };
      docs.set(`${corpus}:${row.id}`, { text: row.text, title: row.title });
    }
  }
  return docs;
}

/**
 * A corpus document as its author's file reads. The posting corpora keep a posting's title in a
 * field of its own, apart from the body; in the editor a posting opens with its title, so a body
 * whose first line does not already name it gets the title back as a Markdown heading. Resumes
 * are their text: a resume's headline is in it, and a resume corpus's title field is no part of it.
 */
export function documentText(corpus: string, row: { text: string; title: string }): string {
  if (!corpus.startsWith('postings/') || !row.title?.trim()) return row.text;
  const firstLine = norm(row.text.split('\n', 1)[0] ?? '');
  return firstLine.includes(norm(row.title)) ? row.text : `# ${row.title.trim()}\n\n${row.text}`;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** A predicted title is right when one contains the other (case and punctuation aside). */
function sameTitle(a: string | undefined, b: string | null): boolean {
  if (!a || !b) return false;
  const x = norm(a);
  const y = norm(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
}
/** Dates agree at the precision the document gives ('2019' vs '2019-03' compares the year). */
function sameDate(predicted: string, gold: string, current: boolean): boolean {
  if (gold === 'present') return current;
  return predicted.startsWith(gold) || (gold.length > 4 && predicted === gold);
}

function zoneOfLine(gold: GoldDoc, line: number): string | undefined {
  return gold.zones.find(([a, b]) => line >= a && line <= b)?.[2];
}

interface Counts { [k: string]: number }

function scoreZones(a: DocumentAnalysis, gold: GoldDoc, c: Counts): void {
  const corpus = gold.corpus.split('/').pop();
  for (const block of a.doc.blocks) {
    if (!block.text.trim() || block.offsets[0] === undefined) continue;
    const line = lineAt(a.doc.lineStarts, block.offsets[0]);
    const want = zoneOfLine(gold, line);
    if (!want) continue;
    const got = block.zone;
    c[`${gold.kind}.blocks`] = (c[`${gold.kind}.blocks`] ?? 0) + 1;
    if (got === want) c[`${gold.kind}.zoneRight`] = (c[`${gold.kind}.zoneRight`] ?? 0) + 1;
    c[`corpus.${corpus}`] = (c[`corpus.${corpus}`] ?? 0) + 1;
    if (got === want) c[`corpusRight.${corpus}`] = (c[`corpusRight.${corpus}`] ?? 0) + 1;
    c[`zone.${gold.kind}.${want}`] = (c[`zone.${gold.kind}.${want}`] ?? 0) + 1;
    if (got === want) c[`zoneRight.${gold.kind}.${want}`] = (c[`zoneRight.${gold.kind}.${want}`] ?? 0) + 1;
    else c[`confused.${gold.kind}.${want} as ${got}`] = (c[`confused.${gold.kind}.${want} as ${got}`] ?? 0) + 1;
  }
}

function scoreRoles(a: DocumentAnalysis, gold: GoldDoc, c: Counts): void {
  const used = new Set<number>();
  for (const role of gold.roles) {
    c.roles = (c.roles ?? 0) + 1;
    const i = a.experience.findIndex((e, k) => !used.has(k) && Math.abs(e.range.start.line - role.line) <= 2);
    if (i < 0) continue;
    used.add(i);
    const e = a.experience[i];
    c.rolesFound = (c.rolesFound ?? 0) + 1;
    const datesRight = sameDate(e.start, role.start, false) && sameDate(e.end, role.end, e.current);
    if (datesRight) c.rolesDatesRight = (c.rolesDatesRight ?? 0) + 1;
    if (sameTitle(e.title, role.title)) c.rolesTitleRight = (c.rolesTitleRight ?? 0) + 1;
    if (datesRight && sameTitle(e.title, role.title)) c.rolesBothRight = (c.rolesBothRight ?? 0) + 1;
  }
}

function scoreRequirements(a: DocumentAnalysis, gold: GoldDoc, c: Counts): void {
  const matched = new Set<number>();
  for (const r of gold.requirements) {
    c.requirements = (c.requirements ?? 0) + 1;
    const i = a.experienceRequirements.findIndex((p, k) => !matched.has(k) && Math.abs(p.range.start.line - r.line) <= 1 && Math.abs(p.years - r.years) < 0.01);
    if (i >= 0) { matched.add(i); c.requirementsFound = (c.requirementsFound ?? 0) + 1; }
  }
  a.experienceRequirements.forEach((p, k) => {
    if (matched.has(k)) return;
    const zone = zoneOfLine(gold, p.range.start.line);
    if (!zone || !REQUIREMENT_ZONES.has(zone)) c.requirementsInvented = (c.requirementsInvented ?? 0) + 1;
    else c.requirementsUnmatched = (c.requirementsUnmatched ?? 0) + 1;
  });
}

const ratio = (a = 0, b = 0) => (b ? Math.round((a / b) * 1000) / 1000 : null);

export async function evaluateRealDocs(engine: Engine, devFile: string, dataDir: string): Promise<Record<string, unknown>> {
  const gold = readFileSync(devFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
  const docs = loadCorpora(dataDir, gold.map((g) => g.corpus));
  const c: Counts = {};
  for (const g of gold) {
    const doc = docs.get(`${g.corpus}:${g.id}`);
    if (!doc) throw new Error(`${g.corpus}:${g.id} is not in ${dataDir}`);
    const a = await engine.analyze(doc.text, `file:///${g.id}.md`, { referenceMonth: '2026-12' });
    c[`kind.${g.kind}`] = (c[`kind.${g.kind}`] ?? 0) + 1;
    if (a.doc.kind === g.kind) c.kindRight = (c.kindRight ?? 0) + 1;
    // zones, roles and requirements are read as the document is: its kind given
    const typed = a.doc.kind === g.kind ? a : await engine.analyze(doc.text, `file:///${g.id}.md`, { kind: g.kind, referenceMonth: '2026-12' });
    scoreZones(typed, g, c);
    // the document's own title: the posting's title, the resume's current or target role
    c[`${g.kind}.titled`] = (c[`${g.kind}.titled`] ?? 0) + 1;
    if (sameTitle(typed.title, g.title)) c[`${g.kind}.titleRight`] = (c[`${g.kind}.titleRight`] ?? 0) + 1;
    if (g.kind === 'resume') scoreRoles(typed, g, c);
    else scoreRequirements(typed, g, c);
  }
  const other = otherDocs(devFile);
  for (const o of other) {
    const a = await engine.analyze(o.text, `file:///${o.path}`, { relativePath: o.path });
    c.otherDocs = (c.otherDocs ?? 0) + 1;
    if ((a.doc.kind as string) === 'other') c.otherRight = (c.otherRight ?? 0) + 1;
  }
  return {
    documents: { postings: c['kind.job'] ?? 0, resumes: c['kind.resume'] ?? 0, other: c.otherDocs ?? 0 },
    zoneAccuracy: {
      postings: ratio(c['job.zoneRight'], c['job.blocks']), resumes: ratio(c['resume.zoneRight'], c['resume.blocks']),
      blocks: { postings: c['job.blocks'] ?? 0, resumes: c['resume.blocks'] ?? 0 },
      // recall of each gold zone: which zones the model reads well, and which it does not
      perZone: Object.fromEntries(Object.keys(c).filter((k) => k.startsWith('zone.')).sort().map((k) => [k.slice(5), `${ratio(c[`zoneRight.${k.slice(5)}`], c[k])} of ${c[k]}`])),
      // per source corpus: which kinds of real documents are read worst
      byCorpus: Object.fromEntries(Object.keys(c).filter((k) => k.startsWith('corpus.')).sort().map((k) => [k.slice(7), `${ratio(c[`corpusRight.${k.slice(7)}`], c[k])} of ${c[k]}`])),
      // the commonest mistakes, gold zone first: where the next hour of work should go
      confusions: Object.fromEntries(Object.keys(c).filter((k) => k.startsWith('confused.')).sort((a, b) => c[b] - c[a]).slice(0, 40).map((k) => [k.slice(9), c[k]])),
    },
    documentTitle: { postings: ratio(c['job.titleRight'], c['job.titled']), resumes: ratio(c['resume.titleRight'], c['resume.titled']) },
    roles: { gold: c.roles ?? 0, found: ratio(c.rolesFound, c.roles), foundWithRightDates: ratio(c.rolesDatesRight, c.roles), foundWithRightTitle: ratio(c.rolesTitleRight, c.roles), foundWithRightTitleAndDates: ratio(c.rolesBothRight, c.roles) },
    requirements: { gold: c.requirements ?? 0, recall: ratio(c.requirementsFound, c.requirements), invented: c.requirementsInvented ?? 0, unmatchedInRequirementText: c.requirementsUnmatched ?? 0 },
    kind: { accuracyHrDocs: ratio(c.kindRight, (c['kind.job'] ?? 0) + (c['kind.resume'] ?? 0)), otherRecognized: ratio(c.otherRight, c.otherDocs), withOther: ratio((c.kindRight ?? 0) + (c.otherRight ?? 0), (c['kind.job'] ?? 0) + (c['kind.resume'] ?? 0) + (c.otherDocs ?? 0)) },
  };
}

/** The non-HR Markdown files listed beside the dev set (paths relative to the repository). */
function otherDocs(devFile: string): Array<{ path: string; text: string }> {
  const list = join(dirname(devFile), 'non-hr-docs.json');
  if (!existsSync(list)) return [];
  const root = resolve(dirname(devFile), '..', '..');
  return (JSON.parse(readFileSync(list, 'utf8')) as Array<{ path: string }>)
    .map((d) => ({ path: d.path, file: resolve(root, d.path) }))
    .filter((d) => existsSync(d.file))
    .map((d) => ({ path: d.path, text: readFileSync(d.file, 'utf8') }));
}
