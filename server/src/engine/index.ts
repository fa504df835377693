// The engine's public surface: hosts import from here only.
export { createEngine, defaultModelsDir } from './engine.js';
export type { AnalyzeOptions, Engine, EngineOptions, EngineStatus, SkillInfo } from './api.js';
export * from './types.js';
export { applyEdits } from './edit/edits.js';
export { offsetAt, positionAt } from './document/positions.js';
