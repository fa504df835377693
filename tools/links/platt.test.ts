import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accuracyAt, chooseThresholds, fitPlatt, HINT_PRECISION, precisionAt, sigmoid, type Item } from './platt.js';

// scores whose true rate of being right is sigmoid(x / 2 - 1): a model twice as sure as it should be
function overconfident(n: number): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    const x = -6 + (12 * i) / (n - 1);
    const rate = sigmoid(x / 2 - 1);
    // deterministic: the first `rate` share of each group of 20 is right
    for (let k = 0; k < 20; k++) items.push({ x, right: k < Math.round(rate * 20), goldNone: k >= Math.round(rate * 20) && k % 2 === 0 });
  }
  return items;
}

test('overconfident scores: the fitted map halves the slope and shifts down', () => {
  const fit = fitPlatt(overconfident(61));
  assert.ok(Math.abs(fit.a - 0.5) < 0.05, `a ${fit.a}`);
  assert.ok(Math.abs(fit.b + 1) < 0.1, `b ${fit.b}`);
});

test('calibrated scores: the map stays near identity', () => {
  const items = overconfident(61).map((t) => ({ ...t, x: t.x / 2 - 1 }));
  const fit = fitPlatt(items);
  assert.ok(Math.abs(fit.a - 1) < 0.05 && Math.abs(fit.b) < 0.1, JSON.stringify(fit));
});

test('thresholds per use: the hint maximizes accuracy, requirement and match reach their precision', () => {
  const items = overconfident(61);
  const fit = fitPlatt(items);
  const p = (x: number) => sigmoid(fit.a * x + fit.b);
  const t = chooseThresholds(items, p);
  for (const other of [0.05, 0.3, 0.5, 0.7, 0.95]) if (precisionAt(items, p, other) >= HINT_PRECISION) assert.ok(accuracyAt(items, p, t.hint) >= accuracyAt(items, p, other) - 1e-9);
  assert.ok(precisionAt(items, p, t.hint) >= HINT_PRECISION);
  assert.ok(precisionAt(items, p, t.requirement) >= 0.85);
  assert.ok(precisionAt(items, p, t.match) >= 0.9);
  assert.ok(t.requirement >= t.hint && t.match >= t.requirement);
});
