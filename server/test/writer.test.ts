// Generated postings around the line writer, with a fake writer (the model is tested in
// test/shipped/writer.test.ts): the plan and its layout in lines, the checks on each sampled line,
// the assembly, selection by the matcher, the copy guard, and the sampler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBody, inventedFact, judgeLine, namesSkill, openingOf, postingLayout, withoutCopiedRuns, writePostings, writerPlan, postingMarkdown, type PlannedLine } from '../src/engine/generate/write.js';
import { linePrompt, type WriterPlan } from '../src/engine/generate/writer-format.js';
import { generateJobFromTitle } from '../src/engine/generate/generate.js';
import { PostingSkills } from '../src/engine/generate/posting-skills.js';
import { nucleus } from '../src/engine/models/writer.js';
import { CopyGuard, encodeRunKeys, runKey, runWords, RUN_WORDS } from '../src/engine/generate/copy-guard.js';
import { mulberry32 } from '../src/engine/models/random.js';
import type { JobWriter, LineRequest, WriteOptions, WrittenBody } from '../src/engine/models/tasks.js';
import type { MatchResult } from '../src/engine/types.js';
import { syntheticGraph } from './support/synthetic-graph.js';

const PLAN: WriterPlan = { title: 'Staff Nurse', seniority: 'mid', years: 2, skills: ['patient care', 'wound care'] };

/** A line writer whose samples for a line are `lines(request)`; records what it was asked. */
function fakeWriter(lines: (request: LineRequest) => string[]): JobWriter & { asked: Array<{ lines: LineRequest[]; options: WriteOptions }> } {
  const asked: Array<{ lines: LineRequest[]; options: WriteOptions }> = [];
  return {
    name: 'fake',
    byDefault: true,
    asked,
    async writeLines(requests, options) {
      asked.push({ lines: requests, options });
      return requests.map((r) => lines(r).slice(0, options.samples).map((text) => ({ text, finished: true, meanLogProb: -2 })));
    },
  };
}

/** Plain lines about the key, as a trained writer would write them. */
const plainLines = (r: LineRequest): string[] => {
  if (r.section === 'summary') return [`We are looking for a caring ${r.title} to join our friendly ward team.`, `You will work with colleagues across the hospital every week.`];
  if (/^\d+ years$/.test(r.key)) return [`At least ${r.key} of experience in a similar setting.`];
  const about = r.key || `the daily work of a ${r.title}`;
  // the two samples open differently, and the second with its key, as a trained writer's lines do
  return [`Take responsibility for ${about} on the unit.`, `${about[0].toUpperCase()}${about.slice(1)} with sound judgement, every day.`];
};

test('writer format: the line prompt reads as the writer was trained on it', () => {
  assert.equal(linePrompt('Staff Nurse', 'mid', 'required', 'wound care'), '<|plan|>\ntitle: Staff Nurse\nlevel: mid\nsection: required\nkey: wound care\n<|body|>\n');
});

// Class: sentences stating a fact the plan does not give (a generated posting never invents pay,
// dates, contacts, organisations, or other years than the plan's)
test('invented facts: pay, contact, date, organisation, place and other years are caught; plain duties are not', () => {
  const rows: Array<[string, string | undefined]> = [
    ['The salary is £25,000 per annum.', 'pay'],
    ['Pay is $18 per hour.', 'pay'],
    ['Email jobs@example.org for details.', 'contact'],
    ['Call 0161 555 1234 to arrange a visit.', 'contact'],
    ['Interviews will be held in March 2021.', 'date or time'],
    ['Shifts start at 7:30 am.', 'date or time'],
    ['You will join Royal Berkshire Hospital, a busy acute site.', 'organisation'],
    ['You will have 5 years of experience in acute care.', 'years'],
    ['A valid California driver\'s license is required.', 'place'],
    ['Hold a Virginia teaching license.', 'place'],
    ['Work to the Trust\'s policies at all times.', 'organisation'],
    ['Support the Trust in meeting its targets.', 'organisation'],
    ['At least three years of ward experience.', 'years'],
    ['At least two years of ward experience.', undefined],
    ['You will have 2 years of experience in acute care.', undefined],
    ['Provide safe, compassionate patient care on a busy ward.', undefined],
    ['Work closely with the multidisciplinary team.', undefined],
  ];
  for (const [sentence, why] of rows) assert.equal(inventedFact(sentence, PLAN), why, sentence);
});

test('checks: planned skills named (as written or by most of their words), invented sentences and repeated lines counted, sections read', () => {
  const body = '## About the role\nJoin a friendly ward team.\n## Responsibilities\n- Deliver patient care to adults.\n- Deliver patient care to all adults.\n## Requirements\n- NMC registration. The salary is £30,000.';
  const c = checkBody(PLAN, body);
  assert.deepEqual(c.skillsNamed, ['patient care']);
  assert.deepEqual(c.skillsMissing, ['wound care']);
  assert.equal(c.repeated, 1);
  assert.equal(c.invented.length, 1);
  assert.deepEqual(c.sections, ['About the role', 'Responsibilities', 'Requirements']);
  assert.ok(namesSkill('prepare tax returns forms', 'Prepare and file tax returns for clients.'));
  assert.ok(!namesSkill('prepare tax returns forms', 'Prepare monthly reports.'));
});

// Class: the lines a plan is written as (a duty per competence, a requirement per knowledge, the years)
test('layout: summary lines, a duty per competence, the years and a requirement per knowledge, keyless lines up to each section\'s minimum', () => {
  const plan: WriterPlan = { title: 'Payroll Clerk', seniority: 'mid', years: 2, skills: ['calculate wages', 'labour legislation', 'manage payroll'], skillKinds: ['skill', 'knowledge', 'skill'] };
  const layout = postingLayout(plan);
  const of = (section: PlannedLine['section']) => layout.filter((l) => l.section === section).map((l) => l.key);
  assert.deepEqual(of('summary'), ['', '']);
  assert.deepEqual(of('responsibilities'), ['calculate wages', 'manage payroll', '', '']);
  assert.deepEqual(of('required'), ['2 years', 'labour legislation', '']);
  assert.deepEqual(of('preferred'), ['']);
  assert.deepEqual(layout.filter((l) => l.skill !== undefined).map((l) => plan.skills[l.skill!]), ['calculate wages', 'manage payroll', 'labour legislation']);
  const none = postingLayout({ title: 'Zzyzx Operator', seniority: 'mid', years: 0, skills: [] });
  assert.ok(none.every((l) => l.key === ''));
  assert.equal(none.filter((l) => l.section === 'required').length, 3);
});

// Class: sampled lines that cannot stand in a posting, and lines that can
test('line checks: a cut, short, fragmentary, self-repeating or invented line is refused; one naming its key is kept, an off-key one kept aside', () => {
  const line = (key: string, section: PlannedLine['section'] = 'required'): PlannedLine => ({ section, key });
  const rows: Array<[string, PlannedLine, boolean, string | undefined]> = [
    ['Provide wound care to patients after surgery.', line('wound care'), true, undefined],
    ['Dress and care for wounds after surgery.', line('wound care'), true, undefined],
    ['Provide wound care to patients after', line('wound care'), false, 'cut at the token limit'],
    ['Wound care.', line('wound care'), true, 'length'],
    ['and wound care for patients on the ward', line('wound care'), true, 'not a whole line'],
    ['Wound care skills, with salary of £30,000 a year.', line('wound care'), true, 'states pay'],
    ['We are looking for a Staff Nurse to join our team. team ally', line(''), true, 'not a whole line'],
    ['A highly motivated and motivated nurse for wound care.', line('wound care'), true, 'repeats itself'],
    ['Wound care, wound dressings and wound checks for every patient.', line('wound care'), true, 'repeats itself'],
    ['At least 5 years of experience in wound care.', line('wound care'), true, 'states years'],
    ['Keep accurate records of every patient.', line('wound care'), true, undefined],
    ['At least 2 years of experience on a surgical ward.', line('2 years'), true, undefined],
    ['Experience on a surgical ward is essential.', line('2 years'), true, undefined],
    ['We are a friendly team on a busy surgical ward.', line('', 'summary'), true, undefined],
  ];
  for (const [text, planned, finished, problem] of rows) assert.equal(judgeLine({ text, finished, meanLogProb: -2 }, planned, PLAN).problem, problem, text);
  // the order of the checks leaves nothing behind: a line with other years after a years line is still refused
  for (const [text, planned, finished, problem] of [...rows].reverse()) assert.equal(judgeLine({ text, finished, meanLogProb: -2 }, planned, PLAN).problem, problem, `${text} (reversed)`);
  assert.equal(judgeLine({ text: 'At least 2 years of experience on a surgical ward.', finished: true, meanLogProb: -2 }, line('2 years'), PLAN).problem, undefined);
  assert.equal(judgeLine({ text: '5 years of food hygiene certification.', finished: true, meanLogProb: -2 }, line(''), PLAN).problem, 'states years');
  assert.equal(judgeLine({ text: 'Must have kitchen experience\uFFFD in a busy restaurant.', finished: true, meanLogProb: -2 }, line(''), PLAN).problem, 'broken character');
  // a usable line that does not name its key is kept aside, taken only when no sample names it
  assert.equal(judgeLine({ text: 'Keep accurate records of every patient.', finished: true, meanLogProb: -2 }, line('wound care'), PLAN).offKey, true);
  assert.equal(judgeLine({ text: 'Experience on a surgical ward is essential.', finished: true, meanLogProb: -2 }, line('2 years'), PLAN).offKey, true);
  assert.equal(judgeLine({ text: 'Provide wound care to patients after surgery.', finished: true, meanLogProb: -2 }, line('wound care'), PLAN).offKey, undefined);
  const madeUp = judgeLine({ text: 'Provide wound care with flurbish diligence.', finished: true, meanLogProb: -2 }, line('wound care'), PLAN, (w) => w !== 'flurbish');
  assert.equal(madeUp.problem, 'made-up word');
  const fluent = judgeLine({ text: 'Provide wound care to patients after surgery.', finished: true, meanLogProb: -1 }, line('wound care'), PLAN);
  const halting = judgeLine({ text: 'Provide wound care to patients after surgery.', finished: true, meanLogProb: -3 }, line('wound care'), PLAN);
  assert.ok(fluent.score > halting.score, 'the more fluent of two usable lines ranks first');
});

test('assembly: every planned skill on its own line in its section, no line twice, the summary a paragraph', async () => {
  const plan: WriterPlan = { ...PLAN, skills: ['patient care', 'wound care', 'infection control'], skillKinds: ['skill', 'skill', 'knowledge'] };
  const [posting] = await writePostings(fakeWriter(plainLines), [{ plan, occupationId: 'x' }], { samples: 2, seed: 3 });
  const md = posting.markdown;
  assert.match(md, /## About the role\n\nWe are looking for a caring Staff Nurse to join our friendly ward team\. You will work with colleagues across the hospital every week\./);
  assert.match(md, /## Responsibilities\n\n- Take responsibility for patient care on the unit\.\n- Take responsibility for wound care on the unit\./);
  assert.match(md, /## Requirements\n\n- At least 2 years of experience in a similar setting\.\n- Take responsibility for infection control on the unit\./);
  assert.deepEqual(posting.check.skillsMissing, []);
  assert.equal(posting.check.repeated, 0);
  const lines = md.split('\n').filter((l) => l.startsWith('- '));
  assert.equal(new Set(lines).size, lines.length, 'keyless duties take the runner-up sample rather than repeat a line');
});

// Class: lines that open the same way (the commonest repetition of a small writer: "We are looking for ..." in every section)
test('assembly: a sample opening as a kept line does is passed over for one that opens otherwise; with no other, the line is still stated and counted as a repeat', async () => {
  const summary = ['We are looking for a caring Staff Nurse to join our friendly ward team.', 'We are looking for someone who enjoys a busy surgical ward.', 'You will work with colleagues across the hospital every week.'];
  const write = (samples: string[]) => fakeWriter((r) => (r.section === 'summary' ? samples : plainLines(r)));
  const [varied] = await writePostings(write(summary), [{ plan: PLAN, occupationId: 'x' }], { samples: 3, seed: 3 });
  assert.match(varied.markdown, /## About the role\n\nWe are looking for a caring Staff Nurse to join our friendly ward team\. You will work with colleagues across the hospital every week\./);
  assert.equal(varied.check.repeated, 0);
  const [same] = await writePostings(write(summary.slice(0, 2)), [{ plan: PLAN, occupationId: 'x' }], { samples: 2, seed: 3 });
  assert.match(same.markdown, /We are looking for a caring Staff Nurse to join our friendly ward team\. We are looking for someone who enjoys a busy surgical ward\./);
  assert.equal(same.check.repeated, 1);
  assert.equal(openingOf('- We are looking for someone.'), 'we are looking for');
  assert.equal(openingOf('Ensure patient safety.'), '', 'a short line has no opening to repeat');
});

test('assembly: a line whose samples miss its key takes a usable one all the same; the skill is reported missing, never stated by a template', async () => {
  const offKey = fakeWriter((r) => (r.section === 'summary' ? ['We are a friendly and busy surgical ward team.'] : [`Keep accurate records for the ${r.section} of every single patient.`, `Work closely with the whole ward team on ${r.section} every day.`]));
  const [posting] = await writePostings(offKey, [{ plan: { ...PLAN, skillKinds: ['skill', 'knowledge'] }, occupationId: 'x' }], { samples: 2, seed: 3 });
  assert.match(posting.markdown, /## Responsibilities\n\n- Keep accurate records for the responsibilities of every single patient\.\n- Work closely with the whole ward team on responsibilities every day\./);
  assert.doesNotMatch(posting.markdown, /Able to|Knowledge of|years of experience in a similar role/);
  assert.deepEqual(posting.check.skillsMissing, ['patient care', 'wound care']);
});

test('selection: of the assemblies, the one the matcher scores highest is kept, the first one\'s score reported (GIRL best-of-n)', async () => {
  const writer = fakeWriter(plainLines);
  const judge = async (markdown: string) => ({ score: markdown.includes('Patient care with sound judgement') ? 0.8 : 0.3 }) as MatchResult;
  const [kept] = await writePostings(writer, [{ plan: PLAN, occupationId: 'x' }], { samples: 2, seed: 5, judge });
  assert.equal(kept.sample, 1);
  assert.equal(kept.samples, 2);
  assert.equal(kept.score, 0.8);
  assert.equal(kept.firstScore, 0.3);
  assert.equal(writer.asked[0].options.seed, 5);
  assert.equal(writer.asked.length, 1, 'all the lines of a posting in one call');
  assert.equal(writer.asked[0].lines.length, postingLayout(PLAN).length);
});

test('plan: the occupation\'s skills in graph names, a resume\'s own first, none generic or long', () => {
  const graph = syntheticGraph();
  const nurse = graph.occupations.findIndex((o) => o.id === 'test:occ:nurse');
  const plan = writerPlan(graph, nurse, 'Staff Nurse', 'mid', 2);
  assert.equal(plan.title, 'Staff Nurse');
  assert.ok(plan.skills.length > 0 && plan.skills.length <= 8);
  for (const s of plan.skills) assert.ok(s.split(' ').length <= 4, s);
  const names = new Set(graph.skillsForOccupation(nurse).map((s) => graph.skills[s.skill].name));
  for (const s of plan.skills) assert.ok(names.has(s), `${s} is one of the occupation's skills`);
});

/** A table of what postings of the synthetic nurse and teacher roles ask for. */
function postingTable(graph: ReturnType<typeof syntheticGraph>, nursePostings = 30): PostingSkills {
  return PostingSkills.fromJson({
    format: 'hrdocs-posting-skills/1', postings: nursePostings + 14,
    occupations: {
      'test:occ:nurse': { postings: nursePostings, skills: { 'test:bls': 15, 'test:communication': 12, 'test:customer-service': 1, 'test:no-such-skill': 9 } },
      'test:occ:teacher': { postings: 10, skills: { 'test:communication': 6, 'test:lesson-planning': 9 } },
      // too few postings to plan the analyst's role, but their payroll asks count toward how often postings name it
      'test:occ:analyst': { postings: 4, skills: { 'test:payroll': 3 } },
    },
  }, graph);
}

test('postings asked: most asked first, with its share; how often any posting names a skill; unknown ids and one-off asks skipped; a role read from too few postings says nothing', () => {
  const graph = syntheticGraph();
  const nurse = graph.occupations.findIndex((o) => o.id === 'test:occ:nurse');
  const asked = postingTable(graph).askedFor([nurse]);
  // customer service: asked by one nursing posting, under PostingSkills.MIN_ASKS
  assert.deepEqual(asked.map((a) => graph.skills[a.skill].id), ['test:bls', 'test:communication']);
  assert.equal(asked[0].share, 15 / 30);
  // how often any posting names a skill: communication by nurses' and teachers' postings
  assert.equal(postingTable(graph).popularity(asked[1].skill), (12 + 6) / 44);
  assert.deepEqual(postingTable(graph, PostingSkills.MIN_POSTINGS - 1).askedFor([nurse]), []);
  assert.throws(() => PostingSkills.fromJson({ format: 'other' } as never, graph), /unknown format/);
});

test('plan: what real postings of the role ask for comes first, even a skill everyone uses; a rare ask does not', () => {
  const graph = syntheticGraph();
  const nurse = graph.occupations.findIndex((o) => o.id === 'test:occ:nurse');
  const plain = writerPlan(graph, nurse, 'Staff Nurse', 'mid', 2);
  const plan = writerPlan(graph, nurse, 'Staff Nurse', 'mid', 2, undefined, [], postingTable(graph));
  assert.deepEqual(plan.skills.slice(0, 2), ['Basic Life Support', 'communication']);
  assert.ok(!plan.skills.includes('customer service'), 'asked by 1 posting in 30');
  // then the graph's competences, as without the table
  for (const s of plain.skills) assert.ok(plan.skills.includes(s), s);
  // a role the table does not know is planned from the graph alone
  const teacher = graph.occupations.findIndex((o) => o.id === 'test:occ:teacher');
  assert.deepEqual(writerPlan(graph, teacher, 'Teacher', 'mid', 2, undefined, [], postingTable(graph, 20)).skills.slice(0, 2), ['lesson planning', 'communication']);
});

test('plan: among a role\'s competences of one rank, those real postings name more often come first', () => {
  const graph = syntheticGraph();
  const accountant = graph.occupations.findIndex((o) => o.id === 'test:occ:accountant');
  const plain = writerPlan(graph, accountant, 'Accountant', 'mid', 2).skills;
  assert.ok(plain.indexOf('budgeting') < plain.indexOf('payroll'), plain.join(', '));
  const ordered = writerPlan(graph, accountant, 'Accountant', 'mid', 2, undefined, [], postingTable(graph)).skills;
  assert.ok(ordered.indexOf('payroll') < ordered.indexOf('budgeting'), ordered.join(', '));
  assert.equal(ordered[0], 'general ledger', 'an essential competence stays before optional ones');
});

test('jd with a writer: the written posting, deterministic by seed; a title the graph lacks is still written', async () => {
  const graph = syntheticGraph();
  const writer = fakeWriter(plainLines);
  const jd = await generateJobFromTitle(graph, 'Zzyzx Qwerty Operator', undefined, { writer, seed: 9, samples: 1 });
  assert.equal(jd.occupationId, 'none');
  assert.match(jd.markdown, /Take responsibility for the daily work of a Zzyzx Qwerty Operator on the unit\./);
  assert.ok(writer.asked[0].lines.every((l) => l.key === '' || /years/.test(l.key)), 'no skill is planned for an unknown title');
  assert.equal(writer.asked[0].options.seed, 9);
});

test('a posting the writer leaves without duties or requirements is the template\'s, never an empty page', async () => {
  const graph = syntheticGraph();
  const useless = fakeWriter(() => ['Salary of £30,000 a year for the right person.']);
  const jd = await generateJobFromTitle(graph, 'Staff Nurse', undefined, { writer: useless, seed: 1, samples: 2 });
  assert.equal(jd.writer, undefined, 'not reported as written by the model');
  assert.match(jd.markdown, /## (Responsibilities|Requirements|Job Summary)/);
  assert.doesNotMatch(jd.markdown, /£30,000/);
});

test('sampler: nucleus draws only from the top-p set, the best token at u = 0, deterministic for a seed', () => {
  const scores = Float32Array.from([5, 4, 0, -20, -Infinity]);
  assert.equal(nucleus(scores, 0.9, 0), 0);
  // p(0) = 0.727, p(1) = 0.268: a 0.9 nucleus holds tokens 0 and 1 only
  for (let i = 0; i < 50; i++) assert.ok([0, 1].includes(nucleus(scores, 0.9, i / 50)));
  const a = mulberry32(42), b = mulberry32(42);
  const draws = (r: () => number) => Array.from({ length: 20 }, () => nucleus(scores, 0.99, r()));
  assert.deepEqual(draws(a), draws(b));
});

test('writer choice: the template unless the manifest makes the writer the default or the caller asks for it', async () => {
  const { testEngine } = await import('./support/engine.js');
  const offByDefault = { ...fakeWriter(plainLines), byDefault: false };
  const engine = testEngine({ writer: offByDefault });
  const template = await engine.generateJobDescription('Staff Nurse');
  assert.equal(template.writer, undefined);
  assert.doesNotMatch(template.markdown, /Take responsibility for patient assessment on the unit/);
  const written = await engine.generateJobDescription('Staff Nurse', undefined, { writer: 'model', seed: 4 });
  assert.match(written.markdown, /Take responsibility for patient assessment on the unit/);
  assert.ok(written.writer);
  const onByDefault = testEngine({ writer: { ...offByDefault, byDefault: true } });
  assert.ok((await onByDefault.generateJobDescription('Staff Nurse')).writer, 'the manifest\'s default');
  assert.equal((await onByDefault.generateJobDescription('Staff Nurse', undefined, { writer: 'template' })).writer, undefined);
  await assert.rejects(testEngine().generateJobDescription('Staff Nurse', undefined, { writer: 'model' }), /writer model is not available/);
});

/** A guard holding every 12-word run of the given texts, as tools/writer/build-copy-guard.ts builds it. */
function guardOf(...texts: string[]): CopyGuard {
  const keys: number[] = [];
  for (const t of texts) { const w = runWords(t); for (let i = 0; i + RUN_WORDS <= w.length; i++) keys.push(runKey(w, i)); }
  return CopyGuard.decode(encodeRunKeys(keys));
}

const LEARNED = 'You will deliver high quality nursing care to patients on a busy acute medical ward every single day of the week.';

test('copy guard: runs survive encoding; a 12-word run of a learned posting is found, also across a sentence end; 11 words are not', () => {
  const guard = guardOf(LEARNED, 'another posting with a few words');
  assert.equal(guard.size, runWords(LEARNED).length - RUN_WORDS + 1, 'the short text has no run; every run of the long one is kept');
  assert.deepEqual([...guard.copiedSentences(['Join us.', 'You will give high quality nursing care to patients on a busy acute ward.'])], [], 'a changed word breaks every run through it');
  assert.deepEqual([...guard.copiedSentences(['You will deliver high quality nursing care to patients on a busy acute medical ward.'])], [0]);
  assert.deepEqual([...guard.copiedSentences(['We ask that you will deliver high quality nursing care.', 'To patients on a busy acute medical ward, always.'])].sort(), [0, 1], 'a run across two sentences marks both');
  assert.deepEqual([...guard.copiedSentences(['deliver high quality nursing care to patients on a busy acute'])], [], '11 words are not a run');
  assert.throws(() => CopyGuard.decode(Uint8Array.from([0x81])), /truncated/);
});

test('copied runs are read as a reader does: across a heading and from one line to the next', () => {
  const guard = guardOf('about the role an exciting opportunity has arisen for a highly motivated nurse', 'keep accurate records of every patient report any change in their condition at once');
  const copies = (sentences: readonly string[]) => guard.copiedSentences(sentences);
  const body = '## About the role\n\nAn exciting opportunity has arisen for a highly motivated nurse. Deliver patient care and wound care daily.\n\n## Responsibilities\n\n- Keep accurate records of every patient.\n- Report any change in their condition at once to the nurse in charge.\n- Support the ward team with daily checks.';
  const guarded = withoutCopiedRuns(body, copies);
  assert.doesNotMatch(guarded, /exciting opportunity/);
  assert.match(guarded, /## About the role/);
  assert.match(guarded, /Deliver patient care and wound care daily\./);
  assert.doesNotMatch(guarded, /accurate records/);
  assert.doesNotMatch(guarded, /change in their condition/);
  assert.match(guarded, /Support the ward team/);
});

test('a sampled line that copies a learned run is refused and the next sample taken', async () => {
  const guard = guardOf(LEARNED);
  const copies = (sentences: readonly string[]) => guard.copiedSentences(sentences);
  assert.equal(judgeLine({ text: LEARNED, finished: true, meanLogProb: -1 }, { section: 'responsibilities', key: '' }, PLAN, undefined, copies).problem, "a real posting's words");
  const writer = { ...fakeWriter((r) => (r.section === 'responsibilities' ? [LEARNED, 'Support the ward team with daily checks and handovers.'] : plainLines(r))), copiedSentences: copies };
  const [kept] = await writePostings(writer, [{ plan: PLAN, occupationId: 'x' }], { samples: 2, seed: 1 });
  assert.doesNotMatch(kept.markdown, /acute medical ward/);
  assert.match(kept.markdown, /Support the ward team with daily checks/);
  assert.equal(kept.check.copied, 0);
});

test('the template summary reads as English: a task after "you will", competences as "be able to", knowledge as "a working knowledge of"', async () => {
  const { testEngine } = await import('./support/engine.js');
  const { markdown } = await testEngine().generateJobDescription('Registered Nurse');
  const summary = markdown.split('## Job Summary')[1].split('##')[0];
  assert.match(summary, /Day to day, you will [a-z]/);
  assert.doesNotMatch(summary, /centres on work such as|working command of/);
  assert.match(summary, /be able to |a working knowledge of /);
});
