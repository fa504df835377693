// Skill edits on the synthetic graph: what fix-all applies (only what the resume already shows),
// what it only offers (the owner's claim), what it never offers, and where the text goes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeTagger, tableLinker, testEngine } from '../../../test/support/engine.js';
import { syntheticGraph } from '../../../test/support/synthetic-graph.js';

const engine = testEngine();
const JOB = '# Data Analyst\n\n## Required Skills\n\n- SQL\n- Tableau\n- Python\n';

async function fix(resume: string, job = JOB, options = {}) {
  const r = await engine.analyze(resume, 'file:///resume.md', { kind: 'resume' });
  const j = await engine.analyze(job, 'file:///job.md', { kind: 'job' });
  return engine.fix(r, j, undefined, undefined, options);
}

const WITH_SKILLS = [
  '# Sam Lee', '', '## Summary', '', 'Analyst who builds reports.', '', '## Skills', '', '- SQL', '',
  '## Experience', '', '**Analyst**, Acme, Jan 2020 - Present', '', '- Built dashboards in Tableau for 12 teams.', '',
].join('\n');

test('fix-all adds a skill the resume shows in a bullet, never one it does not show', async () => {
  const f = await fix(WITH_SKILLS);
  const tableau = f.edits.find((e) => e.skill === 'Tableau');
  const python = f.edits.find((e) => e.skill === 'Python');
  assert.equal(tableau?.claim, 'evidenced');
  assert.equal(tableau?.preferred, true);
  assert.equal(tableau?.evidence?.start.line, 14, 'the bullet that shows it');
  assert.equal(python?.claim, 'unevidenced');
  assert.equal(python?.preferred, false);
  assert.equal(python?.title, 'I have Python: add it to Skills');
  assert.match(f.text, /## Skills\n\n- SQL\n- Tableau\n\n## Experience/);
  assert.doesNotMatch(f.text, /Python/);
});

test('the owner may opt in to the additions the resume does not show', async () => {
  const f = await fix(WITH_SKILLS, JOB, { addUnevidenced: true });
  assert.match(f.text, /- SQL\n- Tableau\n- Python\n/);
});

test('no add action for a licence sentence, a benefit or an employer (skill-name-shape.test has every class)', async () => {
  const job = '# Nurse\n\n## Required Skills\n\n- Python\n- Current, unrestricted RN license in California\n- Health insurance\n- Mercy Hollow Medical Center\n';
  const f = await fix(WITH_SKILLS, job);
  assert.deepEqual(f.edits.map((e) => e.written), ['Python']);
});

test('a pasted skills list of one item a line gets the skill on a line of its own after its last item, not under the plain-line heading that follows', async () => {
  const pasted = [
    'Sam Lee', 'Summary', 'Analyst who builds reports.', 'Skills', 'SQL', 'Microsoft Office (Word, Outlook, Excel, PowerPoint)', 'Responsibility', 'Reliability',
    'Core Accomplishments', 'Cut the monthly reporting time of the finance team by a third through automated extracts.',
    'Experience', 'Analyst, Acme, Jan 2020 - Present', 'Built dashboards in Tableau for 12 teams.', '',
  ].join('\n');
  const f = await fix(pasted);
  assert.match(f.text, /\nReliability\nTableau\nCore Accomplishments\n/, f.text);
  // items a paragraph each: the skill is one more
  const apart = await fix(['# Sam Lee', '', '## Skills', '', 'SQL', '', 'Reliability', '', '## Experience', '', 'Analyst, Acme, Jan 2020 - Present', '', 'Built dashboards in Tableau for 12 teams.', ''].join('\n'));
  assert.match(apart.text, /\nReliability\n\nTableau\n\n## Experience/, apart.text);
});

test('a comma list gets the skill in its own style: its separator, its closing mark last; a sentence\'s series is left whole', async () => {
  const rows: Array<[string, string, string]> = [
    ['a plain comma list', 'SQL, Excel, Power BI', 'SQL, Excel, Power BI, Tableau\n'],
    ['a comma list closed by a period', 'SQL, Excel, Power BI.', 'SQL, Excel, Power BI, Tableau.\n'],
    ['a comma list closed by a comma (a line wrapped from a PDF)', 'SQL, Excel, Power BI,', 'SQL, Excel, Power BI, Tableau,\n'],
    ['a semicolon list', 'SQL; Excel; Power BI', 'SQL; Excel; Power BI; Tableau\n'],
    ['a sentence whose series closes with "and": a paragraph of its own after it', 'Proficient in SQL, Excel, Access and Power BI.', 'Proficient in SQL, Excel, Access and Power BI.\n\nTableau\n'],
  ];
  for (const [name, line, want] of rows) {
    const f = await fix(WITH_SKILLS.replace('- SQL', line));
    assert.ok(f.text.includes(want), `${name}: ${f.text}`);
  }
});

test('highlights at the top and a Skills list at the end: the skill goes into the Skills list, not among the highlighted courses', async () => {
  const resume = [
    '# Sam Lee', '', '## Highlights', '', '- Six Sigma training: Lean strategies, Lean logic', '',
    '## Experience', '', '**Analyst**, Acme, Jan 2020 - Present', '', '- Built dashboards in Tableau for 12 teams.', '',
    '## Skills', '', 'SQL, Excel, Power BI', '',
  ].join('\n');
  const f = await fix(resume);
  assert.match(f.text, /## Skills\n\nSQL, Excel, Power BI, Tableau\n/, f.text);
  assert.match(f.text, /- Six Sigma training: Lean strategies, Lean logic\n\n## Experience/, f.text);
});

test('no Skills section: a new one after the summary, a sibling of it, no heading re-parented', async () => {
  const resume = [
    '# Sam Lee', '', '## Summary', '', 'Analyst who builds reports.', '',
    '## Experience', '', '### Analyst, Acme', '', 'Jan 2020 - Present', '', '- Built dashboards in Tableau.', '',
  ].join('\n');
  const f = await fix(resume);
  assert.equal(f.text, resume.replace('## Experience', '## Skills\n\n- Tableau\n\n## Experience'));
  const headings = (t: string) => t.match(/^#+ .*/gm);
  assert.deepEqual(headings(f.text)?.filter((h) => h !== '## Skills'), headings(resume));
});

test('no Skills section and a level-1 outline: the new section is level 1 too', async () => {
  const resume = '# Summary\n\nAnalyst who builds reports in Tableau.\n\n# Experience\n\n## Acme\n\n- Reports.\n';
  const f = await fix(resume);
  assert.match(f.text, /in Tableau\.\n\n# Skills\n\n- Tableau\n\n# Experience\n\n## Acme/);
});

test('nothing the resume lists elsewhere (certifications, education) is added again', async () => {
  const resume = WITH_SKILLS.replace('- Built dashboards in Tableau for 12 teams.', '- Built reports.') + '\n## Certifications\n\n- Tableau Desktop Specialist\n';
  const f = await fix(resume);
  assert.equal(f.edits.filter((e) => e.claim === 'evidenced').length, 0, JSON.stringify(f.edits));
});

test('a tagged span that took the wish in with the skill is no evidence either ("Looking to grow into Tableau reports")', async () => {
  // the span linked to Tableau, as a learned linker may read it
  const tableau = syntheticGraph().lookupSkill('Tableau')!.index;
  const tagging = testEngine({ tagger: new FakeTagger(['looking to grow into Tableau reports']), linker: tableLinker({ 'looking to grow into Tableau reports': tableau }) });
  const base = WITH_SKILLS.replace('- Built dashboards in Tableau for 12 teams.', '- Built reports.');
  const resume = base.replace('Analyst who builds reports.', 'Analyst, looking to grow into Tableau reports.');
  const r = await tagging.analyze(resume, 'file:///resume.md', { kind: 'resume' });
  assert.ok(r.mentions.some((m) => /^looking to grow/i.test(m.text) && m.name === 'Tableau'), JSON.stringify(r.mentions.map((m) => [m.text, m.name])));
  const j = await tagging.analyze(JOB, 'file:///job.md', { kind: 'job' });
  const f = await tagging.fix(r, j);
  assert.equal(f.edits.filter((e) => e.claim === 'evidenced').length, 0, JSON.stringify(f.edits));
});

test('a skill the resume only wishes for is no evidence', async () => {
  const base = WITH_SKILLS.replace('- Built dashboards in Tableau for 12 teams.', '- Built reports.');
  const records = await fix(base.replace('Analyst who builds reports.', 'Analyst who builds Tableau reports.'));
  assert.deepEqual(records.edits.filter((e) => e.claim === 'evidenced').map((e) => e.written), ['Tableau'], 'the same words as a record are evidence');
  const resume = base.replace('Analyst who builds reports.', 'Analyst looking to grow into Tableau reports.');
  const f = await fix(resume);
  assert.equal(f.edits.filter((e) => e.claim === 'evidenced').length, 0, JSON.stringify(f.edits));
  assert.equal(f.text, resume);
});
