// The trained matcher: evidence features -> match probability, served from ONNX. Its inputs are
// exactly the features the explanation is built from (FEATURE_NAMES), so they cannot disagree.
import type { InferenceSession } from 'onnxruntime-node';
import { FEATURE_NAMES, featureVector, type MatchFeatures } from '../match/features.js';
import type { MatchScorer } from './tasks.js';
import { loadOnnxRuntime, type ModelRuntime } from './runtime.js';

interface MatcherSidecar {
  threshold: number;
  features: string[] | null;
}

export class ModelMatchScorer implements MatchScorer {
  readonly name = 'model' as const;
  private constructor(
    private readonly session: InferenceSession,
    private readonly ort: typeof import('onnxruntime-node'),
    readonly threshold: number,
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
    return new ModelMatchScorer(session, ort, decision ?? sidecar.threshold);
  }

  async score(features: MatchFeatures): Promise<number> {
    const input = new this.ort.Tensor('float32', Float32Array.from(featureVector(features)), [1, FEATURE_NAMES.length]);
    const out = await this.session.run({ features: input });
    return Number((out.probability.data as Float32Array)[0]);
  }
}
