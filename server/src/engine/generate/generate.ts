// Generative career guidance (after GIRL): occupations a resume fits, each written out as a full
// Markdown job description, then judged by the matcher against the resume. Also a job
// description from a bare title.
import type { SkillGraph, GraphOccupation, OccupationSkill } from '../graph/graph.js';
import type { DocumentAnalysis, GeneratedJob, MatchResult } from '../types.js';
import { contentWords, jaccard, shownInWords, titleSimilarity } from '../match/similarity.js';
import { contentKeys, normalizeTerm } from '../text/normalize.js';
import { titleKey } from '../text/title-key.js';
import { keepingFieldWords } from '../lang/en/stem-collisions.js';
import { employmentOf, mergedMonths, namedTitle } from '../experience/extract.js';
import { namesOnlyRank, nextGrade, readSeniority, roleLevel, stepUp, withoutRank, withSeniority, SENIORITY_ORDER, SENIORITY_YEARS, type SeniorityLevel } from '../lang/en/seniority.js';
import { resumeFeatures, resumeTitles, type OccupationRanker } from './ranker.js';
import { readsAsTitle, TitleLexicon } from '../experience/lexicon.js';
import { fromCapitals } from '../document/title.js';
import type { JobWriter } from '../models/tasks.js';
import type { CancellationToken } from '../cancel.js';
import { isDescriptorElement, isRatedKnowledge, isUnaskedTool, writePostings, writerPlan } from './write.js';
import { shownBy } from '../lang/en/shown-by.js';
import type { PostingSkills } from './posting-skills.js';

export interface GenerateHooks {
  /** analyze generated Markdown as a job and match it against the resume */
  judge(markdown: string): Promise<MatchResult>;
  /** the trained writer; without it each posting is the graph's template */
  writer?: JobWriter;
  /** the same resume and seed give the same postings */
  seed?: number;
  /** samples written per line of a posting; the checks rank them and, for a resume, the matcher chooses among assemblies */
  samples?: number;
  onProgress?(done: number, total: number): void;
  token?: CancellationToken;
  /** what real postings of each role ask for: a plan names that first */
  asked?: PostingSkills;
}

/** samples drawn per line for a resume's matching jobs, and for a job description from a title */
export const MATCHING_SAMPLES = 2;
export const TITLE_SAMPLES = 8;

/** A role suggested for a resume: a distinct occupation, the title shown, why it fits and what is missing. */
export interface RoleSuggestion {
  occupation: number;
  title: string;
  score: number;
  /** the resume's evidence: the titles that name this occupation, its skills the occupation uses */
  why: string[];
  /** the occupation's core skills the resume does not show */
  missing: string[];
  /** the step-up role: one seniority level above the best suggestion */
  stretch?: boolean;
  seniority: SeniorityLevel;
  /** years of experience the posting asks for */
  years: number;
  /** a role the resume names as one the person held */
  held?: boolean;
}

interface Candidate { occupation: number; score: number; title: string; fromResumeTitle: boolean }

const WHY_SKILLS = 4;
/** a skill more occupations than this list is too general to count as evidence */
const GENERIC_SKILL = 300;
/**
 * how many of the suggestions may be roles the resume already names (the rest are the ranker's):
 * judged blind on train-pool resumes, a fourth held role beat the ranker's fourth pick (39 of 200
 * lists changed: 162 sensible roles against 152), when it is no step down from the person's rank
 */
const HELD_ROLES = 4;
/** held roles shown whatever their rank (a past post below the person's is still theirs to weigh) */
const HELD_ROLES_ANY_RANK = 3;
/** weight of the titles-only query against the whole resume's: equal, fixed (not tuned on dev) */
const TITLE_EXPERT = 1;
/** an occupation within this many logits of a resume title's best one is named by that title */
const TITLE_MARGIN = 2.5;
/** an occupation the resume's features do not point at (cosine at or below this) is never suggested */
const MIN_COSINE = 0.05;
const MISSING_SKILLS = 4;
/** roles judged beyond the count asked for, of which the matcher keeps the best fitting */
const JUDGED_EXTRA = 3;
/** ranker logits a twin's title words are worth (all of them shared: two logits) */
const TWIN_WORDS = 2;

export async function generateMatchingJobs(graph: SkillGraph, resume: DocumentAnalysis, count: number, hooks: GenerateHooks, ranker?: OccupationRanker, lexicon?: TitleLexicon): Promise<GeneratedJob[]> {
  const writer = hooks.writer;
  if (!writer) return bestJudgedTemplates(graph, resume, count, hooks, ranker, lexicon);
  const roles = suggestRoles(graph, resume, count, ranker, lexicon, hooks.asked);
  const requests = roles.map((r) => ({ plan: writerPlan(graph, r.occupation, r.title, r.seniority, r.years, resume, twins(graph, r.occupation, r.title, ranker), hooks.asked), occupationId: graph.occupations[r.occupation].id }));
  const written = await writePostings(writer, requests, { samples: hooks.samples ?? MATCHING_SAMPLES, seed: hooks.seed ?? 0, judge: hooks.judge, onProgress: hooks.onProgress, token: hooks.token });
  const jobs: GeneratedJob[] = [];
  for (const [i, r] of roles.entries()) {
    // a posting the writer left without duties or requirements is the template's, not an empty page
    if (!hasContent(written[i])) { jobs.push(await templateJob(graph, r, resume, hooks, ranker)); continue; }
    jobs.push({
      title: r.title, occupationId: requests[i].occupationId, score: written[i].score, markdown: written[i].markdown,
      why: r.why, missing: r.missing, seniority: r.seniority, ...(r.stretch ? { stretch: true } : {}),
      writer: { samples: written[i].samples, kept: written[i].sample, firstScore: written[i].firstScore },
    });
  }
  return byJudgedFit(jobs);
}

/**
 * GIRL's selection by the reward model, on the template postings: the ranker proposes a few more
 * roles than asked, each is written and judged by the matcher, and the best judged are kept (the
 * roles the person held always stay).
 */
async function bestJudgedTemplates(graph: SkillGraph, resume: DocumentAnalysis, count: number, hooks: GenerateHooks, ranker?: OccupationRanker, lexicon?: TitleLexicon): Promise<GeneratedJob[]> {
  const pool = suggestRoles(graph, resume, count + JUDGED_EXTRA, ranker, lexicon, hooks.asked);
  const judged = await Promise.all(pool.map(async (r) => ({ r, job: await templateJob(graph, r, resume, hooks, ranker) })));
  const fits = judged.filter((x) => !x.r.stretch);
  const kept = new Set(fits.filter((x) => x.r.held).slice(0, count));
  // the matcher favours near-copies of a role already on the list ("Audit Supervisor" beside
  // "Supervising Auditor"): a role beyond the ranker's own choice that shares a function with one
  // of them is passed over
  const ranked = new Set(fits.slice(0, count));
  for (const x of [...fits].sort((a, b) => (b.job.score ?? 0) - (a.job.score ?? 0))) {
    if (kept.size >= count) break;
    if (kept.has(x) || (!ranked.has(x) && fits.some((k) => k !== x && (ranked.has(k) || kept.has(k)) && sameFunction(k.r.title, x.r.title)))) continue;
    kept.add(x);
  }
  // too few distinct roles: the best of the rest, as the ranker's list would have them
  for (const x of fits) if (kept.size < count) kept.add(x);
  return byJudgedFit([...fits.filter((x) => kept.has(x)), ...judged.filter((x) => x.r.stretch)].map((x) => x.job));
}

/**
 * The suggestions best judged first, the stretch role last: the ranker chooses which roles, the
 * matcher (GIRL's reward model) says how well the resume fits each written posting, and a list
 * that shows "31%" above "49%" reads as a mistake.
 */
export function byJudgedFit<T extends { score?: number; stretch?: boolean }>(jobs: T[]): T[] {
  const fits = jobs.filter((j) => !j.stretch).map((j, i) => ({ j, i })).sort((a, b) => (b.j.score ?? 0) - (a.j.score ?? 0) || a.i - b.i).map((x) => x.j);
  return [...fits, ...jobs.filter((j) => j.stretch)];
}

/** Whether a written posting says what the role involves or asks for (the writer's checks can leave neither). */
function hasContent(posting: { check: { sections: string[] } }): boolean {
  return posting.check.sections.includes('Responsibilities') || posting.check.sections.includes('Requirements');
}

/** A suggested role as the graph's template writes it, judged against the resume. */
async function templateJob(graph: SkillGraph, r: RoleSuggestion, resume: DocumentAnalysis, hooks: GenerateHooks, ranker?: OccupationRanker): Promise<GeneratedJob> {
  const markdown = renderJob(graph, r.occupation, r.title, resume, r.years, twins(graph, r.occupation, r.title, ranker), hooks.asked, ranker);
  const judged = await hooks.judge(markdown);
  return {
    title: r.title, occupationId: graph.occupations[r.occupation].id, score: judged.score, markdown,
    why: r.why, missing: r.missing, seniority: r.seniority, ...(r.stretch ? { stretch: true } : {}),
  };
}

export async function generateJobFromTitle(graph: SkillGraph, title: string, ranker?: OccupationRanker, hooks: Omit<GenerateHooks, 'judge'> = {}): Promise<GeneratedJob> {
  const clean = tidyTitle(title);
  const { level, stated } = readSeniority(clean);
  const occ = titleOccupation(graph, clean, ranker);
  const seniority = { seniority: level };
  const years = stated ? Math.max(1, SENIORITY_YEARS[level]) : 2;
  if (hooks.writer) {
    // an unknown title is still written, from the title alone: the writer knows postings, not only the graph
    const plan = occ !== undefined ? writerPlan(graph, occ, clean, level, years, undefined, twins(graph, occ, clean, ranker), hooks.asked) : { title: clean, seniority: level, years, skills: [] };
    const occupationId = occ !== undefined ? graph.occupations[occ].id : 'none';
    const [best] = await writePostings(hooks.writer, [{ plan, occupationId }], { samples: hooks.samples ?? TITLE_SAMPLES, seed: hooks.seed ?? 0, onProgress: hooks.onProgress, token: hooks.token });
    if (hasContent(best)) return { title: clean, occupationId, markdown: best.markdown, ...seniority, writer: { samples: best.samples, kept: best.sample } };
  }
  if (occ === undefined) return { title: clean, occupationId: 'none', markdown: renderGeneric(clean), ...seniority };
  return { title: clean, occupationId: graph.occupations[occ].id, markdown: renderJob(graph, occ, clean, undefined, years, twins(graph, occ, clean, ranker), hooks.asked, ranker), ...seniority };
}

/**
 * The occupation a typed title names: the ranker's best for the title (an RJDB occupation, one
 * job ad's title, only when the title is that title), else the graph's best title match.
 */
export function titleOccupation(graph: SkillGraph, title: string, ranker?: OccupationRanker): number | undefined {
  const clean = tidyTitle(title);
  if (!ranker) return graph.findOccupationsByTitle(readSeniority(clean).base, 1)[0]?.occupation;
  const hits = ranker.rank(ranker.encodeTitle(clean), 10).filter((h) => graph.occupations[h.occupation].source !== 'rjdb' || normalizeTerm(graph.occupations[h.occupation].title) === normalizeTerm(clean));
  const ranked = hits.map((h) => h.occupation);
  return namedByTitle(graph, clean, ranked) ?? mostListedFor(graph, readSeniority(clean).base, ranked) ?? ranked[0];
}

/**
 * For a title O*NET lists for several occupations, the one it lists most strongly (most sources;
 * "Sales Associate": retail salespersons, not securities sales agents; "Line Cook": restaurant
 * cooks, not fast-food cooks), the ranker's order breaking ties. Undefined where O*NET does not
 * list the title, or where the ranker's first reading is already one of the strongest, or an ESCO
 * occupation one of whose labels is the title.
 */
export function mostListedFor(graph: SkillGraph, title: string, ranked: readonly number[]): number | undefined {
  const listings = graph.titleListings(title);
  if (!listings.length) return undefined;
  const first = ranked[0];
  const key = titleKey(title);
  if (first !== undefined && graph.occupations[first].source === 'esco' && graph.titlesForOccupation(first).includes(key)) return undefined;
  const strongest = listings.filter((l) => l.strength === listings[0].strength).map((l) => l.occupation);
  if (first !== undefined && strongest.includes(first)) return undefined;
  return ranked.find((o) => strongest.includes(o)) ?? strongest[0];
}

/**
 * Of the ranker's readings of a typed title (in its order), the first occupation the title names
 * exactly, seniority aside (ESCO's preferred name, or one of the roles an O*NET title names in the
 * plural): "Carpenter" is the carpenter, "Data Analyst" the data analyst, even where the ranker
 * puts a role it learned near the words first (set builder, call centre analyst). None when the
 * title is no occupation's name.
 */
export function namedByTitle(graph: SkillGraph, title: string, occupations: readonly number[]): number | undefined {
  const base = normalizeTerm(readSeniority(title).base);
  if (!base) return undefined;
  return occupations.find((o) => {
    const occ = graph.occupations[o];
    const name = normalizeTerm(occ.title);
    if (occ.source !== 'onet') return name === base;
    // an O*NET title names several roles in the plural ("Janitors and Cleaners, Except Maids and
    // Housekeeping Cleaners": a janitor, a cleaner); a catch-all ("All Other") names none
    if (/\ball other\b/.test(name)) return false;
    // (normalizeTerm reads a plural singular: "Cleaners" is "cleaner")
    return occ.title.split(/,\s*(?:and\s+)?|\s+and\s+/i).map(normalizeTerm).some((part) => part === base && !/^except\b/.test(part));
  });
}

/**
 * The same role in ESCO for an O*NET occupation: O*NET's skills are descriptors and tool lists,
 * its ESCO twin's are the competences a posting names. The twin is the ESCO occupation among the
 * title's ten best that the title names exactly, else its best one, words shared with the title
 * breaking near ties ("Bartender": bartender, not barista); else the occupation's own (escoTwin).
 */
function twins(graph: SkillGraph, occupation: number, title: string, ranker?: OccupationRanker): number[] {
  if (!ranker || graph.occupations[occupation].source === 'esco') return [];
  const base = readSeniority(title).base;
  const words = contentWords(base);
  const esco = ranker.rank(ranker.encodeTitle(base), 10).filter((h) => graph.occupations[h.occupation].source === 'esco');
  // the ESCO occupation the title names exactly ("Sales Manager": sales manager, not motor vehicle shop manager)
  const named = namedByTitle(graph, base, esco.map((h) => h.occupation));
  if (named !== undefined) return [named];
  const best = esco.map((h) => ({ occupation: h.occupation, score: h.score + TWIN_WORDS * jaccard(words, contentWords(graph.occupations[h.occupation].title)) }))
    .sort((a, b) => b.score - a.score)[0];
  if (best) return [best.occupation];
  // the title reads as O*NET roles only ("Teacher"): the occupation's own twin
  const own = escoTwin(graph, occupation, ranker);
  return own === undefined ? [] : [own];
}

/** an ESCO occupation this close to an O*NET one (ranker vectors' cosine) may be its twin */
const TWIN_SIMILARITY = 0.5;
/** cosine a twin's title words are worth (all of them shared with the O*NET title) */
const TWIN_TITLE_SIMILARITY = 0.15;
/** the graph's title match from which an ESCO title names the O*NET role */
const TWIN_TITLE_MATCH = 0.6;
const ESCO_TWINS = new WeakMap<OccupationRanker, Map<number, number | undefined>>();

/**
 * The same role in ESCO for an O*NET occupation, read from the occupation itself, not from how a
 * resume words it: among the ESCO occupations its title names (the ranker's reading of the title,
 * the graph's title index), the one nearest it in the ranker's space, shared title words counting
 * a little ("Marketing Managers": marketing manager, not digital marketing manager); none under
 * TWIN_SIMILARITY ("Production, Planning, and Expediting Clerks" has no ESCO twin: the title reads
 * as a leather production planner, a role far from it).
 */
function escoTwin(graph: SkillGraph, occupation: number, ranker?: OccupationRanker): number | undefined {
  if (!ranker || graph.occupations[occupation].source !== 'onet') return undefined;
  let memo = ESCO_TWINS.get(ranker);
  if (!memo) ESCO_TWINS.set(ranker, (memo = new Map()));
  if (memo.has(occupation)) return memo.get(occupation);
  const title = graph.occupations[occupation].title.replace(/\s*\([^)]*\)/g, '');
  const words = contentWords(title.split(/,\s*/)[0]);
  const named = [
    ...ranker.rank(ranker.encodeTitle(title.split(/,\s*/)[0]), 10).map((h) => h.occupation),
    ...graph.findOccupationsByTitle(title, 20).filter((h) => h.score >= TWIN_TITLE_MATCH).map((h) => h.occupation),
  ];
  let best: number | undefined;
  let bestScore = -Infinity;
  for (const c of new Set(named)) {
    if (graph.occupations[c].source !== 'esco') continue;
    const similarity = ranker.similarity(occupation, c);
    if (similarity < TWIN_SIMILARITY) continue;
    const score = similarity + TWIN_TITLE_SIMILARITY * jaccard(words, contentWords(graph.occupations[c].title));
    if (score > bestScore) { bestScore = score; best = c; }
  }
  memo.set(occupation, best);
  return best;
}

/**
 * The roles a resume fits: `count` distinct occupations, best first, then one stretch role a
 * step up. With the learned ranker the resume is encoded once and every occupation scored;
 * without it (tests, a missing model) the graph's title and skill links rank them. A suggestion
 * keeps the resume's own wording of a role when one of its titles names that occupation; an
 * employer, a place or a section heading is never a title.
 */
export function suggestRoles(graph: SkillGraph, resume: DocumentAnalysis, count: number, ranker?: OccupationRanker, lexicon?: TitleLexicon, asked?: PostingSkills): RoleSuggestion[] {
  const held = resumeTitles(resume, lexicon);
  const words = lexicon ?? TitleLexicon.builtin();
  const current = held.current.map((t) => heldRoleTitle(t, words)).filter(Boolean);
  // an internship or a volunteer post in the past is no role to apply for now ("Auditor (Intern)";
  // "Management Trainee/Office Manager" names a role beside the traineeship and stays)
  const past = held.past.filter((t) => !t.split('/').every((part) => TRAINEE.test(part))).map((t) => heldRoleTitle(t, words)).filter(Boolean);
  // a title that names no line of work ("Specialist") is no role to suggest, in its own words or through its occupation
  const titles = [...current, ...past].filter((t) => !namesNoField(t, words));
  // a learner's post the person holds now is suggested as the role it trains toward, in the
  // worker's name ("Mechanical Engineering Intern" -> "Mechanical Engineer"; the why keeps the
  // post); a bare "Intern" names no role
  const bareLearner = (t: string) => !roleTrainedFor(t) && TRAINEE.test(t) && t.trim().split(/\s+/).length === 1;
  const named = titleOccupations(graph, titles.filter((t) => !roleTrainedFor(t) && !bareLearner(t)), ranker);
  let ranked: Array<{ occupation: number; score: number }>;
  // how the whole resume ranks each occupation: a held title's reading among near ties
  let resumeScore = new Map<number, number>();
  if (ranker) {
    const f = resumeFeatures(graph, resume, lexicon);
    const whole = ranker.encode(f);
    resumeScore = new Map(ranker.rank(whole, Number.MAX_SAFE_INTEGER).map((r) => [r.occupation, r.score]));
    // the whole resume, and its titles alone: the roles a person held are the strongest evidence
    ranked = ranker.rankMixture([[whole, 1], [ranker.encode({ current: f.current, past: f.past }), TITLE_EXPERT]], Math.max(300, count * 40))
      .filter((r) => r.cosine > MIN_COSINE);
  } else {
    ranked = rankOccupations(graph, resume, Math.max(count * 6, 30), lexicon);
  }
  const resumeSkills = resumeSkillIndices(graph, resume);
  const picked: RoleSuggestion[] = [];
  const sameOccupation = (a: number, b: number) => a === b || (ranker ? ranker.similarity(a, b) >= ranker.sameOccupation : false);
  const push = (occupation: number, title: string, score: number, own: string[], held = false) => {
    const { why } = fitEvidence(graph, occupation, resumeSkills, own);
    const missing = gapsFor(graph, occupation, resume, resumeSkills, escoTwin(graph, occupation, ranker), asked);
    picked.push({ occupation, title, score, why, missing, seniority: readSeniority(title).level, years: experienceYears(resume, title), ...(held ? { held } : {}) });
  };
  // the roles the person held come first (up to HELD_ROLES, latest first, at least one of the
  // ranker's), in their own words: each title's best occupation through the encoder (or the
  // graph's titles without it)
  const scoreOf = new Map(ranked.map((r) => [r.occupation, r.score]));
  // the rank the person has reached: their current role's, else their latest role's (a person
  // between jobs is no beginner); a step up is measured from the same roles
  const latest = current.length ? current : past.slice(0, 1);
  const personLevel = Math.max(0, ...latest.map((t) => roleLevel(t)));
  const reachLevel = latest.length ? personLevel : undefined;
  for (const t of titles) {
    if (picked.length >= Math.min(HELD_ROLES, Math.max(1, count - 1))) break;
    const role = roleTrainedFor(t) ?? t;
    if (namesOnlyRank(role) || bareLearner(role)) continue;
    if (picked.length >= HELD_ROLES_ANY_RANK && isStepDown(role, personLevel, resume.totalYears)) continue;
    const hits = heldTitleReadings(graph, role, ranker);
    const hit = ranker ? titleInContext(graph, hits, resumeScore) : hits.find((h) => graph.occupations[h.occupation].source !== 'rjdb');
    if (!hit || (ranker && hit.score < hits[0].score - TITLE_MARGIN)) continue;
    const title = ownTitle(role);
    if (picked.some((p) => sameOccupation(p.occupation, hit.occupation) || sameTitle(p.title, title))) continue;
    push(hit.occupation, title, scoreOf.get(hit.occupation) ?? hit.score, [t], true);
  }
  // then the ranker's best: first those whose title's field the resume names (fieldNamed), and
  // within each, those the resume shows evidence for (a title, a specific skill) before the rest.
  // Without a held role the ranker's order stands: a resume whose roles were not read is mostly
  // a list of keywords that names every field's words (judged blind on train-pool resumes without
  // held roles, the field's order lost: 33 -> 28 sensible roles of 60)
  const heldOccupations = picked.map((p) => p.occupation);
  const fillIns = ranker ? nearHeldFirst(ranker, ranked, heldOccupations) : ranked;
  const resumeWords = resumeWordsOf(resume);
  const fields = new Map<string, 'all' | 'some' | 'none'>();
  const fieldOf = (title: string) => {
    if (!heldOccupations.length) return 'all';
    let field = fields.get(title);
    if (!field) fields.set(title, (field = fieldNamed(title, resumeWords, words)));
    return field;
  };
  for (const [field, needEvidence] of [['all', true], ['all', false], ['some', true], ['some', false], ['none', true], ['none', false]] as const) {
    for (const { occupation, score } of fillIns) {
      if (picked.length >= count) break;
      if (picked.some((p) => sameOccupation(p.occupation, occupation))) continue;
      let own = named.get(occupation);
      let title = own ? ownTitle(own.title) : displayTitle(graph, occupation, words);
      // a specialty of a role already on the list, named by the same title ("Staff Nurse" names
      // Acute Care Nurses too), is a role of its own under its own name
      if (own && picked.some((p) => sameTitle(p.title, title))) {
        const shown = displayTitle(graph, occupation, words);
        if (!isSpecialtyOf(shown, title)) continue;
        own = undefined;
        title = shown;
      }
      if (!own && onlyInOwnWords(graph.occupations[occupation])) continue;
      if (!title || picked.some((p) => sameTitle(p.title, title))) continue;
      if (!own && (isStepDown(title, personLevel, resume.totalYears) || (reachLevel !== undefined && isStepTooFar(title, reachLevel, resume.totalYears)))) continue;
      if (!own && fieldOf(title) !== field) continue;
      if (needEvidence && !fitEvidence(graph, occupation, resumeSkills, own ? [own.title] : []).evidence) continue;
      push(occupation, title, score, own ? [own.title] : []);
    }
  }
  const stretch = picked.length ? stretchRole(graph, resume, picked, ranked, current[0], resumeSkills, (occ) => gapsFor(graph, occ, resume, resumeSkills, escoTwin(graph, occ, ranker), asked), words) : undefined;
  return stretch ? [...picked, stretch] : picked;
}

/** the resume's content words (derivations folded: "marketing" is "market"), read once per resume */
const RESUME_WORDS = new WeakMap<DocumentAnalysis, ReadonlySet<string>>();
function resumeWordsOf(resume: DocumentAnalysis): ReadonlySet<string> {
  let words = RESUME_WORDS.get(resume);
  if (!words) {
    words = new Set(blockWordsOf(resume).flatMap((block) => [...block]));
    RESUME_WORDS.set(resume, words);
  }
  return words;
}

/** words of an occupation's title that name no field: "and", "of", "all other", "general", "first-line" */
const TITLE_GLUE = new Set(['and', 'of', 'the', 'for', 'in', 'all', 'other', 'except', 'or', 'a', 'an', 'to', 'general', 'first', 'line']);

/**
 * How much of the field an occupation's title names the resume names anywhere: 'all' of the
 * title's field words (those that do not head titles: "Marine" and "Naval" of "Marine Engineer
 * and Naval Architect", not "Engineer"; a title of role words alone, "Chef", by those), 'some',
 * or 'none'. Labelled by a recruiter on 50 train-pool resumes, a fill-in whose field the resume
 * never names was sensible 9 of 111 times (a "Foundry Manager" for an engineering manager), some
 * of it 15 of 95, all of it 71 of 145.
 */
export function fieldNamed(title: string, resumeWords: ReadonlySet<string>, lexicon: TitleLexicon): 'all' | 'some' | 'none' {
  const words = title.toLowerCase().split(/[^a-z]+/).filter((w) => w && !TITLE_GLUE.has(w));
  const fieldOnly = words.filter((w) => !headsTitles(w, lexicon));
  // a title of role words alone names its field by them ("Chef", "Architect", "Bank Teller")
  const field = fieldOnly.length ? fieldOnly : words;
  if (!field.length) return 'all';
  const present = field.filter((w) => [...contentWords(w)].some((k) => resumeWords.has(k))).length;
  return present === field.length ? 'all' : present > 0 ? 'some' : 'none';
}

/** a word that heads titles more than it qualifies them ("manager", "engineer", "technician") */
function headsTitles(word: string, lexicon: TitleLexicon): boolean {
  const heads = lexicon.heads(word);
  return heads >= FIELDLESS_HEADS && heads >= HEAD_SHARE * lexicon.occurs(word);
}

/** a word titles use mostly to qualify another ("security" of "Security Guard", "computer"); unknown words are not */
function qualifiesTitles(word: string, lexicon: TitleLexicon): boolean {
  const occurs = lexicon.occurs(word);
  return occurs >= QUALIFIER_OCCURRENCES && lexicon.heads(word) < HEAD_SHARE * occurs;
}
/** share of a word's titles it must head to read as a role word rather than a qualifier */
const HEAD_SHARE = 0.3;
/** titles a word must occur in before its use is read from the table */
const QUALIFIER_OCCURRENCES = 5;
/** how many titles a word must head to name a role, not a field */
const FIELDLESS_HEADS = 20;

/** weight of an occupation's nearness to the roles the person held against the ranker's score (see nearHeldFirst) */
const NEAR_HELD_WEIGHT = 30;

/**
 * The ranker's occupations in the order fill-in suggestions take them: by score plus
 * NEAR_HELD_WEIGHT times the occupation's nearest cosine to a role the person held. Labelled by a
 * recruiter on 50 train-pool resumes (356 fill-in roles), a fill-in far from every held role was
 * rarely sensible (cosine under 0.3: 3 of 75; 0.6 and over: 22 of 36), and that nearness told
 * sensible from not better than the score (AUC 0.74 against 0.68); without held roles, the score.
 */
export function nearHeldFirst<T extends { occupation: number; score: number }>(ranker: Pick<OccupationRanker, 'similarity'>, ranked: T[], held: number[]): T[] {
  if (!held.length) return ranked;
  const near = (o: number) => Math.max(...held.map((h) => ranker.similarity(h, o)));
  return ranked.map((r) => ({ r, key: r.score + NEAR_HELD_WEIGHT * near(r.occupation) })).sort((a, b) => b.key - a.key).map((x) => x.r);
}

const TRAINEE = /\b(?:intern|internship|trainee|apprentice|apprenticeship|volunteer|student|extern|externship)\b/i;
const OWNERSHIP = /^(?:co-?\s?owner|owner|co-?founder|founder|proprietor|partner)$/i;

/** a parenthesis that states the terms of a post, not the role ("Auditor (Intern)", "Nurse (Per Diem)") */
const TERMS = /\s*\((?:[^)]*\b(?:intern|internship|trainee|volunteer|student|contract|contractor|temp|temporary|part[- ]?time|full[- ]?time|seasonal|interim|remote|per diem|casual|bank|locum)\b[^)]*)\)\s*/gi;

/** military ranks, with their grade ("Petty Officer 3rd Class", "Master Sergeant", "Chief Warrant Officer Two", "Non-Commissioned Officer") */
const MILITARY_RANK = /\b(?:(?:leading\s+|chief\s+|senior\s+chief\s+|master\s+chief\s+)?petty\s+officer(?:\s+(?:1st|2nd|3rd|first|second|third)\s+class)?|(?:master\s+|staff\s+|first\s+|gunnery\s+|technical\s+|command\s+)?sergeant(?:\s+major)?|(?:lance\s+)?corporal|(?:first\s+|second\s+)?lieutenant(?:\s+(?:colonel|commander))?|(?:chief\s+)?warrant\s+officer(?:\s+(?:one|two|three|four|five|[1-5]))?|non[\s-]?commissioned\s+officer|(?:senior\s+)?airman|seaman|private\s+first\s+class)s?\b/gi;

/** a first word that states the terms of a post, not the role: "Interim Marketing Manager", "Freelance Website Designer" ("Acting Coach" and "Contract Manager" name work) */
const TERMS_BEFORE = /^\s*(?:interim|temporary|freelance|part[- ]?time|full[- ]?time|seasonal|per diem|locum|prn)\s+(?=\S)/i;

/**
 * A held role's title as a role one applies for. A title written as several roles keeps them all
 * ("Buyer/Planner"), but not an ownership stake or a traineeship ("Co-Owner/Financial Liaison",
 * "Management Trainee/Office Manager") nor a short qualifier that names no role beside one that
 * does ("Account Executive Sales Agent/FedEx Account", "Corporate Recruiter/Staffing"); a
 * parenthesis or a first word stating the post's terms is dropped ("Auditor (Intern)", "Interim
 * Marketing Manager"), any other parenthesis kept ("(ICU)").
 */
export function heldRoleTitle(title: string, lexicon: TitleLexicon): string {
  // a military rank is no civilian post: the post beside it is ("Aviation Electrician Petty Officer
  // 3rd Class" -> "Aviation Electrician"), a rank alone names none; beside a field that names no
  // post ("Logistics Noncommissioned Officer") the title stays whole, the field still tells the ranker
  const written = title.replace(/\s+/g, ' ').trim();
  const civilian = written.replace(MILITARY_RANK, ' ').replace(/\s+/g, ' ').trim();
  if (!civilian) return '';
  const role = civilian === written || readsAsTitle(civilian, lexicon) ? civilian : title;
  const plain = role.replace(TERMS, ' ').replace(TERMS_BEFORE, '').replace(/\s+/g, ' ').trim() || role;
  const parts = plain.split(/\s*\/\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return plain;
  const reads = parts.map((p) => readsAsTitle(p, lexicon));
  if (!reads.some(Boolean)) return plain;
  const roles = parts.filter((p, i) => !OWNERSHIP.test(p) && !TRAINEE.test(p) && (reads[i] || p.split(' ').length > 2));
  return roles.length ? roles.join('/') : plain;
}

/** A held title's readings, best first: the encoder's ten (the graph's close titles without it), field words as written. */
export function heldTitleReadings(graph: SkillGraph, title: string, ranker?: OccupationRanker): Array<{ occupation: number; score: number }> {
  if (!ranker) return keepingFieldWords(graph, title, graph.findOccupationsByTitle(title, 4).filter((h) => h.score >= 0.6));
  // the encoder reads any title into some field, one it never saw by its neighbours' words ("SAP
  // Consultant" as an agricultural inspector, "Marketer/Administrator" as a registered nurse): a
  // reading counts only where one of the occupation's titles shares a word with the title
  const words = new Set(contentKeys(readSeniority(title).base));
  return keepingFieldWords(graph, title, ranker.rank(ranker.encodeTitle(title), 10)).filter((h) => titleWordsOf(graph, h.occupation).some((w) => words.has(w)));
}

const OCCUPATION_TITLE_WORDS = new WeakMap<SkillGraph, Map<number, string[]>>();
/** the content words of an occupation's titles (its name, alternate and reported titles) */
function titleWordsOf(graph: SkillGraph, occupation: number): string[] {
  let byOccupation = OCCUPATION_TITLE_WORDS.get(graph);
  if (!byOccupation) { byOccupation = new Map(); OCCUPATION_TITLE_WORDS.set(graph, byOccupation); }
  let words = byOccupation.get(occupation);
  if (!words) {
    words = [...new Set([graph.occupations[occupation].title, ...graph.titlesForOccupation(occupation)].flatMap((t) => contentKeys(t)))];
    byOccupation.set(occupation, words);
  }
  return words;
}

/** Occupations the resume's own titles name (each title's best occupation and those close behind it), with the title that names them. */
function titleOccupations(graph: SkillGraph, titles: string[], ranker?: OccupationRanker): Map<number, { title: string; share: number }> {
  const out = new Map<number, { title: string; share: number }>();
  for (const t of titles) {
    if (namesOnlyRank(t)) continue;
    const hits = heldTitleReadings(graph, t, ranker);
    if (!hits.length) continue;
    const top = hits[0].score;
    for (const h of hits) {
      // the title's own occupation and those close behind it (the same role in another taxonomy, a near variant)
      const close = ranker ? h.score >= top - TITLE_MARGIN : h.score >= Math.max(0.75, top - 0.05);
      if (!close || out.has(h.occupation)) continue;
      out.set(h.occupation, { title: t, share: h.score });
    }
  }
  return out;
}

function resumeSkillIndices(graph: SkillGraph, resume: DocumentAnalysis): Map<number, string> {
  const out = new Map<number, string>();
  for (const s of resume.skills) {
    const node = graph.skillById(s.id);
    if (node && !out.has(node.index)) out.set(node.index, s.name);
  }
  return out;
}

/** each block's content words, read once per resume (a role list explains hundreds of candidates) */
const BLOCK_WORDS = new WeakMap<DocumentAnalysis, Array<ReadonlySet<string>>>();
function blockWordsOf(resume: DocumentAnalysis): Array<ReadonlySet<string>> {
  const known = BLOCK_WORDS.get(resume);
  if (known) return known;
  const words = resume.doc.blocks.map((b) => contentWords(b.text));
  BLOCK_WORDS.set(resume, words);
  return words;
}

/** Why an occupation fits: the titles that name it, the specific skills of it the resume holds. */
function fitEvidence(graph: SkillGraph, occupation: number, have: Map<number, string>, titles: string[]): { why: string[]; evidence: boolean } {
  const why = titles.map((t) => `worked as ${ownTitle(t)}`);
  // skills half the world's occupations use (office software, time management) show nothing
  const shared = graph.skillsForOccupation(occupation).filter((s) => have.has(s.skill) && graph.occupationsForSkill(s.skill).length <= GENERIC_SKILL)
    .sort((a, b) => graph.occupationsForSkill(a.skill).length - graph.occupationsForSkill(b.skill).length || Number(b.essential) - Number(a.essential) || b.weight - a.weight)
    .slice(0, WHY_SKILLS).map((s) => have.get(s.skill)!);
  if (shared.length) why.push(`skills: ${shared.join(', ')}`);
  const evidence = why.length > 0;
  if (!why.length) why.push('related skills and experience');
  return { why, evidence };
}

/**
 * The skills a posting for the role would ask that the resume does not show, in the order of
 * GAP_RANKS (gapRank): the tools its postings ask for, then its essential competences, then its
 * optional ones specific to its field (an O*NET role's competences are its ESCO twin's: O*NET
 * rates every role on the same descriptors and lists tools), by weight, those real postings name
 * more often first among equals. Judged blind on training-pool resumes (tools/eval/judged/), the
 * kinds left out were mostly false or beside the point: what every occupation is rated on (O*NET's
 * descriptor elements, and on an O*NET role the ESCO knowledge they merged with: a nurse's
 * "psychology"), what half the world's roles use ("office software", "Excel"), a tool O*NET lists
 * that the role's postings do not ask for (a chef's "Apple Safari"), and an optional competence
 * every sector shares. The role's real postings asking for one puts it back.
 */
export function gapsFor(graph: SkillGraph, occupation: number, resume: DocumentAnalysis, have: Map<number, string>, twin: number | undefined, asked?: PostingSkills): string[] {
  const roles = twin === undefined ? [occupation] : [occupation, twin];
  const askedFor = new Set((asked?.askedFor(roles) ?? []).map((a) => a.skill));
  const popularity = (skill: number) => asked?.popularity(skill) ?? 0;
  const seen = new Set<number>();
  const pool: Array<OccupationSkill & { rank: number }> = [];
  for (const occ of roles) {
    for (const s of graph.skillsForOccupation(occ)) {
      if (seen.has(s.skill) || isDescriptorElement(graph.skills[s.skill].id) || isRatedKnowledge(graph, occ, s.skill)) continue;
      seen.add(s.skill);
      const rank = gapRank(graph, occ, s);
      if (askedFor.has(s.skill) || rank !== undefined) pool.push({ ...s, rank: rank ?? GAP_RANKS.length });
    }
  }
  const candidates = pool.sort((a, b) => a.rank - b.rank || Number(b.essential) - Number(a.essential) || b.weight - a.weight || popularity(b.skill) - popularity(a.skill));
  const haveWords = [...have.values()].map((n) => contentWords(n));
  // a suite or product the resume lists, however written ("MS Office Suite"), shows what it bundles or is written in
  const heldNames = [...have.values(), ...resume.skills.map((s) => s.text)];
  const blockWords = blockWordsOf(resume);
  const missing: string[] = [];
  for (const { skill } of candidates) {
    if (missing.length >= MISSING_SKILLS) break;
    if (have.has(skill)) continue;
    const name = graph.skills[skill].name;
    // "Outlook" is no gap of a resume that lists MS Office, nor JavaScript of one that lists jQuery
    if (shownBy(name, heldNames)) continue;
    if (name.split(' ').length > 5 || haveWords.some((w) => jaccard(w, contentWords(name)) >= 0.5)) continue;
    // a competence the resume's lines show in other words, as the matcher reads them ("analyse insurance needs")
    const words = contentWords(name);
    if (blockWords.some((b) => shownInWords(words, b) > 0)) continue;
    if (missing.some((m) => normalizeTerm(m) === normalizeTerm(name))) continue;
    missing.push(name);
  }
  return missing;
}

/** the kinds of skill a missing list names, in order; a kind not listed is no gap (gapsFor) */
const GAP_RANKS = ['tool', 'essential and specific', 'essential across sectors', 'optional and specific'] as const;

/**
 * Where a role's skill stands in a missing list (GAP_RANKS), undefined when it is no gap of its
 * own: the In Demand tools, then the role's essential competences, those specific to its field
 * first; an optional one only when specific to the field (a secondary school teacher's optional
 * "microbiology-bacteriology" is one subject's, not the role's; its essential "assess students" is
 * the role's, though ESCO finds it in several sectors).
 */
function gapRank(graph: SkillGraph, occupation: number, edge: OccupationSkill): number | undefined {
  const node = graph.skills[edge.skill];
  if (graph.occupationsForSkill(edge.skill).length > GENERIC_SKILL || node.reuse === 'transversal') return undefined;
  if (node.tool) return isUnaskedTool(graph, occupation, edge) ? undefined : 0;
  const acrossSectors = node.reuse === 'cross-sector';
  if (edge.essential) return acrossSectors ? 2 : 1;
  return acrossSectors ? undefined : 3;
}

/**
 * The occupation a held title names, read in the resume's context: among the title's readings
 * within TITLE_MARGIN of its best, the one the title and the whole resume score highest together
 * (a product of experts, as the ranker's mixture: "Associate Designer" in a fashion resume, not a
 * web designer's; "Team Leader" in a garage, not a zoo's). RJDB occupations, single job ads, are
 * no reading.
 */
function titleInContext<T extends { occupation: number; score: number }>(graph: SkillGraph, hits: T[], resumeScore: Map<number, number>): T | undefined {
  const readings = hits.filter((h) => graph.occupations[h.occupation].source !== 'rjdb');
  if (!readings.length) return undefined;
  const close = readings.filter((h) => h.score >= readings[0].score - TITLE_MARGIN);
  // the resume's ranking scores every occupation the title's does; without one the title decides
  return close.map((h) => ({ h, joint: h.score + (resumeScore.get(h.occupation) ?? 0) }))
    .sort((a, b) => b.joint - a.joint)[0].h;
}

/**
 * A specialty of a role: the same head noun with words of its own before it ("Acute Care Nurse"
 * of "Staff Nurse", "Financial Accountant" of "Accountant"); a role that shares a word elsewhere
 * ("Nurse Responsible for General Care", "Accounting Assistant") is another reading of it or
 * another role.
 */
export function isSpecialtyOf(title: string, role: string): boolean {
  const a = contentKeys(readSeniority(title).base);
  const b = contentKeys(readSeniority(role).base);
  if (!a.length || !b.length || a.at(-1) !== b.at(-1) || !a.slice(0, -1).some((w) => !b.includes(w))) return false;
  // a longer name that holds every word of a qualified role is that role ("Exercise Trainer and
  // Group Fitness Instructor" of "Fitness Instructor"); a bare role's qualified forms are specialties
  return b.length === 1 || !b.every((w) => a.includes(w));
}

/** under this many years of work, a title that states no level is an entry-level one */
const ENTRY_YEARS = 2;
const LEADER = /\b(?:manager|director|head|chief|supervisor|lead|principal)s?\b/i;
/** posts at the top of an organisation: a chief officer, a president (a vice president has one above), an owner */
const TOP_OF_ORGANISATION = /\b(?:chief\s+\w+(?:\s+\w+)?\s+officer|ceo|coo|cfo|cto|cio|cmo|(?<!vice[\s-])president|owner|co-?founder|founder|proprietor)\b/i;
/** ... and the one at its very top */
const CHIEF_EXECUTIVE = /\b(?:chief\s+executive|ceo|(?<!vice[\s-])president|owner|co-?founder|founder|proprietor)\b/i;
/** the rank word of a post that oversees a team's work and answers to its manager */
const SUPERVISOR = /\b(?:supervisor|foreman|forewoman|foreperson)\b/i;
/**
 * Whether a post ranks above a person's in the same line of work: a higher rank (a chief officer
 * above the director of the same work) whose title shares a root with the work the person's title
 * names ("Director of Information Technology" -> "Chief Technology Officer"; "IT Manager" is no
 * step to "Property Manager", a finance director none to a "Financial Manager"). A title that
 * names only a rank ("General Manager") has no work to share.
 */
export function stepsUpInWork(person: string, post: string): boolean {
  const rankOf = (title: string) => roleLevel(title) + (TOP_OF_ORGANISATION.test(title) ? 1 : 0);
  const work = contentKeys(withoutRank(person));
  return rankOf(post) > rankOf(person) && (!work.length || contentKeys(withoutRank(post)).some((w) => work.some((v) => sameRoot(w, v))));
}

/** The manager of the work a supervisor's post names ("Shoe Dept. Lead Supervisor" -> "Shoe Dept. Manager"); undefined for any other post. */
export function managerOfSupervised(title: string): string | undefined {
  const base = readSeniority(title).base;
  const m = SUPERVISOR.exec(base);
  if (!m) return undefined;
  const manager = `${base.slice(0, m.index)}Manager${base.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
  return namesOnlyRank(manager) ? undefined : manager;
}

/** A post at the top of an organisation: the chief executive's post for a chief officer, 'none' for the chief executive or the owner, undefined for any other post. */
export function topOfOrganisationStep(title: string): 'Chief Executive Officer' | 'none' | undefined {
  if (!TOP_OF_ORGANISATION.test(title)) return undefined;
  return CHIEF_EXECUTIVE.test(title) ? 'none' : 'Chief Executive Officer';
}

/**
 * One step up from the person's post in its best occupation: an understudy's role ("Assistant
 * Store Manager" -> "Store Manager"), a leader's higher management post in the same work, a
 * chief officer's chief executive post, a supervisor's manager post, else the post one level up
 * ("Accountant" -> "Senior Accountant").
 */
function stretchRole(graph: SkillGraph, resume: DocumentAnalysis, picked: RoleSuggestion[], ranked: Array<{ occupation: number; score: number }>, currentTitle: string | undefined, have: Map<number, string>, gaps: (occupation: number) => string[], lexicon: TitleLexicon): RoleSuggestion | undefined {
  const best = picked[0];
  const now = readSeniority(currentTitle ?? best.title);
  const stated = SENIORITY_ORDER.indexOf(now.level) > SENIORITY_ORDER.indexOf(best.seniority) ? now.level : best.seniority;
  // a title that states no level reads as mid-level, unless the years say entry level (a graduate
  // is no developer waiting for "Senior") or the person holds a learner's post now (suggested as
  // its role: "Digital Marketing Intern" steps up to "Digital Marketing Specialist II")
  const learning = currentTitle !== undefined && roleTrainedFor(currentTitle) !== undefined;
  const level = !learning && (now.stated || readSeniority(best.title).stated || resume.totalYears >= ENTRY_YEARS) ? stated : 'entry';
  const up = stepUp(level);
  const years = Math.max(SENIORITY_YEARS[up], experienceYears(resume, best.title) + 1);
  // the post in the person's own occupation (what it asks for beyond theirs, and the years), or another occupation's (what it asks for)
  const stepTo = (occupation: number, title: string, score: number): RoleSuggestion => ({
    occupation, title, score, why: [`a step up from ${best.title}`, ...fitEvidence(graph, occupation, have, []).why],
    missing: occupation === best.occupation ? [...gaps(occupation).slice(0, 3), `${years}+ years of experience`] : gaps(occupation),
    stretch: true, seniority: up, years,
  });
  // an assistant, a deputy, a substitute or an intern steps up into the role they stand in for or
  // train toward ("Assistant Store Manager" -> "Store Manager", "Mechanical Engineering Intern" ->
  // "Mechanical Engineer"), not into a "Senior" of the understudy post
  const stoodFor = roleStoodInFor(best.title);
  if (stoodFor) {
    const role = roleTrainedFor(best.title) ?? stoodFor.role;
    // the understudy post itself shares most words with the role and is no reason to raise it
    const suggested = picked.some((p) => normalizeTerm(p.title) !== normalizeTerm(best.title) && sameTitle(p.title, role));
    // a learner's next post is the role itself, its second grade where it is already suggested
    return stepTo(best.occupation, suggested ? (up === 'mid' || stoodFor.learner ? `${role} II` : withSeniority(role, 'senior')) : role, best.score);
  }
  // a team lead or a manager steps up into management, not into "Senior" of the work they lead
  if (SENIORITY_ORDER.indexOf(level) >= SENIORITY_ORDER.indexOf('lead') || LEADER.test(readSeniority(best.title).base) || LEADER.test(now.base)) {
    // already leading: the best-ranked management occupation not yet suggested that ranks above
    // the person's post in the same line of work ("IT Manager" is no step to a property manager,
    // a finance director none to a financial manager)
    const lead = ranked.slice(0, 100).find((r) => !picked.some((p) => p.occupation === r.occupation) && !onlyInOwnWords(graph.occupations[r.occupation]) &&
      LEADER.test(graph.occupations[r.occupation].title) && stepsUpInWork(best.title, displayTitle(graph, r.occupation, lexicon)));
    if (lead) {
      const title = displayTitle(graph, lead.occupation, lexicon);
      if (title && !picked.some((p) => sameTitle(p.title, title))) return stepTo(lead.occupation, title, lead.score);
    }
  }
  // the top of an organisation has no "Senior" of its post: a chief officer's step is the chief
  // executive's post, the chief executive's or the owner's none
  const top = topOfOrganisationStep(best.title);
  if (top === 'none') return undefined;
  if (top) {
    const ceo = graph.findOccupationsByTitle(top, 1)[0];
    return !ceo || picked.some((p) => p.occupation === ceo.occupation) ? undefined : stepTo(ceo.occupation, top, best.score);
  }
  // a supervisor's step is the manager of the same work ("Shoe Department Supervisor" -> "Shoe Department Manager")
  const managed = managerOfSupervised(best.title);
  if (managed && !picked.some((p) => sameTitle(p.title, managed))) return stepTo(best.occupation, managed, best.score);
  if (up === level) return undefined;
  let title = stepUpTitle(best.title, up);
  // one step up from entry level is the plain role, which is already suggested: its second grade
  if (up === 'mid' && picked.some((p) => normalizeTerm(p.title) === normalizeTerm(title))) title = `${title} II`;
  return stepTo(best.occupation, title, best.score);
}

/** years after which an entry-rank role (a clerk, an assistant, a helper) is a step down from a plain role */
const EXPERIENCED_YEARS = 5;

/**
 * A role well below the person's: two ranks under theirs ("Accounting Clerk" for a senior
 * accountant), or an entry-rank role for someone with years in the plain role ("Electrician
 * Helper" for a journeyman). Fill-in suggestions only: a role the person held is theirs to weigh.
 */
export function isStepDown(title: string, personLevel: number, years: number): boolean {
  const level = roleLevel(title);
  return level <= personLevel - 2 || (level === 0 && personLevel >= 1 && years >= EXPERIENCED_YEARS);
}

/** years under which a person who has run nothing is new to work: a post running a team is out of reach */
const NEW_TO_WORK_YEARS = 2;

/**
 * A role well above the person's, which the stretch role is for: two ranks over theirs ("Director
 * of Nursing" for a staff nurse), or a post running a team or a function for someone new to work
 * who has run none ("Computer and Information Systems Manager" for a graduate). Fill-in
 * suggestions only, as isStepDown.
 */
export function isStepTooFar(title: string, personLevel: number, years: number): boolean {
  const level = roleLevel(title);
  return level >= personLevel + 2 || (level >= 2 && personLevel <= 1 && years < NEW_TO_WORK_YEARS);
}

/**
 * a first word that makes a post the understudy of the role after it ("Assistant Store Manager",
 * "Substitute Teacher"); "Student" only before a worker ("Student Nurse"): before a field it
 * names whom the post serves ("Student Finance Specialist", "Student Services Coordinator")
 */
const STANDS_IN_BEFORE = /^(?:assistant|associate|substitute|student(?=\s+(?!(?:worker|leader|partner|member|helper|volunteer|advis[eo]r|ambassador|manager|supervisor|director|coordinator)\b)[a-z-]*(?:er|or|ist|ian|nurse|midwife|paramedic|chef|cook|officer|therapist|technician|technologist|pharmacist|surgeon|physician|doctor)\b))\s+(?=\S)/i;
/** "Deputy" only before a post that runs something ("Deputy Head Teacher"): a "Deputy Sheriff" is the role itself */
const DEPUTY_BEFORE = /^deputy\s+(?=\S)/i;
/** a last word that makes a post a learner's ("Mechanical Engineering Intern", "Electrician Apprentice") */
const LEARNER_AFTER = /\s+(?:intern|internship|trainee|apprentice)$/i;
/** a last word that names a worker ("Engineer", "Accountant", "Electrician"), not a field ("Engineering") */
const AGENT_NOUN = /(?:er|or|ist|ant|ian|man|woman|person|nurse|chef|clerk|cook|aide|agent|analyst|officer|specialist|architect|consultant|therapist|student|resident)s?$/i;
/** fields whose worker has a name of its own */
const FIELD_WORKERS: Record<string, string> = {
  engineering: 'Engineer', accounting: 'Accountant', nursing: 'Nurse', architecture: 'Architect', design: 'Designer',
  development: 'Developer', teaching: 'Teacher', consulting: 'Consultant', programming: 'Programmer', research: 'Researcher',
  journalism: 'Journalist', photography: 'Photographer', pharmacy: 'Pharmacist', law: 'Lawyer', welding: 'Welder',
};

/**
 * The worker of a line of work a learner's post names: "Electrician" stays, "Mechanical
 * Engineering" is "Mechanical Engineer", and a field with no worker's name of its own takes the
 * plain professional's ("Public Relations" -> "Public Relations Specialist").
 */
export function workerOf(work: string): string {
  const words = work.replace(/[\s,;:–—-]+$/, '').split(/\s+/);
  const last = words.at(-1) ?? '';
  if (AGENT_NOUN.test(last)) return words.join(' ');
  const worker = FIELD_WORKERS[last.toLowerCase()];
  return worker ? [...words.slice(0, -1), worker].join(' ') : `${words.join(' ')} Specialist`;
}

/**
 * The role a post stands in for or trains toward, when its title says so: the title without
 * its understudy word ("Assistant Store Manager" -> "Store Manager", "Substitute Teacher" ->
 * "Teacher", "Deputy Director of Nursing" -> "Director of Nursing"; "Marketing Intern" ->
 * "Marketing", a field: `learner` says a learner's post, whose worker workerOf names). Undefined
 * for a rank alone ("Assistant Manager") and for a plain role ("HR Assistant", "Deputy Sheriff").
 */
export function roleStoodInFor(title: string): { role: string; learner: boolean } | undefined {
  const base = readSeniority(title).base.replace(/\s+/g, ' ').trim();
  const named = (role: string) => role.length > 0 && !namesOnlyRank(role) ? role : undefined;
  const before = STANDS_IN_BEFORE.exec(base) ?? (DEPUTY_BEFORE.test(base) && roleLevel(base.replace(DEPUTY_BEFORE, '')) >= 2 ? DEPUTY_BEFORE.exec(base) : null);
  if (before) {
    const role = named(base.slice(before[0].length).trim());
    return role ? { role, learner: false } : undefined;
  }
  const after = LEARNER_AFTER.exec(base);
  if (after) {
    const role = named(base.slice(0, after.index).trim());
    return role ? { role, learner: true } : undefined;
  }
  return undefined;
}

/** The role a learner's post trains toward, in its worker's name ("Mechanical Engineering Intern" -> "Mechanical Engineer"); undefined for any other post. */
function roleTrainedFor(title: string): string | undefined {
  const stood = roleStoodInFor(title);
  return stood?.learner ? workerOf(stood.role) : undefined;
}

const JOURNEYMAN = /\bjourney(?:man|woman|person)\b/i;

/**
 * A role's title one level up ("Accountant" -> "Senior Accountant"); a trade's ladder has its own
 * names ("Journeyman Electrician" -> "Master Electrician"), a graded post its next grade
 * ("Security Aide I" -> "Security Aide II", not the plain "Security Aide").
 */
export function stepUpTitle(title: string, up: SeniorityLevel): string {
  if (JOURNEYMAN.test(title) && up === 'senior') return title.replace(JOURNEYMAN, 'Master').replace(/\s*\/\s*lead$/i, '');
  const graded = nextGrade(title);
  if (graded) return graded;
  // a title written as several roles steps up in its first ("Jobs Coordinator/Estimator" -> "Senior Jobs Coordinator")
  const parts = title.split(/\s*\/\s*/).filter(Boolean);
  const roles = parts.filter((r) => !namesOnlyRank(r));
  return withSeniority(readSeniority(parts.length > 1 && roles.length ? roles[0] : title).base, up);
}

/** a word that heads this many of O*NET's 48k titles heads them in every field */
const EVERY_FIELD_HEADS = 1000;

/**
 * A title of one word that heads titles in every line of work ("Specialist", "Technician",
 * "Operator", "Worker") names no occupation a posting could be written for; "Teacher", "Nurse",
 * "Accountant" do.
 */
export function namesNoField(title: string, lexicon: TitleLexicon): boolean {
  const words = readSeniority(title).base.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length === 1 && lexicon.heads(words[0]) >= EVERY_FIELD_HEADS;
}

/**
 * Whether two titles name one function: at least half their content words share a root
 * ("Audit Supervisor" ~ "Supervising Auditor", "Human Resources Manager" ~ "Human Resources
 * Supervisor"); a manager and a specialist of one function count as one, as recruiters read a list.
 */
export function sameFunction(a: string, b: string): boolean {
  const x = contentKeys(a);
  const y = contentKeys(b);
  if (!x.length || !y.length) return false;
  const shared = x.filter((w) => y.some((v) => sameRoot(w, v))).length;
  return (2 * shared) / (x.length + y.length) >= 0.5;
}

/** "audit" ~ "auditor", "superviz" ~ "supervisor": a common start of 5+ letters, most of the shorter word */
function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 5 && n >= 0.7 * Math.min(a.length, b.length);
}

function sameTitle(a: string, b: string): boolean {
  return normalizeTerm(a) === normalizeTerm(b) || jaccard(contentWords(a), contentWords(b)) >= 0.75;
}

/**
 * An occupation suggested only in the resume's own words, to someone who held it: RJDB's (single
 * job ads' titles, "... (Fortune 200 Client)"), O*NET's catch-alls and the roles never suggested unasked.
 */
function onlyInOwnWords(occupation: GraphOccupation): boolean {
  return occupation.source === 'rjdb' || isCatchAll(occupation) || isNeverSuggested(occupation);
}

/**
 * An O*NET catch-all occupation: the rest of a field its other occupations leave ("Managers, All
 * Other", "Engineers, All Other"). Labelled by recruiters on 100 training-pool resumes, such a
 * fill-in was sensible 9 of 60 times (all fill-ins: 346 of 1,241), shown as a bare "Manager" or
 * "Engineer".
 */
export function isCatchAll(occupation: Pick<GraphOccupation, 'title' | 'source'>): boolean {
  return occupation.source === 'onet' && /,\s*all other\s*$/i.test(occupation.title);
}

/**
 * Occupations a career tool offers only to someone who held them: ESCO's escorts (ISCO 5169) and
 * its fortune tellers, psychics, mediums and astrologers (ISCO 5161). The ranker offered "Escort"
 * to a retail sales worker; no overlap of skills makes that a suggestion to send anyone unasked.
 */
const NEVER_SUGGESTED = new Set(['escort', 'fortune teller', 'psychic', 'medium', 'astrologer']);

export function isNeverSuggested(occupation: Pick<GraphOccupation, 'title' | 'source'>): boolean {
  return occupation.source === 'esco' && NEVER_SUGGESTED.has(occupation.title.trim().toLowerCase());
}

/** An occupation's title as a posting would write it: singular, capitalised, the part before a comma ("Cooks, Restaurant" -> "Cook"). */
export function displayTitle(graph: SkillGraph, occupation: number, lexicon: TitleLexicon): string {
  let t = graph.occupations[occupation].title.replace(/\s*\([^)]*\)/g, '');
  // "Helpers--Electricians": the helper of the first trade named
  const helper = /^helpers--(.+)$/i.exec(t);
  if (helper) return `${tidyTitle(helper[1].split(/,\s*/)[0])} Helper`;
  // "Cooks, Restaurant", "Hairdressers, Hairstylists, and Cosmetologists": the role named first,
  // only where that part names a role ("Cooks"; not "Securities" of "Securities, Commodities, and
  // Financial Services Sales Agents" nor "computers" of "computers, computer peripheral equipment
  // and software distribution manager": words titles use mostly as qualifiers)
  const first = t.split(/,\s*/)[0];
  if (/^[^,]+s,/.test(t) && !qualifiesTitles(singularTitle(first).toLowerCase().split(/\s+/).at(-1) ?? '', lexicon)) t = first;
  return tidyTitle(t);
}

/** Occupations ranked by the resume's role titles (recent first) and by its skills through the graph (no learned ranker). */
export function rankOccupations(graph: SkillGraph, resume: DocumentAnalysis, limit: number, lexicon?: TitleLexicon): Candidate[] {
  const scores = new Map<number, { score: number; title?: string }>();
  const add = (occ: number, s: number, title?: string) => {
    const prev = scores.get(occ) ?? { score: 0 };
    scores.set(occ, { score: prev.score + s, title: prev.title ?? title });
  };
  const { current, past } = resumeTitles(resume, lexicon);
  [...current, ...past].slice(0, 4).forEach((t, i) => {
    const recency = 1 / (1 + i * 0.5);
    // a fuzzy match on one shared word ('Staff' Accountant -> 'Staff' Nurse) is no evidence
    for (const hit of graph.findOccupationsByTitle(t, 3)) if (hit.score >= 0.6) add(hit.occupation, 2 * hit.score * recency, tidyTitle(t));
  });
  const skillIds = resume.skills.map((s) => graph.skillById(s.id)).filter((s) => s !== undefined);
  const bySkill = new Map<number, number>();
  for (const s of skillIds) for (const { occupation, weight } of graph.occupationsForSkill(s.index)) bySkill.set(occupation, (bySkill.get(occupation) ?? 0) + weight);
  for (const [occ, w] of bySkill) {
    const size = Math.max(4, graph.skillsForOccupation(occ).length);
    add(occ, (w / Math.sqrt(size)) * (skillIds.length ? 1 / Math.sqrt(skillIds.length) : 0));
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score).slice(0, limit * 2);
  const out: Candidate[] = [];
  for (const [occupation, { score, title }] of ranked) {
    const occTitle = tidyTitle(graph.occupations[occupation].title);
    // keep the resume's own wording of a role when it names this occupation
    const useResumeTitle = title && titleSimilarity(occTitle, title) >= 0.5;
    const t = useResumeTitle ? title! : occTitle;
    if (out.some((c) => normalizeTerm(c.title) === normalizeTerm(t))) continue;
    out.push({ occupation, score, title: t, fromResumeTitle: !!useResumeTitle });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The resume's wording of a role, tidied but not rewritten: spaces, quotes and trailing
 * punctuation, capitals, one role where it is written in the plural ("Bakers"), and the role a
 * sentence names when a bullet was read as the title ("Commanded responsibilities as the public
 * relations manager").
 */
export function ownTitle(t: string): string {
  let s = t.replace(/\s+/g, ' ').replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').replace(/[\s.:;,/&|]+$/, '').trim();
  const role = /\bas (?:an?|the) ([^,.;()]{3,60})$/i.exec(s);
  if (role && role.index > 0 && role[1].split(' ').length <= 6) s = role[1].replace(/\b[a-z]/g, (c) => c.toUpperCase());
  s = fromCapitals(s);
  return singularTitle(s);
}

// nouns a title uses in the plural for one role ("Sales Manager", "Human Resources Assistant")
const PLURAL_ONLY = new Set(['sales', 'services', 'operations', 'resources', 'relations', 'logistics', 'systems', 'communications', 'graphics', 'arts', 'sciences', 'affairs', 'goods', 'news', 'arms', 'series', 'means', 'species', 'analytics', 'economics', 'athletics', 'electronics', 'physics', 'ethics', 'facilities', 'sports', 'customs']);

function singular(word: string): string {
  // "Nurse Midwives", "Linemen": the irregular plurals titles use
  if (/(?:wi|kni)ves$/i.test(word)) return word.replace(/ves$/i, 'fe');
  if (/(?:fore|line|fire|police|crafts|trades|journey|drafts|fisher|sea|handy|yard|sales|long|repair|service|wo)men$/i.test(word)) return word.replace(/men$/i, 'man');
  if (PLURAL_ONLY.has(word.toLowerCase()) || !/[a-z]s$/i.test(word) || /(?:ss|us|is)$/i.test(word)) return word;
  if (/ies$/i.test(word)) return word.replace(/ies$/i, (m) => (m === 'IES' ? 'Y' : 'y'));
  if (/(?:ch|sh|x)es$/i.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * An occupation title as one role: O*NET names occupations in the plural ("Registered Nurses"),
 * and a coordinated title names each role in the plural ("Software Quality Assurance Analysts
 * and Testers", "Medical Secretaries and Administrative Assistants"): the last word and every
 * word before an "and" read as one; where the role is named before a comma or "of" / "for" / "in",
 * only that part. A title already singular is left as it is.
 */
export function singularTitle(title: string): string {
  // "Manager, Clinical Trials": the role is the part before the comma, unless the commas list the
  // role's fields ("Bookkeeping, Accounting, and Auditing Clerks")
  const comma = title.indexOf(',');
  if (comma > 0 && !/,\s*(?:and|or|&)\s/i.test(title)) return singularTitle(title.slice(0, comma)) + title.slice(comma);
  const words = title.split(' ');
  const last = words.length - 1;
  // "Supervisors of Retail Sales Workers", "Director of Programs": the role is named before "of",
  // and what follows stays as written
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|for|in)$/i.test(w));
  if (of > 0) return [singularTitle(words.slice(0, of).join(' ')), ...words.slice(of)].join(' ');
  if (last < 0 || singular(words[last]) === words[last]) return title;
  return words.map((w, i) => (i === last || words[i + 1]?.toLowerCase() === 'and' ? singular(w) : w)).join(' ');
}

function tidyTitle(t: string): string {
  const s = t.replace(/\s+/g, ' ').replace(/[.:;,]+$/, '').trim();
  const singular = singularTitle(s);
  const cased = /[A-Z]/.test(singular) ? singular : singular.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return cased.charAt(0).toUpperCase() + cased.slice(1);
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function renderJob(graph: SkillGraph, occupation: number, title: string, resume?: DocumentAnalysis, yearsWanted?: number, related: number[] = [], asked?: PostingSkills, ranker?: OccupationRanker): string {
  const occ: GraphOccupation = graph.occupations[occupation];
  const years = yearsWanted ?? (resume ? experienceYears(resume, title) : 2);
  // the writer's plan: the resume's skills this occupation uses, then its ESCO competences (no
  // O*NET descriptors or tool lists, no skills of the resume's other fields)
  const planned = writerPlan(graph, occupation, title, readSeniority(title).level, years, resume, related, asked).skills;
  const tasks = tasksFor(graph, occ, title, ranker).slice(0, 5);
  const lines: string[] = [
    '---', 'hrdocs: job', `occupation: ${occ.id}`, 'generated: true', '---', '',
    `## Job title`, title, '',
    '## Job Summary',
    `We are looking for ${article(title)} ${title} to join our team. ` +
      // O*NET tasks are imperative verb phrases: "Feed and water livestock ..."
      (tasks.length ? `Day to day, you will ${lowerFirst(tasks[0]).replace(/\s+/g, ' ').trim().replace(/\.?$/, '.')} ` : '') +
      `You will bring ${years} ${years === 1 ? 'year' : 'years'} or more of experience as ${article(title)} ${title}${skillClause(graph, planned.slice(0, 3))}.`,
    '',
    // a role the graph knows no posting skill of (O*NET's farm equipment mechanic: descriptors and
    // tools its postings are not said to ask for) gets no empty heading
    ...(planned.length ? ['## Required Skills', ...planned.map((s, i) => `${i + 1}. ${s}`), ''] : []),
    '## Required Experience',
    `1. At least ${years} ${years === 1 ? 'year' : 'years'} of experience as ${article(title)} ${title}.`,
    '',
    '## Responsibilities',
    ...(tasks.length ? tasks.map((t, i) => `${i + 1}. ${t.replace(/\s+/g, ' ').trim()}`) : [`1. Carry out the day-to-day work of ${article(title)} ${title}.`]),
    '',
  ];
  return lines.join('\n');
}

/**
 * O*NET task statements; an ESCO occupation borrows those of the O*NET occupation its own title
 * names, else the typed title's: the duties are the role's whose skills the posting lists (ESCO's
 * industrial designer, typed "Product Designer", is O*NET's commercial and industrial designer, not
 * the mechanical drafter some reported "product designer"). The ranker may veto the donor: a title
 * sharing one rare word can name another kind of work ("art restorer": aircraft mechanics), and
 * no duties are better than another role's (farApart).
 */
export function tasksFor(graph: SkillGraph, occ: GraphOccupation, title: string, ranker?: OccupationRanker): string[] {
  if (occ.tasks.length) return occ.tasks;
  const donor = titleTaskDonor(graph, occ, title);
  return donor === undefined || (ranker && farApart(ranker, occ.index, donor)) ? [] : graph.occupations[donor].tasks;
}

/** The first occupation with tasks that the occupation's own title, else the typed title, names at 0.5 or more. */
export function titleTaskDonor(graph: SkillGraph, occ: GraphOccupation, title: string): number | undefined {
  for (const name of [occ.title, title]) {
    for (const hit of graph.findOccupationsByTitle(name, 5)) {
      if (graph.occupations[hit.occupation].tasks.length && hit.score >= 0.5) return hit.occupation;
    }
  }
  return undefined;
}

/**
 * The ranker's cosine under which an O*NET occupation's tasks are no duties of an ESCO occupation.
 * Chosen on 150 ESCO occupations whose borrowed tasks a reader judged (seeded, stratified by the
 * cosine; `tools/generate/labels/task-donors.jsonl`, `tools/scripts/task-donors.ts score`):
 * weighted to the 2,854 ESCO occupations without tasks they were drawn from, this cut takes wrong
 * duties from about 323 to 185 and right ones from 1,550 to 1,540 (0.2: 157 wrong, 1,476 right).
 */
const DONOR_SIMILARITY = 0.1;

/** Whether the ranker knows both occupations and reads them as different kinds of work. */
function farApart(ranker: OccupationRanker, a: number, b: number): boolean {
  return ranker.knows(a) && ranker.knows(b) && ranker.similarity(a, b) < DONOR_SIMILARITY;
}

function renderGeneric(title: string): string {
  return [
    '---', 'hrdocs: job', 'generated: true', '---', '',
    '## Job title', title, '',
    '## Job Summary', `We are looking for ${article(title)} ${title} to join our team.`, '',
    '## Required Skills', '1. Communication', '2. Problem solving', '3. Teamwork', '',
    '## Required Experience', `1. At least 2 years of experience as ${article(title)} ${title}.`, '',
    '## Responsibilities', `1. Carry out the day-to-day work of ${article(title)} ${title}.`, '',
  ].join('\n');
}

function lowerFirst(s: string): string { return s.charAt(0).toLowerCase() + s.slice(1); }

/** "a, b and c" */
function joinAnd(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The skills of the summary as English: competences are verb phrases ("order supplies": "be able
 * to order supplies"), knowledge areas are nouns ("biology": "a working knowledge of biology").
 */
function skillClause(graph: SkillGraph, skills: string[]): string {
  const verbs: string[] = [];
  const nouns: string[] = [];
  for (const name of skills) (graph.lookupSkill(name)?.kind === 'knowledge' || /^[A-Z]/.test(name) ? nouns : verbs).push(name);
  const parts = [verbs.length ? `be able to ${joinAnd(verbs)}` : '', nouns.length ? `have a working knowledge of ${joinAnd(nouns)}` : ''].filter(Boolean);
  return parts.length ? `, and ${parts.join(' and ')}` : '';
}

/** Years the generated posting asks for: what the resume shows in similar roles (never more), at least 1. */
function experienceYears(resume: DocumentAnalysis, title: string): number {
  const similar = employmentOf(resume.experience).filter((e) => titleSimilarity(title, namedTitle(e) ?? '') >= 0.5);
  // months held at once count once: a role listed twice, or two posts of one title at a time
  const y = mergedMonths(similar) / 12;
  return Math.max(1, Math.floor(y || 1));
}
