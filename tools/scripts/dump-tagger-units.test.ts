import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentFold, taggerUnits, UNIT_FOLDS } from './dump-tagger-units.js';

const DOC = 'Intro line.\nDemonstrate compassion, and compassion for families; use Excel.\nEnd.';
const UNIT_START = DOC.indexOf('Demonstrate');
const UNIT_END = DOC.indexOf('\nEnd');
const row = (mention: string, id = 'nhs-1') => ({ corpus: 'postings/nhs_jobs', id, mention, gold: [], start: UNIT_START, end: UNIT_END }) as never;

test('labelled mentions become spans of their unit: a mention written twice takes its next place, one not written in the unit is left out', () => {
  const { units, unplaced } = taggerUnits([row('compassion'), row('compassion'), row('Excel'), row('Word')], () => DOC);
  assert.equal(units.length, 1);
  const unit = units[0];
  assert.equal(unit.text, 'Demonstrate compassion, and compassion for families; use Excel.');
  assert.deepEqual(unit.spans.map(([s, e]) => unit.text.slice(s, e)), ['compassion', 'compassion', 'Excel']);
  assert.notEqual(unit.spans[0][0], unit.spans[1][0]);
  assert.equal(unplaced, 1);
});

test('a document missing from the corpora gives no unit', () => {
  const { units, unplaced } = taggerUnits([row('Excel')], () => undefined);
  assert.deepEqual(units, []);
  assert.equal(unplaced, 1);
});

test('a document has one fold, the same for all its units (FNV-1a of corpus:id)', () => {
  const folds = ['postings/nhs_jobs:nhs-1', 'postings/nhs_jobs:nhs-2', 'resumes/livecareer_resumes:livecareer-3'].map(documentFold);
  for (const f of folds) assert.ok(Number.isInteger(f) && f >= 0 && f < UNIT_FOLDS);
  assert.equal(documentFold('postings/nhs_jobs:nhs-1'), folds[0]);
  // FNV-1a (32 bits) of "a" is 0xe40c292c
  assert.equal(documentFold('a'), 0xe40c292c % UNIT_FOLDS);
});
