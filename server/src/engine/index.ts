// The engine's public surface: hosts import from here only.
export { createEngine } from './engine.js';
export { defaultModelsDir, loadEngine } from './load.js';
export type { AnalyzeOptions, Engine, EngineDeps, EngineOptions, EngineStatus, GenerateOptions, LintRequest, RuleInfo, SkillInfo } from './api.js';
export * from './types.js';
export type { Finding, RelatedLocation, Severity, SeveritySetting, TargetJob } from './rules/types.js';
export type { RuleSeverities } from './rules/lint.js';
export { validSeverities } from './rules/lint.js';
export { CancelledError, CancellationSource, isCancelled, withDeadline, yieldToEventLoop, type CancellationToken } from './cancel.js';
export { StageCache } from './cache.js';
export { ruleModels, loadModels } from './models/registry.js';
export { applyEdits, fixAllTitle, lineEnding, type FixOptions } from './edit/edits.js';
export { setTargetEdit } from './edit/front-matter.js';
export { fitLabel, matchLensTitle, SET_TARGET_TITLE, type FitLabel } from './match/fit.js';
export { offsetAt, positionAt } from './document/positions.js';
export { skillOrigin } from './rules/skill/rule.js';
export { shownConfidence, UNCALIBRATED_THRESHOLDS, type SkillThresholds } from './skills/calibrate.js';
export {
  EMPTY_VOCABULARY, createVocabulary, customSkillId, findCustomSkills, parseCustomSkills, parseNotSkills, phraseKey,
  type CustomSkill, type Vocabulary,
} from './skills/vocabulary.js';
export { firstLineRange, percent, sectionAnchor } from './rules/anchors.js';
