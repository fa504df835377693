// One interface per learned task. Each task has a rule-based implementation (./rules.ts) and an
// ONNX one (tagger.ts, linker.ts, matcher.ts); the registry (./registry.ts) picks the ONNX one
// when the manifest lists a model for the task and it loads, so a new model is one class, one
// manifest entry and one training script. Tests pass fakes that implement these interfaces.
import type { PostingTerms } from '../skills/terms.js';
import type { CancellationToken } from '../cancel.js';
import type { TitleLexicon } from '../experience/lexicon.js';
import type { OccupationRanker } from '../generate/ranker.js';
import type { SkillCalibrator } from '../skills/calibrate.js';
import type { WordIdf } from '../match/lexical.js';
import type { MatchFeatures } from '../match/features.js';
import type { DocKind, HrDocument } from '../types.js';
import type { LineSection } from '../generate/writer-format.js';
import type { SeniorityLevel } from '../lang/en/seniority.js';
import type { PostingSkills } from '../generate/posting-skills.js';

export type SpanKind = 'skill' | 'knowledge';

/** A skill span proposed for one text, offsets into that text. */
export interface TaggedSpan {
  start: number;
  end: number;
  kind: SpanKind;
  score: number;
  /** the graph skill the span names, when the tagger already knows it (the graph-phrase tagger does) */
  skill?: number;
}

/** Finds skill spans in prose. */
export interface SpanTagger {
  readonly name: string;
  /** true for a trained model, whose spans are weighed against the graph's phrases */
  readonly learned: boolean;
  tag(texts: string[], token?: CancellationToken): Promise<TaggedSpan[][]>;
}

/** What a linker may know of the document a mention comes from. */
export interface LinkContext {
  /** the document's occupation distribution (skills/field.ts: occupation index -> weight, summing to 1) */
  occupations?: ReadonlyMap<number, number>;
}

/** A mention's canonical graph skill, or -1 for none. */
export interface SkillLink {
  /** graph skill index; -1 when no skill fits (the mention keeps its own words) */
  skill: number;
  /** how sure the link is (for -1: how sure that no skill fits) */
  confidence: number;
  /** for -1: a graph name that is no ESCO or O*NET skill (RJDB's "Decision Making") but that the phrase closely paraphrases; a display name */
  rjdbName?: SkillLink;
}

/** Names a skill phrase with a graph skill, and tells whether two phrases name the same skill. */
export interface SkillLinker {
  readonly name: string;
  /** true for a trained model */
  readonly learned: boolean;
  /** `context`: the document's field, weighed by a linker that reads it */
  link(texts: string[], token?: CancellationToken, context?: LinkContext): Promise<SkillLink[]>;
  /** probability that each wanted phrase names the same skill as each held phrase: [wanted][held] */
  sameSkill(wanted: string[], held: string[], token?: CancellationToken): Promise<number[][]>;
  /** the words of a phrase the linker has no meaning for (names and spellings outside its vocabulary), lower-cased */
  unreadWords?(text: string): string[];
}

/** Evidence features of a resume x job pair -> probability of a match. */
export interface MatchScorer {
  readonly name: 'model' | 'rules';
  /** the decision threshold on the score */
  readonly threshold: number;
  score(features: MatchFeatures): Promise<number>;
  /** several feature vectors at once (one model call) */
  scoreMany?(features: MatchFeatures[]): Promise<number[]>;
  /** a typical real resume-job pair's features, which the explanation measures each factor against */
  readonly reference?: MatchFeatures;
}

/** What kind of document a parsed Markdown file is: a resume, a job posting, or neither. */
export interface DocumentClassifier {
  readonly name: string;
  readonly learned: boolean;
  classify(doc: HrDocument): { kind: DocKind; confidence: number };
}

/** What each block of a document is for (experience, requirements, benefits, ...): sets every block's zone. */
export interface ZoneClassifier {
  readonly name: string;
  readonly learned: boolean;
  /** sets `zone` and `zoneConfidence` of every block of a document whose kind is decided */
  label(doc: HrDocument): void;
}

export interface WriteOptions {
  /** lines written per request; the caller keeps the best */
  samples: number;
  /** the same requests and seed give the same lines */
  seed: number;
  /** at most this many tokens per line */
  maxTokens?: number;
  /** sampling temperature and nucleus mass (the writer's own defaults when absent) */
  temperature?: number;
  topP?: number;
  token?: CancellationToken;
  /** decoding steps done of at most `total` */
  onProgress?(done: number, total: number): void;
}

/** One sampled line, with the writer's mean log-probability per token (its own fluency). */
export interface WrittenBody { text: string; finished: boolean; meanLogProb: number }

/** A line a posting needs: for the role, in the section, about the key ('' : about the role itself). */
export interface LineRequest { title: string; seniority: SeniorityLevel; section: LineSection; key: string }

/** Writes the lines of job postings (the generative student): `samples` candidates per line. */
export interface JobWriter {
  readonly name: string;
  /** used when the caller does not choose: off until the writer's postings pass their checklist (the manifest says) */
  readonly byDefault: boolean;
  writeLines(lines: LineRequest[], options: WriteOptions): Promise<WrittenBody[][]>;
  /** the mean log-probability per token of each text after its request's prompt; absent: lines are not ranked by how specific they are */
  scoreLines?(lines: LineRequest[], texts: string[]): Promise<number[]>;
  /** whether a word is English as the shipped word vectors know it (after a write); absent: no dictionary */
  isWord?(word: string): boolean;
  /** which of a line's sentences repeat a 12-word run of the writer's training postings (after a write); absent: no guard */
  copiedSentences?(sentences: readonly string[]): Set<number>;
}

/** Thresholds the engine applies to model outputs, one per use, read from the manifest. */
export interface Thresholds {
  /** a linker suggestion renames a mention (a hint) only at or above this confidence */
  link: number;
  /** ... a job's requirement: a stricter bar, since a wrong name becomes a wrong gap (default: link) */
  linkRequirement?: number;
  /** ... when two documents' skills are compared for a match (recorded; matching still compares names and the encoder's same-skill probability) */
  linkMatch?: number;
  /** the document classifier overrides a kind the file name suggests only at or above this confidence */
  kindOverride: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { link: 0.9, kindOverride: 0.9 };

/** Everything learned that an engine runs; `createEngine` takes it as an argument. */
export interface ModelSet {
  classifier: DocumentClassifier;
  zoner: ZoneClassifier;
  tagger: SpanTagger;
  linker: SkillLinker;
  scorer: MatchScorer;
  /** title words for the resume role header reader (O*NET counts; the commonest heads without the table) */
  titles?: TitleLexicon;
  /** posting word IDF for the matcher's lexical features (uniform weights without it) */
  words?: WordIdf;
  /** resume or title -> graph occupations, for generated roles (the graph's title and skill links without it) */
  ranker?: OccupationRanker;
  /** plan -> job-posting body, for generated postings (the graph's template without it) */
  writer?: JobWriter;
  /** a skill mention -> the probability it is a right skill of its document (the extractor's own scores without it) */
  calibrator?: SkillCalibrator;
  /** what real postings of each role ask for, for generated postings' plans (the graph's competences alone without it) */
  postingSkills?: PostingSkills;
  /** the short skill terms real postings list (skills/terms.ts): a list item's one-word names no taxonomy holds */
  terms?: PostingTerms;
  thresholds: Thresholds;
  /** 'cpu' | 'cuda' when an ONNX model runs, else 'none' */
  device: 'cpu' | 'cuda' | 'none';
  /** models that were expected but could not be used, and why */
  problems: string[];
  dispose?(): Promise<void>;
}
