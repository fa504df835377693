// Generative career guidance (after GIRL): occupations a resume fits, each written out as a full
// Markdown job description, then judged by the matcher against the resume. Also a job
// description from a bare title.
import type { SkillGraph, GraphOccupation } from '../graph/graph.js';
import type { DocumentAnalysis, GeneratedJob, MatchResult } from '../types.js';
import { contentWords, jaccard, titleSimilarity } from '../match/similarity.js';
import { normalizeTerm } from '../text/normalize.js';
import { employmentOf } from '../experience/extract.js';

export interface GenerateHooks {
  /** analyze generated Markdown as a job and match it against the resume */
  judge(markdown: string): Promise<MatchResult>;
}

interface Candidate { occupation: number; score: number; title: string; fromResumeTitle: boolean }

export async function generateMatchingJobs(graph: SkillGraph, resume: DocumentAnalysis, count: number, hooks: GenerateHooks): Promise<GeneratedJob[]> {
  const candidates = rankOccupations(graph, resume, Math.max(count * 3, 8));
  const jobs: GeneratedJob[] = [];
  for (const c of candidates) {
    const markdown = renderJob(graph, c.occupation, c.title, resume);
    const judged = await hooks.judge(markdown);
    jobs.push({ title: c.title, occupationId: graph.occupations[c.occupation].id, score: judged.score, markdown });
  }
  // the matcher judges; near-duplicate titles are dropped so the list offers real alternatives
  jobs.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const picked: GeneratedJob[] = [];
  for (const j of jobs) {
    if (picked.some((p) => jaccard(contentWords(p.title), contentWords(j.title)) >= 0.75)) continue;
    picked.push(j);
    if (picked.length >= count) break;
  }
  return picked;
}

export function generateJobFromTitle(graph: SkillGraph, title: string): GeneratedJob {
  const clean = tidyTitle(title);
  const occ = graph.findOccupationsByTitle(clean, 1)[0];
  if (!occ) {
    return { title: clean, occupationId: 'none', markdown: renderGeneric(clean) };
  }
  return { title: clean, occupationId: graph.occupations[occ.occupation].id, markdown: renderJob(graph, occ.occupation, clean) };
}

/** Occupations ranked by the resume's role titles (recent first) and by its skills through the graph. */
export function rankOccupations(graph: SkillGraph, resume: DocumentAnalysis, limit: number): Candidate[] {
  const scores = new Map<number, { score: number; title?: string }>();
  const add = (occ: number, s: number, title?: string) => {
    const prev = scores.get(occ) ?? { score: 0 };
    scores.set(occ, { score: prev.score + s, title: prev.title ?? title });
  };
  const roles = employmentOf(resume.experience).slice(0, 4);
  roles.forEach((entry, i) => {
    const recency = 1 / (1 + i * 0.5);
    for (const hit of graph.findOccupationsByTitle(entry.title, 3)) add(hit.occupation, 2 * hit.score * recency, tidyTitle(entry.title));
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

function tidyTitle(t: string): string {
  const s = t.replace(/\s+/g, ' ').replace(/[.:;,]+$/, '').trim();
  // O*NET titles are plural ("Registered Nurses"); a posting names one role
  const singular = s.replace(/\b(\w+?)(?:ies)\b$/i, '$1y').replace(/\b(\w+[^s])s\b$/i, '$1');
  const cased = /[A-Z]/.test(singular) ? singular : singular.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return cased.charAt(0).toUpperCase() + cased.slice(1);
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Required skills: what the resume already shows for this occupation first, then the occupation's core skills it lacks. */
function skillsFor(graph: SkillGraph, occupation: number, resume?: DocumentAnalysis): { have: string[]; gap: string[] } {
  const occSkills = graph.skillsForOccupation(occupation);
  const occSet = new Set(occSkills.map((s) => s.skill));
  const have: string[] = [];
  if (resume) {
    // the resume's skills this occupation uses first, then its strongest others: the posting
    // describes a role the person can step into
    const related = resume.skills.filter((s) => { const node = graph.skillById(s.id); return node ? occSet.has(node.index) : false; });
    const others = resume.skills.filter((s) => !related.includes(s)).sort((a, b) => b.confidence - a.confidence);
    for (const s of [...related, ...others.slice(0, Math.max(0, 6 - related.length))]) {
      if (!have.some((h) => normalizeTerm(h) === normalizeTerm(s.name))) have.push(s.name);
      if (have.length >= 10) break;
    }
  }
  const gap: string[] = [];
  for (const s of occSkills) {
    const name = graph.skills[s.skill].name;
    if (have.some((h) => jaccard(contentWords(h), contentWords(name)) >= 0.5)) continue;
    if (name.split(' ').length > 6) continue;
    gap.push(name);
    if (gap.length >= (resume ? 3 : 8)) break;
  }
  return { have, gap };
}

function renderJob(graph: SkillGraph, occupation: number, title: string, resume?: DocumentAnalysis): string {
  const occ: GraphOccupation = graph.occupations[occupation];
  const { have, gap } = skillsFor(graph, occupation, resume);
  const years = resume ? experienceYears(resume, title) : 2;
  const tasks = tasksFor(graph, occ, title).slice(0, 5);
  const lines: string[] = [
    '---', 'hrdocs: job', `occupation: ${occ.id}`, 'generated: true', '---', '',
    `## Job title`, title, '',
    '## Job Summary',
    `We are looking for ${article(title)} ${title} to join our team. ` +
      (tasks.length ? `The role centres on work such as ${lowerFirst(tasks[0]).replace(/\.$/, '')}. ` : '') +
      `You will bring ${years} ${years === 1 ? 'year' : 'years'} or more of experience as ${article(title)} ${title} and a working command of ${[...have, ...gap].slice(0, 3).join(', ') || 'the core skills below'}.`,
    '',
    '## Required Skills',
    ...[...have, ...gap].map((s, i) => `${i + 1}. ${s}`),
    '',
    '## Required Experience',
    `1. At least ${years} ${years === 1 ? 'year' : 'years'} of experience as ${article(title)} ${title}.`,
    '',
    '## Responsibilities',
    ...(tasks.length ? tasks.map((t, i) => `${i + 1}. ${t.replace(/\s+/g, ' ').trim()}`) : [`1. Carry out the day-to-day work of ${article(title)} ${title}.`]),
    '',
  ];
  return lines.join('\n');
}

/** O*NET task statements; an ESCO occupation borrows those of the O*NET occupation its title names. */
function tasksFor(graph: SkillGraph, occ: GraphOccupation, title: string): string[] {
  if (occ.tasks.length) return occ.tasks;
  for (const name of [title, occ.title]) {
    for (const hit of graph.findOccupationsByTitle(name, 5)) {
      const other = graph.occupations[hit.occupation];
      if (other.tasks.length && hit.score >= 0.5) return other.tasks;
    }
  }
  return [];
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

/** Years the generated posting asks for: what the resume shows in similar roles (never more), at least 1. */
function experienceYears(resume: DocumentAnalysis, title: string): number {
  const similar = employmentOf(resume.experience).filter((e) => titleSimilarity(title, e.title) >= 0.5);
  const y = similar.reduce((s, e) => s + e.years, 0);
  return Math.max(1, Math.floor(y || 1));
}
