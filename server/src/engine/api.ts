// The engine's contract with its hosts (language server, CLI, tools, tests).
import type { StageCache } from './cache.js';
import type { CancellationToken } from './cancel.js';
import type { SkillGraph } from './graph/graph.js';
import type { ModelSet } from './models/tasks.js';
import type { RuleSeverities } from './rules/lint.js';
import type { Dismissals } from './rules/suppression.js';
import type { Vocabulary } from './skills/vocabulary.js';
import type { SkillThresholds } from './skills/calibrate.js';
import type { Finding, Severity, TargetJob } from './rules/types.js';
import type { FixOptions } from './edit/edits.js';
import type {
  DocKind, DocumentAnalysis, FixResult, GeneratedJob, HrDocument, Logger, MatchResult,
} from './types.js';

/** What createEngine is built from: all of it passed in, nothing read from disk. */
export interface EngineDeps {
  graph: SkillGraph;
  models: ModelSet;
  /** the engine's one cache; a fresh bounded one when absent */
  cache?: StageCache;
  logger?: Logger;
  /** glob patterns (workspace-relative paths) that hint at a document's kind */
  documentPatterns?: { resume: string[]; job: string[] };
  /** the month "Present" means, 'YYYY-MM'; default: the current month */
  referenceMonth?: string;
  /** how long reading the graph took, for the status */
  graphLoadMs?: number;
}

/** What loadEngine reads from disk to build the deps. */
export interface EngineOptions {
  /** folder holding graph/, the ONNX models and manifest.json; default: the repo's models/ */
  modelsDir?: string;
  logger?: Logger;
  /** execution provider for the student models */
  device?: 'auto' | 'cpu' | 'cuda';
  /** false: the rule-based implementation of every task, no ONNX models */
  useModels?: boolean;
  documentPatterns?: { resume: string[]; job: string[] };
  referenceMonth?: string;
}

export interface AnalyzeOptions {
  kind?: DocKind;
  relativePath?: string;
  referenceMonth?: string;
  /**
   * the workspace's custom skills and non-skills (createVocabulary): custom skills are found as
   * skills, dismissed phrases are dropped from the mentions, skills and requirements; part of the
   * cache key, so a changed vocabulary gives a new analysis
   */
  vocabulary?: Vocabulary;
  token?: CancellationToken;
}

export interface LintRequest {
  /** a resume's target job, with the match the host computed */
  target?: TargetJob;
  severities?: RuleSeverities;
  /** skill findings below this confidence are not reported (default: the engine's hint threshold) */
  minConfidence?: number;
  dismissals?: Dismissals;
  token?: CancellationToken;
}

export interface EngineStatus {
  engine: 'models' | 'rules';
  device: 'cpu' | 'cuda' | 'none';
  /** why some models are not in use, when they are not */
  message?: string;
  graph: { skills: number; occupations: number; loadMs: number };
}

export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  docs: string;
}

/** How generated postings are written: the same input and seed give the same text. */
export interface GenerateOptions {
  seed?: number;
  /** 'model': the trained writer; 'template': the graph's template; absent: the writer when the manifest makes it the default */
  writer?: 'model' | 'template';
  /** decoding progress of the writer, for a progress bar */
  onProgress?(done: number, total: number): void;
}

export interface Engine {
  readonly status: EngineStatus;
  readonly rules: readonly RuleInfo[];
  /** where a skill hint is cut on its probability (the calibrator's threshold, else 0.5 on the extractor's score) */
  readonly skillThresholds: SkillThresholds;
  /** Markdown -> HrDocument. `relativePath` (workspace-relative) lets file-name patterns hint at the kind. */
  parse(text: string, uri?: string, options?: { kind?: DocKind; relativePath?: string }): HrDocument;
  /** parse + skills and experience; `referenceMonth` ('YYYY-MM') is what "Present" means for this document */
  analyze(text: string, uri?: string, options?: AnalyzeOptions): Promise<DocumentAnalysis>;
  match(resume: DocumentAnalysis, job: DocumentAnalysis, token?: CancellationToken): Promise<MatchResult>;
  /** the findings of the rules, at the user's severities, suppression applied */
  lint(analysis: DocumentAnalysis, request?: LintRequest): Finding[];
  /**
   * resume edits that add the job's required skills to the Skills list; `text` has only those the
   * resume already shows applied (with `addUnevidenced`, the rest too); never touches dates,
   * employers or years
   */
  fix(resume: DocumentAnalysis, job: DocumentAnalysis, match?: MatchResult, token?: CancellationToken, options?: FixOptions): Promise<FixResult>;
  /** occupations this resume fits, each rendered as a Markdown job description with its score */
  generateMatchingJobs(resume: DocumentAnalysis, count?: number, token?: CancellationToken, options?: GenerateOptions): Promise<GeneratedJob[]>;
  /** a Markdown job description for a title */
  generateJobDescription(title: string, token?: CancellationToken, options?: GenerateOptions): Promise<GeneratedJob>;
  /** what the skill graph knows of a skill id (for hovers); undefined for a skill no taxonomy lists */
  skillInfo(id: string): SkillInfo | undefined;
  /** entries per cache stage, for benchmarks */
  cacheSizes(): Record<string, number>;
  dispose(): Promise<void>;
}

export interface SkillInfo {
  name: string;
  kind: 'skill' | 'knowledge';
  description?: string;
  /** 'esco' | 'onet' | 'rjdb' */
  sources: string[];
  /** the ESCO page of the skill, when it has one */
  url?: string;
}
