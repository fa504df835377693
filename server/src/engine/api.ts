// The engine's contract with its hosts (language server, CLI, tests). Implemented in ./engine.ts.
import type {
  DocKind, DocumentAnalysis, FixResult, GeneratedJob, HrDocument, Logger, MatchResult,
} from './types.js';

export interface EngineOptions {
  /** folder holding graph/, the ONNX models and manifest.json; default: the repo's models/ */
  modelsDir?: string;
  logger?: Logger;
  /** execution provider for the student models */
  device?: 'auto' | 'cpu' | 'cuda';
  /** false: the first (rule) engine only, no ONNX models */
  useModels?: boolean;
  /** glob patterns (workspace-relative paths) that decide a document's kind */
  documentPatterns?: { resume: string[]; job: string[] };
  /** the month "Present" means, 'YYYY-MM'; default: the current month */
  referenceMonth?: string;
}

export interface AnalyzeOptions {
  kind?: DocKind;
  relativePath?: string;
  referenceMonth?: string;
}

export interface EngineStatus {
  engine: 'models' | 'rules';
  device: 'cpu' | 'cuda' | 'none';
  /** why the models are not in use, when they are not */
  message?: string;
  graph: { skills: number; occupations: number; loadMs: number };
}

export interface Engine {
  readonly status: EngineStatus;
  /** Markdown -> HrDocument. `relativePath` (workspace-relative) lets file-name patterns decide the kind. */
  parse(text: string, uri?: string, options?: { kind?: DocKind; relativePath?: string }): HrDocument;
  /** parse + extract skills and experience; `referenceMonth` ('YYYY-MM') is what "Present" means for this document */
  analyze(text: string, uri?: string, options?: AnalyzeOptions): Promise<DocumentAnalysis>;
  match(resume: DocumentAnalysis, job: DocumentAnalysis): Promise<MatchResult>;
  /** resume edits that add the job's missing skills; never touches dates, employers or years */
  fix(resume: DocumentAnalysis, job: DocumentAnalysis, match?: MatchResult): Promise<FixResult>;
  /** occupations this resume fits, each rendered as a Markdown job description with its score */
  generateMatchingJobs(resume: DocumentAnalysis, count?: number): Promise<GeneratedJob[]>;
  /** a Markdown job description for a title */
  generateJobDescription(title: string): Promise<GeneratedJob>;
  /** what the skill graph knows of a skill id (for hovers); undefined for a skill no taxonomy lists */
  skillInfo(id: string): SkillInfo | undefined;
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
