// One bounded cache per engine instance, split by stage (parse, tags, links, vectors, analyses).
// Every value is a pure function of its key (content, not file names or versions), so a hit is
// always equal to recomputing; no stage keeps a cache of its own or at module level.
import { createHash } from 'node:crypto';

export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) { this.map.delete(key); this.map.set(key, value); }
    return value;
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  clear(): void {
    this.map.clear();
  }
}

export type Stage = 'parse' | 'analysis' | 'tags' | 'links' | 'vectors' | 'chunks' | 'occupations';

/** Entries kept per stage: documents are few and large, phrases many and small. */
export const DEFAULT_CAPACITY: Record<Stage, number> = {
  parse: 64, analysis: 64, tags: 4096, links: 16384, vectors: 16384, chunks: 8192, occupations: 2048,
};

export class StageCache {
  private readonly stages = new Map<Stage, LruCache<string, unknown>>();
  constructor(private readonly capacity: Partial<Record<Stage, number>> = {}) {}

  private stage<V>(stage: Stage): LruCache<string, V> {
    let c = this.stages.get(stage);
    if (!c) {
      c = new LruCache<string, unknown>(this.capacity[stage] ?? DEFAULT_CAPACITY[stage]);
      this.stages.set(stage, c);
    }
    return c as LruCache<string, V>;
  }

  get<V>(stage: Stage, key: string): V | undefined {
    return this.stage<V>(stage).get(key);
  }

  set<V>(stage: Stage, key: string, value: V): void {
    this.stage<V>(stage).set(key, value);
  }

  delete(stage: Stage, key: string): void {
    this.stage(stage).delete(key);
  }

  /** The cached value, computed and stored on a miss. */
  through<V>(stage: Stage, key: string, compute: () => V): V {
    const c = this.stage<V>(stage);
    let v = c.get(key);
    if (v === undefined) {
      v = compute();
      c.set(key, v);
    }
    return v;
  }

  /** Entries per stage, for `hrdocs bench` and memory reports. */
  sizes(): Record<string, number> {
    return Object.fromEntries([...this.stages].map(([k, v]) => [k, v.size]));
  }

  clear(): void {
    for (const c of this.stages.values()) c.clear();
  }
}

/** A short content key: long texts are hashed so keys stay small in memory. */
export function contentKey(...parts: string[]): string {
  const joined = parts.join('\u0000');
  return joined.length <= 256 ? joined : createHash('sha1').update(joined).digest('base64');
}
