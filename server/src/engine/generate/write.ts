// Generated postings written by the trained line writer (models/writer.ts) and chosen after GIRL:
// a plan from the graph (and the resume) laid out as the lines a posting has (a summary, a duty
// per competence, the years and a requirement per knowledge, preferred extras), several lines
// sampled for each, each checked (names its skill, states no fact the plan does not give, no made-
// up word, no run of a real posting, not a repeat of a line before it) and ranked by those checks
// and the writer's own fluency and specificity to the role. The posting is assembled from the best
// lines; for a resume, a few assemblies are judged by the matcher and the best kept (GIRL's
// selection by the reward model). The engine never writes a line of its own into the posting.
import type { OccupationSkill, SkillGraph } from '../graph/graph.js';
import type { DocumentAnalysis, MatchResult } from '../types.js';
import type { JobWriter, LineRequest, WrittenBody } from '../models/tasks.js';
import { contentWords, coverage, jaccard } from '../match/similarity.js';
import { normalizeTerm } from '../text/normalize.js';
import type { SeniorityLevel } from '../lang/en/seniority.js';
import type { PostingSkills } from './posting-skills.js';
import { sentencesOf, WRITER_SECTIONS, type LineSection, type WriterPlan } from './writer-format.js';

/** planned skills: enough for a posting's lists, few enough to fit the writer's prompt */
const PLAN_SKILLS = 8;
/** a skill more occupations than this use says nothing about the role (office software, teamwork) */
const GENERIC_SKILL = 400;
const PLAN_SKILL_WORDS = 4;
/** named technologies in a plan, at most (hot ones only) */
const PLAN_TOOLS = 2;
/** what postings ask takes at most half the plan: they ask mostly for qualities every role
 * wants (communication, working alone), the graph gives the role's own competences */
const PLAN_ASKED = PLAN_SKILLS / 2;
/** reward per nat of a line's mean token log-probability: among lines that pass the checks, the more fluent one wins */
const FLUENCY = 0.5;
/**
 * reward per nat of a line's specificity: its log-probability with the role's title against
 * without it (maximum mutual information), so a line that could open any posting, or one from
 * another field's postings, loses to one written for this role
 */
const SPECIFIC = 1;
/** a line names a skill when it has this share of the skill's content words: both of two, two of three, three of four */
const NAMES_SKILL = 0.6;
/** two lines of a posting with this content-word overlap say the same thing */
const SAME_LINE = 0.7;
/** two lines that open with the same this many words read as a template ("We are looking for a ..." twice) */
const OPENING_WORDS = 4;
/** a posting's lines: words, at least and at most */
const LINE_WORDS = [4, 35] as const;
/** lines per section: duties at most and at least, requirements at least, preferred at most */
const DUTIES = [6, 4] as const;
const REQUIREMENTS = [6, 3] as const;
const PREFERRED = 2;
const SUMMARY_LINES = 2;
/** assemblies of a posting the matcher judges when there is a resume (GIRL's best of n) */
const ASSEMBLIES = 3;

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
  /** which assembly of the lines was kept (0-based; the matcher chose it when there is a resume), and how many samples each line had */
  sample: number;
  samples: number;
  /** the first assembly's matcher score, for the report of what selection changed */
  firstScore?: number;
  /** the written lines the kept posting holds, each with the request it answered (GIRL's fine-tuning texts) */
  lines: Array<{ request: LineRequest; text: string }>;
}

/**
 * The writer's plan for a role: the resume's skills the occupation uses first (a posting the
 * person can step into), then what real postings of the role ask for most (`asked`, when the
 * role was read from enough of them), then the occupation's essential ESCO skills (those real
 * postings name more often first), then a couple of the O*NET technologies its postings ask
 * for (In Demand). O*NET's descriptor elements ("Instructing", "Medicine and Dentistry"), the
 * knowledge areas it rates every occupation on (merged into ESCO concepts: a nurse's
 * "psychology") and its long tool lists ("Apple Safari" for a warehouse) describe every job, not
 * this one: they are left out unless postings of the role ask for them. `related`: occupations
 * of the same role in the other taxonomy (an O*NET occupation borrows the skills of its ESCO twin).
 */
export function writerPlan(graph: SkillGraph, occupation: number, title: string, seniority: SeniorityLevel, years: number, resume?: DocumentAnalysis, related: number[] = [], asked?: PostingSkills): WriterPlan {
  // essential competences first, those real postings name more often before the others
  const popularity = (skill: number) => asked?.popularity(skill) ?? 0;
  const skillsOf = (occ: number) => graph.skillsForOccupation(occ).filter((s) => !isRatedKnowledge(graph, occ, s.skill) && !isUnaskedTool(graph, occ, s))
    .sort((a, b) => Number(b.essential) - Number(a.essential) || popularity(b.skill) - popularity(a.skill) || b.weight - a.weight);
  const pool = [occupation, ...related].flatMap(skillsOf);
  const askedFor = asked?.askedFor([occupation, ...related]) ?? [];
  const uses = new Set([...pool.map((s) => s.skill), ...askedFor.map((a) => a.skill)]);
  const skills: string[] = [];
  const skillKinds: Array<'skill' | 'knowledge'> = [];
  let tools = 0;
  // named by the resume or by the role's postings, a skill is specific enough however many
  // occupations use it; the resume's named technologies are all its own, the others' capped
  const add = (skill: number, from: 'resume' | 'postings' | 'graph') => {
    const node = graph.skills[skill];
    const clean = node.name.replace(/\s+/g, ' ').trim();
    if (!clean || clean.split(' ').length > PLAN_SKILL_WORDS || skills.length >= PLAN_SKILLS) return;
    if (from === 'graph' && !isPostingSkill(graph, skill)) return;
    if (node.tool && from !== 'resume' && ((from === 'graph' && !node.hot) || tools >= PLAN_TOOLS)) return;
    if (skills.some((s) => normalizeTerm(s) === normalizeTerm(clean) || jaccard(contentWords(s), contentWords(clean)) >= 0.6)) return;
    if (node.tool) tools++;
    skills.push(clean);
    skillKinds.push(node.tool ? 'knowledge' : node.kind);
  };
  if (resume) {
    for (const s of resume.skills) {
      const node = graph.skillById(s.id);
      if (node && uses.has(node.index) && skills.length < PLAN_SKILLS / 2) add(node.index, 'resume');
    }
  }
  for (const a of askedFor) if (skills.length < PLAN_ASKED) add(a.skill, 'postings');
  for (const s of pool) if (!graph.skills[s.skill].tool) add(s.skill, 'graph');
  for (const s of pool) if (graph.skills[s.skill].tool) add(s.skill, 'graph');
  return { title, seniority, years, skills, skillKinds };
}

/** An O*NET descriptor element ("Instructing", "Computers and Electronics"): every occupation is rated on it; O*NET's technologies ('onet:tech:') are named tools. */
export function isDescriptorElement(skillId: string): boolean {
  return skillId.startsWith('onet:') && !skillId.startsWith('onet:tech:');
}

/**
 * An O*NET rating merged into a concept of the same name: O*NET rates every occupation on its
 * knowledge areas, and "Psychology" joined ESCO's psychology, so a nurse's O*NET occupation "uses"
 * psychology, biology and chemistry as every occupation uses "Speaking". The edge from an ESCO
 * occupation to the same concept is ESCO's own claim and stands.
 */
export function isRatedKnowledge(graph: SkillGraph, occupation: number, skill: number): boolean {
  return graph.occupations[occupation].source === 'onet' && graph.skills[skill].ids.some(isDescriptorElement);
}

/**
 * A tool O*NET lists for an occupation that its employers' postings are not said to ask for (not
 * In Demand, which the graph marks as an essential edge: tools/graph/build-graph.ts): a teacher's
 * "Facebook" and "Zoom", a chef's "Apple Safari". Judged as missing skills on real resumes, such
 * tools were a real gap 4 times in 43 (tools/eval/judged/).
 */
export function isUnaskedTool(graph: SkillGraph, occupation: number, edge: OccupationSkill): boolean {
  return graph.occupations[occupation].source === 'onet' && graph.skills[edge.skill].tool && !edge.essential;
}

/** A skill a posting would name for this role: no O*NET descriptor element ("Instructing", "Public Safety and Security"), specific enough to say something. */
function isPostingSkill(graph: SkillGraph, skill: number): boolean {
  const node = graph.skills[skill];
  if (isDescriptorElement(node.id)) return false;
  return graph.occupationsForSkill(skill).length <= GENERIC_SKILL;
}

// facts a generated posting must not state unless the plan does
const MONEY = /[$£€]\s?\d|\bper (hour|annum|year)\b|\bsalary\b|\bpay band\b|\bband \d/i;
const CONTACT = /@|https?:|www\.|\b\d{3}[ -.]?\d{3}[ -.]?\d{4}\b|\b0\d{3,4} ?\d{3} ?\d{3,4}\b/;
const DATE = /\b(19|20)\d\d\b|\b(january|february|march|april|june|july|august|september|october|november|december)\b/i;
const CLOCK = /\b\d{1,2}(:\d\d)?\s?(am|pm)\b/i;
const ORG = /\b([A-Z][\w&'.-]*\s){1,5}(Trust|Hospitals?|Centre|Center|Inc\.?|Ltd\.?|LLC|University|College|Schools?|County|City|Council|Foundation|Partnership|Surgery|Clinic|Corporation|District|Academy|Restaurant|Hotel)\b|\bNHS\b|\b(Inc|Ltd|LLC)\b/;
// not global: a global regex's test() leaves lastIndex behind, and a later matchAll() would start there
// a named place: the states and nations postings name for a licence or a location (the plan never gives one)
const PLACE = /\b(Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|England|Scotland|Wales|Northern Ireland|London|Los Angeles|Austin)\b/;
// an employer spoken of by its kind: "the Trust", "our Trust's values" (an NHS body), "the City"
const EMPLOYER = /\b(the|our) (Trust|City|County|Council|Department|Company|Organisation|Organization)\b|\bTrust['’]s\b/;
const YEARS = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:or more\s+)?(?:years?|yrs?)\b/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Why a sentence states something the plan does not, or undefined. */
export function inventedFact(sentence: string, plan: WriterPlan): string | undefined {
  if (MONEY.test(sentence)) return 'pay';
  if (CONTACT.test(sentence)) return 'contact';
  if (DATE.test(sentence) || CLOCK.test(sentence)) return 'date or time';
  const org = ORG.exec(sentence) ?? EMPLOYER.exec(sentence);
  if (org && !plan.title.includes(org[0].trim())) return 'organisation';
  const place = PLACE.exec(sentence);
  if (place && !plan.title.includes(place[0])) return 'place';
  for (const m of sentence.matchAll(new RegExp(YEARS.source, 'gi'))) {
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

/** Whether a text names a planned skill: as written, or most of its content words ("prepare tax returns forms" in "Prepare and file tax returns"). */
export function namesSkill(skill: string, text: string): boolean {
  if (text.toLowerCase().includes(skill.toLowerCase())) return true;
  return coverage(contentWords(skill), contentWords(text)) >= NAMES_SKILL;
}

/** What a posting body says and where it falls short of the plan. */
export function checkBody(plan: WriterPlan, body: string, isWord?: WordCheck, copies?: CopyCheck): PostingCheck {
  const skillsNamed = plan.skills.filter((s) => namesSkill(s, body));
  const sections = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
  const invented: string[] = [];
  let repeated = 0;
  const seen: Array<ReadonlySet<string>> = [];
  const openings = new Set<string>();
  for (const line of body.split('\n')) {
    if (line.startsWith('## ') || !line.trim()) continue;
    const words = lineWords(line);
    const opens = sentenceOpenings(line);
    if (seen.some((w) => jaccard(w, words) >= SAME_LINE) || opens.some((o) => openings.has(o)) || new Set(opens).size < opens.length) repeated++;
    seen.push(words);
    for (const o of opens) openings.add(o);
    for (const s of sentencesOf(line)) if (inventedFact(s, plan)) invented.push(s.trim());
  }
  const copied = copies ? copiedRuns(body.split('\n'), copies).hit.length : 0;
  const words = body.replace(/^## .*$/gm, '').split(/\s+/).filter(Boolean).length;
  const unknownWords = unknownIn(body.replace(/^## .*$/gm, ''), plan, isWord);
  return { skillsNamed, skillsMissing: plan.skills.filter((s) => !skillsNamed.includes(s)), invented, repeated, sections, words, unknownWords, copied };
}

/** A line's words for telling repeats apart (contentWords keeps a stem of "the"; two letters say nothing). */
const lineWords = (text: string): ReadonlySet<string> => new Set([...contentWords(text)].filter((w) => w.length > 2));

/** How a line opens: its first OPENING_WORDS words, lower case ('' for a shorter line, which never counts). */
export function openingOf(text: string): string {
  const words = text.replace(BULLET, '').toLowerCase().match(/[a-z0-9']+/g) ?? [];
  return words.length > OPENING_WORDS ? words.slice(0, OPENING_WORDS).join(' ') : '';
}

/** The openings of a body line's sentences (a summary is one paragraph of several lines), short ones left out. */
export function sentenceOpenings(line: string): string[] {
  return sentencesOf(line.replace(BULLET, '')).map(openingOf).filter(Boolean);
}

/** A line that says a word twice in a row ("enthusiastic and enthusiastic", "busy, busy") or a content word three times. */
export function repeatsItself(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  for (let i = 1; i < words.length; i++) {
    if (words[i].length > 2 && (words[i] === words[i - 1] || (i >= 2 && /^(and|or)$/.test(words[i - 1]) && words[i] === words[i - 2]))) return true;
  }
  const counts = new Map<string, number>();
  for (const w of words) if (w.length > 3) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.values()].some((n) => n >= 3);
}

/** A line of the posting to be written: its section, its key, and the planned skill it carries. */
export interface PlannedLine { section: LineSection; key: string; skill?: number }

/**
 * The lines a posting is written as: two summary sentences about the role; a duty per planned
 * competence (at least four, keyless ones added); the years, then a requirement per planned
 * knowledge (at least three); the skills left over as preferred.
 */
export function postingLayout(plan: WriterPlan): PlannedLine[] {
  const skills = plan.skills.map((key, skill) => ({ key, skill, kind: plan.skillKinds?.[skill] ?? 'knowledge' }));
  const duties = skills.filter((s) => s.kind === 'skill').slice(0, DUTIES[0]);
  const known = skills.filter((s) => s.kind === 'knowledge').slice(0, REQUIREMENTS[0]);
  const rest = skills.filter((s) => !duties.includes(s) && !known.includes(s)).slice(0, PREFERRED);
  const lines: PlannedLine[] = Array.from({ length: SUMMARY_LINES }, () => ({ section: 'summary' as const, key: '' }));
  const add = (section: LineSection, items: typeof skills, atLeast: number) => {
    for (const s of items) lines.push({ section, key: s.key, skill: s.skill });
    for (let n = items.length; n < atLeast; n++) lines.push({ section, key: '' });
  };
  add('responsibilities', duties, DUTIES[1]);
  if (plan.years > 0) lines.push({ section: 'required', key: `${plan.years} years` });
  add('required', known, REQUIREMENTS[1] - (plan.years > 0 ? 1 : 0));
  add('preferred', rest, 1);
  return lines;
}

/**
 * A sampled line judged: its text (bullet-free, trimmed) and score, or why it cannot be used;
 * `offKey`: usable, but it does not name the line's key (taken only when no sample does).
 */
export interface JudgedLine { text: string; score: number; problem?: string; offKey?: boolean }

/**
 * Whether a sampled line can stand in the posting, and how good it is: finished, a line's length,
 * no fact the plan does not give, no made-up word, no 12-word run of a real posting, its key named
 * (the years for a years line); among usable lines the more fluent scores higher.
 */
export function judgeLine(written: WrittenBody, line: PlannedLine, plan: WriterPlan, isWord?: WordCheck, copies?: CopyCheck): JudgedLine {
  const text = written.text.replace(/\s+/g, ' ').replace(BULLET, '').trim();
  const judged = (problem?: string, cover = 1): JudgedLine => ({ text, score: problem ? -Infinity : cover + FLUENCY * written.meanLogProb, problem });
  const words = text.split(' ').length;
  if (!written.finished) return judged('cut at the token limit');
  if (words < LINE_WORDS[0] || words > LINE_WORDS[1]) return judged('length');
  // a byte-level model can stop inside a character's bytes
  if (text.includes('\uFFFD')) return judged('broken character');
  if (/[:;,]$/.test(text) || /^[a-z]/.test(text)) return judged('not a whole line');
  const sentences = sentencesOf(text);
  if (sentences.length > 1 && sentences[sentences.length - 1].trim().split(/\s+/).length < 3) return judged('not a whole line');
  if (repeatsItself(text)) return judged('repeats itself');
  const fact = sentences.map((x) => inventedFact(x, plan)).find(Boolean);
  if (fact) return judged(`states ${fact}`);
  if (unknownIn(text, plan, isWord).length) return judged('made-up word');
  if (copies && copies(sentences).size) return judged('a real posting\'s words');
  if (/^\d+ years$/.test(line.key)) return YEARS.test(text) ? judged() : { ...judged(undefined, 0), offKey: true };
  if (!line.key) return judged();
  return namesSkill(line.key, text) ? judged(undefined, coverage(contentWords(line.key), contentWords(text))) : { ...judged(undefined, 0), offKey: true };
}

export interface WriteRequest {
  plan: WriterPlan;
  occupationId: string;
}

/**
 * One posting per request. Every line of a posting is sampled `samples` times in one batch, each
 * sample judged (judgeLine); a posting is assembled from each line's best sample that does
 * not repeat a line before it. With `judge` (a resume), a few assemblies (the best lines, then the
 * runners-up) are scored by the matcher and the best kept.
 */
export async function writePostings(writer: JobWriter, requests: WriteRequest[], options: {
  samples: number; seed: number; judge?: (markdown: string) => Promise<MatchResult>;
  onProgress?: (done: number, total: number) => void; token?: import('../cancel.js').CancellationToken;
}): Promise<WrittenPosting[]> {
  const isWord = writer.isWord?.bind(writer);
  const copies = writer.copiedSentences?.bind(writer);
  const out: WrittenPosting[] = [];
  // one posting's lines per call: the key/value cache grows with the batch, and a resume's six
  // postings in one batch held over a gigabyte
  for (const [i, req] of requests.entries()) {
    const layout = postingLayout(req.plan);
    const asked: LineRequest[] = layout.map((l) => ({ title: req.plan.title, seniority: req.plan.seniority, section: l.section, key: l.key }));
    const progress = options.onProgress && ((done: number, total: number) => options.onProgress!(i * 100 + Math.round((100 * done) / total), requests.length * 100));
    const written = await writer.writeLines(asked, { samples: options.samples, seed: options.seed + i, token: options.token, onProgress: progress });
    const judged = written.map((samples, k) => samples.map((w) => judgeLine(w, layout[k], req.plan, isWord, copies)));
    // the usable lines' specificity to the role: their log-probability with the title against without it
    if (writer.scoreLines) {
      const usable = judged.flatMap((samples, k) => samples.flatMap((j, s) => (j.problem ? [] : [{ k, s }])));
      const generic = await writer.scoreLines(usable.map(({ k }) => ({ ...asked[k], title: '' })), usable.map(({ k, s }) => judged[k][s].text));
      usable.forEach(({ k, s }, n) => { judged[k][s].score += SPECIFIC * (written[k][s].meanLogProb - generic[n]); });
    }
    for (const samples of judged) samples.sort((a, b) => b.score - a.score);
    const assemblies = options.judge ? Math.min(ASSEMBLIES, options.samples) : 1;
    let best: WrittenPosting | undefined;
    let firstScore: number | undefined;
    for (let v = 0; v < assemblies; v++) {
      const { body, picked } = assemble(layout, judged, v, copies);
      const check = checkBody(req.plan, body, isWord, copies);
      const markdown = postingMarkdown(req.plan, body, req.occupationId, options.seed);
      const score = options.judge ? (await options.judge(markdown)).score : undefined;
      if (v === 0) firstScore = score;
      const reward = checkReward(check, req.plan) + (score ?? 0);
      const lines = picked.flatMap((text, k) => (text === undefined ? [] : [{ request: asked[k], text }]));
      if (!best || reward > best.reward) best = { markdown, check, score, reward, sample: v, samples: options.samples, lines };
    }
    out.push({ ...best!, firstScore });
  }
  return out;
}

/**
 * A posting body from the judged samples of its lines: for each line, the usable sample at rank
 * `variant` or the best one after it that repeats no line before it, samples naming the line's
 * key first. A line with no usable sample is left out: a planned skill no sample named is not
 * stated by a template of the engine's (the check reports it missing).
 */
function assemble(layout: PlannedLine[], judged: JudgedLine[][], variant: number, copies?: CopyCheck): { body: string; picked: Array<string | undefined> } {
  const sections = new Map<string, string[]>();
  const picked: Array<string | undefined> = [];
  const kept: Array<ReadonlySet<string>> = [];
  const openings = new Set<string>();
  layout.forEach((line, k) => {
    const usable = judged[k].filter((j) => !j.problem);
    const onKey = usable.filter((j) => !j.offKey);
    const pool = onKey.length ? onKey : usable;
    const from = Math.min(variant, Math.max(0, pool.length - 1));
    const fresh = [...pool.slice(from), ...pool.slice(0, from)].filter((j) => !kept.some((w) => jaccard(w, lineWords(j.text)) >= SAME_LINE));
    // a sample opening as a kept line does is taken only when every sample does (the line's skill is then still stated)
    const pick = fresh.find((j) => !openings.has(openingOf(j.text))) ?? fresh[0];
    picked.push(pick?.text);
    if (!pick) return;
    kept.push(lineWords(pick.text));
    const opens = openingOf(pick.text);
    if (opens) openings.add(opens);
    const heading = WRITER_SECTIONS.find((s) => s.zone === line.section)!.heading;
    sections.set(heading, [...(sections.get(heading) ?? []), line.section === 'summary' ? pick.text : `- ${pick.text}`]);
  });
  // the summary reads as a paragraph
  const summary = sections.get('About the role');
  if (summary) sections.set('About the role', [summary.join(' ')]);
  const body = render(sections);
  return { body: copies ? withoutCopiedRuns(body, copies) : body, picked };
}

/**
 * How good an assembled posting is before the matcher speaks: the plan covered, a posting's
 * shape, long enough, nothing invented, repeated, made up or copied.
 */
export function checkReward(check: PostingCheck, plan: WriterPlan): number {
  const covered = plan.skills.length ? check.skillsNamed.length / plan.skills.length : 1;
  const shape = ['Responsibilities', 'Requirements'].filter((h) => check.sections.includes(h)).length / 2;
  const length = Math.min(1, check.words / 120);
  return 0.3 * covered + 0.3 * shape + 0.2 * length
    - 0.15 * check.invented.length - 0.15 * check.repeated - 0.1 * check.unknownWords.length - 0.15 * check.copied;
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
