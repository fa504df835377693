// Document analysis, stage by stage: parse -> tag prose -> skills -> link unnamed skills ->
// experience and requirements. Each stage is a pure function of its inputs and the models; the
// per-text stages go through the engine's one cache, and the token is checked between stages
// and before each model batch.
import { documentTitle } from './document/title.js';
import { TitleLexicon } from './experience/lexicon.js';
import type { CancellationToken } from './cancel.js';
import { REQUIREMENT_ZONES } from './document/zones.js';
import { asksOfCandidate, excludedAt, niceToHaveAt, offeredInProse, PROSE_ZONES, sentenceAt, statesEmployerAim } from './document/asks.js';
import { extractCredentials } from './experience/credentials.js';
import { throwIfCancelled, yieldToEventLoop } from './cancel.js';
import type { StageCache } from './cache.js';
import type { SkillGraph } from './graph/graph.js';
import type { ModelSet, SkillLink, SkillLinker, TaggedSpan } from './models/tasks.js';
import type { YearMonth } from './experience/dates.js';
import { alternativePathLines, employmentOf, extractExperience, extractRequirements, totalYears } from './experience/extract.js';
import { distinctSkills, extractSkills, isTaggedBlock } from './skills/extract.js';
import type { DocumentAnalysis, HrDocument, SkillMention } from './types.js';
import { detectLanguage } from './lang/detect.js';
import { applyVocabulary, EMPTY_VOCABULARY, type Vocabulary } from './skills/vocabulary.js';
import { distributionKey, documentOccupations, fieldFit, type OccupationDistribution } from './skills/field.js';
import { isLinkTarget, SPECIALIST_OCCUPATIONS } from './models/link-reranker.js';
import { normalizeTerm, tokenizeWords } from './text/normalize.js';
import { acronymsAgree, isOrdinaryWordFor, namesBroaderThan } from './skills/phrase.js';
import { calibrateMentions, unlikelyKeywordListWord, unlikelyUnknownWord } from './skills/calibrate.js';
import { nameAsWritten, ownWords } from './skills/naming.js';
import { WordIdf } from './match/lexical.js';

export interface AnalysisDeps {
  graph: SkillGraph;
  models: ModelSet;
  cache: StageCache;
  /** the graph occupation of a title (cached by the engine) */
  occupationOf(title: string, minScore?: number): string | undefined;
}

/** Spans per text, cached per text: an edit re-tags one paragraph. */
export async function tagTexts(deps: AnalysisDeps, texts: string[], token?: CancellationToken): Promise<TaggedSpan[][]> {
  const { cache, models } = deps;
  const missing = [...new Set(texts.filter((t) => t && cache.get('tags', t) === undefined))];
  if (missing.length) {
    const spans = await models.tagger.tag(missing, token);
    missing.forEach((t, i) => cache.set('tags', t, spans[i]));
  }
  return texts.map((t) => (t ? cache.get<TaggedSpan[]>('tags', t)! : []));
}

/**
 * A skill no alias names ("Proven talent in making critical decisions") gets the canonical name
 * the linker is sure of, read in the document's field (`occupations`); the text as written
 * stays the mention's surface. Below the linker's threshold it keeps its own words: a wrong
 * canonical name misleads more than none.
 */
export async function linkUnnamedSkills(deps: AnalysisDeps, mentions: SkillMention[], token?: CancellationToken, occupations?: OccupationDistribution, isJob = false): Promise<void> {
  const { cache, models, graph } = deps;
  const open = mentions.filter((m) => m.id.startsWith('new:'));
  const field = distributionKey(occupations);
  const keyOf = (text: string) => `${text}\u0001${field}`;
  const missing = [...new Set(open.map((m) => m.text).filter((t) => cache.get('links', keyOf(t)) === undefined))];
  if (missing.length) (await models.linker.link(missing, token, { occupations })).forEach((l, i) => cache.set('links', keyOf(missing[i]), l));
  for (const m of open) {
    const found = cache.get<SkillLink>('links', keyOf(m.text));
    // no ESCO or O*NET skill: the RJDB name the phrase paraphrases, when there is one
    const l = found && found.skill < 0 ? found.rjdbName : found;
    // a job's requirement takes a linked name at the stricter requirement threshold
    const requirement = m.section === 'requiredSkills' || (REQUIREMENT_ZONES.has(m.zone) && isJob);
    const bar = requirement ? Math.max(models.thresholds.link, models.thresholds.linkRequirement ?? 0) : models.thresholds.link;
    if (!l || l.skill < 0 || l.confidence < bar) continue;
    // letters alone ("C", "A/C", "C +") give the linker no word to read: where it is sure of a
    // skill they name only the one they spell ("C" the language), never one that holds them
    // ("Objective-C" for "C" or "A/C")
    const skill = HAS_WORD.test(m.text) ? graph.skills[l.skill] : spelledBy(graph, m.text);
    if (!skill) continue;
    // the linker reads words, not spellings: "Fitness" is no FitNesse however close the vectors,
    // "San" no "SAN Administration", and "MSHA Certified" no "Microsoft certified"
    if (isOrdinaryWordFor(skill, m.text) || !acronymsAgree(m.text, skill.name) || namesBroaderThan(m.text, skill.name, graph) || dropsUnreadWord(models.linker, m.text, skill.name)) continue;
    m.name = skill.name;
    m.id = skill.id;
    m.kind = skill.kind;
    m.confidence = Math.round(Math.min(m.confidence, l.confidence) * 100) / 100;
  }
}


/**
 * Whether a name would drop a word of the mention the linker cannot read: the link was judged
 * on the other words alone ("ServSafe certified" and "Twic Certified" read as "certified", and
 * took "Microsoft certified"), so only a name that holds that word may stand for the mention.
 */
export function dropsUnreadWord(linker: SkillLinker, mention: string, name: string): boolean {
  const unread = linker.unreadWords?.(mention) ?? [];
  if (!unread.length) return false;
  const named = new Set(tokenizeWords(name).map((t) => t.text.toLowerCase()));
  return unread.some((w) => !named.has(w));
}

/** the skill whose name a text spells, letter for letter ("c" is C) */
function spelledBy(graph: SkillGraph, text: string) {
  const skill = graph.lookupSkill(text);
  return skill && normalizeTerm(skill.name) === normalizeTerm(text) ? skill : undefined;
}

/** a run of two letters or digits, one a letter ("12c", "Go"): what the linker reads */
const HAS_WORD = /(?=[\p{L}\p{N}]*\p{L})[\p{L}\p{N}]{2,}/u;

/** the fewest words of a tool's name that one written word only abbreviates ("Erosion Productivity Impact Calculator EPIC") */
const ABBREVIATED_TOOL_WORDS = 3;

/**
 * Field consistency of the names extraction found as written: a specialist skill (an ESCO or
 * O*NET skill listed by a few occupations, or such a tool written as one word of its long name)
 * that no occupation of the document's field lists ("mechanical ventilation" is ESCO's building
 * "ventilation systems"; this is a nurse's resume) goes to the linker, read in the field: its
 * link when the linker is sure, else the mention keeps its own words.
 */
export async function checkFieldOfNamedSkills(deps: AnalysisDeps, mentions: SkillMention[], title: string | undefined, token?: CancellationToken): Promise<void> {
  const { graph, models, cache } = deps;
  if (!models.linker.learned) return;
  const suspects: Array<{ m: SkillMention; skill: number; field: OccupationDistribution }> = [];
  for (const m of mentions) {
    if (m.id.startsWith('new:') || m.id.startsWith('workspace:')) continue;
    const node = graph.skillById(m.id);
    if (!node || !isLinkTarget(node)) continue;
    // a tool is anyone's, unless the document wrote one word of a specialist tool's long name: an
    // acronym is many things ("LES" is no "Large eddy simulation LES software" in an election office),
    // and is that tool only where the document's field lists it
    const abbreviated = node.tool && tokenizeWords(m.text).length === 1 && tokenizeWords(node.name).length >= ABBREVIATED_TOOL_WORDS;
    if (node.tool && !abbreviated) continue;
    const n = graph.occupationsForSkill(node.index).length;
    if (n === 0 || n > SPECIALIST_OCCUPATIONS) continue;
    // the field without this mention's own vote
    const field = mentionField(graph, title, mentions.filter((x) => x.id !== m.id));
    if ((!field.size && !abbreviated) || fieldFit(graph, field, node.index) > 0) continue;
    suspects.push({ m, skill: node.index, field });
  }
  for (const { m, skill, field } of suspects) {
    throwIfCancelled(token);
    const key = `${m.text}\u0001${distributionKey(field)}`;
    let l = cache.get<SkillLink>('links', key);
    if (!l) {
      [l] = await models.linker.link([m.text], token, { occupations: field });
      cache.set('links', key, l);
    }
    if (l.skill === skill) continue;
    if (l.skill >= 0 && l.confidence >= models.thresholds.link && !namesBroaderThan(m.text, graph.skills[l.skill].name, graph) && !dropsUnreadWord(models.linker, m.text, graph.skills[l.skill].name)) {
      const s = graph.skills[l.skill];
      m.name = s.name;
      m.id = s.id;
      m.kind = s.kind;
      m.confidence = Math.round(Math.min(m.confidence, l.confidence) * 100) / 100;
    } else {
      m.name = ownWords(m.text);
      m.id = `new:${normalizeTerm(m.text)}`;
    }
  }
}

/** Whether a mention's clause, on its line of the source, wishes for it rather than requires it ("preferably ...", "... a plus"), or names it to exclude it. */
function wishedFor(doc: HrDocument, m: SkillMention): boolean {
  const { start, end } = m.range;
  const line = doc.source.slice(doc.lineStarts[start.line] ?? 0, doc.lineStarts[start.line + 1] ?? doc.source.length);
  // (nor what it names only to exclude: "a language other than English")
  return niceToHaveAt(line, start.character, end.line === start.line ? end.character : line.length) || excludedAt(line, start.character);
}

/** The document's field from its title and the graph skills its mentions name (hints included). */
export function mentionField(graph: SkillGraph, title: string | undefined, mentions: readonly SkillMention[]): OccupationDistribution {
  const skills: number[] = [];
  for (const m of mentions) {
    if (m.confidence < 0.5 || m.id.startsWith('new:')) continue;
    const node = graph.skillById(m.id);
    if (node) skills.push(node.index);
  }
  return documentOccupations(graph, title, skills);
}

/** Blocks read between yields: a long document never holds the event loop for long, and a
 * cancelled analysis stops within one slice. */
const BLOCKS_PER_SLICE = 200;

async function extractInSlices(deps: AnalysisDeps, doc: HrDocument, tagged: TaggedSpan[][], token?: CancellationToken): Promise<SkillMention[]> {
  const learned = deps.models.tagger.learned;
  const terms = deps.models.terms;
  if (doc.blocks.length <= BLOCKS_PER_SLICE) return extractSkills(doc, deps.graph, { tagged, learned, terms });
  const mentions: SkillMention[] = [];
  for (let from = 0; from < doc.blocks.length; from += BLOCKS_PER_SLICE) {
    await yieldToEventLoop();
    throwIfCancelled(token);
    mentions.push(...extractSkills(doc, deps.graph, { tagged, learned, terms, from, to: from + BLOCKS_PER_SLICE }));
  }
  return mentions;
}

export async function analyzeDocument(
  deps: AnalysisDeps, doc: HrDocument, reference: YearMonth, token?: CancellationToken, vocabulary: Vocabulary = EMPTY_VOCABULARY,
): Promise<DocumentAnalysis> {
  const timings: Record<string, number> = {};
  const language = detectLanguage(doc.source).code;
  // the models and rules read English: another language gets a notice (rules/language), not
  // guesses; a document that is neither a resume nor a job is not read further
  if (language !== 'en' || doc.kind === 'other') {
    return { doc, mentions: [], skills: [], experience: [], totalYears: 0, experienceRequirements: [], requiredSkills: [], title: doc.title, timings, language };
  }
  let t = performance.now();
  throwIfCancelled(token);
  // prose goes through the tagger, and a posting's requirement items (it vets their unnamed skills)
  const tagged = await tagTexts(deps, doc.blocks.map((b, i) => (isTaggedBlock(doc, i) ? b.text : '')), token);
  timings.tagger = performance.now() - t;
  await yieldToEventLoop();
  throwIfCancelled(token);
  const extracted = await extractInSlices(deps, doc, tagged, token);
  await checkFieldOfNamedSkills(deps, extracted, doc.title, token);
  const occupations = mentionField(deps.graph, doc.title, extracted);
  await linkUnnamedSkills(deps, extracted, token, occupations, doc.kind === 'job');
  // what the user is shown as a hint, and how sure, is a probability of being right, not the path that found it
  if (deps.models.calibrator) calibrateMentions(deps.models.calibrator, extracted, doc.kind, deps.models.words ?? WordIdf.uniform(), deps.graph);
  // (named once judged: the calibrator learned from the names as linked)
  nameAsWritten(deps.graph, extracted);
  // the workspace's skills join, its non-skills leave, before anything is read from the mentions:
  // a dismissed phrase is no skill of the document, no requirement of a job, no evidence of a match
  const mentions = applyVocabulary(doc, extracted, vocabulary);
  timings.skills = performance.now() - t;
  await yieldToEventLoop();
  throwIfCancelled(token);
  t = performance.now();
  const experience = doc.kind === 'resume' ? extractExperience(doc, reference, deps.models.titles) : [];
  const experienceRequirements = doc.kind === 'job' ? extractRequirements(doc, deps.models.titles) : [];
  const credentials = doc.kind === 'job' ? extractCredentials(doc) : undefined;
  timings.experience = performance.now() - t;
  // a document that lists its skills is taken at its word; prose mentions elsewhere stay
  // findings (hints), not the document's skill set
  // (a one-word item no taxonomy names that the calibrator finds unlikely is listed, but no skill)
  // (nor is an unlikely one-word item of a generated keyword list: "progress", "tax", "vision")
  // (each paragraph's commas counted once: a keyword list holds many items, and a generated one is
  // wrapped over lines, "... composer,\nnext, Camera, Profit, ..., website")
  const commasByLine = new Map<number, number>();
  const lineText = (line: number) => doc.source.slice(doc.lineStarts[line] ?? doc.source.length, doc.lineStarts[line + 1] ?? doc.source.length);
  const commasOn = (line: number): number => {
    let n = commasByLine.get(line);
    if (n === undefined) {
      let first = line;
      let last = line;
      while (first > 0 && lineText(first - 1).trim()) first--;
      while (last + 1 < doc.lineStarts.length && lineText(last + 1).trim()) last++;
      n = 0;
      for (let l = first; l <= last; l++) n += lineText(l).split(',').length - 1;
      for (let l = first; l <= last; l++) commasByLine.set(l, n);
    }
    return n;
  };
  // (a posting's sentence about the employer's own aims names none of the job's skills, nor does
  // its own title written in its text: "Vote Center and Outreach Supervisor" is the post)
  const titleLexicon = deps.models.titles ?? TitleLexicon.builtin();
  const jobTitle = doc.kind === 'job' ? documentTitle(doc, doc.title, titleLexicon, []) : undefined;
  const ownTitle = jobTitle ? normalizeTerm(jobTitle) : undefined;
  const isSkillLike = (m: SkillMention): boolean => !unlikelyUnknownWord(m, doc.kind) && !unlikelyKeywordListWord(m, doc.kind, commasOn(m.range.start.line))
    && !(doc.kind === 'job' && (statesEmployerAim(doc, m.range.start) || normalizeTerm(m.text) === ownTitle));
  // (a list counts when it holds a skill: one whose items are all fragments under the cut, "Less",
  // "Requirement" from a numbered qualification, does not hide the duties' skills)
  const listed = mentions.filter((m) => m.section === 'skills' || m.section === 'requiredSkills');
  const namesASkill = (list: SkillMention[]): boolean => distinctSkills(list.filter(isSkillLike)).length > 0;
  const listsSkills = namesASkill(listed);
  const skillHint = deps.models.calibrator?.thresholds.hint ?? 0;
  // beside its list, a resume's certifications are its credentials ("ACLS", "ServSafe"), when likely
  // skills: a PDF's certifications hold course titles and places too ("Radiation Technology", "TN")
  const certified = doc.kind === 'resume' ? mentions.filter((m) => m.section === 'certifications' && (m.probability ?? 1) >= skillHint) : [];
  // a posting with no list of its own is read at the mentions likely enough to be its requirements
  // (the calibrated requirement cut), not every phrase the extractor scored ("provide members support
  // throughout the election" at 10%, "Time Frames, Priorities"); a resume's, whatever it names
  // (its keyword junk is cut by the calibrator's floors in isSkillLike)
  const requirementCut = doc.kind === 'job' ? deps.models.calibrator?.thresholds.requirement ?? 0 : 0;
  const likely = mentions.filter((m) => (m.probability ?? 1) >= requirementCut);
  const skills = distinctSkills((listsSkills ? [...listed, ...certified] : likely).filter(isSkillLike));
  // (what a paragraph there offers is not asked: "We offer training ... to build on your confidence")
  // (nor is what its clause only wishes for: "3+ years cooking experience, preferably some Italian cuisine")
  // (nor what it says the employer itself aims for: "KCE is focused on three key priorities ...")
  const asked = (m: SkillMention) => !offeredInProse(doc, m.range.start) && !statesEmployerAim(doc, m.range.start) && !wishedFor(doc, m);
  const required = mentions.filter((m) => m.section === 'requiredSkills' && asked(m));
  // with no required-skills section, what the posting's requirement zones name (never its benefits or legal text)
  // (read from a summary, a mention must also be a likely skill: the calibrated probability of a
  // hint; "Stoke-on-Trent Clinical Commissioning" in an opening line is not asked for)
  const inRequirementZones = mentions.filter((m) => REQUIREMENT_ZONES.has(m.zone) && m.zone !== 'preferred' && (m.section !== 'about' || (m.probability ?? 1) >= skillHint) && asked(m));
  // and, either way, what its prose asks of the candidate outside those ("the ideal candidate will have ...")
  // (read from prose, a mention must also be a likely skill)
  const askedInProse = doc.kind === 'job'
    ? mentions.filter((m) => m.section !== 'requiredSkills' && PROSE_ZONES.has(m.zone) && (m.probability ?? 1) >= skillHint
      && asksOfCandidate(sentenceAt(doc, m.range.start) ?? ''))
    : [];
  // (a requirements section counts when it names a skill: one whose items are all fragments under
  // the cut, "Less" and "Requirement" from "applicants who lack six months or less of the required
  // experience", does not hide what the posting's duties name)
  // (a skill named in one of several ways to qualify belongs to that path, which the experience
  // requirement reads: "6. Four years ... in materials testing ...; or 7. ... units in geology ...")
  const onAlternativePath = doc.kind === 'job' ? alternativePathLines(doc, experienceRequirements) : new Set<number>();
  const requiredSkills = doc.kind === 'job'
    ? distinctSkills([...(namesASkill(required) ? required : inRequirementZones), ...askedInProse].filter((m) => isSkillLike(m) && !onAlternativePath.has(m.range.start.line)))
    : [];
  const title = doc.kind === 'job' ? jobTitle : documentTitle(doc, doc.title, titleLexicon, employmentOf(experience));
  return {
    doc, mentions, skills, experience, totalYears: Math.round(totalYears(experience) * 10) / 10,
    experienceRequirements, requiredSkills, title, credentials,
    occupationId: title ? deps.occupationOf(title, 0) : undefined,
    occupations,
    timings,
    language,
  };
}
