import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../src/engine/document/parse.js';
import { extractExperience, extractRequirements, totalYears } from '../src/engine/experience/extract.js';
import { findDateRanges } from '../src/engine/experience/dates.js';

const ref = { year: 2024, month: 6, exact: true };

test('date ranges in the formats people write', () => {
  const cases: Array<[string, string, string, number]> = [
    ['2019 - 2023', '2019-01', '2023-01', 48],
    ['Jan 2019 – Present', '2019-01', '2024-06', 66],
    ['03/2017-05/2019', '2017-03', '2019-05', 27],
    ['2017-2019', '2017-01', '2019-01', 24],
    ['June 2015 to August 2018', '2015-06', '2018-08', 39],
    ['Sept. 2020 — Dec. 2021', '2020-09', '2021-12', 16],
    ['2017-03 – 2019-05', '2017-03', '2019-05', 27],
  ];
  for (const [text, start, end, months] of cases) {
    const [r] = findDateRanges(`Nurse (${text})`, ref);
    assert.ok(r, text);
    assert.equal(`${r.start.year}-${String(r.start.month).padStart(2, '0')}`, start, text);
    assert.equal(`${r.end.year}-${String(r.end.month).padStart(2, '0')}`, end, text);
    assert.equal(r.months, months, text);
  }
  assert.equal(findDateRanges('Call 555-1234 or 2019', ref).length, 0);
});

test('resume entries: title, employer, dates and years', () => {
  const doc = parseDocument([
    '# Ana', '## Experience',
    '### ICU Nurse — St. Mary Hospital', '*Jan 2019 – Present*', '- Cared for patients',
    '**Staff Nurse**, City Clinic (03/2016-12/2018)',
    '- Junior Analyst (2014 - 2016)',
  ].join('\n'), { kind: 'resume' });
  const entries = extractExperience(doc, ref);
  assert.equal(entries.length, 3);
  assert.equal(entries[0].title, 'ICU Nurse');
  assert.equal(entries[0].employer, 'St. Mary Hospital');
  assert.equal(entries[0].current, true);
  assert.equal(entries[1].title, 'Staff Nurse');
  assert.equal(entries[1].employer, 'City Clinic');
  assert.equal(entries[1].months, 34);
  assert.equal(entries[2].title, 'Junior Analyst');
  assert.equal(entries[2].years, 2);
});

test('overlapping roles count once in the total', () => {
  const doc = parseDocument('## Experience\n- Nurse (2015 - 2020)\n- Tutor (2018 - 2019)\n- Analyst (2020 - 2022)\n', { kind: 'resume' });
  const entries = extractExperience(doc, ref);
  assert.equal(Math.round(totalYears(entries) * 10) / 10, 7);
});

test('job requirements: years and subject in the ways postings phrase them', () => {
  const doc = parseDocument([
    '## Required Experience',
    '- At least 4 years as a Registered Nurse in a hospital setting.',
    '- 3+ years of SQL',
    "- 5 years' experience in commercial electrical work",
    '- Minimum of two years working as a Staff Accountant',
    '- Has previous experience as an SOC Security Analyst for 5 years.',
    '- A minimum of one-year as a service desk engineer',
  ].join('\n'), { kind: 'job' });
  const reqs = extractRequirements(doc);
  assert.deepEqual(reqs.map((r) => [r.years, r.subject]), [
    [4, 'Registered Nurse'],
    [3, 'SQL'],
    [5, 'commercial electrical work'],
    [2, 'Staff Accountant'],
    [5, 'SOC Security Analyst'],
    [1, 'service desk engineer'],
  ]);
});
