// Softmax of a vector of logits, shifted by their maximum so large logits do not overflow: the
// linear models (document kind, zones) and the zone trainer share it.
export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
