// The shipped occupation ranker (models/occupation-ranker.json) on the real graph: typed titles
// reach the right occupation, a resume's employer and city never become a title, suggestions
// are distinct occupations. Expectations are what a recruiter would say of the fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultModelsDir, loadEngine, type Engine } from '../../src/engine/index.js';
import { SkillGraph } from '../../src/engine/graph/graph.js';
import { normalizeTerm } from '../../src/engine/text/normalize.js';

let engine: Engine;
const ready = loadEngine({ referenceMonth: '2024-06' }).then((e) => { engine = e; });

test('jd: a typed title is normalised to its occupation, seniority read from it', async () => {
  await ready;
  const cases: Array<[string, RegExp, RegExp | undefined, string]> = [
    ['Product Designer', /design/i, /draft/i, 'mid'],
    ['Warehouse Associate', /warehouse|stock|material|freight/i, /packag/i, 'mid'],
    ['Senior Accountant', /account/i, undefined, 'senior'],
    ['Registered Nurse', /nurse/i, undefined, 'mid'],
    ['Lead Line Cook', /cook/i, undefined, 'lead'],
    ['Software Engineer II', /software|developer|engineer/i, undefined, 'mid'],
  ];
  for (const [title, want, not, level] of cases) {
    const jd = await engine.generateJobDescription(title);
    assert.equal(jd.title, title);
    const occ = jd.occupationId;
    assert.ok(occ && occ !== 'none', title);
    assert.equal(jd.seniority, level, title);
    assert.match(jd.markdown, new RegExp(`^occupation: ${occ.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    const label = `${title} -> ${occ}`;
    assert.ok(want.test(occupationTitle(occ)), label + ' ' + occupationTitle(occ));
    if (not) assert.ok(!not.test(occupationTitle(occ)), label + ' ' + occupationTitle(occ));
  }
});

let graph: SkillGraph | undefined;
function occupationTitle(id: string): string {
  graph ??= SkillGraph.load(defaultModelsDir());
  return graph.occupationById(id)?.title ?? id;
}

test('generate: a senior accountant in San Francisco gets accounting roles; no city or employer as a title', async () => {
  await ready;
  const resume = await engine.analyze(`---
hrdocs: resume
---
# Jordan Lee
San Francisco, CA

## Experience
**Senior Accountant**, Golden Gate Foods, San Francisco, CA (2019 - Present)
- Led the month-end close and reconciled the general ledger.
- Prepared financial statements and audit schedules.

**Staff Accountant**, Mason & Baker LLP, Oakland, CA (2015 - 2019)
- Accounts payable and receivable, payroll, journal entries in QuickBooks.

## Skills
- General ledger
- GAAP
- Microsoft Excel
- QuickBooks
- Financial reporting
`);
  const jobs = await engine.generateMatchingJobs(resume, 5);
  const main = jobs.filter((j) => !j.stretch);
  const list = jobs.map((j) => j.title).join(' | ');
  assert.equal(main.length, 5, list);
  assert.match(main[0].title, /accountant/i, list);
  assert.ok(main.filter((j) => /account|audit|financ|bookkeep|tax|controller/i.test(j.title)).length >= 3, list);
  const banned = ['san', 'francisco', 'golden', 'gate', 'food', 'mason', 'baker', 'oakland'];
  for (const j of jobs) assert.ok(!normalizeTerm(j.title).split(' ').some((w) => banned.includes(w)), `${j.title} (${list})`);
  assert.equal(new Set(main.map((j) => j.occupationId)).size, 5);
  const stretch = jobs.find((j) => j.stretch);
  assert.ok(stretch && /lead|principal|manager|director|controller|chief|head/i.test(stretch.title), list);
});
