// What every training script of tools/ shares about the dev sets: the ids it must never train on,
// and the seeded generator that makes a run repeatable (the same mulberry32 as the JavaScript
// selectors in select-real-pairs.mjs, so a seed means one sequence everywhere).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every document id (and judgement key) named by the real-pair and real-document dev sets. */
export function devSetIds(repo: string): Set<string> {
  const ids = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') ids.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { ids.add(k); collect(x); });
  };
  collect(JSON.parse(readFileSync(join(repo, 'tools', 'devsets', 'real-pairs.json'), 'utf8')));
  for (const line of readFileSync(join(repo, 'tools', 'devsets', 'real-docs.jsonl'), 'utf8').split('\n')) if (line.trim()) collect(JSON.parse(line));
  return ids;
}

// one mulberry32 for the engine and the tools: the same seed, the same sequence
export { mulberry32 } from '../../server/src/engine/models/random.js';
