// Hand-labelled skill mentions of real documents: reading the label files, finding each labelled
// mention in the engine's analysis, and the measures of a mention's probability against its label
// (`hrdocs eval mentions FILE`). Labels hold a document id, a position and a hash of the words,
// never the words: the documents are real postings and resumes (personal data).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../server/src/engine/api.js';
import type { SkillMention } from '../../server/src/engine/types.js';
import { documentText, loadCorpora } from './real-docs.js';

export interface MentionLabel { doc: string; line: number; start: number; chars: number; hash: string; label: 'right' | 'lenient' | 'wrongname' | 'not' }

/** A label's target: right 1, a right skill with a clumsy span or name half, anything else 0. */
export const TARGET: Record<MentionLabel['label'], number> = { right: 1, lenient: 0.5, wrongname: 0, not: 0 };

/** How a label names a mention's words without keeping them. */
export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** The labels of one file, or of every `*.jsonl` file of a folder (in name order). */
export function readMentionLabels(fileOrFolder: string): MentionLabel[] {
  const files = statSync(fileOrFolder).isDirectory()
    ? readdirSync(fileOrFolder).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(fileOrFolder, f))
    : [fileOrFolder];
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as MentionLabel));
}

/**
 * Each labelled document read by the engine as `hrdocs` reads it, and the mention at each label's
 * position (undefined when the extractor no longer finds it there).
 */
export async function labelledMentions(engine: Engine, labels: readonly MentionLabel[], dataDir: string): Promise<Array<{ label: MentionLabel; kind: 'resume' | 'job'; mention?: SkillMention; document: number }>> {
  const byDoc = new Map<string, MentionLabel[]>();
  for (const l of labels) byDoc.set(l.doc, [...(byDoc.get(l.doc) ?? []), l]);
  const docs = loadCorpora(dataDir, [...byDoc.keys()].map((doc) => doc.slice(0, doc.indexOf(':'))));
  const out: Array<{ label: MentionLabel; kind: 'resume' | 'job'; mention?: SkillMention; document: number }> = [];
  let document = 0;
  for (const [doc, docLabels] of byDoc) {
    const at = doc.indexOf(':');
    const corpus = doc.slice(0, at);
    const kind = corpus.startsWith('resumes/') ? 'resume' : 'job';
    const row = docs.get(doc);
    const a = row ? await engine.analyze(documentText(corpus, row), undefined, { kind, referenceMonth: '2026-12' }) : undefined;
    for (const label of docLabels) {
      const mention = a?.mentions.find((x) => x.range.start.line === label.line && x.range.start.character === label.start && x.text.length === label.chars && textHash(x.text) === label.hash);
      out.push({ label, kind, mention, document });
    }
    document++;
  }
  return out;
}

/** Precision and recall of "right" (a target of 1 counts 1, a half target half) among mentions at or over the threshold. */
export function precisionRecall(p: readonly number[], t: readonly number[], threshold: number): { precision: number; recall: number; kept: number } {
  let kept = 0, right = 0;
  const all = t.reduce((s, v) => s + v, 0);
  p.forEach((q, i) => { if (q >= threshold) { kept++; right += t[i]; } });
  return { precision: kept ? right / kept : 0, recall: all ? right / all : 0, kept };
}

/** Expected calibration error over ten equal-width bins. */
export function calibrationError(p: readonly number[], t: readonly number[], bins = 10): number {
  let total = 0;
  for (let k = 0; k < bins; k++) {
    const idx = p.map((_, i) => i).filter((i) => p[i] >= k / bins && (p[i] < (k + 1) / bins || (k === bins - 1 && p[i] <= 1)));
    if (!idx.length) continue;
    const conf = idx.reduce((s, i) => s + p[i], 0) / idx.length;
    const acc = idx.reduce((s, i) => s + t[i], 0) / idx.length;
    total += (idx.length / p.length) * Math.abs(conf - acc);
  }
  return total;
}

export function logLoss(p: readonly number[], t: readonly number[]): number {
  return -p.reduce((s, q, i) => s + t[i] * Math.log(Math.max(1e-9, q)) + (1 - t[i]) * Math.log(Math.max(1e-9, 1 - q)), 0) / p.length;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The engine's mention probabilities against hand labels: calibration error, log loss, and
 * precision / recall at the hint threshold, beside the extractor's score read at its own 0.5.
 */
export async function evaluateMentions(engine: Engine, file: string, dataDir: string): Promise<Record<string, unknown>> {
  const rows = await labelledMentions(engine, readMentionLabels(file), dataDir);
  const found = rows.filter((r) => r.mention);
  const t = found.map((r) => TARGET[r.label.label]);
  const probability = found.map((r) => r.mention!.probability ?? r.mention!.confidence);
  const score = found.map((r) => r.mention!.confidence);
  const hint = engine.skillThresholds.hint;
  const counts = (keep: (i: number) => boolean) => {
    const c = { right: 0, lenient: 0, wrongname: 0, not: 0 };
    found.forEach((r, i) => { if (keep(i)) c[r.label.label]++; });
    return c;
  };
  const at = (p: number[], threshold: number) => {
    const pr = precisionRecall(p, t, threshold);
    const c = counts((i) => p[i] >= threshold);
    const kept = Math.max(1, pr.kept);
    return { threshold, kept: pr.kept, precision: r3(pr.precision), recall: r3(pr.recall), strictPrecision: r3(c.right / kept), lenientPrecision: r3((c.right + c.lenient) / kept), ...c };
  };
  return {
    file, labels: rows.length, found: found.length, documents: new Set(rows.map((r) => r.label.doc)).size,
    calibrated: found.some((r) => r.mention!.probability !== undefined),
    all: counts(() => true),
    probability: { calibrationError: r3(calibrationError(probability, t)), logLoss: r3(logLoss(probability, t)), atHintThreshold: at(probability, hint) },
    extractorScore: { calibrationError: r3(calibrationError(score, t)), logLoss: r3(logLoss(score, t)), atHalf: at(score, 0.5) },
    notes: ['target: right 1, lenient 0.5, wrongname and not 0; precision and recall count a lenient mention half',
      'strict precision counts right only; lenient precision counts right and lenient'],
  };
}
