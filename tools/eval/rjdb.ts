// Every RJDB metric of docs/EVALUATION.md, computed from an Engine. Per row: JD, matched resume
// M, unmatched resume U, sampled skills S, filtered information F (skills and experience that
// were removed from M to make U).
//
// Choices the protocol leaves open, made here once (and printed in the report's `notes`):
// - Predicted skills of a document are DocumentAnalysis.skills (one per canonical skill), each
//   paired through its canonical name or its surface text. Gold lists are de-duplicated by norm.
//   U's gold is S minus F.Skills (by norm).
// - Missing skills: prediction = match.missingSkills; a missing skill's surface text is the JD
//   mention of its evidence (match.skills[i].required.text), so the surface-text rule applies.
// - Experience verdict for (JD,U), first rule that fires:
//     dropped    some JD requirement has U verdict 'missing' (the experience is absent);
//     shortened  some requirement has U verdict 'short' (fewer years than required), or U's
//                foundYears is below M's for the same requirement by more than 0.05 years
//                (fewer years than in M: the protocol's "than required or than in M");
//     same       otherwise (also when the JD states no requirement the tool could read).
//   Two variants are reported beside it: `absolute` (U alone, no comparison with M) and
//   `relative` (only differences between U and M: a requirement missing for U but found for M
//   is dropped; fewer years for U than for M is shortened).
// - Editing: U' = U with every edit of engine.fix(U, JD) marked `preferred` applied (LSP
//   TextEdit semantics: ranges refer to U, inserts at one position keep their order). A date
//   violation is an edit whose replaced text and new text differ in their multiset of date/year
//   tokens (years 19xx/20xx, month-year, MM/YYYY, YYYY-MM, "- Present" after a date, "N years"); the whole
//   document's multiset before and after is checked too.
// - Generation: the k suggestions (a stretch role the tool adds is left out). The top generated JD is the first the tool returns; its matcher score is
//   engine.match(M, analyze(top.markdown as a job)).score. "Skill F1 of the best generated JD" is
//   the best per-row F1 over the k generated JDs, averaged over rows (also given micro-pooled
//   over those best JDs). The gold title is the line after a "Job title" heading (or after
//   "Job title:" on its own line), else the rest of a "Job title: ..." line, else the first line.
// - ROC-AUC counts ties as half (Mann-Whitney); pairwise ties count as wrong.
import type { Engine } from '../../server/src/engine/api.js';
import type { DocumentAnalysis, MatchResult, Range, SkillMention, TextEdit } from '../../server/src/engine/types.js';
import { PRF, prf, subtractNames, titleJaccard, uniqueNames, type Predicted } from './names.js';

export interface RjdbRow {
  /** 0-based line number in the file */
  index: number;
  jd: string;
  matched: string;
  unmatched: string;
  skills: string[];
  experiences: string[];
  filtered: { skills: string[]; experience: string };
  /** the year the row's documents were written in ("Present" means it), from Experiences-years */
  referenceMonth?: string;
}

export type ExperienceClass = 'dropped' | 'shortened' | 'same';
export const EXPERIENCE_CLASSES: readonly ExperienceClass[] = ['dropped', 'shortened', 'same'];

export class RjdbFormatError extends Error {}

/** Experiences-years is [[phrases, dates], referenceYear, years]; "Present" is the end of that year. */
function referenceMonthOf(v: unknown): string | undefined {
  const year = Array.isArray(v) ? Number(v[1]) : NaN;
  return Number.isInteger(year) && year > 1900 && year < 2200 ? `${year}-12` : undefined;
}

/** Parses RJDB JSON lines; throws RjdbFormatError naming the first bad line. */
export function parseRjdb(text: string): RjdbRow[] {
  const rows: RjdbRow[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new RjdbFormatError(`line ${i + 1}: invalid JSON (${(e as Error).message})`);
    }
    const need = (k: string): string => {
      const v = o[k];
      if (typeof v !== 'string') throw new RjdbFormatError(`line ${i + 1}: "${k}" missing or not a string`);
      return v;
    };
    // A few rows hold their names as the keys of an object ({"Angular": 1}) or as one string;
    // both are read as the list they stand for rather than failing the whole file.
    const list = (v: unknown, k: string): string[] => {
      if (typeof v === 'string') return [v];
      if (v && typeof v === 'object' && !Array.isArray(v)) return Object.keys(v);
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new RjdbFormatError(`line ${i + 1}: "${k}" must be a list of strings`);
      return v as string[];
    };
    const f = o['Filtered-information'] as Record<string, unknown> | undefined;
    if (!f || typeof f !== 'object') throw new RjdbFormatError(`line ${i + 1}: "Filtered-information" missing`);
    rows.push({
      index: i,
      jd: need('Job-Description'),
      matched: need('Resume-matched'),
      unmatched: need('Resume-unmatched'),
      skills: list(o.Skills, 'Skills'),
      experiences: Array.isArray(o.Experiences) ? (o.Experiences as unknown[]).map(String) : [],
      filtered: {
        skills: list(f.Skills ?? [], 'Filtered-information.Skills'),
        experience: typeof f.Experience === 'string' ? f.Experience : '',
      },
      referenceMonth: referenceMonthOf(o['Experiences-years']),
    });
  }
  return rows;
}

/** Gold experience class from F.Experience. */
export function goldExperienceClass(s: string): ExperienceClass | undefined {
  const t = s.trim().toLowerCase();
  if (t.startsWith('without including')) return 'dropped';
  if (t.startsWith('instead of')) return 'shortened';
  if (t.includes('the same job experience')) return 'same';
  return undefined;
}

/** The gold job title of an RJDB job description. */
export function jobTitleOf(jd: string): string {
  const lines = jd.split(/\r?\n/).map((l) => l.trim());
  const strip = (l: string): string => l.replace(/^#+\s*/, '').replace(/^\*\*(.*)\*\*$/, '$1').trim();
  for (let i = 0; i < lines.length; i++) {
    const m = /^(?:#+\s*)?\**job\s*title\**\s*:?\s*\**\s*(.*)$/i.exec(lines[i]);
    if (!m) continue;
    const rest = strip(m[1]);
    if (rest) return rest;
    for (let j = i + 1; j < lines.length; j++) if (lines[j]) return strip(lines[j]);
  }
  const first = lines.find((l) => l);
  return first ? strip(first) : '';
}

// ---- text edits ---------------------------------------------------------------------------

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function offsetAt(text: string, starts: number[], pos: { line: number; character: number }): number {
  if (pos.line < 0) return 0;
  if (pos.line >= starts.length) return text.length;
  const start = starts[pos.line];
  let end = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  // the line's end without its line break
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return Math.min(start + Math.max(0, pos.character), end);
}

export class OverlappingEditsError extends Error {}

/** Applies LSP TextEdits (ranges in the original text). Inserts at one position keep their order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const spans = edits
    .map((e, i) => ({ s: offsetAt(text, starts, e.range.start), e: offsetAt(text, starts, e.range.end), t: e.newText, i }))
    .sort((a, b) => a.s - b.s || a.e - b.e || a.i - b.i);
  let outText = '';
  let pos = 0;
  for (const sp of spans) {
    if (sp.s < pos || sp.e < sp.s) throw new OverlappingEditsError('overlapping edits');
    outText += text.slice(pos, sp.s) + sp.t;
    pos = sp.e;
  }
  return outText + text.slice(pos);
}

export function rangeText(text: string, range: Range): string {
  const starts = lineStarts(text);
  return text.slice(offsetAt(text, starts, range.start), offsetAt(text, starts, range.end));
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_RE = new RegExp(
  [
    `\\b${MONTH}\\.?\\s+(?:19|20)\\d{2}\\b`, // Jan 2020, September 2019
    '\\b\\d{1,2}/(?:19|20)?\\d{2}\\b', // 01/2020, 1/20
    '\\b(?:19|20)\\d{2}-\\d{2}\\b', // 2020-01
    '\\b(?:19|20)\\d{2}\\b', // 2020
    '(?<=\\d\\s*)(?:[-–—]|to\\b)\\s*(?:present|current|now|today)\\b', // 2019 - Present, 2019 to present (after a date only)
    '\\b\\d+(?:\\.\\d+)?\\+?\\s*(?:years?|yrs?)\\b', // 5 years, 3+ yrs
  ].join('|'),
  'gi',
);

/** The multiset (sorted list) of date and year tokens in a text, lowercased with spaces squeezed. */
export function dateTokens(text: string): string[] {
  return (text.match(DATE_RE) ?? []).map((t) => t.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:[-–—]|to)\s*/, '- ')).sort();
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// ---- metrics -------------------------------------------------------------------------------

/** ROC-AUC (Mann-Whitney U with ties as half); undefined when a class is empty. */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number | undefined {
  const idx = scores.map((s, i) => ({ s, y: labels[i] })).sort((a, b) => a.s - b.s);
  const ranks = new Array<number>(idx.length);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1].s === idx[i].s) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[k] = r;
    i = j + 1;
  }
  let pos = 0;
  let rankSum = 0;
  idx.forEach((x, k) => {
    if (x.y === 1) {
      pos++;
      rankSum += ranks[k];
    }
  });
  const neg = idx.length - pos;
  if (!pos || !neg) return undefined;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

const predictedOf = (skills: readonly SkillMention[]): Predicted[] => skills.map((s) => ({ name: s.name, text: s.text }));

/** match.missingSkills with the JD's surface text of each (from the evidence). */
export function missingPredicted(m: MatchResult): Predicted[] {
  return m.missingSkills.map((name) => {
    const ev = m.skills.find((e) => e.skill === name && !e.found) ?? m.skills.find((e) => e.skill === name);
    return ev ? { name, text: ev.required.text } : { name };
  });
}

const EPS_YEARS = 0.05;

export interface ExperienceVerdicts { primary: ExperienceClass; absolute: ExperienceClass; relative: ExperienceClass }

/** The tool's experience verdict for (JD,U), given the matches of U and M against the same JD. */
export function toolExperienceClass(mU: MatchResult, mM: MatchResult): ExperienceVerdicts {
  const u = mU.experience;
  const mByKey = new Map(mM.experience.map((e, i) => [`${i}\u0000${e.requirement}`, e]));
  const mOf = (i: number) => mByKey.get(`${i}\u0000${u[i].requirement}`) ?? mM.experience.find((e) => e.requirement === u[i].requirement);
  const anyMissing = u.some((e) => e.verdict === 'missing');
  const anyShort = u.some((e) => e.verdict === 'short');
  const fewerThanM = u.some((e, i) => {
    const m = mOf(i);
    return m !== undefined && e.foundYears < m.foundYears - EPS_YEARS;
  });
  const droppedVsM = u.some((e, i) => {
    const m = mOf(i);
    return m !== undefined && e.verdict === 'missing' && m.verdict !== 'missing';
  });
  return {
    primary: anyMissing ? 'dropped' : anyShort || fewerThanM ? 'shortened' : 'same',
    absolute: anyMissing ? 'dropped' : anyShort ? 'shortened' : 'same',
    relative: droppedVsM ? 'dropped' : fewerThanM ? 'shortened' : 'same',
  };
}

export interface Prf { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number }

export interface ClassReport {
  n: number;
  accuracy: number;
  recall: Record<ExperienceClass, number | null>;
  /** confusion[gold][predicted] */
  confusion: Record<ExperienceClass, Record<ExperienceClass, number>>;
}

export interface RjdbReport {
  rows: number;
  errors: Array<{ row: number; stage: string; message: string }>;
  match: {
    pairwiseAccuracy: number;
    rocAuc: number | null;
    decisionAccuracy: number;
    /** decision accuracy on M (recall of matches) and on U (specificity) */
    decisionAccuracyM: number;
    decisionAccuracyU: number;
    meanScoreM: number;
    meanScoreU: number;
  };
  skills: { all: Prf; jd: Prf; matched: Prf; unmatched: Prf; jdRequired: Prf };
  missingSkills: Prf & { unmatched: Prf; matched: Prf };
  experience: ClassReport & { absolute: ClassReport; relative: ClassReport; unlabeled: number };
  editing: {
    rows: number;
    edits: number;
    preferredEdits: number;
    rowsWithoutEdits: number;
    /** recall of F.Skills among the skills of U' (and of U, before editing, for comparison) */
    recall: number;
    recallBefore: number;
    scoreWithinMargin: number;
    decisionMatch: number;
    /** decision on (JD,U) before editing, for comparison */
    decisionMatchBefore: number;
    meanScoreBefore: number;
    meanScoreAfter: number;
    dateViolations: number;
    documentDateViolations: number;
    /** rows where the preferred edits applied here differ from FixResult.text */
    textMismatch: number;
    overlapping: number;
  };
  generation: {
    rows: number;
    k: number;
    titleHitAt5: number;
    bestSkillF1: number;
    bestSkillPrecision: number;
    bestSkillRecall: number;
    bestSkillMicro: Prf;
    topScore: number;
    /** mean of GeneratedJob.score of the top job, as the tool reported it */
    topReportedScore: number | null;
    meanGenerated: number;
  };
  timings: { totalMs: number; perRowMs: number; stages: Record<string, number> };
  engine: { engine: string; device: string; message?: string };
  notes: string[];
}

export interface RjdbOptions {
  k?: number;
  onRow?: (done: number, total: number) => void;
}

const NOTES = [
  'skills: DocumentAnalysis.skills, name or surface text; gold de-duplicated by norm; U gold = S minus F.Skills',
  'missing skills: match.missingSkills (+ the JD surface text of its evidence); gold F.Skills for (JD,U), none for (JD,M)',
  'experience (primary): dropped if a requirement is missing for U; shortened if one is short for U or has fewer years than for M (> 0.05 y); else same',
  'editing: preferred edits of engine.fix(U, JD) applied to U; date violations = edits whose date/year tokens differ',
  'generation: k=5 from M; top = first returned; best F1 = max over the k of the per-document F1 vs S, averaged over rows',
];

function classReport(gold: ExperienceClass[], pred: ExperienceClass[]): ClassReport {
  const confusion = Object.fromEntries(EXPERIENCE_CLASSES.map((g) => [g, Object.fromEntries(EXPERIENCE_CLASSES.map((p) => [p, 0]))])) as ClassReport['confusion'];
  let correct = 0;
  gold.forEach((g, i) => {
    confusion[g][pred[i]]++;
    if (g === pred[i]) correct++;
  });
  const recall = Object.fromEntries(EXPERIENCE_CLASSES.map((c) => {
    const n = EXPERIENCE_CLASSES.reduce((s, p) => s + confusion[c][p], 0);
    return [c, n ? confusion[c][c] / n : null];
  })) as ClassReport['recall'];
  return { n: gold.length, accuracy: gold.length ? correct / gold.length : 0, recall, confusion };
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export async function evaluateRjdb(engine: Engine, rows: readonly RjdbRow[], options: RjdbOptions = {}): Promise<RjdbReport> {
  const k = options.k ?? 5;
  const stages: Record<string, number> = {};
  const timed = async <T>(stage: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      stages[stage] = (stages[stage] ?? 0) + performance.now() - t;
    }
  };
  const t0 = performance.now();
  const errors: RjdbReport['errors'] = [];

  const scores: number[] = [];
  const labels: number[] = [];
  const decisions: boolean[] = [];
  let pairwiseCorrect = 0;
  let pairwiseN = 0;
  const sk = { jd: new PRF(), matched: new PRF(), unmatched: new PRF(), jdRequired: new PRF() };
  const miss = { unmatched: new PRF(), matched: new PRF() };
  const expGold: ExperienceClass[] = [];
  const expPred: ExperienceVerdicts[] = [];
  let expUnlabeled = 0;
  const ed = {
    rows: 0, edits: 0, preferredEdits: 0, rowsWithoutEdits: 0, recall: new PRF(), recallBefore: new PRF(), within: 0,
    decision: 0, decisionBefore: 0, scoresBefore: [] as number[], scoresAfter: [] as number[], dateViolations: 0,
    documentDateViolations: 0, textMismatch: 0, overlapping: 0,
  };
  const gen = {
    rows: 0, hits: 0, bestF1: [] as number[], bestP: [] as number[], bestR: [] as number[], micro: new PRF(),
    top: [] as number[], topReported: [] as number[], generated: 0,
  };

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const S = uniqueNames(row.skills);
    const F = uniqueNames(row.filtered.skills);
    const goldU = subtractNames(S, F);
    let aJD: DocumentAnalysis, aM: DocumentAnalysis, aU: DocumentAnalysis, mM: MatchResult, mU: MatchResult;
    try {
      aJD = await timed('analyze', () => engine.analyze(row.jd, undefined, { kind: 'job' }));
      aM = await timed('analyze', () => engine.analyze(row.matched, undefined, { kind: 'resume', referenceMonth: row.referenceMonth }));
      aU = await timed('analyze', () => engine.analyze(row.unmatched, undefined, { kind: 'resume', referenceMonth: row.referenceMonth }));
      mM = await timed('match', () => engine.match(aM, aJD));
      mU = await timed('match', () => engine.match(aU, aJD));
    } catch (e) {
      errors.push({ row: row.index, stage: 'analyze/match', message: (e as Error).message });
      options.onRow?.(r + 1, rows.length);
      continue;
    }

    // match
    pairwiseN++;
    if (mM.score > mU.score) pairwiseCorrect++;
    scores.push(mM.score, mU.score);
    labels.push(1, 0);
    decisions.push(mM.match, mU.match);

    // skill extraction
    sk.jd.add(predictedOf(aJD.skills), S);
    sk.matched.add(predictedOf(aM.skills), S);
    sk.unmatched.add(predictedOf(aU.skills), goldU);
    sk.jdRequired.add(predictedOf(aJD.requiredSkills), S);

    // explanation: missing skills
    miss.unmatched.add(missingPredicted(mU), F);
    miss.matched.add(missingPredicted(mM), []);
    if (process.env.HRDOCS_MISSING_DUMP) {
      const show = (ps: Predicted[]) => ps.map((p) => (typeof p === 'string' ? p : `${p.name}${p.text && p.text !== p.name ? ` <${p.text}>` : ''}`)).join(' | ');
      console.error(`MISSING\t${row.index}\tU: ${show(missingPredicted(mU))}\tM: ${show(missingPredicted(mM))}\tgold: ${F.join(' | ')}`);
    }

    // explanation: experience
    const g = goldExperienceClass(row.filtered.experience);
    if (g) {
      expGold.push(g);
      expPred.push(toolExperienceClass(mU, mM));
    } else {
      expUnlabeled++;
    }

    // editing
    try {
      const fix = await timed('fix', () => engine.fix(aU, aJD, mU));
      const preferred = fix.edits.filter((e) => e.preferred);
      ed.rows++;
      ed.edits += fix.edits.length;
      ed.preferredEdits += preferred.length;
      if (!preferred.length) ed.rowsWithoutEdits++;
      for (const e of preferred) {
        if (!sameList(dateTokens(rangeText(row.unmatched, e.edit.range)), dateTokens(e.edit.newText))) ed.dateViolations++;
      }
      let u2: string;
      try {
        u2 = applyEdits(row.unmatched, preferred.map((e) => e.edit));
      } catch (e) {
        if (!(e instanceof OverlappingEditsError)) throw e;
        ed.overlapping++;
        u2 = fix.text;
      }
      if (fix.edits.every((e) => e.preferred) && u2 !== fix.text) ed.textMismatch++;
      if (!sameList(dateTokens(row.unmatched), dateTokens(u2))) ed.documentDateViolations++;
      const aU2 = await timed('analyze', () => engine.analyze(u2, undefined, { kind: 'resume', referenceMonth: row.referenceMonth }));
      const mU2 = await timed('match', () => engine.match(aU2, aJD));
      ed.recall.add(predictedOf(aU2.skills), F);
      ed.recallBefore.add(predictedOf(aU.skills), F);
      if (mU2.score >= mM.score - 0.05) ed.within++;
      if (mU2.match) ed.decision++;
      if (mU.match) ed.decisionBefore++;
      ed.scoresBefore.push(mU.score);
      ed.scoresAfter.push(mU2.score);
    } catch (e) {
      errors.push({ row: row.index, stage: 'fix', message: (e as Error).message });
    }

    // generation
    try {
      // the k suggestions only: the stretch role (a step up) is not one of them
      const jobs = (await timed('generate', () => engine.generateMatchingJobs(aM, k))).filter((j) => !j.stretch);
      gen.rows++;
      gen.generated += jobs.length;
      const goldTitle = jobTitleOf(row.jd);
      if (jobs.some((j) => titleJaccard(j.title, goldTitle) >= 0.5)) gen.hits++;
      let best = { precision: 0, recall: 0, f1: -1 };
      let bestAnalysis: DocumentAnalysis | undefined;
      const analyses: DocumentAnalysis[] = [];
      for (const j of jobs) {
        const a = await timed('analyze', () => engine.analyze(j.markdown, undefined, { kind: 'job' }));
        analyses.push(a);
        const s = prf(predictedOf(a.skills), S);
        if (s.f1 > best.f1) {
          best = s;
          bestAnalysis = a;
        }
      }
      if (bestAnalysis) gen.micro.add(predictedOf(bestAnalysis.skills), S);
      else gen.micro.add([], S);
      gen.bestF1.push(Math.max(0, best.f1));
      gen.bestP.push(best.precision);
      gen.bestR.push(best.recall);
      if (jobs.length) {
        const top = await timed('match', () => engine.match(aM, analyses[0]));
        gen.top.push(top.score);
        if (jobs[0].score !== undefined) gen.topReported.push(jobs[0].score);
      } else {
        gen.top.push(0);
      }
    } catch (e) {
      errors.push({ row: row.index, stage: 'generate', message: (e as Error).message });
    }
    options.onRow?.(r + 1, rows.length);
  }

  const totalMs = performance.now() - t0;
  const decisionCorrect = decisions.filter((d, i) => d === (labels[i] === 1)).length;
  const half = (want: number) => decisions.filter((d, i) => labels[i] === want && d === (want === 1)).length / Math.max(1, labels.filter((y) => y === want).length);
  const missAll = new PRF().merge(miss.unmatched).merge(miss.matched);
  const skAll = new PRF().merge(sk.jd).merge(sk.matched).merge(sk.unmatched);
  const primary = classReport(expGold, expPred.map((p) => p.primary));
  const status = engine.status;

  return {
    rows: rows.length,
    errors,
    match: {
      pairwiseAccuracy: pairwiseN ? pairwiseCorrect / pairwiseN : 0,
      rocAuc: rocAuc(scores, labels) ?? null,
      decisionAccuracy: decisions.length ? decisionCorrect / decisions.length : 0,
      decisionAccuracyM: half(1),
      decisionAccuracyU: half(0),
      meanScoreM: mean(scores.filter((_, i) => labels[i] === 1)),
      meanScoreU: mean(scores.filter((_, i) => labels[i] === 0)),
    },
    skills: { all: skAll.toJSON(), jd: sk.jd.toJSON(), matched: sk.matched.toJSON(), unmatched: sk.unmatched.toJSON(), jdRequired: sk.jdRequired.toJSON() },
    missingSkills: { ...missAll.toJSON(), unmatched: miss.unmatched.toJSON(), matched: miss.matched.toJSON() },
    experience: {
      ...primary,
      absolute: classReport(expGold, expPred.map((p) => p.absolute)),
      relative: classReport(expGold, expPred.map((p) => p.relative)),
      unlabeled: expUnlabeled,
    },
    editing: {
      rows: ed.rows,
      edits: ed.edits,
      preferredEdits: ed.preferredEdits,
      rowsWithoutEdits: ed.rowsWithoutEdits,
      recall: ed.recall.recall,
      recallBefore: ed.recallBefore.recall,
      scoreWithinMargin: ed.rows ? ed.within / ed.rows : 0,
      decisionMatch: ed.rows ? ed.decision / ed.rows : 0,
      decisionMatchBefore: ed.rows ? ed.decisionBefore / ed.rows : 0,
      meanScoreBefore: mean(ed.scoresBefore),
      meanScoreAfter: mean(ed.scoresAfter),
      dateViolations: ed.dateViolations,
      documentDateViolations: ed.documentDateViolations,
      textMismatch: ed.textMismatch,
      overlapping: ed.overlapping,
    },
    generation: {
      rows: gen.rows,
      k,
      titleHitAt5: gen.rows ? gen.hits / gen.rows : 0,
      bestSkillF1: mean(gen.bestF1),
      bestSkillPrecision: mean(gen.bestP),
      bestSkillRecall: mean(gen.bestR),
      bestSkillMicro: gen.micro.toJSON(),
      topScore: mean(gen.top),
      topReportedScore: gen.topReported.length ? mean(gen.topReported) : null,
      meanGenerated: gen.rows ? gen.generated / gen.rows : 0,
    },
    timings: { totalMs, perRowMs: rows.length ? totalMs / rows.length : 0, stages },
    engine: { engine: status.engine, device: status.device, ...(status.message ? { message: status.message } : {}) },
    notes: NOTES,
  };
}

