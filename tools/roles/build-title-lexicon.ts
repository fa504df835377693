// Builds models/title-lexicon.json: how often each word ends (heads) and occurs in an occupation
// title, counted over the O*NET 29.3 title tables (CC BY 4.0, U.S. Department of Labor/ETA):
// `Alternate Titles.tsv` (Alternate Title, Short Title), `Sample of Reported Titles.tsv` and
// `Occupation Data.tsv` (Title, plural forms made singular). Words O*NET's tables lack but real
// postings use to head their titles ("Physiotherapist", "Paediatrician", "Carer": British and trade
// words) are counted over the titles of the shared real postings. Only per-word counts are
// written, never a title. The role header reader (server/src/engine/experience/headers.ts) reads a
// segment whose last word often heads a title ("Accountant", "Coordinator") as a title; title fit reads
// which fields a head word names (its O*NET titles' SOC major groups).
//
//   node tools/out/tools/roles/build-title-lexicon.js [dataDir] [outFile]
//
// Defaults: ../shared/data and models/title-lexicon.json; updates models/manifest.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { recordModelEntry } from '../scripts/model-manifest.js';
import { PAY_GRADE } from '../../server/src/engine/document/title.js';

const dataDir = process.argv[2] ?? '../shared/data';
const outFile = process.argv[3] ?? 'models/title-lexicon.json';
const MIN_COUNT = 2;
// a posting-title word joins the table when it heads this many distinct titles and heads most
// titles it occurs in (a place or an employer's word rarely ends a title's first segment)
const POSTING_MIN_HEADS = 5;
const POSTING_MIN_HEAD_SHARE = 0.5;
// words that end a posting's title without naming a role ("Servers Needed", "Nurse II", "F1 Rotation",
// a department or a perk after the role: "Staff Nurse Theatres", "Line Cook $500 Bonus")
const NOT_ROLES = new Set(['needed', 'wanted', 'only', 'required', 'urgent', 'rotation', 'rotational', 'fellowship', 'post', 'posts',
  'position', 'positions', 'vacancy', 'vacancies', 'opportunity', 'opportunities', 'role', 'roles', 'job', 'jobs', 'ii', 'iii', 'iv', 'bonus', 'theatres', 'ward', 'unit', 'department']);
// a role word is also written in lower case in prose ("our physiotherapists"); a place or an
// employer's name ("Whittington") is not
const MIN_LOWER_CASE_USES = 3;

function column(file: string, name: string): string[] {
  return columns(file, [name]).map(([v]) => v).filter(Boolean);
}

/** the named columns of an O*NET table, one array per row */
function columns(file: string, names: string[]): string[][] {
  const lines = readFileSync(join(dataDir, 'onet', file), 'utf8').split('\n').filter((l) => l.trim());
  const header = lines[0].split('\t');
  const at = names.map((name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file} has no column ${name}`);
    return i;
  });
  return lines.slice(1).map((l) => { const cells = l.split('\t'); return at.map((i) => cells[i] ?? ''); });
}

/** lower-case words of a title: letters only ("Sr." -> "sr", "Front-End" -> "front", "end") */
export function titleWords(title: string): string[] {
  return title.replace(/\([^)]*\)/g, ' ').toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 2);
}

const singularTitles = [
  ...column('Alternate Titles.tsv', 'Alternate Title'),
  ...column('Alternate Titles.tsv', 'Short Title'),
  ...column('Sample of Reported Titles.tsv', 'Reported Job Title'),
];
const known = new Set(singularTitles.flatMap(titleWords));
const singular = (w: string) => (w.endsWith('ies') && known.has(w.slice(0, -3) + 'y') ? w.slice(0, -3) + 'y'
  : w.endsWith('s') && known.has(w.slice(0, -1)) ? w.slice(0, -1) : w);
const occupationTitles = column('Occupation Data.tsv', 'Title').flatMap((t) => t.split(/\s*,\s*|\s+and\s+/)).map((t) => titleWords(t).map(singular).join(' '));

const titles = new Set([...singularTitles.map((t) => titleWords(t).join(' ')), ...occupationTitles].filter(Boolean));
/** "Director of Nursing": the head is the word before "of" */
const headOf = (words: string[]) => { const of = words.indexOf('of'); return of > 0 ? words[of - 1] : words[words.length - 1]; };
const head = new Map<string, number>();
const any = new Map<string, number>();
for (const t of titles) {
  const words = t.split(' ');
  const h = headOf(words);
  head.set(h, (head.get(h) ?? 0) + 1);
  for (const w of new Set(words)) any.set(w, (any.get(w) ?? 0) + 1);
}

/**
 * The fields a head word names: of the O*NET titles it heads, the share in each SOC major group
 * ("nurse" 0.93 in 29, healthcare practitioners; "coordinator" at most 0.19 in any one). Whether two
 * titles name the same line of work reads it (server/src/engine/match/similarity.ts): "Bank Nurse"
 * and "Bank Teller" share a word but their heads name different fields, and a "Specialist" names none.
 */
const MIN_FIELD_TITLES = 5;
const fieldCounts = new Map<string, Map<string, number>>();
const codedTitles = [
  ...columns('Alternate Titles.tsv', ['O*NET-SOC Code', 'Alternate Title']),
  ...columns('Alternate Titles.tsv', ['O*NET-SOC Code', 'Short Title']),
  ...columns('Sample of Reported Titles.tsv', ['O*NET-SOC Code', 'Reported Job Title']),
  ...columns('Occupation Data.tsv', ['O*NET-SOC Code', 'Title']).flatMap(([code, t]) => t.split(/\s*,\s*|\s+and\s+/).map((part) => [code, titleWords(part).map(singular).join(' ')])),
];
/**
 * Support occupations: O*NET's minor groups of service, clerical and helping work that mostly needs
 * little preparation (office and administrative support but its supervisors, healthcare support,
 * food preparation and serving but chefs and head cooks, cleaning, personal care aides and
 * attendants, drivers and material movers, retail sales workers, farm workers, trade helpers).
 * A head word most of whose titles sit there ("Secretary", "Receptionist", "Cook", "Driver")
 * names a support post even with no rank word of its own (lang/en/seniority.ts roleLevel).
 */
const SUPPORT_MINOR_GROUPS = /^(?:31-[19]|35-[239]|37-[23]|39-[369]|43-[2-9]|53-[367]|41-2|45-2|47-3)/;
const supportCounts = new Map<string, number>();
const seenCoded = new Set<string>();
for (const [code, title] of codedTitles) {
  const words = titleWords(title);
  const key = `${code}\t${words.join(' ')}`;
  if (!words.length || !/^\d\d-/.test(code) || seenCoded.has(key)) continue;
  seenCoded.add(key);
  const h = headOf(words);
  const byGroup = fieldCounts.get(h) ?? new Map<string, number>();
  byGroup.set(code.slice(0, 2), (byGroup.get(code.slice(0, 2)) ?? 0) + 1);
  fieldCounts.set(h, byGroup);
  if (SUPPORT_MINOR_GROUPS.test(code)) supportCounts.set(h, (supportCounts.get(h) ?? 0) + 1);
}
/** how many O*NET titles a head word heads, over every field */
const headTitles = (w: string) => [...(fieldCounts.get(w)?.values() ?? [])].reduce((s, v) => s + v, 0);
const support: Record<string, number> = {};
for (const [w, c] of [...supportCounts].sort((a, b) => a[0].localeCompare(b[0]))) {
  const n = headTitles(w);
  if (n >= MIN_FIELD_TITLES) support[w] = Math.round((c / n) * 100) / 100;
}
const fields: Record<string, Record<string, number>> = {};
for (const [w, byGroup] of [...fieldCounts].sort((a, b) => a[0].localeCompare(b[0]))) {
  const n = headTitles(w);
  if (n < MIN_FIELD_TITLES) continue;
  const shares = Object.fromEntries([...byGroup].sort((a, b) => a[0].localeCompare(b[0])).map(([g, c]) => [g, Math.round((c / n) * 100) / 100]).filter(([, v]) => (v as number) > 0));
  fields[w] = shares;
}
/**
 * A real posting's title as a title: its first segment ("Staff Nurse - Band 5 | Leeds" ->
 * "staff nurse"), pay grades and hours dropped, lower-case words.
 */
export function postingTitleWords(title: string): string[] {
  const first = title.split(/\s+[-–—|]\s+|[|,(:]/)[0];
  return titleWords(first.replace(PAY_GRADE, ' '));
}

/** titles of the shared real postings, distinct, as lower-case words; and how often each word is
 * written in lower case in their texts */
function readPostings(): { titles: string[][]; lowerCase: Map<string, number> } {
  const dir = join(dataDir, 'postings');
  const out = new Map<string, string[]>();
  const lowerCase = new Map<string, number>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl.gz')).sort()) {
    for (const line of gunzipSync(readFileSync(join(dir, f))).toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { title?: string; text?: string };
      const words = row.title ? postingTitleWords(row.title) : [];
      if (words.length && words.length <= 6) out.set(words.join(' '), words);
      for (const m of (row.text ?? '').matchAll(/\b[a-z]{2,}\b/g)) lowerCase.set(m[0], (lowerCase.get(m[0]) ?? 0) + 1);
    }
  }
  return { titles: [...out.values()], lowerCase };
}

const words: Record<string, [number, number]> = {};
for (const w of [...any.keys()].sort()) {
  const a = any.get(w) ?? 0;
  if (a < MIN_COUNT) continue;
  words[w] = [head.get(w) ?? 0, a];
}
const postingHead = new Map<string, number>();
const postingAny = new Map<string, number>();
const { titles: posted, lowerCase } = readPostings();
for (const t of posted) {
  const of = t.findIndex((w) => w === 'of' || w === 'in');
  const h = of > 0 ? t[of - 1] : t[t.length - 1];
  postingHead.set(h, (postingHead.get(h) ?? 0) + 1);
  for (const w of new Set(t)) postingAny.set(w, (postingAny.get(w) ?? 0) + 1);
}
const added: string[] = [];
for (const [w, h] of [...postingHead].sort((a, b) => a[0].localeCompare(b[0]))) {
  const a = postingAny.get(w) ?? 0;
  if (w in words || h < POSTING_MIN_HEADS || h < POSTING_MIN_HEAD_SHARE * a || NOT_ROLES.has(w)) continue;
  // a plural of a word the table has ("cooks"): the title reader folds plurals itself
  if ((w.endsWith('s') && words[w.slice(0, -1)]) || (w.endsWith('ies') && words[w.slice(0, -3) + 'y'])) continue;
  if ((lowerCase.get(w) ?? 0) + (lowerCase.get(w + 's') ?? 0) < MIN_LOWER_CASE_USES) continue;
  words[w] = [h, a];
  added.push(w);
}
console.log(`from ${posted.length} real posting titles, ${added.length} head words O*NET lacks: ${added.join(' ')}`);
const out = {
  format: 'hrdocs-title-lexicon/1',
  source: 'O*NET 29.3 (May 2025) Alternate Titles, Sample of Reported Titles, Occupation Data; CC BY 4.0, O*NET Resource Center, U.S. Department of Labor/ETA; and, for head words O*NET lacks, the titles of the shared real postings (../shared/data/postings). Per-word counts, and per head word the shares of SOC major groups and of support occupations, only.',
  titles: titles.size,
  postingTitles: posted.length,
  minCount: MIN_COUNT,
  // word -> [titles it heads, titles it occurs in]
  words,
  // head word -> { SOC major group: share of the O*NET titles it heads }, heads of MIN_FIELD_TITLES titles or more
  fieldTitles: MIN_FIELD_TITLES,
  fields,
  // head word -> share of the O*NET titles it heads that are support occupations (SUPPORT_MINOR_GROUPS), heads of MIN_FIELD_TITLES titles or more
  support,
};
const text = JSON.stringify(out) + '\n';
writeFileSync(outFile, text);
recordModelEntry(outFile, 'title-lexicon', {
  description: 'per-word counts of occupation titles (how many titles a word heads, how many it occurs in): evidence for the resume role header reader; and, per head word, the share of the titles it heads in each SOC major group (which field a head word names, for title fit) and in support occupations (a rank a head word names, for rank fit); no titles, only word counts',
  trainingData: 'O*NET 29.3 Alternate Titles, Sample of Reported Titles, Occupation Data (CC BY 4.0, U.S. Department of Labor/ETA); titles of the shared real postings (../shared/data/postings: NHS Jobs, City of Los Angeles, electionline, In the Weeds Austin, Bulk Careers, LinkedIn teaching; see its README) for head words O*NET lacks, counts only',
  command: 'npm run build --workspace tools && node tools/out/tools/roles/build-title-lexicon.js ../shared/data models/title-lexicon.json',
});
console.log(`${titles.size} titles, ${Object.keys(words).length} words, ${Object.keys(fields).length} head words' fields, ${Object.keys(support).length} with support titles -> ${outFile} (${Buffer.byteLength(text)} bytes)`);
