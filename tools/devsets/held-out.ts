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

/** A small deterministic generator (mulberry32): numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
