// What a posting's prose asks of the candidate outside its requirement sections. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asksOfCandidate, employerAimSentence, excludedAt, niceToHaveAt, sentenceAround, sentenceAt } from '../src/engine/document/asks.js';
import { parseDocument } from '../src/engine/document/parse.js';
import { FakeTagger, testEngine } from './support/engine.js';

test('a sentence that addresses the candidate\'s qualities asks something; an offer, a duty or a nice-to-have does not', () => {
  const rows: Array<[string, boolean]> = [
    ['As the ideal candidate you would be a registered nurse with excellent communication skills.', true],
    ['The successful applicant will have strong Excel skills.', true],
    ['You must hold a valid driving licence.', true],
    ['You will be an experienced chef with a food hygiene certificate.', true],
    ['You’ll have great knife skills.', true],
    ['We are looking for someone with payroll experience.', true],
    ['Basic Life Support training is essential.', true],
    ['You will have the opportunity to work in a small, friendly team.', false],
    ['We will provide you with access to training courses.', false],
    ['In return we offer a pension and 27 days of leave.', false],
    ['Experience of Tableau is desirable.', false],
    ['You will be working on the ward with our team.', false],
    ['The ward has 21 beds and a garden.', false],
  ];
  for (const [sentence, asks] of rows) assert.equal(asksOfCandidate(sentence), asks, sentence);
});

test('the sentence around a character: from the last full stop before it to the next one after it', () => {
  const text = 'We are a busy ward. The ideal candidate will know payroll. Apply now.';
  assert.equal(sentenceAround(text, text.indexOf('payroll')), 'The ideal candidate will know payroll.');
  assert.equal(sentenceAround('One line only', 4), 'One line only');
});

test('the sentence at a source position: found in whichever block holds it, none past the last block', () => {
  const text = '# Payroll Officer\n\nWe run a busy payroll. You will have strong Excel skills.\n\n## Duties\n\n- Pay 400 staff every month.\n- Answer queries.\n\nWe offer a pension.\n';
  const doc = parseDocument(text, { kind: 'job' });
  const at = (needle: string) => {
    const offset = text.indexOf(needle);
    const line = text.slice(0, offset).split('\n').length - 1;
    return { line, character: offset - text.lastIndexOf('\n', offset - 1) - 1 };
  };
  assert.equal(sentenceAt(doc, at('Excel')), 'You will have strong Excel skills.');
  assert.equal(sentenceAt(doc, at('400 staff')), 'Pay 400 staff every month.');
  assert.equal(sentenceAt(doc, at('pension')), 'We offer a pension.');
  assert.equal(sentenceAt(doc, { line: 40, character: 0 }), undefined);
});

test('a posting\'s required skills include what its prose asks of the candidate outside its requirements section, not what it offers', async () => {
  // the tagger marks the two phrases wherever they are written; the sentence decides what is asked
  const engine = testEngine({ tagger: new FakeTagger(['Excel skills', 'Tableau']) });
  const job = await engine.analyze(`# Payroll Officer

## Responsibilities

You will run the monthly payroll of a busy hospital. The ideal candidate will have strong Excel skills and a calm manner.
You will have the opportunity to learn Tableau with us.

## Requirements
- Payroll
- General ledger
`, undefined, { kind: 'job' });
  const required = job.requiredSkills.map((s) => s.name.toLowerCase());
  assert.ok(required.includes('payroll') && required.includes('general ledger'), required.join(', '));
  assert.ok(required.some((s) => s.includes('excel')), `asked in the summary: ${required.join(', ')}`);
  assert.ok(!required.some((s) => s.includes('tableau')), `offered, not asked: ${required.join(', ')}`);
});

test('a posting whose requirements section names no skill (an experience sentence read as fragments) asks for what its duties name', async () => {
  // civil-service bulletins state their requirement as years in a class and process notes; what is
  // read there ("less", under the skills cut) is a fragment, and must not stand in for the
  // posting's requirements
  const engine = testEngine({ tagger: new FakeTagger(['cost accounting', 'grant accounting', 'less'], { less: 0.45 }) });
  const job = await engine.analyze(`# Departmental Chief Accountant

## Duties

A Departmental Chief Accountant directs the accounting of a City department, including cost accounting and grant accounting, and guides the staff who do this work.

## Requirement/Minimum Qualification

Two years of full-time paid professional experience at the level of Principal Accountant; applicants who lack six months or less of it may file.
`, undefined, { kind: 'job' });
  assert.ok(job.mentions.some((m) => m.section === 'requiredSkills'), 'the section\'s fragments are read');
  const required = job.requiredSkills.map((s) => s.name.toLowerCase());
  assert.ok(required.some((s) => s.includes('cost accounting')) && required.some((s) => s.includes('grant accounting')), required.join(', '));
});

// Class: a paragraph of a posting's requirements (or summary) that offers something in one of its sentences
test('what a requirements paragraph offers is not asked; its other sentences, list items and duty paragraphs are', async () => {
  const engine = testEngine({ tagger: new FakeTagger(['work under pressure', 'clinical practice', 'Tableau', 'provide support'] ) });
  const job = await engine.analyze(`# Staff Nurse

## What we are looking for

You must be able to work under pressure. We offer training that will allow you to build on your clinical practice. You will also have the opportunity to learn Tableau.

## Duties

You will provide support to the ward manager.

## Requirements

- Tableau reports
`, undefined, { kind: 'job' });
  const required = job.requiredSkills.map((s) => s.text.toLowerCase());
  assert.ok(required.includes('work under pressure'), `asked: ${required.join(', ')}`);
  assert.ok(!required.includes('clinical practice'), `offered, not asked: ${required.join(', ')}`);
  assert.ok(required.some((s) => s.includes('tableau')), `a list item reads as it did: ${required.join(', ')}`);
});

test('a skill named in one of several ways to qualify, each an entry of its own, belongs to its path: no required skill of the posting; a requirement list and a paragraph holding paths among other sentences keep theirs', async () => {
  const engine = testEngine({ tagger: new FakeTagger(['payroll', 'general ledger', 'budgeting', 'customer service']) });
  const job = await engine.analyze(`# Accounting Clerk

## Requirements

1. Two years of full-time paid experience in payroll; or
2. Three years of full-time paid experience keeping a general ledger; or
3. Four years of full-time paid experience in budgeting.

## Skills

- Customer service
`, undefined, { kind: 'job' });
  assert.equal(new Set(job.experienceRequirements.map((r) => r.alternativeGroup)).size, 1, 'one group of three paths');
  assert.deepEqual(job.requiredSkills.map((s) => s.name.toLowerCase()), ['customer service']);
  const paragraph = await engine.analyze(`# Accounting Clerk

## Requirements

You will run payroll for a busy office. Two years of experience in payroll; or three years of experience in budgeting. You also keep the general ledger.
`, undefined, { kind: 'job' });
  assert.ok(paragraph.requiredSkills.some((s) => /general ledger/i.test(s.name)), JSON.stringify(paragraph.requiredSkills.map((s) => s.name)));
});

for (const [text, span, wished] of [
  ['3+ years cooking experience, preferably some Italian cuisine and brunch experience too', 'Italian cuisine', true],
  ['3+ years cooking experience, preferably some Italian cuisine and brunch experience too', '3+ years', false],
  ['Experience with tracheostomy management is preferred.', 'tracheostomy management', true],
  ['Degree required, MBA preferred', 'Degree', false],
  ['Degree required, MBA preferred', 'MBA', true],
  ['Ability to supervise junior staff would be an advantage.', 'supervise junior staff', true],
  ['At least 1 year experience in a care setting (palliative care experience highly desirable.', '1 year', false],
  ['At least 1 year experience in a care setting (palliative care experience highly desirable.', 'palliative care', true],
  ['Ideally you will have 2 years recent renal experience', '2 years', true],
  ['Must hold a current NMC registration', 'NMC registration', false],
  ['Two years of experience as a college lecturer is an added advantage', 'Two years', true],
  ['A further 3 years in food safety will serve as an added advantage', '3 years', true],
] as const) {
  test(`what a clause only wishes for, before it ("preferably", "ideally") or after it ("preferred", "an advantage"), is no requirement; its neighbour in another clause is (${span} in "${text}")`, () => {
    const at = text.indexOf(span);
    assert.equal(niceToHaveAt(text, at, at + span.length), wished);
  });
}

test('a required skill or years its clause only wishes for are not required: "preferably some Italian cuisine", "ideally 2 years"', async () => {
  const engine = testEngine({ tagger: new FakeTagger(['food safety', 'knife skills']) });
  const job = await engine.analyze(`# Cook

## Requirements

- Food safety certificate, preferably knife skills too
- Ideally you will have 2 years of experience on a busy line.
- 3 years of experience in a kitchen
`, undefined, { kind: 'job' });
  assert.deepEqual(job.requiredSkills.map((s) => s.name.toLowerCase()), ['food safety']);
  assert.deepEqual(job.experienceRequirements.map((r) => [r.years, r.required]), [[2, false], [3, true]]);
});

test('what a requirement names only to exclude it is not asked: "a language other than English", "any ERP except SAP"', () => {
  const rows: Array<[string, string, boolean]> = [
    ['Some positions may require the ability to speak or write a language other than English.', 'English', true],
    ['Experience of any ERP system except SAP', 'SAP', true],
    ['Fluent English and Spanish', 'English', false],
  ];
  for (const [text, span, excluded] of rows) assert.equal(excludedAt(text, text.indexOf(span)), excluded, text);
});

test('a sentence stating what the employer itself aims for, believes or is committed to asks nothing of the reader; one about the candidate does', () => {
  const rows: Array<[name: string, sentence: string, aim: boolean]> = [
    ['priorities after a lead-in', 'As a leader in accessible voting, the Elections Office is focused on three key priorities: (1) test a new approach to voter outreach, (2) follow up on audit findings.', true],
    ['a belief', 'The Elections Office believes that democracy works best when every voice is heard, and works to remove barriers to voting.', true],
    ['a commitment of the service', 'Riverside Community Services is committed to staff development to keep competencies at safe levels.', true],
    ['what the employer does', 'Everything we do is focused on providing safe and effective patient care.', true],
    ['a mission', 'Our mission is to run accurate and secure elections.', true],
    ['a candidate committed', 'We are looking for someone who is committed to providing high quality support to our service users.', false],
    ['the reader committed', 'You are committed to patient care and to learning.', false],
    ['a commitment required', 'Strong leadership and a commitment to our mission are essential.', false],
    ['striving and seeking', 'We strive for excellence and are looking for a motivated individual with dialysis experience.', false],
    ['a duty', 'The post holder will lead the scan team and train temporary staff.', false],
  ];
  for (const [name, sentence, aim] of rows) assert.equal(employerAimSentence(sentence), aim, name);
});

test('a posting\'s sentence about the employer\'s own aims gives no required skill; its sentences asking of the candidate do', async () => {
  const engine = testEngine({ tagger: new FakeTagger(['data entry', 'audit follow-up']) });
  const job = await engine.analyze(`# Elections Clerk

## What we are looking for

The Elections Office is focused on three key priorities, among them audit follow-up. You must be able to do data entry quickly.
`, undefined, { kind: 'job' });
  const required = job.requiredSkills.map((s) => s.text.toLowerCase());
  assert.ok(required.includes('data entry'), `asked: ${required.join(', ')}`);
  assert.ok(!required.includes('audit follow-up'), `the employer's aim, not asked: ${required.join(', ')}`);
});

test('a posting\'s own title written in its text is the post, no skill of it', async () => {
  const engine = testEngine({ tagger: new FakeTagger(['Vote Center Supervisor', 'data entry']) });
  const job = await engine.analyze('Vote Center Supervisor\n\nThe Vote Center Supervisor will lead a team. You must be able to do data entry quickly.\n', 'file:///vote-center-supervisor.md', { kind: 'job' });
  assert.equal(job.title, 'Vote Center Supervisor');
  const skills = job.skills.map((s) => s.text.toLowerCase());
  assert.ok(skills.includes('data entry') && !skills.includes('vote center supervisor'), JSON.stringify(skills));
});
