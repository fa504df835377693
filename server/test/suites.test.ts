// A software suite a resume lists covers the applications a posting asks for (lang/en/suites.ts),
// in matching and in what a suggested role is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suiteCovering } from '../src/engine/lang/en/suites.js';
import { testEngine } from './support/engine.js';

test('suite members: an application asked for is covered by the suite a resume lists, by either name', () => {
  const rows: Array<[wanted: string, held: string[], covering: string | undefined]> = [
    ['Microsoft Excel', ['MS Office'], 'MS Office'],
    ['Excel', ['Microsoft Office Suite'], 'Microsoft Office Suite'],
    ['Proficiency in Microsoft Excel', ['Office 365'], 'Office 365'],
    ['Excel skills', ['MS Office'], 'MS Office'],
    ['Outlook', ['Python', 'MS Office software'], 'MS Office software'],
    ['MS Word', ['Microsoft Office'], 'Microsoft Office'],
    ['office software', ['Microsoft 365'], 'Microsoft 365'],
    ['Google Sheets', ['G Suite'], 'G Suite'],
    ['Photoshop', ['Adobe Creative Cloud'], 'Adobe Creative Cloud'],
    // a word that names the application only with its vendor: "Word", "Drive", "Teams" alone are other things
    ['Word', ['MS Office'], undefined],
    ['Drive', ['Google Workspace'], undefined],
    ['Teams', ['Microsoft Office'], undefined],
    // no suite, another vendor's suite, or a suite that does not bundle it
    ['Excel', ['Excel'], undefined],
    ['Google Sheets', ['MS Office'], undefined],
    ['Photoshop', ['MS Office'], undefined],
    ['Tableau', ['Microsoft Office'], undefined],
  ];
  for (const [wanted, held, covering] of rows) assert.equal(suiteCovering(wanted, held), covering, `${wanted} <- ${held.join(', ')}`);
});

test('matching: a required application the resume shows only as part of its suite is found, and said so', async () => {
  const engine = testEngine();
  const resume = await engine.analyze('# Pat Lee\n\n## Skills\n- MS Office\n- SQL\n\n## Experience\nData Analyst, Acme (2018 - 2024)\n- Wrote reports.\n', undefined, { kind: 'resume' });
  const job = await engine.analyze('# Data Analyst\n\n## Requirements\n- Microsoft Excel\n- SQL\n- Tableau\n', undefined, { kind: 'job' });
  const m = await engine.match(resume, job);
  const excel = m.skills.find((s) => /excel/i.test(s.skill))!;
  assert.ok(excel.similarity > 0 && excel.found, JSON.stringify(excel));
  assert.match(excel.via ?? '', /part of MS Office/);
  assert.ok(m.missingSkills.some((s) => /tableau/i.test(s)), 'a tool outside the suite is still missing');
  assert.match(m.explanation, /Excel: part of MS Office \(line 4\)/);
});
