// The trained matcher: evidence features -> match probability, served from ONNX. Its inputs are
// exactly the features the explanation is built from (FEATURE_NAMES), so they cannot disagree.
import type { InferenceSession } from 'onnxruntime-node';
import { FEATURE_NAMES, featureVector, type MatchFeatures, type MatchScorer } from '../match/match.js';
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

  static async create(runtime: ModelRuntime): Promise<ModelMatchScorer> {
    const [sidecar, session, ort] = await Promise.all([
      runtime.sidecar<MatcherSidecar>('matcher'), runtime.session('matcher'), loadOnnxRuntime(),
    ]);
    const expected = FEATURE_NAMES.join(',');
    if (sidecar.features && sidecar.features.join(',') !== expected) {
      throw new Error(`model 'matcher' was trained on features [${sidecar.features.join(', ')}], the engine computes [${expected}]; retrain it`);
    }
    return new ModelMatchScorer(session, ort, sidecar.threshold);
  }

  async score(features: MatchFeatures): Promise<number> {
    const input = new this.ort.Tensor('float32', Float32Array.from(featureVector(features)), [1, FEATURE_NAMES.length]);
    const out = await this.session.run({ features: input });
    return Number((out.probability.data as Float32Array)[0]);
  }
}
