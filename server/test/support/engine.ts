// Engines for fast tests: the synthetic graph with the rule-based models, or with fakes.
import { createEngine } from '../../src/engine/engine.js';
import type { Engine } from '../../src/engine/api.js';
import { ruleModels } from '../../src/engine/models/registry.js';
import type { MatchScorer, ModelSet, SkillLinker, SpanTagger, TaggedSpan } from '../../src/engine/models/tasks.js';
import { syntheticGraph } from './synthetic-graph.js';

export function testEngine(models: Partial<ModelSet> = {}): Engine {
  const graph = syntheticGraph();
  return createEngine({ graph, models: { ...ruleModels(graph), ...models }, referenceMonth: '2024-06' });
}

/** A tagger that marks every occurrence of the given phrases (at 0.9, or the score given for a phrase), and counts its calls. */
export class FakeTagger implements SpanTagger {
  readonly name = 'fake-tagger';
  readonly learned = true;
  calls = 0;
  texts: string[] = [];
  constructor(private readonly phrases: string[], private readonly scores: Record<string, number> = {}) {}

  async tag(texts: string[]): Promise<TaggedSpan[][]> {
    this.calls++;
    this.texts.push(...texts);
    return texts.map((text) => {
      const spans: TaggedSpan[] = [];
      for (const p of this.phrases) {
        for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) spans.push({ start: at, end: at + p.length, kind: 'skill', score: this.scores[p] ?? 0.9 });
      }
      return spans.sort((a, b) => a.start - b.start);
    });
  }
}

/** A scorer that returns a fixed score, so a test can see it is the one used. */
export function fixedScorer(score: number, threshold = 0.5): MatchScorer {
  return { name: 'model', threshold, async score() { return score; } };
}

/** A linker that links from a table of phrase -> graph skill index. */
export function tableLinker(table: Record<string, number>): SkillLinker {
  return {
    name: 'table-linker',
    learned: true,
    async link(texts) { return texts.map((t) => (t in table ? { skill: table[t], confidence: 0.99 } : { skill: -1, confidence: 0.9 })); },
    async sameSkill(wanted, held) { return wanted.map((w) => held.map((h) => (w.toLowerCase() === h.toLowerCase() ? 1 : 0))); },
  };
}
