// Document kind (resume | job | other) from hashed word n-grams and a few structure features:
// multinomial logistic regression trained by models/training/train_kind.py. Feature extraction
// mirrors the Python exactly (the JSON's `features` block is the spec; its parity cases test it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from './hash.js';
import { softmax } from './softmax.js';

export type DocumentKind = 'resume' | 'job' | 'other';

export interface KindResult {
  kind: DocumentKind;
  confidence: number;
  scores: Record<string, number>;
}

export interface KindWeights {
  buckets: number[];
  values: number[];
  structure: number[][];
  bias: number[];
}

export interface KindModelJson {
  classes: string[];
  features: { max_words: number; buckets: number; structure: string[] };
  weights: KindWeights;
}

const STRUCTURE = [
  'bullet_share', 'heading_share', 'year_rate', 'has_front_matter', 'fence_count',
  'log_length', 'short_line_share', 'link_share', 'code_share', 'version_rate',
  'table_share', 'key_value_share', 'year_line_share',
];
const KINDS: readonly string[] = ['resume', 'job', 'other'];
const BULLET = /^[ \t]*([-*+\u2022]|[0-9]{1,3}[.)])[ \t]+[^ \t]/;
const HEADING = /^ {0,3}#{1,6}([ \t]|$)/;
const FENCE = /^[ \t]{0,3}(```|~~~)/;
const KEY_VALUE = /^[ \t]*[A-Za-z][A-Za-z ]{0,30}:[ \t]/;
const YEAR = /^(19|20)[0-9][0-9]$/;

const rtrim = (s: string): string => s.replace(/[ \t]+$/, '');

/** Front matter (YAML comments dropped; kept as text) and body lines. */
export function splitDocument(text: string): { front: string[] | null; body: string[] } {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (rtrim(lines[0]) === '---') {
    for (let j = 1; j < lines.length; j++) {
      const l = rtrim(lines[j]);
      if (l === '---' || l === '...') {
        const front = lines.slice(1, j).filter((x) => !x.replace(/^[ \t]+/, '').startsWith('#'));
        return { front, body: lines.slice(j + 1) };
      }
    }
  }
  return { front: null, body: lines };
}

// ASCII-only lowercasing: identical in every runtime, unlike full Unicode case mapping.
export function kindWords(text: string): string[] {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase()).match(/[a-z0-9]+/g) ?? [];
}

export { fnv1a } from './hash.js';

const isYear = (w: string): boolean => YEAR.test(w);

export function structureFeatures(front: string[] | null, body: string[], words: string[], total: number): number[] {
  const lines = body.filter((l) => /[^ \t]/.test(l));
  const n = Math.max(1, lines.length);
  const share = (pred: (l: string) => boolean): number => lines.filter(pred).length / n;
  const nw = Math.max(1, words.length);
  const years = words.filter(isYear).length;
  const versions = (body.join('\n').match(/[0-9]+\.[0-9]+\.[0-9]+/g) ?? []).length;
  const lineWords = lines.map(kindWords);
  return [
    share((l) => BULLET.test(l)),
    share((l) => HEADING.test(l)),
    Math.min(10, (100 * years) / nw) / 10,
    front ? 1 : 0,
    Math.min(20, lines.filter((l) => FENCE.test(l)).length) / 20,
    Math.log(1 + Math.min(total, 20000)) / Math.log(20001),
    lineWords.filter((w) => w.length <= 4).length / n,
    share((l) => l.includes('http://') || l.includes('https://') || l.includes('](')),
    share((l) => l.includes('`')),
    Math.min(10, (100 * versions) / nw) / 10,
    share((l) => l.replace(/^[ \t]+/, '').startsWith('|')),
    share((l) => KEY_VALUE.test(l)),
    lineWords.filter((w) => w.some(isYear)).length / n,
  ];
}

export class KindClassifier {
  private constructor(
    private readonly table: Map<number, number>,
    private readonly weights: KindWeights,
    private readonly maxWords: number,
    private readonly mask: number,
  ) {}

  static fromJson(obj: unknown): KindClassifier {
    const m = obj as KindModelJson;
    if (m?.classes?.join(',') !== KINDS.join(',')) throw new Error(`kind classifier: classes must be ${KINDS.join(', ')}`);
    if (m.features.structure.join(',') !== STRUCTURE.join(',')) {
      throw new Error(`kind classifier: trained on structure features [${m.features.structure.join(', ')}], runtime computes [${STRUCTURE.join(', ')}]`);
    }
    const { buckets, values } = m.weights;
    if (values.length !== buckets.length * KINDS.length) throw new Error('kind classifier: weights and buckets disagree');
    const table = new Map<number, number>(buckets.map((b, i) => [b, i * KINDS.length]));
    return new KindClassifier(table, m.weights, m.features.max_words, m.features.buckets - 1);
  }

  classify(text: string): KindResult {
    const probs = this.probabilities(text);
    let best = 0;
    for (let k = 1; k < probs.length; k++) if (probs[k] > probs[best]) best = k;
    const scores: Record<string, number> = {};
    KINDS.forEach((c, k) => { scores[c] = probs[k]; });
    return { kind: KINDS[best] as DocumentKind, confidence: probs[best], scores };
  }

  /** Softmax probabilities in class order (resume, job, other). */
  probabilities(text: string): number[] {
    const { front, body } = splitDocument(text);
    const all = kindWords([...(front ?? []), ...body].join('\n'));
    const words = all.slice(0, this.maxWords);
    const z = [...this.weights.bias];
    this.addGrams(z, words);
    const s = structureFeatures(front, body, words, all.length);
    s.forEach((v, j) => { for (let k = 0; k < z.length; k++) z[k] += v * this.weights.structure[j][k]; });
    return softmax(z);
  }

  private addGrams(z: number[], words: string[]): void {
    const buckets = new Set<number>();
    words.forEach((w, i) => {
      buckets.add(fnv1a(w) & this.mask);
      if (i + 1 < words.length) buckets.add(fnv1a(w + ' ' + words[i + 1]) & this.mask);
    });
    const scale = 1 / Math.sqrt(Math.max(1, buckets.size));
    for (const b of buckets) {
      const at = this.table.get(b);
      if (at === undefined) continue;
      for (let k = 0; k < z.length; k++) z[k] += scale * this.weights.values[at + k];
    }
  }
}

export function loadKindClassifier(modelsDir: string): KindClassifier {
  return KindClassifier.fromJson(JSON.parse(readFileSync(join(modelsDir, 'kind-classifier.json'), 'utf8')));
}

/** The trained classifier as the engine's DocumentClassifier: it reads the whole source, front matter included. */
export class LearnedKindClassifier {
  readonly name = 'kind-classifier';
  readonly learned = true;
  constructor(private readonly model: KindClassifier) {}

  classify(doc: { source: string }): { kind: DocumentKind; confidence: number } {
    const r = this.model.classify(doc.source);
    return { kind: r.kind, confidence: r.confidence };
  }
}
