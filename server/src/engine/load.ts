// Builds the real engine from disk: the compiled skill graph and the models the manifest lists
// (each task falling back to its rules when its model is missing or broken).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine, EngineOptions } from './api.js';
import { StageCache } from './cache.js';
import { createEngine } from './engine.js';
import { SkillGraph } from './graph/graph.js';
import { loadModels, ruleModels } from './models/registry.js';
import { silentLogger } from './types.js';

/** The repo's models/ folder, found by walking up from this file (works from src, out and dist). */
export function defaultModelsDir(): string {
  // the same override the model runtime honours, so the graph and the models come from one folder
  if (process.env.HRDOCS_MODELS_DIR) return resolve(process.env.HRDOCS_MODELS_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'models', 'graph'))) return join(dir, 'models');
    dir = dirname(dir);
  }
  return resolve(process.cwd(), 'models');
}

export async function loadEngine(options: EngineOptions = {}): Promise<Engine> {
  const logger = options.logger ?? silentLogger;
  const modelsDir = options.modelsDir ?? defaultModelsDir();
  const t0 = performance.now();
  const graph = SkillGraph.load(modelsDir);
  const graphLoadMs = performance.now() - t0;
  const stats = graph.stats();
  logger.info(`hrdocs: skill graph loaded (${stats.skills} skills, ${stats.occupations} occupations) in ${Math.round(graphLoadMs)} ms`);
  const cache = new StageCache();
  const models = options.useModels === false
    ? ruleModels(graph, ['models disabled by settings'])
    : await loadModels({ modelsDir, graph, device: options.device, logger, cache });
  if (options.useModels !== false) for (const problem of models.problems) logger.warn(`hrdocs: ${problem}; using the rule-based implementation for it`);
  return createEngine({
    graph, models, cache, logger, graphLoadMs,
    documentPatterns: options.documentPatterns, referenceMonth: options.referenceMonth,
  });
}
