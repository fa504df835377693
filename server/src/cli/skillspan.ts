// `hrdocs eval skillspan`: the engine's skill spans as the SkillSpan evaluator's tag function.
// The evaluator (server/src/engine/eval/skillspan.ts) is not in this build yet.
import type { Parsed } from './args.js';

export function skillspanAvailable(): boolean {
  return false;
}

export async function runSkillspanEval(_parsed: Parsed, _file: string): Promise<number> {
  process.stderr.write('hrdocs: eval skillspan: not available in this build\n');
  return 2;
}
