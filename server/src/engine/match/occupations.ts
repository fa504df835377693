// Occupation similarity through the skill-occupation graph: the job's occupation distribution
// (its title and its skills), against the resume's evidence for each of those occupations (its
// role titles and its skills). The resume side is a sum of non-negative contributions that
// saturates, never normalised by how many skills the resume lists, so a skill added to a resume
// can only raise it.
import { employmentOf, namedTitle } from '../experience/extract.js';
import type { SkillGraph } from '../graph/graph.js';
import type { DocumentAnalysis } from '../types.js';
import { keepingFieldWords } from '../lang/en/stem-collisions.js';
import { namesOnlyRank, withoutRank } from '../lang/en/seniority.js';
import { titleKey } from '../text/title-key.js';

export interface OccupationFeatures {
  /** the resume's role titles name the occupation the job title names (0-1) */
  occupationTitleFit: number;
  /** how much of the job's occupation distribution the resume's titles and skills support (0-1) */
  occupationFit: number;
}

const TITLE_HITS = 5;
const JOB_OCCUPATIONS = 12;
/** evidence at which an occupation counts as about two-thirds supported */
const SATURATION = 0.6;

type Weights = Map<number, number>;
type TitleHit = { occupation: number; score: number };
/** per job: its occupation distribution, and its title's readings (read once, used by every match) */
const jobCache = new WeakMap<DocumentAnalysis, { dist: Weights; titleHits: TitleHit[] }>();
const resumeCache = new WeakMap<DocumentAnalysis, { titles: Weights; skills: Weights }>();

const sizes = new WeakMap<SkillGraph, Map<number, number>>();
/** how many skills an occupation lists (at least 4), remembered per graph */
function occupationSize(graph: SkillGraph, occupation: number): number {
  let m = sizes.get(graph);
  if (!m) { m = new Map(); sizes.set(graph, m); }
  let n = m.get(occupation);
  if (n === undefined) { n = Math.max(4, graph.skillsForOccupation(occupation).length); m.set(occupation, n); }
  return n;
}

/**
 * The occupations a title names, its field words as written ("Accounting Manager" is no client
 * account manager). A title of rank words only ("Manager", "Owner", "Director") names none: its
 * readings are whichever occupation lists that bare word (a foundry manager, a urologist).
 */
function titleReadings(graph: SkillGraph, title: string): TitleHit[] {
  if (!title || namesOnlyRank(title)) return [];
  const hits = keepingFieldWords(graph, title, graph.findOccupationsByTitle(title, TITLE_HITS));
  // a reading through a rank word alone names other work ("Elections Intern" read as a medical
  // intern, a physician): the occupation must be listed under a title sharing a word of the work
  const work = new Set(titleKey(withoutRank(title)).split(' ').filter((w) => w.length > 1));
  return work.size ? hits.filter((h) => graph.titlesForOccupation(h.occupation).some((k) => k.split(' ').some((w) => work.has(w)))) : hits;
}

function add(m: Weights, k: number, v: number): void { m.set(k, (m.get(k) ?? 0) + v); }

function skillEvidence(graph: SkillGraph, doc: DocumentAnalysis): Weights {
  const out: Weights = new Map();
  const seen = new Set<number>();
  for (const s of doc.skills) {
    const node = graph.skillById(s.id);
    if (!node || seen.has(node.index)) continue;
    seen.add(node.index);
    for (const { occupation, weight } of graph.occupationsForSkill(node.index)) {
      add(out, occupation, weight / Math.sqrt(occupationSize(graph, occupation)));
    }
  }
  return out;
}

/** The job's occupations, a distribution (its title counts most, its skills spread the rest), and its title's readings. */
function jobReading(graph: SkillGraph, job: DocumentAnalysis): { dist: Weights; titleHits: TitleHit[] } {
  const cached = jobCache.get(job);
  if (cached) return cached;
  const raw: Weights = new Map();
  const titleHits = titleReadings(graph, job.title ?? '');
  for (const hit of titleHits) add(raw, hit.occupation, 2 * hit.score);
  const bySkill = skillEvidence(graph, job);
  const skillTotal = [...bySkill.values()].reduce((a, b) => a + b, 0);
  if (skillTotal > 0) for (const [o, w] of bySkill) add(raw, o, w / skillTotal);
  const top = [...raw.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, JOB_OCCUPATIONS);
  const total = top.reduce((s, [, w]) => s + w, 0);
  const dist: Weights = new Map(total > 0 ? top.map(([o, w]) => [o, w / total]) : []);
  const reading = { dist, titleHits };
  jobCache.set(job, reading);
  return reading;
}

function resumeEvidence(graph: SkillGraph, resume: DocumentAnalysis): { titles: Weights; skills: Weights } {
  const cached = resumeCache.get(resume);
  if (cached) return cached;
  const titles: Weights = new Map();
  const named = [resume.title, ...employmentOf(resume.experience).map(namedTitle)].filter((t): t is string => !!t && !!t.trim());
  named.forEach((t, i) => {
    // the headline and the latest roles say most
    const recency = 1 / (1 + Math.max(0, i - 1) * 0.25);
    for (const hit of titleReadings(graph, t)) {
      titles.set(hit.occupation, Math.max(titles.get(hit.occupation) ?? 0, hit.score * recency));
    }
  });
  const out = { titles, skills: skillEvidence(graph, resume) };
  resumeCache.set(resume, out);
  return out;
}

export function occupationFeatures(graph: SkillGraph, resume: DocumentAnalysis, job: DocumentAnalysis): OccupationFeatures {
  const { dist, titleHits } = jobReading(graph, job);
  if (!dist.size) return { occupationTitleFit: 0, occupationFit: 0 };
  const evidence = resumeEvidence(graph, resume);
  let occupationTitleFit = 0;
  for (const hit of titleHits) {
    occupationTitleFit = Math.max(occupationTitleFit, hit.score * (evidence.titles.get(hit.occupation) ?? 0));
  }
  let occupationFit = 0;
  for (const [o, q] of dist) {
    const e = 2 * (evidence.titles.get(o) ?? 0) + (evidence.skills.get(o) ?? 0);
    occupationFit += q * (1 - Math.exp(-e / SATURATION));
  }
  return { occupationTitleFit, occupationFit };
}

/**
 * The occupations the two documents' titles read as, by name, for the explanation: the job
 * title's first reading, and the reading the resume's headline and roles give most (recent roles
 * counting more); absent where a title reads as none.
 */
export function occupationReadings(graph: SkillGraph, resume: DocumentAnalysis, job: DocumentAnalysis): { job?: string; resume?: string } {
  const jobHit = jobReading(graph, job).titleHits[0];
  let resumeBest: number | undefined;
  let weight = 0;
  for (const [occupation, w] of resumeEvidence(graph, resume).titles) {
    // the job's own reading wins a tie: the resume names that occupation as strongly as any
    if (w > weight || (w === weight && occupation === jobHit?.occupation)) { resumeBest = occupation; weight = w; }
  }
  return {
    ...(jobHit ? { job: graph.occupations[jobHit.occupation].title } : {}),
    ...(resumeBest !== undefined ? { resume: graph.occupations[resumeBest].title } : {}),
  };
}
