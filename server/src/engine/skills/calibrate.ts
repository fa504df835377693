// The probability that a recruiter would call a skill mention a right skill of its document under
// the name shown. The extractor's own scores are constants per path (a graph alias in a skills
// list, a tagger span, a phrase in a sentence); a small logistic model, trained on mentions of real
// postings and resumes judged by hand (tools/scripts/train-skill-calibrator.ts), reads them together
// with what the words look like (a generic word, a verb phrase, a role, a link whose name shares no
// word with the text). Hints are cut on it and hovers show it; a document's skill set, a job's
// requirements and a match's evidence stay on the extractor's score (trained on RJDB's lists too,
// which the calibrator, fitted to real text, ranks worse).
import type { DocKind, SkillMention } from '../types.js';
import type { SkillGraph } from '../graph/graph.js';
import { tokenizeWords, normalizeTerm } from '../text/normalize.js';
import { verbForm } from '../lang/en/verbs.js';
import { asHeldSkill } from '../lang/en/person-words.js';
import { contentWords, jaccard } from '../match/similarity.js';
import { wordKey, type WordIdf } from '../match/lexical.js';

export const CALIBRATOR_FORMAT = 'hrdocs-skill-calibrator/1';

export const CALIBRATOR_FEATURES = [
  'ruleConfidence', 'ruleLogit', 'fromTagger', 'fromPhrase', 'fromListItem', 'linked', 'nameIsText', 'nameTextOverlap',
  'oneWord', 'twoWords', 'threeWords', 'fourOrMoreWords', 'logChars',
  'allLower', 'capitalised', 'allCapitals', 'hasDigit', 'hasSymbol',
  'opensWithVerb', 'opensWithIngVerb', 'opensWithPastVerb', 'endsAsWorker', 'endsAsActivity',
  'rarestWordIdf', 'meanWordIdf', 'unknownWordShare', 'functionWordShare',
  'inList', 'inDuties', 'inIntro', 'inOtherZone', 'inResume',
  'namesOccupation', 'nameOneWord', 'nameShorterThanText', 'describesPerson', 'linkedBreadth',
] as const;
export type CalibratorFeature = (typeof CALIBRATOR_FEATURES)[number];

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'as', 'by', 'from', 'up', 'out',
  'all', 'any', 'some', 'this', 'that', 'these', 'those', 'it', 'its', 'be', 'is', 'are', 'was', 'were', 'without', 'under', 'among', 'very', 'things']);
const LIST_ZONES = new Set(['skills', 'required', 'preferred', 'certifications', 'languages']);
const DUTY_ZONES = new Set(['responsibilities', 'experience', 'projects', 'volunteering']);
const INTRO_ZONES = new Set(['summary', 'about', 'title', 'contact']);

/** The features of one mention, in CALIBRATOR_FEATURES order. */
export function mentionFeatures(m: SkillMention, kind: DocKind, idf: WordIdf, graph?: SkillGraph): number[] {
  // "an excellent communicator" claims communication: its words are read as the skill's
  const text = asHeldSkill(m.text) ?? m.text;
  const name = asHeldSkill(m.name) ?? m.name;
  const tokens = tokenizeWords(text).map((t) => t.text);
  const n = tokens.length;
  const letters = text.replace(/[^A-Za-z]/g, '');
  const first = tokens[0] ?? '';
  const last = tokens[n - 1] ?? '';
  const form = verbForm(first);
  const keys = tokens.map((t) => wordKey(t)).filter((k): k is string => !!k);
  const maxIdf = Math.max(1e-6, idf.unseenIdf);
  const rawIdfs = keys.map((k) => idf.idf(k));
  const idfs = rawIdfs.map((v) => v / maxIdf);
  const conf = Math.min(0.99, Math.max(0.01, m.confidence));
  const f: Record<CalibratorFeature, number> = {
    ruleConfidence: m.confidence,
    ruleLogit: Math.log(conf / (1 - conf)) / 4,
    fromTagger: m.source === 'tagger' ? 1 : 0,
    fromPhrase: m.source === 'phrase' ? 1 : 0,
    fromListItem: m.source === 'section-item' ? 1 : 0,
    linked: m.id.startsWith('new:') ? 0 : 1,
    nameIsText: normalizeTerm(name) === normalizeTerm(text) ? 1 : 0,
    nameTextOverlap: jaccard(contentWords(name), contentWords(text)),
    oneWord: n === 1 ? 1 : 0,
    twoWords: n === 2 ? 1 : 0,
    threeWords: n === 3 ? 1 : 0,
    fourOrMoreWords: n >= 4 ? 1 : 0,
    logChars: Math.log1p(text.length) / 4,
    allLower: letters && letters === letters.toLowerCase() ? 1 : 0,
    capitalised: tokens.length > 0 && tokens.every((t) => /^[A-Z]/.test(t) || FUNCTION_WORDS.has(t.toLowerCase())) ? 1 : 0,
    allCapitals: letters.length >= 2 && letters === letters.toUpperCase() ? 1 : 0,
    hasDigit: /\d/.test(text) ? 1 : 0,
    hasSymbol: /[+#./]/.test(text) ? 1 : 0,
    opensWithVerb: form === 'base' || form === 'third' ? 1 : 0,
    opensWithIngVerb: form === 'ing' ? 1 : 0,
    opensWithPastVerb: form === 'past' ? 1 : 0,
    endsAsWorker: /(?:er|or|ist|ian|ant)$/i.test(last) && !/(?:ing|tion)$/i.test(last) ? 1 : 0,
    endsAsActivity: /(?:ing|tion|sion|ment|ance|ence|ogy|ics)$/i.test(last) ? 1 : 0,
    rarestWordIdf: idfs.length ? Math.max(...idfs) : 0,
    meanWordIdf: idfs.length ? idfs.reduce((a, b) => a + b, 0) / idfs.length : 0,
    unknownWordShare: keys.length ? rawIdfs.filter((v) => v >= maxIdf - 1e-9).length / keys.length : 0,
    functionWordShare: n ? tokens.filter((t) => FUNCTION_WORDS.has(t.toLowerCase())).length / n : 0,
    inList: LIST_ZONES.has(m.zone) || m.section === 'skills' || m.section === 'requiredSkills' ? 1 : 0,
    inDuties: DUTY_ZONES.has(m.zone) ? 1 : 0,
    inIntro: INTRO_ZONES.has(m.zone) ? 1 : 0,
    inOtherZone: !LIST_ZONES.has(m.zone) && !DUTY_ZONES.has(m.zone) && !INTRO_ZONES.has(m.zone) ? 1 : 0,
    inResume: kind === 'resume' ? 1 : 0,
    // a role ("Business Analyst"), not a skill; the work a title may also be written as ("Nursing") is one
    namesOccupation: graph && !/(?:ing|ion|ment)$/i.test(last) && graph.isOccupationTitle(text) ? 1 : 0,
    nameOneWord: tokenizeWords(m.name).length === 1 ? 1 : 0,
    // "Data Archiving" shown as "data": the name kept one word of several
    nameShorterThanText: contentWords(name).size < contentWords(text).size ? 1 : 0,
    // "Dedicated", "Personable": a word describing the person
    describesPerson: n === 1 && /(?:ed|able|ible|ive|ous|ful|ent|ant|ic|al)$/i.test(first) ? 1 : 0,
    // how many occupations use the linked skill: "communication" is everyone's skill, a generic word
    // linked by chance to a tool is one trade's
    linkedBreadth: linkedBreadth(m, graph),
  };
  return CALIBRATOR_FEATURES.map((k) => f[k]);
}

/** Where each use cuts the calibrated probability, chosen on the training labels. */
export interface SkillThresholds {
  /** a hint shown in the user's text (best F0.5: a wrong hint is noise there) */
  hint: number;
  /**
   * a posting's requirement a missing claim may be made of (best F1 on the labelled requirement
   * mentions): under it the item is likely no skill ("Mails out letters"), so a resume without it
   * gets no "missing" diagnostic and no offer to claim it; the score still reads it. Absent in a
   * calibrator trained before it, where every requirement may be called missing
   */
  requirement?: number;
}

/** the extractor's own cut, for an engine without a calibrator */
export const UNCALIBRATED_THRESHOLDS: SkillThresholds = { hint: 0.5 };

/** How sure the engine is of a mention, as the user sees it: the calibrated probability, else the extractor's score. */
export function shownConfidence(m: SkillMention): number {
  return m.probability ?? m.confidence;
}

function linkedBreadth(m: SkillMention, graph?: SkillGraph): number {
  const node = graph && !m.id.startsWith('new:') ? graph.skillById(m.id) : undefined;
  return node ? Math.log1p(graph!.occupationsForSkill(node.index).length) / Math.log1p(graph!.occupations.length) : 0;
}

export interface SkillCalibratorJson {
  format: typeof CALIBRATOR_FORMAT;
  features: string[];
  weights: number[];
  bias: number;
  thresholds: SkillThresholds;
  /** where the weights came from, for the model card */
  trainedOn?: string;
}

export class SkillCalibrator {
  private constructor(private readonly weights: number[], private readonly bias: number, readonly thresholds: SkillThresholds) {}

  static fromJson(json: SkillCalibratorJson): SkillCalibrator {
    if (json.format !== CALIBRATOR_FORMAT) throw new Error(`skill calibrator: unknown format ${String(json.format)}`);
    if (json.features.length !== CALIBRATOR_FEATURES.length || json.features.some((f, i) => f !== CALIBRATOR_FEATURES[i])) {
      throw new Error('skill calibrator: its features are not the ones this engine computes (retrain it)');
    }
    return new SkillCalibrator(json.weights, json.bias, json.thresholds);
  }

  probability(features: readonly number[]): number {
    let z = this.bias;
    for (let i = 0; i < features.length; i++) z += this.weights[i] * features[i];
    return 1 / (1 + Math.exp(-z));
  }
}

/**
 * Each mention gets the calibrator's probability; the workspace's own skills (a person's word)
 * keep their confidence.
 */
export function calibrateMentions(calibrator: SkillCalibrator, mentions: SkillMention[], kind: DocKind, idf: WordIdf, graph: SkillGraph): void {
  for (const m of mentions) {
    if (m.source === 'workspace') continue;
    m.probability = Math.round(calibrator.probability(mentionFeatures(m, kind, idf, graph)) * 100) / 100;
  }
}

/**
 * Below this calibrated probability a one-word item no taxonomy names is no skill of its resume
 * ("Approach", "Client", "Structured" in a keyword list). Chosen on the calibrator's training
 * labels (tools/skills/labels): of the 28 such resume list items under 0.3, 21 were wrong, 5 clumsy
 * and 2 right ("Clerical"). Resume lists only: a posting's short requirement list names what it
 * asks ("Payroll", "Literacy" fell under the floor there), and a word the tagger reads in prose is
 * as often a skill SkillSpan's annotators mark (train strict F1 0.692 -> 0.677 with them cut).
 */
const UNKNOWN_WORD_FLOOR = 0.3;

export function unlikelyUnknownWord(m: SkillMention, docKind: DocKind): boolean {
  return m.id.startsWith('new:') && oneWordResumeItemUnder(m, docKind, UNKNOWN_WORD_FLOOR);
}

/** a one-word item of a resume's list whose calibrated probability is under `floor` */
function oneWordResumeItemUnder(m: SkillMention, docKind: DocKind, floor: number): boolean {
  return docKind === 'resume' && m.source === 'section-item' && !/\s/.test(m.text.trim())
    && m.probability !== undefined && m.probability < floor;
}

/**
 * Below this calibrated probability a one-word item of a resume's keyword list is no skill of it,
 * whatever it links to. A keyword list is a line of more than KEYWORD_LIST_COMMAS comma-separated
 * items, as resume builders generate them from the text ("balance, banking, basic, charts,
 * direction, meetings, progress, tax, vision" in a nurse's Skills). On the calibrator's training
 * labels, of the 20 such items under 0.4 that were still skills, 13 were wrong, 6 clumsy and 1
 * right (over it: 37 right, 20 clumsy, 22 wrong of 79); short lists, RJDB's among them, are left
 * as they are (cutting one-word items there cost RJDB skill F1).
 */
const KEYWORD_LIST_FLOOR = 0.4;
const KEYWORD_LIST_COMMAS = 10;

/** `commasOnLine`: the commas of the item's line (counted once per line by the caller) */
export function unlikelyKeywordListWord(m: SkillMention, docKind: DocKind, commasOnLine: number): boolean {
  return commasOnLine >= KEYWORD_LIST_COMMAS && oneWordResumeItemUnder(m, docKind, KEYWORD_LIST_FLOOR);
}
