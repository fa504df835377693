// The trained matcher: evidence features -> match probability, served from ONNX. Its inputs are
// exactly the features the explanation is built from (FEATURE_NAMES), so they cannot disagree.
import type { InferenceSession } from 'onnxruntime-node';
import { FEATURE_NAMES, featureVector, type MatchFeatures } from '../match/features.js';
import type { MatchScorer } from './tasks.js';
import { loadOnnxRuntime, type ModelRuntime } from './runtime.js';

interface MatcherSidecar {
  threshold: number;
  features: string[] | null;
  /** the median real training pair's features (train_matcher.py) */
  reference?: Record<string, number>;
}

export class ModelMatchScorer implements MatchScorer {
  readonly name = 'model' as const;
  private constructor(
    private readonly session: InferenceSession,
    private readonly ort: typeof import('onnxruntime-node'),
    readonly threshold: number,
    readonly reference?: MatchFeatures,
  ) {}

  static async create(runtime: ModelRuntime, name = 'matcher'): Promise<ModelMatchScorer> {
    const [sidecar, session, ort] = await Promise.all([
      runtime.sidecar<MatcherSidecar>(name), runtime.session(name), loadOnnxRuntime(),
    ]);
    const decision = (runtime.entry(name).thresholds as { decision?: number } | undefined)?.decision;
    const expected = FEATURE_NAMES.join(',');
    if (sidecar.features && sidecar.features.join(',') !== expected) {
      throw new Error(`model '${name}' was trained on features [${sidecar.features.join(', ')}], the engine computes [${expected}]; retrain it`);
    }
    const reference = sidecar.reference && FEATURE_NAMES.every((n) => typeof sidecar.reference![n] === 'number')
      ? Object.fromEntries(FEATURE_NAMES.map((n) => [n, sidecar.reference![n]])) as MatchFeatures : undefined;
    return new ModelMatchScorer(session, ort, decision ?? sidecar.threshold, reference);
  }

  async score(features: MatchFeatures): Promise<number> {
    return (await this.scoreMany([features]))[0];
  }

  async scoreMany(list: MatchFeatures[]): Promise<number[]> {
    const data = new Float32Array(list.length * FEATURE_NAMES.length);
    list.forEach((f, i) => data.set(featureVector(f), i * FEATURE_NAMES.length));
    const out = await this.session.run({ features: new this.ort.Tensor('float32', data, [list.length, FEATURE_NAMES.length]) });
    return Array.from(out.probability.data as Float32Array, Number);
  }
}
