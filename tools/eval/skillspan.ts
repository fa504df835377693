// SkillSpan evaluation, as docs/EVALUATION.md defines it: each sentence's tokens joined with
// single spaces, predicted character spans mapped back to token spans (a token is inside a
// span if it overlaps it), gold = union of SKILL and KNOWLEDGE spans; strict span F1 (exact
// token boundaries) and loose span F1 (any overlap, paired one to one), also per kind.
// The models/training Python code computes the same numbers with the same rules.

import { readFile } from 'node:fs/promises';

export interface PredictedSpan {
  /** UTF-16 offsets into the text */
  start: number;
  end: number;
  kind?: 'skill' | 'knowledge';
}

export type TagFunction = (texts: string[]) => Promise<PredictedSpan[][]>;

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
  /** true positives: exact matches (strict) or one-to-one overlapping pairs (loose) */
  matched: number;
}

export interface SkillspanResult {
  file: string;
  sentences: number;
  strict: PRF;
  loose: PRF;
  skill: { strict: PRF; loose: PRF };
  knowledge: { strict: PRF; loose: PRF };
  /** wall time spent inside tagFn */
  tagSeconds: number;
}

interface SkillspanRow {
  tokens: string[];
  tags_skill: string[];
  tags_knowledge: string[];
}

/** Inclusive token span [first, last]. */
type TokenSpan = readonly [number, number];

export function bioSpans(tags: string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const begins = tag.startsWith('B') || (tag.startsWith('I') && start < 0);
    if ((begins || tag === 'O') && start >= 0) {
      spans.push([start, i - 1]);
      start = -1;
    }
    if (begins) start = i;
  }
  return spans;
}

class Counts {
  strictMatched = 0;
  looseMatched = 0;
  predicted = 0;
  gold = 0;

  add(pred: TokenSpan[], gold: TokenSpan[]): void {
    const goldKeys = new Set(gold.map(key));
    for (const p of pred) if (goldKeys.has(key(p))) this.strictMatched++;
    this.looseMatched += looseMatches(pred, gold);
    this.predicted += pred.length;
    this.gold += gold.length;
  }

  prf(loose: boolean): PRF {
    const matched = loose ? this.looseMatched : this.strictMatched;
    const precision = this.predicted ? matched / this.predicted : 0;
    const recall = this.gold ? matched / this.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, predicted: this.predicted, gold: this.gold, matched };
  }
}

function key(s: TokenSpan): string {
  return `${s[0]}:${s[1]}`;
}

function dedupe(spans: TokenSpan[]): TokenSpan[] {
  const seen = new Map<string, TokenSpan>();
  for (const s of spans) seen.set(key(s), s);
  return [...seen.values()];
}

/** One-to-one pairing of overlapping spans, largest overlap first. */
export function looseMatches(pred: TokenSpan[], gold: TokenSpan[]): number {
  const pairs: Array<[number, number, number]> = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    const overlap = Math.min(p[1], g[1]) - Math.max(p[0], g[0]) + 1;
    if (overlap > 0) pairs.push([overlap, i, j]);
  }));
  // ties broken by span position (not list order), so the count is the same as the Python twin's
  pairs.sort((a, b) => b[0] - a[0] || compareSpans(pred[a[1]], pred[b[1]]) || compareSpans(gold[a[2]], gold[b[2]]));
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
  }
  return usedP.size;
}

function compareSpans(a: TokenSpan, b: TokenSpan): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Token span covered by a character span, or undefined when it touches no token. */
export function charSpanToTokens(tokenStarts: number[], tokenEnds: number[], start: number, end: number): TokenSpan | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokenStarts.length; i++) {
    if (tokenStarts[i] < end && tokenEnds[i] > start) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? undefined : [first, last];
}

export async function evalSkillspan(file: string, tagFn: TagFunction, options: { batch?: number } = {}): Promise<SkillspanResult> {
  const rows = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SkillspanRow);
  const batch = options.batch ?? 256;
  const union = new Counts();
  const perKind = { skill: new Counts(), knowledge: new Counts() };
  let tagSeconds = 0;
  for (let b = 0; b < rows.length; b += batch) {
    const slice = rows.slice(b, b + batch);
    const texts = slice.map((r) => r.tokens.join(' '));
    const t0 = process.hrtime.bigint();
    const predictions = await tagFn(texts);
    tagSeconds += Number(process.hrtime.bigint() - t0) / 1e9;
    slice.forEach((row, i) => {
      // UTF-16 offsets of each token in the joined text
      const starts: number[] = [];
      const ends: number[] = [];
      let pos = 0;
      for (const tok of row.tokens) {
        starts.push(pos);
        ends.push(pos + tok.length);
        pos += tok.length + 1;
      }
      const gold = { skill: bioSpans(row.tags_skill), knowledge: bioSpans(row.tags_knowledge) };
      const pred: Record<'skill' | 'knowledge', TokenSpan[]> = { skill: [], knowledge: [] };
      const all: TokenSpan[] = [];
      for (const span of predictions[i] ?? []) {
        const tokens = charSpanToTokens(starts, ends, span.start, span.end);
        if (!tokens) continue;
        all.push(tokens);
        if (span.kind) pred[span.kind].push(tokens);
      }
      union.add(dedupe(all), dedupe([...gold.skill, ...gold.knowledge]));
      for (const kind of ['skill', 'knowledge'] as const) perKind[kind].add(dedupe(pred[kind]), gold[kind]);
    });
  }
  return {
    file,
    sentences: rows.length,
    strict: union.prf(false),
    loose: union.prf(true),
    skill: { strict: perKind.skill.prf(false), loose: perKind.skill.prf(true) },
    knowledge: { strict: perKind.knowledge.prf(false), loose: perKind.knowledge.prf(true) },
    tagSeconds,
  };
}
