// The wire contract shared by the language server and every client: command names, custom
// notifications, payloads and settings, spelled in one place. Both sides import this package.

export const LANGUAGE_ID = 'markdown';

/** Commands the server executes (workspace/executeCommand). Any LSP client can call them. */
export const ServerCommands = {
  /** args: [uri] | [{ uri: string, count?: number }] | [uri, count] -> GenerateResult */
  generateMatchingJobs: 'hrdocs.server.generateMatchingJobs',
  /** args: [title] | [{ title: string }] -> GenerateResult */
  generateJobDescription: 'hrdocs.server.generateJobDescription',
  /** args: [{ resumeUri: string, jobUri: string }] -> MatchSummary (used by code lenses) */
  explainMatch: 'hrdocs.server.explainMatch',
  /** args: [{ resumeUri: string, jobUri: string }]: sets `target:` in the resume's front matter (workspace/applyEdit) -> the WorkspaceEdit */
  setTargetJob: 'hrdocs.server.setTargetJob',
  /** args: [{ phrase: string }]: adds the phrase to the workspace's .hrdocs/not-skills.txt */
  addNotSkill: 'hrdocs.server.addNotSkill',
  /** args: [{ phrase: string }]: adds the phrase as a custom skill to the workspace's .hrdocs/skills.txt */
  addWorkspaceSkill: 'hrdocs.server.addWorkspaceSkill',
} as const;

/** Commands the VS Code client contributes (command palette, code lenses). */
export const ClientCommands = {
  generateMatchingJobs: 'hrdocs.generateMatchingJobs',
  generateJobDescription: 'hrdocs.generateJobDescription',
  restartServer: 'hrdocs.restartServer',
  showMatch: 'hrdocs.showMatch',
  /** args: [{ rule: string, severity: RuleSeverity }]: sets hrdocs.rules[rule] in the workspace settings */
  setRuleSeverity: 'hrdocs.setRuleSeverity',
} as const;

export interface GeneratedJobPayload {
  title: string;
  /** matcher score of this generated job against the resume, in [0,1]; absent for a job from a title */
  score?: number;
  occupationId?: string;
  /** why the role fits the resume (generated matching jobs) */
  why?: string[];
  /** the role's core skills the resume does not show */
  missing?: string[];
  /** the step-up role, one level above the best suggestion */
  stretch?: boolean;
  markdown: string;
}

export interface GenerateResult {
  jobs: GeneratedJobPayload[];
}

export interface MatchSummary {
  resumeUri: string;
  jobUri: string;
  jobTitle: string;
  score: number;
  match: boolean;
  explanation: string;
}

/** Stable diagnostic codes; documented in README.md#diagnostics. */
export const DiagnosticCodes = {
  skill: 'skill',
  missingSkill: 'missing-skill',
  unlistedSkill: 'unlisted-skill',
  experienceShort: 'experience-short',
  experienceMissing: 'experience-missing',
  weakBullet: 'weak-bullet',
  documentTooLarge: 'document-too-large',
  documentTooComplex: 'document-too-complex',
} as const;

export type RuleSeverity = 'off' | 'hint' | 'info' | 'warning' | 'error';

export const DOCS_URL = 'https://github.com/hrdocs/hrdocs#diagnostics';

/** Custom notification server -> client: state shown in the status item. */
export const StatusNotification = 'hrdocs/status';
export interface StatusParams {
  state: 'loading' | 'ready' | 'error';
  /** execution provider actually in use for the student models */
  device: 'cpu' | 'cuda' | 'none';
  engine: 'models' | 'rules';
  message?: string;
}

export interface HrdocsSettings {
  /** analyze on every change or only on save */
  run: 'onType' | 'onSave';
  inference: { device: 'auto' | 'cpu' | 'cuda' };
  /** glob patterns (matched against the workspace-relative path) that mark a document's kind */
  documentPatterns: { resume: string[]; job: string[] };
  /** minConfidence: hints below this probability are not shown; null: the skill calibrator's own hint threshold */
  diagnostics: { showSkills: boolean; minConfidence: number | null };
  /** severity per rule id ("missing-skill": "warning", "weak-bullet": "off"); `default` for rules not named */
  rules: Record<string, RuleSeverity>;
  /** documents longer than this many characters are not analyzed */
  maxDocumentLength: number;
  matchThreshold?: number;
  /** who writes generated postings: the manifest's choice, the trained writer, or the graph's template */
  generate: { writer: 'default' | 'model' | 'template' };
}

export const DEFAULT_SETTINGS: HrdocsSettings = {
  run: 'onType',
  inference: { device: 'auto' },
  documentPatterns: {
    resume: ['**/*resume*.md', '**/*cv*.md', '**/resumes/**/*.md'],
    job: ['**/*job*.md', '**/*jd*.md', '**/jobs/**/*.md', '**/*posting*.md'],
  },
  diagnostics: { showSkills: true, minConfidence: null },
  rules: {},
  maxDocumentLength: 400_000,
  generate: { writer: 'default' },
};
