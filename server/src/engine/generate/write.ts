// Generated postings written by the trained writer (models/writer.ts) and chosen after GIRL: a
// plan from the graph (and the resume), several sampled bodies per plan, each checked (every
// planned skill, no repetition, no invented fact, the sections a posting has) and, for a resume,
// judged by the matcher; the best one is kept. What the checks find is also repaired in the kept
// body: a sentence that states a fact the plan does not (pay, a date, a contact, an organisation,
// other years) is dropped, and planned skills the body never names are listed under Requirements.
import type { SkillGraph } from '../graph/graph.js';
import type { DocumentAnalysis, MatchResult } from '../types.js';
import type { JobWriter } from '../models/tasks.js';
import { contentWords, jaccard } from '../match/similarity.js';
import { normalizeTerm } from '../text/normalize.js';
import type { SeniorityLevel } from '../lang/en/seniority.js';
import { sentencesOf, WRITER_SECTIONS, type WriterPlan } from './writer-format.js';

/** planned skills: enough for a posting's lists, few enough to fit the writer's prompt */
const PLAN_SKILLS = 8;
/** a skill more occupations than this use says nothing about the role (office software, teamwork) */
const GENERIC_SKILL = 400;
const PLAN_SKILL_WORDS = 4;
/** named technologies in a plan, at most (hot ones only) */
const PLAN_TOOLS = 2;
/** reward per nat of mean token log-probability: a sample half a nat more fluent gains what one planned skill of eight is worth */
const FLUENCY = 0.075;

export interface PostingCheck {
  /** planned skills the body names */
  skillsNamed: string[];
  skillsMissing: string[];
  /** sentences stating a fact the plan does not give */
  invented: string[];
  /** lines written twice, and sentences that repeat a line before them */
  repeated: number;
  /** the body's sections, in the writer's headings */
  sections: string[];
  words: number;
  /** words no dictionary knows and the plan does not name (a small model's made-up words) */
  unknownWords: string[];
  /** sentences that repeat a 12-word run of a real posting (the copy guard's; dropped in repair) */
  copied: number;
}

export interface WrittenPosting {
  markdown: string;
  check: PostingCheck;
  /** the matcher's score against the resume, when there is one */
  score?: number;
  reward: number;
  /** which sample of the plan was kept (0-based), and how many were drawn */
  sample: number;
  samples: number;
  /** the first sample's matcher score, for the report of what selection changed */
  firstScore?: number;
}

/**
 * The writer's plan for a role: the resume's skills the occupation uses first (a posting the
 * person can step into), then the occupation's essential ESCO skills, then a couple of its
 * O*NET hot technologies. O*NET's descriptor elements ("Instructing", "Medicine and Dentistry")
 * and its long tool lists ("Apple Safari" for a warehouse) describe every job, not this one:
 * they are left out. `related`: occupations of the same role in the other taxonomy (an O*NET
 * occupation borrows the skills of its ESCO twin).
 */
export function writerPlan(graph: SkillGraph, occupation: number, title: string, seniority: SeniorityLevel, years: number, resume?: DocumentAnalysis, related: number[] = []): WriterPlan {
  const skillsOf = (occ: number) => graph.skillsForOccupation(occ).slice().sort((a, b) => Number(b.essential) - Number(a.essential) || b.weight - a.weight);
  const pool = [occupation, ...related].flatMap(skillsOf);
  const uses = new Set(pool.map((s) => s.skill));
  const skills: string[] = [];
  const skillKinds: Array<'skill' | 'knowledge'> = [];
  let tools = 0;
  const add = (skill: number, resumeSkill = false) => {
    const node = graph.skills[skill];
    const clean = node.name.replace(/\s+/g, ' ').trim();
    if (!clean || clean.split(' ').length > PLAN_SKILL_WORDS || skills.length >= PLAN_SKILLS) return;
    if (!resumeSkill && !isPostingSkill(graph, skill)) return;
    if (node.tool && !resumeSkill && (!node.hot || tools >= PLAN_TOOLS)) return;
    if (skills.some((s) => normalizeTerm(s) === normalizeTerm(clean) || jaccard(contentWords(s), contentWords(clean)) >= 0.6)) return;
    if (node.tool) tools++;
    skills.push(clean);
    skillKinds.push(node.tool ? 'knowledge' : node.kind);
  };
  if (resume) {
    for (const s of resume.skills) {
      const node = graph.skillById(s.id);
      if (node && uses.has(node.index) && skills.length < PLAN_SKILLS / 2) add(node.index, true);
    }
  }
  for (const s of pool) if (!graph.skills[s.skill].tool) add(s.skill);
  for (const s of pool) if (graph.skills[s.skill].tool) add(s.skill);
  return { title, seniority, years, skills, skillKinds };
}

/** A skill a posting would name for this role: no O*NET descriptor element ("Instructing", "Public Safety and Security"), specific enough to say something. */
function isPostingSkill(graph: SkillGraph, skill: number): boolean {
  const node = graph.skills[skill];
  if (node.id.startsWith('onet:') && !node.id.startsWith('onet:tech:')) return false;
  return graph.occupationsForSkill(skill).length <= GENERIC_SKILL;
}

// facts a generated posting must not state unless the plan does
const MONEY = /[$£€]\s?\d|\bper (hour|annum|year)\b|\bsalary\b|\bpay band\b|\bband \d/i;
const CONTACT = /@|https?:|www\.|\b\d{3}[ -.]?\d{3}[ -.]?\d{4}\b|\b0\d{3,4} ?\d{3} ?\d{3,4}\b/;
const DATE = /\b(19|20)\d\d\b|\b(january|february|march|april|june|july|august|september|october|november|december)\b/i;
const CLOCK = /\b\d{1,2}(:\d\d)?\s?(am|pm)\b/i;
const ORG = /\b([A-Z][\w&'.-]*\s){1,5}(Trust|Hospitals?|Centre|Center|Inc\.?|Ltd\.?|LLC|University|College|Schools?|County|City|Council|Foundation|Partnership|Surgery|Clinic|Corporation|District|Academy|Restaurant|Hotel)\b|\bNHS\b|\b(Inc|Ltd|LLC)\b/;
const YEARS = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:or more\s+)?(?:years?|yrs?)\b/gi;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Why a sentence states something the plan does not, or undefined. */
export function inventedFact(sentence: string, plan: WriterPlan): string | undefined {
  if (MONEY.test(sentence)) return 'pay';
  if (CONTACT.test(sentence)) return 'contact';
  if (DATE.test(sentence) || CLOCK.test(sentence)) return 'date or time';
  const org = ORG.exec(sentence);
  if (org && !plan.title.includes(org[0].trim())) return 'organisation';
  for (const m of sentence.matchAll(YEARS)) {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    if (n !== plan.years) return 'years';
  }
  return undefined;
}

const BULLET = /^\s*[-*]\s+/;
const lineKey = (s: string) => s.toLowerCase().replace(/^[-*]\s*/, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Tells an English word from a made-up one; the writer's dictionary, or none (every word passes). */
export type WordCheck = (word: string) => boolean;
/** Which of a sequence of sentences repeat a 12-word run of a real posting (generate/copy-guard.ts); absent: no guard. */
export type CopyCheck = (sentences: readonly string[]) => Set<number>;

/** The words of a sentence no dictionary knows, the plan's own words excepted. */
function unknownIn(sentence: string, plan: WriterPlan, isWord?: WordCheck): string[] {
  if (!isWord) return [];
  const planned = new Set(contentWords([plan.title, ...plan.skills].join(' ')));
  return (sentence.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? []).filter((w) => !planned.has(w.toLowerCase()) && !isWord(w));
}

/** What a sampled body says and where it falls short of the plan. */
export function checkBody(plan: WriterPlan, body: string, isWord?: WordCheck, copies?: CopyCheck): PostingCheck {
  const lower = body.toLowerCase();
  const skillsNamed = plan.skills.filter((s) => lower.includes(s.toLowerCase()));
  const sections = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
  const invented: string[] = [];
  let repeated = 0;
  const seen = new Set<string>();
  for (const line of body.split('\n')) {
    if (line.startsWith('## ') || !line.trim()) continue;
    const key = lineKey(line);
    if (seen.has(key)) repeated++;
    seen.add(key);
    for (const s of sentencesOf(line)) if (inventedFact(s, plan)) invented.push(s.trim());
  }
  const copied = copies ? copiedRuns(body.split('\n'), copies).hit.length : 0;
  const words = body.replace(/^## .*$/gm, '').split(/\s+/).filter(Boolean).length;
  const unknownWords = unknownIn(body.replace(/^## .*$/gm, ''), plan, isWord);
  return { skillsNamed, skillsMissing: plan.skills.filter((s) => !skillsNamed.includes(s)), invented, repeated, sections, words, unknownWords, copied };
}

/**
 * How good a sample is before the matcher speaks: the plan covered, a posting's shape, fluent
 * (the model's own mean log-probability), nothing invented, repeated or made up.
 */
export function checkReward(check: PostingCheck, plan: WriterPlan, meanLogProb = 0): number {
  const covered = plan.skills.length ? check.skillsNamed.length / plan.skills.length : 1;
  const shape = ['Responsibilities', 'Requirements'].filter((h) => check.sections.includes(h)).length / 2;
  const length = Math.min(1, check.words / 120);
  return 0.3 * covered + 0.3 * shape + 0.2 * length + FLUENCY * meanLogProb
    - 0.15 * check.invented.length - 0.15 * check.repeated - 0.1 * check.unknownWords.length - 0.15 * check.copied;
}

/**
 * The kept body made consistent with its plan: only the writer's sections, no repeated line, no
 * sentence with an invented fact or a 12-word run of a real posting (the copy guard), no
 * unfinished last line; the years and any planned skill the body never names stated under
 * Requirements.
 */
export function repairBody(plan: WriterPlan, body: string, finished: boolean, options: { statePlan?: boolean; isWord?: WordCheck; copies?: CopyCheck } = {}): string {
  const known = new Set(WRITER_SECTIONS.map((s) => s.heading));
  const sections = new Map<string, string[]>();
  let current: string | undefined;
  const seen = new Set<string>();
  let lines = body.split('\n');
  // a body cut at the token limit ends mid-sentence: that line goes
  if (!finished && lines.length > 1) lines = lines.slice(0, -1);
  for (const raw of lines) {
    const heading = /^## (.+)$/.exec(raw.trim());
    if (heading) { current = known.has(heading[1].trim()) ? heading[1].trim() : undefined; continue; }
    if (!current || !raw.trim()) continue;
    const bullet = BULLET.test(raw);
    const kept = sentencesOf(raw.replace(BULLET, '')).filter((s) => !inventedFact(s, plan) && !unknownIn(s, plan, options.isWord).length).join('').trim();
    if (kept.split(/\s+/).length < 3) continue;
    const key = lineKey(kept);
    if (seen.has(key)) continue;
    seen.add(key);
    const list = sections.get(current) ?? [];
    list.push(bullet ? `- ${kept}` : kept);
    sections.set(current, list);
  }
  const text = [...sections.values()].flat().join(' ').toLowerCase();
  const requirements = sections.get('Requirements') ?? [];
  // (fine-tuning texts are the writer's own words only: nothing stated for it)
  const guarded = (body: string) => (options.copies ? withoutCopiedRuns(body, options.copies) : body);
  if (options.statePlan === false) return guarded(render(sections));
  YEARS.lastIndex = 0;
  if (plan.years > 0 && !YEARS.test(text)) requirements.unshift(`- ${plan.years}+ ${plan.years === 1 ? 'year' : 'years'} of experience in a similar role`);
  // what the body left out, worded by kind: "Able to calculate wages", "Knowledge of labour legislation"
  const missing = plan.skills.map((s, i) => ({ s, kind: plan.skillKinds?.[i] ?? 'knowledge' })).filter(({ s }) => !text.includes(s.toLowerCase()));
  const able = missing.filter((m) => m.kind === 'skill').map((m) => m.s);
  const knowledge = missing.filter((m) => m.kind === 'knowledge').map((m) => m.s);
  if (able.length) requirements.push(`- Able to ${listOf(able)}`);
  if (knowledge.length) requirements.push(`- Knowledge of ${listOf(knowledge)}`);
  if (requirements.length) sections.set('Requirements', requirements);
  return guarded(render(sections));
}

/**
 * The sentences of a body's lines that a copied run touches, the runs read over the whole text as a
 * reader sees it: across a heading ("About the role" + its first sentence) and from one line to the
 * next. `split` holds each line's sentences (a heading or blank line is one part, never hit).
 */
function copiedRuns(lines: readonly string[], copies: CopyCheck): { split: string[][]; hit: Array<{ line: number; sentence: number }> } {
  const segments: string[] = [];
  const owner: Array<{ line: number; sentence: number }> = [];
  const split = lines.map((line, i) => {
    const whole = /^## /.test(line) || !line.trim();
    const parts = whole ? [line.replace(/^## /, '')] : sentencesOf(line.replace(BULLET, ''));
    parts.forEach((part, k) => { segments.push(part); owner.push({ line: i, sentence: whole ? -1 : k }); });
    return parts;
  });
  return { split, hit: [...copies(segments)].map((k) => owner[k]).filter((o) => o.sentence >= 0) };
}

/**
 * The body with every sentence a copied run touches dropped (copiedRuns). Headings stay; a line
 * left with under three words goes. Dropping a sentence joins its neighbours, which can make a new
 * run: read again, a few times at most.
 */
export function withoutCopiedRuns(body: string, copies: CopyCheck): string {
  let lines = body.split('\n');
  for (let pass = 0; pass < 3; pass++) {
    const { split, hit } = copiedRuns(lines, copies);
    if (!hit.length) break;
    lines = lines.flatMap((line, i) => {
      const drop = new Set(hit.filter((o) => o.line === i).map((o) => o.sentence));
      if (!drop.size) return [line];
      const kept = split[i].filter((_, k) => !drop.has(k)).join('').trim();
      if (kept.split(/\s+/).length < 3) return [];
      return [BULLET.test(line) ? `- ${kept}` : kept];
    });
  }
  return lines.join('\n');
}

function render(sections: Map<string, string[]>): string {
  return WRITER_SECTIONS.filter((s) => sections.get(s.heading)?.length).map((s) => `## ${s.heading}\n\n${sections.get(s.heading)!.join('\n')}`).join('\n\n');
}

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The posting as the editor opens it: front matter, the title, the body, a placeholder for the offer. */
export function postingMarkdown(plan: WriterPlan, body: string, occupationId: string, seed: number): string {
  return [
    '---', 'hrdocs: job', `occupation: ${occupationId}`, 'generated: true', `writer: model (seed ${seed})`, '---', '',
    '## Job title', '', plan.title, '',
    body, '',
    '## What we offer', '',
    '<!-- Pay, benefits, location and working pattern: the writer never invents them. -->', '',
  ].join('\n');
}

export interface WriteRequest {
  plan: WriterPlan;
  occupationId: string;
}

/**
 * One posting per request: `samples` bodies drawn for each, checked, judged against the resume
 * when `judge` is given, and the best kept (GIRL's selection by the reward model).
 */
export async function writePostings(writer: JobWriter, requests: WriteRequest[], options: {
  samples: number; seed: number; judge?: (markdown: string) => Promise<MatchResult>;
  onProgress?: (done: number, total: number) => void; token?: import('../cancel.js').CancellationToken;
}): Promise<WrittenPosting[]> {
  const bodies = await writer.write(requests.map((r) => r.plan), { samples: options.samples, seed: options.seed, token: options.token, onProgress: options.onProgress });
  const isWord = writer.isWord?.bind(writer);
  const copies = writer.copiedSentences?.bind(writer);
  const out: WrittenPosting[] = [];
  for (const [i, req] of requests.entries()) {
    let best: WrittenPosting | undefined;
    let firstScore: number | undefined;
    for (const [s, { text: raw, finished, meanLogProb }] of bodies[i].entries()) {
      const check = checkBody(req.plan, raw, isWord, copies);
      const markdown = postingMarkdown(req.plan, repairBody(req.plan, raw, finished, { isWord, copies }), req.occupationId, options.seed);
      const score = options.judge ? (await options.judge(markdown)).score : undefined;
      if (s === 0) firstScore = score;
      const reward = checkReward(check, req.plan, meanLogProb) + (score ?? 0);
      if (!best || reward > best.reward) best = { markdown, check, score, reward, sample: s, samples: bodies[i].length };
    }
    out.push({ ...best!, firstScore });
  }
  return out;
}
