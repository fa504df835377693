// The zone model: per block, a multinomial logistic regression over hashed features
// (zone-features.ts), then the most likely sequence of zones under learned zone-to-zone
// transitions (Viterbi), since a posting's benefits follow one another and a resume's
// experience runs on until the next section. Trained by tools/zones (distant supervision from
// the real corpora's own headings); one model per document kind.
import type { HrDocument, Zone } from '../types.js';
import { alignListZones, blankZone, readAssessedCompetencies, readStatedNeed, zoneOfSection, zonesOf } from '../document/zones.js';
import { isStandardHeading } from '../document/sections.js';
import { hashFeatures, zoneFeatures, type WordClusters } from './zone-features.js';
import { softmax } from './softmax.js';
import type { ZoneClassifier } from './tasks.js';

export interface ZoneKindWeights {
  classes: string[];
  /** bucket ids that carry weights, and their weights row-major [bucket][class] */
  buckets: number[];
  values: number[];
  /** log transition scores [from][to] and log start scores, learned from labelled sequences */
  transitions: number[][];
  start: number[];
  /** how much the transitions count against the per-block scores */
  transitionWeight: number;
}

export interface ZoneModelJson {
  format: 'hrdocs-zone-classifier/1';
  buckets: number;
  kinds: { job: ZoneKindWeights; resume: ZoneKindWeights };
  /** word -> cluster id, when the model was trained with word-cluster features */
  wordClusters?: Record<string, number[]>;
  /** the document kinds whose model reads the clusters */
  clusterKinds?: Array<'job' | 'resume'>;
}

interface KindModel { weights: ZoneKindWeights; table: Map<number, number>; zones: Zone[]; clusters?: WordClusters }

export class LearnedZoneClassifier implements ZoneClassifier {
  readonly name = 'zone-model';
  readonly learned = true;

  private constructor(private readonly buckets: number, private readonly models: Record<'job' | 'resume', KindModel>) {}

  static fromJson(obj: unknown): LearnedZoneClassifier {
    const m = obj as ZoneModelJson;
    if (m?.format !== 'hrdocs-zone-classifier/1') throw new Error('zone model: unknown format');
    const clusters: WordClusters | undefined = m.wordClusters ? new Map(Object.entries(m.wordClusters)) : undefined;
    const build = (kind: 'job' | 'resume'): KindModel => {
      const w = m.kinds[kind];
      const known = zonesOf(kind);
      const unknown = w.classes.filter((c) => !known.includes(c as Zone));
      if (unknown.length) throw new Error(`zone model: ${kind} zones ${unknown.join(', ')} are not zones hrdocs knows`);
      const c = w.classes.length;
      if (w.values.length !== w.buckets.length * c) throw new Error('zone model: weights and buckets disagree');
      const readsClusters = clusters && (m.clusterKinds ?? ['job', 'resume']).includes(kind);
      return { weights: w, table: new Map(w.buckets.map((b, i) => [b, i * c])), zones: w.classes as Zone[], clusters: readsClusters ? clusters : undefined };
    };
    return new LearnedZoneClassifier(m.buckets, { job: build('job'), resume: build('resume') });
  }

  /** Per-block zone probabilities (before the sequence is decoded), in the model's class order. */
  probabilities(doc: HrDocument): { zones: Zone[]; rows: number[][] } {
    const model = this.models[doc.kind === 'job' ? 'job' : 'resume'];
    const c = model.zones.length;
    const rows = zoneFeatures(doc, model.clusters).map((f) => {
      const logits = new Array<number>(c).fill(0);
      for (const bucket of hashFeatures([...f.own, ...f.heading], this.buckets)) {
        const at = model.table.get(bucket);
        if (at === undefined) continue;
        for (let k = 0; k < c; k++) logits[k] += model.weights.values[at + k];
      }
      return softmax(logits);
    });
    return { zones: model.zones, rows };
  }

  label(doc: HrDocument): void {
    if (doc.kind === 'other') {
      for (const b of doc.blocks) { b.zone = 'other'; b.zoneConfidence = 1; }
      return;
    }
    const model = this.models[doc.kind];
    const { rows } = this.probabilities(doc);
    const chain = doc.blocks.map((b, i) => i).filter((i) => doc.blocks[i].text.trim());
    // a standard Markdown heading ("## Experience") is the writer's own word for the section and
    // stands; any other heading, and a plain line that reads as one (text pasted from a job
    // board, where "Qualifications" may run on over how to apply), is one more feature
    const standardZone = doc.sections.map((s) => (s.kind !== 'other' && !s.labelLine && isStandardHeading(s.heading) ? zoneOfSection(s.kind, doc.kind) : undefined));
    const path = viterbi(chain.map((i) => rows[i]), model.weights);
    for (const b of doc.blocks) if (!b.text.trim()) { b.zone = blankZone(doc.kind); b.zoneConfidence = 1; }
    chain.forEach((i, k) => {
      const block = doc.blocks[i];
      const zone = model.zones[path[k]];
      const confidence = rows[i][path[k]];
      const headed = standardZone[block.section];
      if (headed && headed !== zone) {
        block.zone = headed;
        block.zoneConfidence = 1;
      } else {
        block.zone = zone;
        block.zoneConfidence = Math.round(confidence * 1000) / 1000;
      }
    });
    alignListZones(doc);
    readStatedNeed(doc);
    readAssessedCompetencies(doc);
  }
}

/** Most likely zone sequence: per-block log probabilities plus weighted log transitions. */
export function viterbi(rows: number[][], w: Pick<ZoneKindWeights, 'transitions' | 'start' | 'transitionWeight'>): number[] {
  if (!rows.length) return [];
  const c = rows[0].length;
  const tw = w.transitionWeight;
  const log = (p: number) => Math.log(Math.max(p, 1e-9));
  let score = rows[0].map((p, k) => log(p) + tw * w.start[k]);
  const back: number[][] = [];
  for (let t = 1; t < rows.length; t++) {
    const next = new Array<number>(c);
    const from = new Array<number>(c);
    for (let k = 0; k < c; k++) {
      let best = -Infinity, arg = 0;
      for (let j = 0; j < c; j++) {
        const s = score[j] + tw * w.transitions[j][k];
        if (s > best) { best = s; arg = j; }
      }
      next[k] = best + log(rows[t][k]);
      from[k] = arg;
    }
    back.push(from);
    score = next;
  }
  let last = 0;
  for (let k = 1; k < c; k++) if (score[k] > score[last]) last = k;
  const path = [last];
  for (let t = back.length - 1; t >= 0; t--) path.unshift(back[t][path[0]]);
  return path;
}
