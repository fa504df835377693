// Resume x job -> score, decision and evidence per requirement. The score is computed from the
// evidence's features only, so the explanation can never disagree with it.
import type {
  DocumentAnalysis, ExperienceEntry, ExperienceEvidence, MatchDriver, MatchFactor, MatchResult, QualifiedOtherWay, Range, SkillEvidence, SkillMention, TextBlock,
} from '../types.js';
import { employmentOf, GENERIC_SUBJECT, mergedMonths } from '../experience/extract.js';
import { statedYears } from '../experience/stated.js';
import { blockRange, lineAt } from '../document/positions.js';
import { educationLevelOf, namesEducationLevel } from '../lang/en/education.js';
import { sharesWordStem, tokenizeWords } from '../text/normalize.js';
import { readingOf } from '../document/zones.js';
import { contentWords, coverage, jaccard, shownInWords, titleSimilarity, workAlternatives, workNamedByTitle, workWords } from './similarity.js';
import { computeFeatures, FACTORS, type FeatureContext, type MatchFeatures } from './features.js';
import type { WordIdf } from './lexical.js';
import { occupationReadings } from './occupations.js';
import type { MatchScorer } from '../models/tasks.js';
import { ruleMatchScorer } from '../models/rules.js';
import { explainMatch, quoted } from '../explain/explain.js';
import { shownBy } from '../lang/en/shown-by.js';
import { namesOnlyRank } from '../lang/en/seniority.js';

const FOUND_AT = 0.5;
/** a skill the resume shows only through another it names (a suite, a product): a little less than by its own name */
const SHOWN_BY_OTHER = 0.9;

export interface MatchContext extends FeatureContext {
  /** the graph occupation a job title names, so "Staff Nurse" counts toward "Registered Nurse" */
  occupationOf?(title: string): string | undefined;
  /**
   * The trained linker's calibrated probability that each wanted phrase and each held phrase
   * name the same skill ([wanted][held]), for paraphrases no word overlap catches
   * ("High endurance level" = "Physical stamina").
   */
  sameSkill?(wanted: string[], held: string[]): Promise<number[][]>;
  /** the calibrated probability under which a job's requirement is likely no skill: never called missing (SkillThresholds.requirement) */
  requirementCut?: number;
}

export async function matchAnalyses(resume: DocumentAnalysis, job: DocumentAnalysis, scorer: MatchScorer = ruleMatchScorer, context: MatchContext = {}): Promise<MatchResult> {
  const resumeMentions = resume.mentions.filter((m) => m.confidence >= 0.5);
  // each mention's words, read once: every required skill is compared with every mention
  const mentionWords = resumeMentions.map((m) => {
    const name = contentWords(m.name);
    const text = contentWords(m.text);
    return { m, name, text, all: new Set([...name, ...text]) };
  });
  const shownWordsByBlock = resume.doc.blocks.map((b) => shownUnits(b.text).map(contentWords));
  const skills: SkillEvidence[] = job.requiredSkills.map((required) => {
    let best: SkillMention | undefined;
    let bestSim = 0;
    const wanted = contentWords(required.name);
    const wantedText = contentWords(required.text);
    // a skill shown by part of its words shows its most specific one ("campaign" of "Campaign
    // Finance Reports", not "finance reports" of debt-collection reports)
    const specific = [mostSpecificWord(wanted, context.idf), mostSpecificWord(wantedText, context.idf)].filter((w): w is string => w !== undefined);
    const showsSpecific = (words: ReadonlySet<string>) => !specific.length || specific.some((w) => words.has(w));
    for (const { m, name, text, all } of mentionWords) {
      const sim = m.id === required.id ? 1 : !showsSpecific(all) ? 0 : Math.max(
        jaccard(wanted, name), jaccard(wantedText, text), jaccard(wanted, text), jaccard(wantedText, name));
      // on a tie the skills section's line is the better evidence (and the one to cite)
      if (sim > bestSim || (sim === bestSim && sim > 0 && m.section === 'skills' && best?.section !== 'skills')) { bestSim = sim; best = m; }
    }
    let inText: number | undefined;
    if (bestSim < FOUND_AT) {
      // the skill may be written in a sentence the extractor did not pick out: most of its
      // words in one block of the resume count as found, a little less sure
      shownWordsByBlock.forEach((units, k) => {
        for (const words of units) {
          const sim = showsSpecific(words) ? shownInWords(wanted, words, wantedText) : 0;
          if (sim > bestSim) { bestSim = sim; best = undefined; inText = k; }
        }
      });
    }
    const found = bestSim >= FOUND_AT ? best : undefined;
    const foundInText = bestSim >= FOUND_AT && !found && inText !== undefined ? lineOfBlock(resume, inText, wanted.size ? wanted : wantedText) : undefined;
    const unlikelySkill = (required.probability ?? 1) < (context.requirementCut ?? 0);
    return { skill: required.name, written: skillAsWritten(required), id: required.id, required, found, ...(foundInText ? { foundInText } : {}), similarity: bestSim >= FOUND_AT ? bestSim : 0, ...(unlikelySkill ? { unlikelySkill } : {}) };
  });
  foundThroughOthers(skills, resumeMentions);
  // years are counted from employment only: a volunteer post is a role, not years of experience
  const employment = employmentOf(resume.experience);
  // each role's graph occupation, read once: every requirement below asks it of every role
  const roleOccupations = new Map<ExperienceEntry, string | undefined>();
  const occupationOfRole = (e: ExperienceEntry) => {
    if (!roleOccupations.has(e)) roleOccupations.set(e, context.occupationOf?.(e.title));
    return roleOccupations.get(e);
  };
  foundInRoleWork(skills, resume, employment, (e) => occupationTitle(occupationOfRole(e), context));
  foundInEducation(skills, resume);
  await findParaphrases(skills, resume, resumeMentions, context);
  // a preferred requirement never counts against a resume
  const { experience, otherWay } = waysToQualify(job.experienceRequirements.filter((req) => req.required).map((req): PathEvidence => {
    // "5+ years of professional backend development experience": the setting words are no part of the work a role must show
    const subject = workWords(req.subject);
    const wantedOccupation = context.occupationOf?.(req.subject);
    // "shipping or receiving", "bar and/or restaurant management": a role whose title names every
    // word of one line of work offered, or that is its occupation, counts too; a title sharing
    // one word of it ("Management", "Supervisor") or its words in a role's text do not
    const alternatives = workAlternatives(req.subject);
    const lines = alternatives.length > 1 ? alternatives.map((text) => ({ text, words: workWords(text), occupation: context.occupationOf?.(text) })) : [];
    // a title that names only a rank ("Manager", "Supervisor") is no line of work: it fits one only
    // with its employer ("Manager, Harbor Grill Restaurant") or its own text naming the work
    const rankOnlySubject = namesOnlyRank(req.subject);
    let entries = employment.filter((e) =>
      Math.max(rankOnlySubject || !namesOnlyRank(e.title) ? titleSimilarity(req.subject, e.title) : 0, titleSimilarity(req.subject, `${e.title} ${e.employer ?? ''}`)) >= 0.5 ||
      abbreviates(e.title, req.subject) || abbreviates(req.subject, e.title) || namesTheWork(resume, e, req.subject, occupationTitle(occupationOfRole(e), context)) ||
      (wantedOccupation !== undefined && occupationOfRole(e) === wantedOccupation) ||
      // "3+ years of SQL": a role whose text mentions the subject counts beside those whose title names it
      // ("management experience": the role managed, by its title's rank or its own verbs, not a
      // duty that names management: "reported to management" is a crew member's line)
      (subject.size > 0 && (isManagingWork(subject) ? managesInRole(resume, e) : entryMentions(resume, e, subject))) ||
      lines.some(({ text, words, occupation }) => coverage(words, contentWords(e.title)) >= 0.99 || abbreviates(e.title, text) ||
        (occupation !== undefined && occupationOfRole(e) === occupation) ||
        // one line of work the role's own text names, as for a subject of one line ("interaction with students")
        (words.size > 0 && entryMentions(resume, e, words))));
    // (as is a subject that names only its setting's pace or class: "2 years upscale experience")
    if (!entries.length && (req.subject === GENERIC_SUBJECT || (!subject.size && !lines.length))) entries = employment;
    const dated = Math.round((mergedMonths(entries) / 12) * 10) / 10;
    // "nine years of experience writing SQL" in the profile counts where the roles show fewer
    const stated = statedYears(resume, subject);
    const said = stated && stated.years > dated ? stated : undefined;
    const foundYears = said ? said.years : dated;
    const verdict = !entries.length && !said ? 'missing' : foundYears + 0.05 >= req.years ? 'met' : 'short';
    return { requirement: req.text, subject: req.subject, requiredYears: req.years, foundYears, verdict, entries, ...(said ? { stated: said } : {}), range: req.range, group: req.alternativeGroup, way: req.wayToQualify, path: req.otherPathWithoutYears, pathShown: req.otherPathWithoutYears !== undefined && showsPath(resume, req.otherPathWithoutYears) };
  }));
  const features = computeFeatures(resume, job, skills, experience, context);
  // a job that names no skill gives no skill evidence either way: its skill inputs, and the fact of
  // their absence, read as a typical real pair's (the trained scorer's reference), neither a bonus
  // (an unrelated post with no readable skills scored up to 40 points higher) nor a gap
  if (!skills.length && scorer.reference) for (const k of [...FACTORS.skills, 'hasRequirements'] as const) features[k] = scorer.reference[k];
  const raw = await scorer.score(features);
  const score = Math.round(raw * 1000) / 1000;
  const drivers = await driversOf(features, raw, scorer);
  const result: MatchResult = {
    score,
    match: score >= scorer.threshold,
    threshold: scorer.threshold,
    skills,
    // (wording judged alike is credit, not a skill the resume names)
    matchedSkills: skills.filter((s) => s.similarity > 0 && !s.similarWording && !s.unlikelySkill).map((s) => s.skill),
    // (an item likely no skill is read by the score, but no missing skill is claimed of it)
    missingSkills: skills.filter((s) => s.similarity === 0 && !s.unlikelySkill).map((s) => s.skill),
    experience,
    ...(otherWay.length ? { qualifiedOtherWay: otherWay } : {}),
    titleFit: features.titleFit,
    ...(context.graph ? { occupations: occupationReadings(context.graph, resume, job) } : {}),
    features,
    scorer: scorer.name,
    ...(drivers ? { drivers } : {}),
    explanation: '',
  };
  result.explanation = explainMatch(result, resume, job, context.titles);
  return result;
}

/** evidence with the way to qualify it belongs to (its group, and the way in the group), and the path beside it that asks for no years (and whether the resume shows it) */
type PathEvidence = ExperienceEvidence & { group?: number; way?: number; path?: string; pathShown?: boolean };

/**
 * One piece of evidence per way to qualify: of requirements that are alternatives ("a degree and 2
 * years, or 6 years") the one the resume meets, else the one it comes closest to; counting every
 * path would call a qualified resume short of the paths it did not take. A way that asks for years
 * twice ("three years as X, one of which as Y") is as close as its farther part, which is the one
 * reported. Years offered beside a path that asks for none ("a degree; or two years of ...") are
 * no gap when unmet and the resume shows that path: they are reported as met another way.
 */
function waysToQualify(evidence: PathEvidence[]): { experience: ExperienceEvidence[]; otherWay: QualifiedOtherWay[] } {
  const closeness = (e: ExperienceEvidence) => (e.verdict === 'met' ? 2 : 0) + Math.min(1, e.foundYears / Math.max(e.requiredYears, 0.01));
  const members = (e: PathEvidence) => (e.group === undefined ? [e] : evidence.filter((o) => o.group === e.group));
  const wayCloseness = (e: PathEvidence) => Math.min(...members(e).filter((o) => o.way === e.way).map(closeness));
  // the closest way, and in it the part farthest from met
  const better = (o: PathEvidence, best: PathEvidence) => wayCloseness(o) > wayCloseness(best) || (wayCloseness(o) === wayCloseness(best) && o.way === best.way && closeness(o) < closeness(best));
  const kept = evidence.filter((e) => e.group === undefined || members(e).reduce((best, o) => (better(o, best) ? o : best)) === e);
  const experience: ExperienceEvidence[] = [];
  const otherWay: QualifiedOtherWay[] = [];
  for (const e of kept) {
    const group = members(e);
    const path = group.find((o) => o.path !== undefined);
    const { group: _group, way: _way, path: _path, pathShown: _shown, ...evidenceOnly } = e;
    if (e.verdict !== 'met' && path?.pathShown) {
      otherWay.push({ requirement: e.requirement, subject: e.subject, requiredYears: e.requiredYears, path: path.path!, range: e.range });
      continue;
    }
    const ways = new Set(group.map((o) => o.way)).size;
    const others = ways - 1 + (path ? 1 : 0);
    experience.push(others ? { ...evidenceOnly, otherWays: others } : evidenceOnly);
  }
  return { experience, otherWay };
}

/**
 * Each factor's effect: the score (unrounded) minus the score with that factor's features set to
 * a typical real pair's (occlusion; the factors interact, so effects need not add up to the score).
 */
async function driversOf(features: MatchFeatures, score: number, scorer: MatchScorer): Promise<MatchDriver[] | undefined> {
  const reference = scorer.reference;
  if (!reference) return undefined;
  const factors = Object.keys(FACTORS) as MatchFactor[];
  const variants = factors.map((factor) => {
    const v = { ...features };
    for (const name of FACTORS[factor]) v[name] = reference[name];
    return v;
  });
  const scores = scorer.scoreMany ? await scorer.scoreMany(variants) : await Promise.all(variants.map((v) => scorer.score(v)));
  return factors.map((factor, i) => ({ factor, effect: Math.round((score - scores[i]) * 1000) / 1000 }))
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.factor.localeCompare(b.factor));
}

/**
 * The word of a skill's name or text the fewest postings use (posting IDF), where it has two or more
 * and the table is learned: the word that tells the skill from its neighbours. Undefined otherwise.
 */
function mostSpecificWord(words: ReadonlySet<string>, idf?: WordIdf): string | undefined {
  if (words.size < 2 || !idf?.learned) return undefined;
  let best: string | undefined;
  let bestIdf = -Infinity;
  for (const w of words) {
    const v = idf.idf(w);
    if (v > bestIdf) { bestIdf = v; best = w; }
  }
  return best;
}

/** a line with this many commas or more is a list: each of its items stands alone */
const LIST_COMMAS = 4;

/**
 * The parts of a resume block that show a skill written in its text: each sentence (or line), and
 * each item of a line that is a comma list. A skill's words scattered over a block or a keyword
 * list ("HR", "Information Systems", "processes" for "HR systems and processes") show nothing.
 */
export function shownUnits(text: string): string[] {
  const units: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if ((line.match(/,/g)?.length ?? 0) >= LIST_COMMAS) units.push(...line.split(/[,;]/));
    else units.push(...line.split(/(?<=[.!?;])\s+/));
  }
  return units.filter((u) => u.trim());
}

/** a resume line an explanation cites, at most this many characters (longer ones end in "...") */
const CITED_CHARS = 80;
const shortened = (text: string) => (text.length > CITED_CHARS ? `${text.slice(0, CITED_CHARS - 3)}...` : text);

/**
 * The part of a long cited line that shows the words it is cited for: a window around the first
 * to the last of them, cut at spaces ("... raised state writing scores by 12% ..."), not the
 * line's opening, which may not hold them ("4th Grade ESL Language Arts Teacher Provide staff
 * development to campus for S..." cited for "Writing"). A short line is cited whole.
 */
export function citedWindow(line: string, words: ReadonlySet<string>): string {
  if (line.length <= CITED_CHARS) return line;
  const hits = tokenizeWords(line).filter((t) => [...contentWords(t.text)].some((k) => words.has(k)));
  if (!hits.length) return shortened(line);
  const room = CITED_CHARS - 6;
  const first = hits[0].start;
  const last = hits[hits.length - 1].end;
  let from = last - first >= room ? first : Math.max(0, Math.min(first - Math.floor((room - (last - first)) / 2), line.length - room));
  let to = Math.min(line.length, from + room);
  if (from > 0) { const space = line.lastIndexOf(' ', first); from = space >= from ? line.indexOf(' ', from) + 1 || from : Math.max(0, space + 1); }
  if (to < line.length) { const space = line.lastIndexOf(' ', to); if (space > from && (space >= last || last > to)) to = space; }
  return `${from > 0 ? '...' : ''}${line.slice(from, to).trim()}${to < line.length ? '...' : ''}`;
}

/** The line of a resume block that holds most of the words: what an explanation cites. */
function lineOfBlock(resume: DocumentAnalysis, blockIndex: number, words: ReadonlySet<string>): { text: string; range: Range } | undefined {
  const block = resume.doc.blocks[blockIndex];
  let best: { from: number; to: number; score: number } | undefined;
  let from = 0;
  for (const line of block.text.split('\n')) {
    const score = coverage(words, contentWords(line));
    if (line.trim() && (!best || score > best.score)) best = { from, to: from + line.length, score };
    from += line.length + 1;
  }
  if (!best || !block.offsets.length) return undefined;
  const text = block.text.slice(best.from, best.to).trim();
  return { text: citedWindow(text, words), range: blockRange(resume.doc.lineStarts, block.offsets, best.from, best.to) };
}

/**
 * A requirement is named the way the job writes it ("Mechanical ventilation") when that is
 * short enough to be a list item, else by its canonical name: this is what the explanation
 * lists and what a fix adds to the resume.
 */
function skillAsWritten(required: SkillMention): string {
  const text = required.text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').replace(/[.:;,]+$/, '').trim();
  if (!text || text.split(' ').length > 5 || required.source === 'tagger') return required.name;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A required skill the resume shows only through another it names: an application of a listed
 * suite ("Excel" under "MS Office"), a language of a listed product ("SQL" by "MySQL"). Found, and
 * the explanation says through what.
 */
function foundThroughOthers(skills: SkillEvidence[], mentions: SkillMention[]): void {
  for (const evidence of skills) {
    if (evidence.similarity > 0) continue;
    for (const m of mentions) {
      const shown = shownBy(evidence.required.name, [m.text, m.name]) ?? shownBy(evidence.required.text, [m.text, m.name]);
      if (!shown) continue;
      evidence.found = m;
      evidence.similarity = SHOWN_BY_OTHER;
      evidence.via = shown.via;
      break;
    }
  }
}

/**
 * Required skills that name a line of work a role of the resume does, which no words of the
 * resume name: "Software development" for a Software Engineer (O*NET's Software Developers),
 * "Accounting" for a Staff Accountant. The role's title is the evidence, cited with its line; words
 * of the skill the title leaves unsaid must be in the role's own text ("C++ development" is not
 * every developer's).
 */
function foundInRoleWork(skills: SkillEvidence[], resume: DocumentAnalysis, employment: ExperienceEntry[], occupationTitleOf: (e: ExperienceEntry) => string | undefined): void {
  for (const evidence of skills) {
    if (evidence.similarity > 0) continue;
    const role = employment.find((e) => namesTheWork(resume, e, evidence.required.text, occupationTitleOf(e)));
    if (!role) continue;
    evidence.foundInText = { text: role.title, range: role.range };
    evidence.similarity = SHOWN_BY_OTHER;
    evidence.via = `the work of the role "${role.title}"`;
  }
}

/**
 * Required skills that are a level of education and nothing else ("Bachelor's degree",
 * "Possession of a baccalaureate degree"): met by a degree of the resume's education at that
 * level or above (a master's meets a bachelor's), cited with its line. A resume whose education
 * names no level leaves the requirement as it was: unread is not missing, but not shown either.
 */
function foundInEducation(skills: SkillEvidence[], resume: DocumentAnalysis): void {
  const open = skills.filter((e) => e.similarity === 0 && namesEducationLevel(e.required.text));
  if (!open.length) return;
  const held = educationLines(resume);
  for (const evidence of open) {
    const asked = educationLevelOf(evidence.required.text);
    const degree = asked === undefined ? undefined : held.find((h) => h.level >= asked);
    if (!degree) continue;
    evidence.foundInText = { text: degree.text, range: degree.range };
    evidence.similarity = SHOWN_BY_OTHER;
    evidence.via = `the resume's ${degree.level > (asked ?? 0) ? 'higher ' : ''}degree ${quoted(degree.text)}`;
  }
}

/** The lines of a resume's education that name a level of education, lowest level first (the degree that meets a requirement most nearly is cited). */
function educationLines(resume: DocumentAnalysis): Array<{ level: number; text: string; range: Range }> {
  const out: Array<{ level: number; text: string; range: Range }> = [];
  resume.doc.blocks.forEach((block) => {
    if (block.zone !== 'education' || !block.offsets.length) return;
    let from = 0;
    for (const line of block.text.split('\n')) {
      const level = educationLevelOf(line);
      const text = line.trim();
      if (level !== undefined && text) {
        const start = from + line.indexOf(text);
        out.push({ level, text: shortened(text), range: blockRange(resume.doc.lineStarts, block.offsets, start, start + text.length) });
      }
      from += line.length + 1;
    }
  });
  return out.sort((a, b) => a.level - b.level);
}

const PARAPHRASE_AT = 0.8;

/** Required skills no word overlap found: ask the linker whether a resume skill says the same thing. */
async function findParaphrases(skills: SkillEvidence[], resume: DocumentAnalysis, mentions: SkillMention[], context: MatchContext): Promise<void> {
  const open = skills.filter((s) => s.similarity === 0);
  if (!open.length || !context.sameSkill) return;
  // what the resume holds: its skill mentions, and every line of its skills sections as written
  const held: Array<{ text: string; mention: SkillMention }> = mentions.map((m) => ({ text: m.text, mention: m }));
  // (a line that is one mention's whole text is held once, as that mention)
  const mentionTexts = new Set(mentions.map((m) => m.text.trim().toLowerCase()));
  for (const section of resume.doc.sections) {
    if (section.kind !== 'skills') continue;
    for (const i of section.blocks) {
      const block = resume.doc.blocks[i];
      const text = block.text.trim();
      if (!text || mentionTexts.has(text.toLowerCase())) continue;
      const from = block.text.indexOf(text);
      const range = blockRange(resume.doc.lineStarts, block.offsets, from, from + text.length);
      held.push({ text, mention: { name: text, text, kind: 'skill', id: `new:${text.toLowerCase()}`, confidence: 0.5, range, section: 'skills', zone: 'skills', source: 'section-item' } });
    }
  }
  if (!held.length) return;
  const probabilities = await context.sameSkill(open.map((s) => s.required.text), held.map((h) => h.text));
  // a named product paraphrases a competence only where they share a word ("Puppet" for "Puppet
  // configuration management") or the competence names a kind of software ("Excel" for "software
  // skills within spreadsheets"), whatever the vectors say ("Content Management System" is no
  // "positive attitude", "video editing software" no "copy machine")
  const isTool = (id: string) => context.graph?.skillById(id)?.tool === true;
  // two skills the graph names apart are two skills, however near their vectors ("Accounts
  // Receivable" is no "Fixed Assets", "User Interface" no "User Experience"): a paraphrase is
  // wording that names no skill of the graph, or names the same one
  const inGraph = (id: string) => !id.startsWith('new:');
  const mayParaphrase = (required: SkillMention, heldMention: SkillMention) =>
    !(inGraph(required.id) && inGraph(heldMention.id) && required.id !== heldMention.id) &&
    (!inGraph(heldMention.id) || isTool(heldMention.id) === isTool(required.id) || sharesWordStem(required.text, heldMention.text) ||
    NAMES_SOFTWARE.test(required.text));
  open.forEach((evidence, i) => {
    let best = -1;
    probabilities[i].forEach((p, j) => {
      if (mayParaphrase(evidence.required, held[j].mention) && (best < 0 || p > probabilities[i][best])) best = j;
    });
    const p = probabilities[i][best];
    if (best >= 0 && p >= PARAPHRASE_AT) {
      // a paraphrase counts, a little less than the same words
      evidence.similarity = Math.min(0.9, Math.max(FOUND_AT, p));
      evidence.found = held[best].mention;
      evidence.similarWording = true;
    }
  });
}

const NAMES_SOFTWARE = /\b(?:software|spreadsheets?|applications?|apps?|programs?|platforms?|databases?|systems?|packages?|suites?)\b/i;

/** a path that a degree meets */
const NAMES_DEGREE = /\b(?:degree|graduat\w*|bachelor'?s?|master'?s?|college|university)\b/i;
/** how a resume writes a degree it holds */
const HOLDS_DEGREE = /\b(?:bachelor'?s?|master'?s?|degree|b\.?\s?[as]\.?|m\.?\s?[as]\.?|b\.?\s?sc|m\.?\s?sc|m\.?\s?ed|b\.?\s?ed|ph\.?\s?d|mba|associate'?s? (?:of|in)|graduated)\b/i;
/** words that say how a path is taken, not what it is ("Completion of a recognized apprenticeship as a machinist") */
const PATH_WORDS = wordStems('completion recognized successful accredited course program semester quarter units level possession valid current following equivalent related field approved training identified issued state');

/** A text's content words by their first five letters, so derivations meet ("persuasiveness", "Persuasion"). */
function wordStems(text: string): Set<string> {
  return new Set([...contentWords(text)].map((w) => w.slice(0, 5)));
}

/**
 * Whether a resume shows a way to qualify that asks for no years: a degree where the path names
 * one (any degree its education states: the field is judged by the skills), else every word of
 * what the path is ("apprenticeship", "machinist") somewhere in the resume.
 */
function showsPath(resume: DocumentAnalysis, path: string): boolean {
  if (NAMES_DEGREE.test(path)) return resume.doc.blocks.some((b) => (b.zone === 'education' || readingOf(resume.doc, b) === 'education') && HOLDS_DEGREE.test(b.text));
  const stems = [...wordStems(path)].filter((w) => !PATH_WORDS.has(w));
  if (!stems.length) return false;
  const shown = wordStems(resume.doc.source);
  return stems.every((w) => shown.has(w));
}

/** "PMO" for "Project Management Office": a short all-capitals name spelled by the other's initials. */
function abbreviates(short: string, long: string): boolean {
  const abbreviation = short.trim();
  if (!/^[A-Z]{2,6}$/.test(abbreviation)) return false;
  const initials = long.split(/[\s/-]+/).filter((w) => w && !/^(?:of|and|the|in|for|&)$/i.test(w)).map((w) => w[0].toUpperCase()).join('');
  return initials === abbreviation;
}

/**
 * The role's title names the work asked for, and the role's own text shows whatever the title
 * leaves unsaid. A title that is another name of an occupation names that occupation's work too:
 * a "Software Engineer" (O*NET's Software Developers) does software development, a "Building
 * Official" (Construction and Building Inspectors) building inspection.
 */
function namesTheWork(resume: DocumentAnalysis, entry: ExperienceEntry, subject: string, occupationTitle?: string): boolean {
  return [entry.title, occupationTitle].some((title) => {
    const rest = title ? workNamedByTitle(subject, title) : undefined;
    return rest !== undefined && (rest.size === 0 || entryMentions(resume, entry, rest));
  });
}

/** An occupation's own title, by its graph id ("Software Engineer" reads as "Software Developers"). */
function occupationTitle(id: string | undefined, context: MatchContext): string | undefined {
  return id === undefined ? undefined : context.graph?.occupationById(id)?.title;
}

function entryMentions(resume: DocumentAnalysis, entry: ExperienceEntry, subject: ReadonlySet<string>): boolean {
  return coverage(subject, entryWords(resume, entry)) >= 0.99;
}

/** each role's words, read once: a match asks of every role for each requirement and each line of work it offers */
const ENTRY_WORDS = new WeakMap<ExperienceEntry, ReadonlySet<string>>();
/** per resume: the lines its roles start on, sorted, and the words of each span of lines (roles
 * dated on one line share their span: a line of many dates was read once per date) */
const RESUME_SPANS = new WeakMap<DocumentAnalysis, { starts: number[]; words: Map<string, ReadonlySet<string>> }>();

/** the words of managing others, and of whom, as contentWords keys them ("management", "supervisory", "leadership"; "people") */
const MANAGING_KEYS: ReadonlySet<string> = new Set(['management', 'managerial', 'supervisory', 'supervision', 'leadership', 'oversight'].flatMap((w) => [...contentWords(w)]));
const MANAGED_KEYS: ReadonlySet<string> = new Set(['people', 'staff', 'team', 'personnel'].flatMap((w) => [...contentWords(w)]));
/** a title's rank that manages others ("Kitchen Manager", "Shift Supervisor", "Lead Cook", "Head Chef") */
const MANAGING_TITLE = /\b(?:manager|supervisor|director|head|chief|lead|leader|foreman|forewoman|superintendent|owner|president|vp|gm)\b/i;
/** a role's own line saying it managed ("managed a team of 12", "supervised the night crew", "led", "oversaw"); not "a leading retailer", "directed customers" */
const MANAGED = /\b(?:managed|managing|supervised|supervising|led|oversaw|overseeing)\b/i;

/** Whether the work asked is managing others, and only that ("management experience", "supervisory experience", "team leadership"). */
export function isManagingWork(work: ReadonlySet<string>): boolean {
  return [...work].some((w) => MANAGING_KEYS.has(w)) && [...work].every((w) => MANAGING_KEYS.has(w) || MANAGED_KEYS.has(w));
}

function managesInRole(resume: DocumentAnalysis, entry: ExperienceEntry): boolean {
  return MANAGING_TITLE.test(entry.title) || MANAGED.test(entryText(resume, entry));
}

function entryText(resume: DocumentAnalysis, entry: ExperienceEntry): string {
  return entryBlocks(resume, entry, entrySpan(resume, entry).next).map((b) => b.text).join('\n');
}

/** the blocks on a role's lines, from its own line up to `next` */
function entryBlocks(resume: DocumentAnalysis, entry: ExperienceEntry, next: number): TextBlock[] {
  const line = entry.range.start.line;
  return resume.doc.blocks.filter((b) => {
    const first = b.offsets[0];
    if (first === undefined) return false;
    const l = lineAt(resume.doc.lineStarts, first);
    return l >= line && l < next;
  });
}

/**
 * The lines of a role: its own and the bullets under it, up to the next role or the end of its
 * section (the last role must not take in the Education and Certifications after it).
 */
function entrySpan(resume: DocumentAnalysis, entry: ExperienceEntry): { next: number } {
  let spans = RESUME_SPANS.get(resume);
  if (!spans) RESUME_SPANS.set(resume, (spans = { starts: resume.experience.map((e) => e.range.start.line).sort((a, b) => a - b), words: new Map() }));
  const line = entry.range.start.line;
  const section = resume.doc.sections.filter((x) => x.range.start.line <= line && line <= x.range.end.line)
    .sort((a, b) => b.range.start.line - a.range.start.line)[0];
  return { next: Math.min(spans.starts.find((l) => l > line) ?? Infinity, section ? section.range.end.line + 1 : Infinity) };
}

function entryWords(resume: DocumentAnalysis, entry: ExperienceEntry): ReadonlySet<string> {
  const known = ENTRY_WORDS.get(entry);
  if (known) return known;
  const line = entry.range.start.line;
  const { next } = entrySpan(resume, entry);
  const spans = RESUME_SPANS.get(resume)!;
  const key = `${line}:${next}`;
  let words = spans.words.get(key);
  if (!words) {
    const found = new Set<string>();
    for (const b of entryBlocks(resume, entry, next)) for (const w of contentWords(b.text)) found.add(w);
    spans.words.set(key, (words = found));
  }
  ENTRY_WORDS.set(entry, words);
  return words;
}


