// The engine's public surface: hosts import from here only.
export { createEngine, defaultModelsDir } from './engine.js';
export type { Engine, EngineOptions, EngineStatus } from './api.js';
export * from './types.js';
export { applyEdits } from './edit/edits.js';
export { offsetAt, positionAt } from './document/positions.js';
