import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unsupportedFacts, type FactKind } from './fact-guard.js';

const RESUME = [
  '# Sam Lee', '', '## Summary', '', 'Registered Nurse with 10 years in a 24-bed ICU.', '',
  '## Experience', '', '**Staff Nurse**, Mercy Hollow Medical Center, Jan 2019 - Present', '',
  '- Managed patients on mechanical ventilation; ACLS (AHA) since March 2020.',
  '- Certified Critical Care Registered Nurse (CCRN).',
].join('\n');

// [what an edit adds, the unsupported facts the guard must name]
const TABLE: Array<[string, string, FactKind[]]> = [
  ['a skill the resume states', 'Mechanical ventilation', []],
  ['a number the resume states', '24-bed ICU', []],
  ['a number the resume does not state', '12-bed ICU', ['number']],
  ['a number the resume states of something else', '10 OSI layers', ['number']],
  ['a year the resume does not state', 'Python since 2015', ['date']],
  ['a month the resume does not state', 'Epic since October', ['date']],
  ['an organisation the resume names', 'Mercy Hollow Medical Center', []],
  ['an organisation the resume does not name', 'Kaiser Permanente Hospital', ['organisation']],
  ['a title the resume holds', 'Registered Nurse', []],
  ['a title the resume does not hold', 'Nurse Manager', ['title']],
  ['a licence the resume states', 'Certified Critical Care Registered Nurse (CCRN)', []],
  ['a licence the resume does not state', 'Current RN license in California', ['licence']],
  ['a skill the resume does not state, with no fact in it', 'Hemodynamic monitoring', []],
];

for (const [name, added, kinds] of TABLE) {
  test(`fact guard: ${name}: ${JSON.stringify(added)}`, () => {
    assert.deepEqual(unsupportedFacts(added, RESUME).map((f) => f.kind), kinds);
  });
}
