// Generated postings around the writer, with a fake writer (the model is tested in
// test/shipped/writer.test.ts): the plan, the checks, the repair of the kept body, selection by
// the matcher, and the sampler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBody, inventedFact, repairBody, writePostings, writerPlan, postingMarkdown } from '../src/engine/generate/write.js';
import { planText, type WriterPlan } from '../src/engine/generate/writer-format.js';
import { generateJobFromTitle } from '../src/engine/generate/generate.js';
import { nucleus } from '../src/engine/models/writer.js';
import { CopyGuard, encodeRunKeys, runKey, runWords, RUN_WORDS } from '../src/engine/generate/copy-guard.js';
import { mulberry32 } from '../src/engine/models/random.js';
import type { JobWriter, WriteOptions, WrittenBody } from '../src/engine/models/tasks.js';
import type { MatchResult } from '../src/engine/types.js';
import { syntheticGraph } from './support/synthetic-graph.js';

const PLAN: WriterPlan = { title: 'Staff Nurse', seniority: 'mid', years: 2, skills: ['patient care', 'wound care'] };

/** A writer that returns the given bodies, in order, for every plan; records what it was asked. */
function fakeWriter(bodies: WrittenBody[]): JobWriter & { asked: Array<{ plans: WriterPlan[]; options: WriteOptions }> } {
  const asked: Array<{ plans: WriterPlan[]; options: WriteOptions }> = [];
  return {
    name: 'fake',
    byDefault: true,
    asked,
    async write(plans, options) {
      asked.push({ plans, options });
      return plans.map(() => bodies.slice(0, options.samples));
    },
  };
}

test('writer format: the plan reads as the writer was trained on it', () => {
  assert.equal(planText(PLAN), '<|plan|>\ntitle: Staff Nurse\nlevel: mid\nyears: 2\nskills: patient care; wound care\n<|body|>\n');
});

// Class: sentences stating a fact the plan does not give (a generated posting never invents pay,
// dates, contacts, organisations, or other years than the plan's)
test('invented facts: pay, contact, date, organisation and other years are caught; plain duties are not', () => {
  const rows: Array<[string, string | undefined]> = [
    ['The salary is £25,000 per annum.', 'pay'],
    ['Pay is $18 per hour.', 'pay'],
    ['Email jobs@example.org for details.', 'contact'],
    ['Call 0161 555 1234 to arrange a visit.', 'contact'],
    ['Interviews will be held in March 2021.', 'date or time'],
    ['Shifts start at 7:30 am.', 'date or time'],
    ['You will join Royal Berkshire Hospital, a busy acute site.', 'organisation'],
    ['You will have 5 years of experience in acute care.', 'years'],
    ['At least three years of ward experience.', 'years'],
    ['At least two years of ward experience.', undefined],
    ['You will have 2 years of experience in acute care.', undefined],
    ['Provide safe, compassionate patient care on a busy ward.', undefined],
    ['Work closely with the multidisciplinary team.', undefined],
  ];
  for (const [sentence, why] of rows) assert.equal(inventedFact(sentence, PLAN), why, sentence);
});

test('checks: planned skills named, invented sentences and repeated lines counted, sections read', () => {
  const body = '## About the role\nJoin a friendly ward team.\n## Responsibilities\n- Deliver patient care to adults.\n- Deliver patient care to adults.\n## Requirements\n- NMC registration. The salary is £30,000.';
  const c = checkBody(PLAN, body);
  assert.deepEqual(c.skillsNamed, ['patient care']);
  assert.deepEqual(c.skillsMissing, ['wound care']);
  assert.equal(c.repeated, 1);
  assert.equal(c.invented.length, 1);
  assert.deepEqual(c.sections, ['About the role', 'Responsibilities', 'Requirements']);
});

test('repair: invented sentences, repeats, unknown headings and a cut last line go; years and missing skills are stated', () => {
  const body = [
    '## About the role', 'Join a friendly ward team. Apply to St Mary Hospital today.',
    '## Benefits', '- Free parking for all staff members',
    '## Responsibilities', '- Deliver patient care to adults on the ward.', '- Deliver patient care to adults on the ward.',
    '## Requirements', '- NMC registration is essential for this post.', '- Experience of working in a busy acute sett',
  ].join('\n');
  const repaired = repairBody(PLAN, body, false);
  assert.doesNotMatch(repaired, /Hospital/);
  assert.doesNotMatch(repaired, /parking|Benefits/);
  assert.equal(repaired.match(/Deliver patient care/g)?.length, 1);
  assert.doesNotMatch(repaired, /acute sett/, 'the line cut at the token limit is dropped');
  assert.match(repaired, /^- 2\+ years of experience in a similar role$/m);
  assert.match(repaired, /^- Knowledge of wound care$/m);
  const kinds = repairBody({ ...PLAN, skills: ['calculate wages', 'labour legislation', 'manage payroll'], skillKinds: ['skill', 'knowledge', 'skill'] }, '## Requirements\n- Two years in payroll work.', true);
  assert.match(kinds, /^- Able to calculate wages and manage payroll$/m);
  assert.match(kinds, /^- Knowledge of labour legislation$/m);
  assert.deepEqual([...repaired.matchAll(/^## (.+)$/gm)].map((m) => m[1]), ['About the role', 'Responsibilities', 'Requirements']);
  // a finished body keeps its last line
  assert.match(repairBody(PLAN, '## Requirements\n- Calm under pressure and kind', true), /Calm under pressure and kind/);
});

test('posting markdown: a job with the title, the body and a placeholder for the offer, never an invented one', () => {
  const md = postingMarkdown(PLAN, '## Responsibilities\n\n- Deliver patient care.', 'test:occ:nurse', 3);
  assert.match(md, /^---\nhrdocs: job\noccupation: test:occ:nurse\ngenerated: true\nwriter: model \(seed 3\)\n---/);
  assert.match(md, /## Job title\n\nStaff Nurse\n/);
  assert.match(md, /## What we offer\n\n<!-- .* -->/);
});

test('selection: the sample the matcher scores highest is kept, its first sample reported (GIRL best-of-n)', async () => {
  const good = '## Responsibilities\n- Deliver patient care and wound care on a surgical ward.\n- Keep accurate records of every patient.\n## Requirements\n- NMC registration and 2 years of ward experience.';
  const weak = '## About the role\nA role on our team for a caring person who enjoys working with people.';
  const writer = fakeWriter([{ text: weak, finished: true, meanLogProb: -2 }, { text: good, finished: true, meanLogProb: -2 }, { text: weak, finished: true, meanLogProb: -2 }]);
  const judge = async (markdown: string) => ({ score: markdown.includes('surgical') ? 0.8 : 0.3 }) as MatchResult;
  const [kept] = await writePostings(writer, [{ plan: PLAN, occupationId: 'x' }], { samples: 3, seed: 5, judge });
  assert.equal(kept.sample, 1);
  assert.equal(kept.samples, 3);
  assert.equal(kept.score, 0.8);
  assert.equal(kept.firstScore, 0.3);
  assert.equal(writer.asked[0].options.seed, 5);
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

test('jd with a writer: the written posting, deterministic by seed; a title the graph lacks is still written', async () => {
  const graph = syntheticGraph();
  const body = '## Responsibilities\n- Prepare and cook dishes to a high standard.\n## Requirements\n- A food hygiene certificate.';
  const writer = fakeWriter([{ text: body, finished: true, meanLogProb: -2 }]);
  const jd = await generateJobFromTitle(graph, 'Zzyzx Qwerty Operator', undefined, { writer, seed: 9, samples: 1 });
  assert.equal(jd.occupationId, 'none');
  assert.match(jd.markdown, /Prepare and cook dishes/);
  assert.deepEqual(writer.asked[0].plans[0].skills, []);
  assert.equal(writer.asked[0].options.seed, 9);
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
  const body = '## Responsibilities\n- Assess patients and plan their care on the ward.\n## Requirements\n- Current registration as a nurse.';
  const offByDefault = { ...fakeWriter([{ text: body, finished: true, meanLogProb: -2 }]), byDefault: false };
  const engine = testEngine({ writer: offByDefault });
  const template = await engine.generateJobDescription('Staff Nurse');
  assert.equal(template.writer, undefined);
  assert.doesNotMatch(template.markdown, /Assess patients and plan their care/);
  const written = await engine.generateJobDescription('Staff Nurse', undefined, { writer: 'model', seed: 4 });
  assert.match(written.markdown, /Assess patients and plan their care/);
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

test('repair reads copied runs as a reader does: across a heading and from one line to the next', () => {
  const guard = guardOf('about the role an exciting opportunity has arisen for a highly motivated nurse', 'keep accurate records of every patient report any change in their condition at once');
  const copies = (sentences: readonly string[]) => guard.copiedSentences(sentences);
  const body = '## About the role\n\nAn exciting opportunity has arisen for a highly motivated nurse. Deliver patient care and wound care daily.\n\n## Responsibilities\n\n- Keep accurate records of every patient.\n- Report any change in their condition at once to the nurse in charge.\n- Support the ward team with daily checks.';
  const repaired = repairBody(PLAN, body, true, { copies, statePlan: false });
  assert.doesNotMatch(repaired, /exciting opportunity/);
  assert.match(repaired, /## About the role/);
  assert.match(repaired, /Deliver patient care and wound care daily\./);
  assert.doesNotMatch(repaired, /accurate records/);
  assert.doesNotMatch(repaired, /change in their condition/);
  assert.match(repaired, /Support the ward team/);
});

test('repair drops a sentence that copies a learned run, keeps the rest, and selection counts it against the sample', async () => {
  const guard = guardOf(LEARNED);
  const copies = (sentences: readonly string[]) => guard.copiedSentences(sentences);
  const body = `## Responsibilities\n- Deliver patient care and wound care. ${LEARNED}\n## Requirements\n- NMC registration.`;
  const repaired = repairBody(PLAN, body, true, { copies });
  assert.doesNotMatch(repaired, /acute medical ward/);
  assert.match(repaired, /Deliver patient care and wound care\./);
  assert.equal(checkBody(PLAN, body, undefined, copies).copied, 1);
  const clean = body.replace(LEARNED, 'Support the ward team with daily checks.');
  const writer = { ...fakeWriter([{ text: body, finished: true, meanLogProb: -2 }, { text: clean, finished: true, meanLogProb: -2 }]), copiedSentences: copies };
  const [kept] = await writePostings(writer, [{ plan: PLAN, occupationId: 'x' }], { samples: 2, seed: 1 });
  assert.equal(kept.sample, 1, 'the sample that copied nothing is kept');
  assert.doesNotMatch(kept.markdown, /acute medical ward/);
});

test('the template summary reads as English: a task after "you will", competences as "be able to", knowledge as "a working knowledge of"', async () => {
  const { testEngine } = await import('./support/engine.js');
  const { markdown } = await testEngine().generateJobDescription('Registered Nurse');
  const summary = markdown.split('## Job Summary')[1].split('##')[0];
  assert.match(summary, /Day to day, you will [a-z]/);
  assert.doesNotMatch(summary, /centres on work such as|working command of/);
  assert.match(summary, /be able to |a working knowledge of /);
});
