import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitLabel, matchLensTitle } from './fit.js';

// bands hang off the threshold the matcher was calibrated with (0.54 in models/matcher.json)
const TABLE: Array<[number, number, string]> = [
  [0.82, 0.54, 'strong fit'],
  [0.54, 0.54, 'strong fit'],
  [0.53, 0.54, 'partial'],
  [0.27, 0.54, 'partial'],
  [0.26, 0.54, 'different field'],
  [0.69, 0.7, 'partial'],
  [0.3, 0.7, 'different field'],
];

for (const [score, threshold, label] of TABLE) {
  test(`fit label: ${score} against threshold ${threshold} is ${label}`, () => {
    assert.equal(fitLabel(score, threshold), label);
  });
}

test('lens title: score, label, name, and the pinned target marked', () => {
  assert.equal(matchLensTitle(0.823, 0.54, 'ICU Registered Nurse', false), 'Match 82% · strong fit · ICU Registered Nurse');
  assert.equal(matchLensTitle(0.4, 0.54, 'ICU Registered Nurse', true), 'Match 40% · partial · ICU Registered Nurse · 📌 target');
});
