// The arithmetic of the link reranker's calibration (tools/scripts/train-link-reranker.ts): a Platt
// map over the best candidate's score, and the thresholds per use chosen on labelled rows.
import type { RerankerJson } from '../../server/src/engine/models/link-reranker.js';


/** One labelled mention: the best candidate's logit, whether it is a gold skill, whether the gold is "no link". */
export interface Item { x: number; right: boolean; goldNone: boolean }

export const logit = (p: number) => { const q = Math.min(1 - 1e-9, Math.max(1e-9, p)); return Math.log(q / (1 - q)); };
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
export const r3 = (x: number) => Math.round(x * 1000) / 1000;
export const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Platt map p = sigmoid(a x + b): Newton's method with step halving on the log-loss, and a weak
 * prior toward (1, 0). `smoothTargets`: Platt's own targets, (N+ + 1) / (N+ + 2) for a right item
 * and 1 / (N- + 2) for a wrong one, so that a few hundred scores a threshold separates almost
 * perfectly cannot send the slope to infinity (the reranker's trainer uses them, with no prior).
 */
export function fitPlatt(items: readonly Item[], options: { prior?: number; smoothTargets?: boolean } = {}): { a: number; b: number } {
  const prior = options.prior ?? 1e-2;
  const pos = items.filter((t) => t.right).length;
  const hi = options.smoothTargets ? (pos + 1) / (pos + 2) : 1;
  const lo = options.smoothTargets ? 1 / (items.length - pos + 2) : 0;
  const target = (t: Item) => (t.right ? hi : lo);
  // log(1 + e^z) - y z, computed stably: the log-loss of target y at logit z
  const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
  const loss = (a: number, b: number) => items.reduce((s, t) => {
    const z = a * t.x + b;
    return s + softplus(z) - target(t) * z;
  }, 0) + (prior / 2) * ((a - 1) ** 2 + b ** 2);
  // a floor under the curvature when there is no prior (all scores alike)
  const ridge = Math.max(prior, 1e-6);
  let a = 1, b = 0;
  let current = loss(a, b);
  for (let it = 0; it < 100; it++) {
    let ga = prior * (a - 1), gb = prior * b, haa = ridge, hab = 0, hbb = ridge;
    for (const t of items) {
      const p = sigmoid(a * t.x + b);
      const y = target(t);
      ga += (p - y) * t.x; gb += p - y;
      const v = p * (1 - p);
      haa += v * t.x * t.x; hab += v * t.x; hbb += v;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    while (step > 1e-6 && loss(a - step * da, b - step * db) > current) step /= 2;
    if (step <= 1e-6) break;
    a -= step * da; b -= step * db;
    const next = loss(a, b);
    if (current - next < 1e-12) break;
    current = next;
  }
  return { a, b };
}

export const accuracyAt = (items: readonly Item[], p: (x: number) => number, tau: number) =>
  items.reduce((s, t) => s + (p(t.x) >= tau ? (t.right ? 1 : 0) : (t.goldNone ? 1 : 0)), 0) / items.length;
export const precisionAt = (items: readonly Item[], p: (x: number) => number, tau: number) => {
  const linked = items.filter((t) => p(t.x) >= tau);
  return linked.length ? linked.filter((t) => t.right).length / linked.length : 1;
};
const GRID = Array.from({ length: 91 }, (_, i) => r3(0.05 + i * 0.01));

/** A hint's link must be right at least this often: a wrong name is worse than the mention's own words. */
export const HINT_PRECISION = 0.5;

/**
 * Thresholds per use: the hint's has the best accuracy@1 among those whose links are right at
 * least HINT_PRECISION of the time, raised to `hintAtLeast` (a calibrated probability below which a
 * linked name is more likely wrong than right); requirement and match: the lowest whose links are
 * right 85% / 90% of the time (at least the hint's). `mostAccurate` is reported, not used.
 */
export function chooseThresholds(items: readonly Item[], p: (x: number) => number, options: { hintAtLeast?: number } = {}): RerankerJson['thresholds'] & { mostAccurate: number } {
  const allowed = GRID.filter((t) => precisionAt(items, p, t) >= HINT_PRECISION);
  const mostAccurate = allowed.reduce((best, t) => (accuracyAt(items, p, t) > accuracyAt(items, p, best) + 1e-9 ? t : best), allowed[0] ?? 0.5);
  const hint = Math.max(mostAccurate, options.hintAtLeast ?? 0);
  const atPrecision = (target: number) => GRID.find((t) => precisionAt(items, p, t) >= target) ?? 0.95;
  return { hint, requirement: Math.max(hint, atPrecision(0.85)), match: Math.max(hint, atPrecision(0.9)), mostAccurate };
}
