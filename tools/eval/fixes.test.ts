import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onlyInserts, unsupportedItems } from './fixes.js';

test('an added item is supported only when the resume states it word for word', () => {
  const resume = 'Managed patients on mechanical ventilation; ACLS (AHA).';
  assert.deepEqual(unsupportedItems(resume, ['Mechanical ventilation', 'ACLS AHA', 'Hemodynamic monitoring', 'ventilation mechanical']), ['Hemodynamic monitoring', 'ventilation mechanical']);
});

test('a fixed text keeps every original character in order', () => {
  assert.equal(onlyInserts('- SQL\n', '- SQL\n- Tableau\n'), true);
  assert.equal(onlyInserts('Jan 2019 - Present', 'Jan 2018 - Present'), false);
});
