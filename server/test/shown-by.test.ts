// A skill a resume names shows another a posting asks for where the graph relates neither
// (lang/en/shown-by.ts): a suite its applications, a product its language; in matching and in
// what a suggested role is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shownBy } from '../src/engine/lang/en/shown-by.js';
import { testEngine } from './support/engine.js';

test('suite members: an application asked for is covered by the suite a resume lists, by either name', () => {
  const rows: Array<[wanted: string, held: string[], covering: string | undefined]> = [
    ['Microsoft Excel', ['MS Office'], 'MS Office'],
    ['Excel', ['Microsoft Office Suite'], 'Microsoft Office Suite'],
    ['Proficiency in Microsoft Excel', ['Office 365'], 'Office 365'],
    ['Excel skills', ['MS Office'], 'MS Office'],
    ['Outlook', ['Python', 'MS Office software'], 'MS Office software'],
    ['Excel', ['Microsoft Office packages'], 'Microsoft Office packages'],
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
  for (const [wanted, held, covering] of rows) assert.equal(shownBy(wanted, held)?.held, covering, `${wanted} <- ${held.join(', ')}`);
});

test('languages: a product a resume lists shows the language it is written in or queried with, never the reverse', () => {
  const rows: Array<[wanted: string, held: string[], via: string | undefined]> = [
    ['SQL', ['MySQL'], 'shown by MySQL'],
    ['SQL', ['MS SQL Server'], 'shown by MS SQL Server'],
    ['SQL', ['T-SQL'], 'shown by T-SQL'],
    ['JavaScript', ['jQuery'], 'shown by jQuery'],
    ['JavaScript', ['React.js'], 'shown by React.js'],
    ['Python', ['pandas'], 'shown by pandas'],
    ['Java', ['Spring Boot'], 'shown by Spring Boot'],
    ['HTML', ['Bootstrap'], 'shown by Bootstrap'],
    // the general skill shows no product, and a product no other language
    ['MySQL', ['SQL'], undefined],
    ['jQuery', ['JavaScript'], undefined],
    ['Python', ['MySQL'], undefined],
    ['Java', ['JavaScript'], undefined],
  ];
  for (const [wanted, held, via] of rows) assert.equal(shownBy(wanted, held)?.via, via, `${wanted} <- ${held.join(', ')}`);
});

test('matching: a required skill the resume shows only through a suite or a product it lists is found, and said so', async () => {
  const engine = testEngine();
  const resume = await engine.analyze('# Pat Lee\n\n## Skills\n- MS Office\n- SQL\n- jQuery\n\n## Experience\nData Analyst, Acme (2018 - 2024)\n- Wrote reports.\n', undefined, { kind: 'resume' });
  const job = await engine.analyze('# Data Analyst\n\n## Requirements\n- Microsoft Excel\n- SQL\n- JavaScript\n- Tableau\n', undefined, { kind: 'job' });
  const m = await engine.match(resume, job);
  const excel = m.skills.find((s) => /excel/i.test(s.skill))!;
  assert.ok(excel.similarity > 0 && excel.found, JSON.stringify(excel));
  assert.match(excel.via ?? '', /part of MS Office/);
  assert.ok(m.missingSkills.some((s) => /tableau/i.test(s)), 'a tool outside the suite is still missing');
  assert.match(m.explanation, /Excel: part of MS Office \(line 4\)/);
  assert.match(m.explanation, /JavaScript: shown by jQuery \(line 6\)/);
});
