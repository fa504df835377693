// Whole-document match features on invented documents: the monotone TF-IDF agreement
// (lexicalAgreement) and the ranker's field fit of the resume's role titles (roleFieldFit).
// Both must never fall when a resume gains a skill the job asks for; the synthetic graph and a
// hand-built ranker stand in for the shipped ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicalFeatures, termCounts, WordIdf } from '../src/engine/match/lexical.js';
import { roleFieldFit } from '../src/engine/match/field.js';
import { syntheticGraph } from './support/synthetic-graph.js';
import { fakeRanker } from './support/fake-ranker.js';
import { testEngine } from './support/engine.js';
import { FACTORS, FEATURE_NAMES, type MatchFeatures } from '../src/engine/match/features.js';
import type { MatchScorer } from '../src/engine/models/tasks.js';
import { jobLevel, levelFeatures } from '../src/engine/match/level.js';
import { sharesWork, titleHead, workAlternatives, workTitleSimilarity } from '../src/engine/match/similarity.js';
import { TitleLexicon } from '../src/engine/experience/lexicon.js';

const engine = testEngine();
const asResume = (text: string) => engine.analyze(text, undefined, { kind: 'resume' });
const asJob = (text: string) => engine.analyze(text, undefined, { kind: 'job' });

const resumeText = (title: string, skills: string[], role: string) => `# Sam Doe

## Summary
${title} who works carefully.

## Skills
${skills.map((s) => `- ${s}`).join('\n')}

## Experience
**${role}**, Northwind (Jan 2019 - Present)
- Kept careful records every day.
`;

const NURSE_JOB = `# Staff Nurse

## Requirements
- Patient assessment
- Infection control
- Basic Life Support
- Wound care on a surgical ward
`;

const ACCOUNTANT_JOB = `# Staff Accountant

## Requirements
- General ledger
- Payroll
- Month-end reconciliations
`;

/** The plain TF-IDF cosine over the same word keys and weights. */
function cosine(a: string, b: string): number {
  const idf = WordIdf.uniform();
  const va = termCounts(a);
  const vb = termCounts(b);
  const w = (c: number, k: string) => (1 + Math.log(c)) * idf.idf(k);
  let dot = 0;
  for (const [k, c] of va) if (vb.has(k)) dot += w(c, k) * w(vb.get(k)!, k);
  const norm = (v: Map<string, number>) => Math.sqrt([...v].reduce((s, [k, c]) => s + w(c, k) ** 2, 0));
  return dot / (norm(va) * norm(vb));
}

test('lexical agreement: 1 for the same words, 0 for none shared, never below the TF-IDF cosine', async () => {
  const job = await asJob(NURSE_JOB);
  const same = await asResume(NURSE_JOB);
  assert.ok(Math.abs(lexicalFeatures(same, job, WordIdf.uniform()).lexicalAgreement - 1) < 1e-9);
  const unrelated = await asResume('# Pat\n\n## Skills\n- Knife sharpening\n- Pastry lamination\n');
  assert.equal(lexicalFeatures(unrelated, job, WordIdf.uniform()).lexicalAgreement, 0);
  for (const text of [resumeText('Registered nurse', ['Patient assessment'], 'Staff Nurse'), resumeText('Staff accountant', ['Payroll'], 'Accountant')]) {
    const resume = await asResume(text);
    const resumeBlocks = resume.doc.blocks.map((b) => b.text).join('\n');
    const jobBlocks = job.doc.blocks.map((b) => b.text).join('\n');
    assert.ok(lexicalFeatures(resume, job, WordIdf.uniform()).lexicalAgreement >= cosine(resumeBlocks, jobBlocks) - 1e-9, text);
  }
});

test('a posting whose text no zone reads as asking or as the work is read whole for its core words, not by its title alone', async () => {
  const resume = await asResume(resumeText('Support analyst', ['Incident logging', 'Customer calls'], 'Support Analyst'));
  const prose = await asJob('# Service Desk Analyst\n\nOur team takes customer calls and logs every incident with care.\n');
  assert.ok(!prose.doc.blocks.some((b) => ['required', 'preferred', 'responsibilities', 'summary'].includes(b.zone)), JSON.stringify(prose.doc.blocks.map((b) => b.zone)));
  const f = lexicalFeatures(resume, prose, WordIdf.uniform());
  assert.equal(f.lexicalCoverageCore, f.lexicalCoverageAll);
  assert.ok(f.lexicalCoverageCore > 0);
  // a posting with a requirements list keeps reading its core
  const listed = lexicalFeatures(resume, await asJob('# Service Desk Analyst\n\n## Requirements\n- Incident logging\n\n## About us\n\nWe are a large friendly hospital trust.\n'), WordIdf.uniform());
  assert.ok(listed.lexicalCoverageCore > listed.lexicalCoverageAll);
});

test('lexical agreement: adding the job\'s required skills one by one never lowers it', async () => {
  for (const jobText of [NURSE_JOB, ACCOUNTANT_JOB]) {
    const job = await asJob(jobText);
    const wanted = jobText.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    for (const start of [[], ['Food safety'], ['Patient assessment', 'Excel']]) {
      const skills = [...start];
      let before = lexicalFeatures(await asResume(resumeText('Careful worker', skills, 'Assistant')), job, WordIdf.uniform()).lexicalAgreement;
      for (const skill of wanted) {
        skills.push(skill);
        const after = lexicalFeatures(await asResume(resumeText('Careful worker', skills, 'Assistant')), job, WordIdf.uniform()).lexicalAgreement;
        assert.ok(after >= before - 1e-12, `${skill}: ${before} -> ${after}`);
        before = after;
      }
    }
  }
});

// A near post of the same field names a specialty or rank in its title that the person's current
// titles do not: what the person is now reads from the headline and the two latest roles, not from
// a role held long ago, and not from skills.
const postTitle = (title: string) => `# ${title}\n\n## Requirements\n- Patient assessment\n- Infection control\n`;
const resumeWithRoles = (headline: string, roles: string[], skills: string[] = ['Patient assessment']) => `# Sam Doe

## Summary
${headline} who works carefully.

## Skills
${skills.map((s) => `- ${s}`).join('\n')}

## Experience
${roles.map((r, i) => `**${r}**, Northwind (Jan ${2020 - 3 * i} - ${i === 0 ? 'Present' : `Dec ${2022 - 3 * i}`})\n- Kept careful records every day.`).join('\n\n')}
`;

for (const [name, resume, right, near] of [
  ['specialty: a cardiac nurse, a cardiac post against a mental-health post', resumeWithRoles('Registered nurse', ['Cardiac Staff Nurse']), 'Cardiac Staff Nurse', 'Mental Health Staff Nurse'],
] as const) {
  test(`the job's title in the resume's current titles: ${name}`, async () => {
    const person = await asResume(resume);
    const fit = async (title: string) => lexicalFeatures(person, await asJob(postTitle(title)), WordIdf.uniform()).jobTitleInRecentTitles;
    assert.ok(await fit(right) > await fit(near), `${right} over ${near}`);
  });
}

// rank is read by the level features, not by the title's words: the title features read the work
test('rank: an estimator now, a senior estimator long ago does not make a senior post read as current', async () => {
  const person = await asResume(resumeWithRoles('Construction estimator', ['Construction Estimator', 'Site Clerk', 'Senior Construction Estimator']));
  const below = async (title: string) => levelFeatures(person, await asJob(postTitle(title))).levelBelowJob;
  assert.ok(await below('Senior Construction Estimator') > await below('Construction Estimator'));
});

test('a role titled by rank words only ("Manager", "Owner") names no work: it reads in no posting\'s text; a role naming its work does', async () => {
  const job = await asJob(`# Payroll Officer\n\n## About the role\nYou will report to the payroll manager and support the owner of the pay run.\n\n## Requirements\n- Payroll processing\n`);
  const inJob = async (role: string) => lexicalFeatures(await asResume(resumeWithRoles('Careful worker', [role])), job, WordIdf.uniform()).roleTitleInJob;
  assert.equal(await inJob('Manager'), 0);
  assert.equal(await inJob('Owner'), 0);
  assert.equal(await inJob('Payroll Manager'), 1);
});

test('title fit in the work titles name: titles sharing only a rank or a stage of learning ("Intern", "Manager") do not fit; a shared word of the work does', () => {
  const rows: Array<[name: string, wanted: string, held: string, fits: boolean]> = [
    ['a bare stage of learning', 'Elections Intern', 'Intern', false],
    ['interns of other work', 'Elections Intern', 'Marketing Intern', false],
    ['managers of other work', 'Store Manager', 'Sales Manager', false],
    ['the same work, another rank', 'Elections Intern', 'Elections Officer', true],
    ['the same title', 'Payroll Manager', 'Payroll Manager', true],
  ];
  for (const [name, wanted, held, fits] of rows) assert.equal(workTitleSimilarity(wanted, held) > 0, fits, name);
});

test('title fit across the derivations one line of work\'s titles use, and the abbreviations of a field; a short shared stem, the hours or the contract name no work', () => {
  const rows: Array<[name: string, wanted: string, held: string, fit: number]> = [
    ['the work as a noun and as an adjective', 'Administration Assistant', 'Administrative Assistant', 1],
    ['the work as a noun and as an adjective', 'Financial Manager', 'Finance Manager', 1],
    ['the worker and the work as an adjective', 'Administrator', 'Administrative Assistant', 0.85],
    ['the worker and the work', 'Coordination Officer', 'Coordinator', 0.5],
    ['a field written short', 'IT Desktop Technician', 'Information Technology Specialist', 0.6],
    ['a field written short', 'HR Advisor', 'Human Resources Advisor', 1],
    ['a stem too short to name work alone', 'Operations Manager', 'Machine Operator', 0],
    ['a stem too short to name work alone', 'Creative Director', 'Content Creator', 0],
    ['titles sharing only their hours', 'Night Duty Senior Staff Nurse', 'Manager on Duty', 0],
    ['titles sharing only their contract', 'Locum Consultant Psychiatrist', 'Locum Pharmacist', 0],
    ['the work beside the hours', 'Part Time Line Cook', 'Line Cook', 1],
  ];
  for (const [name, wanted, held, fit] of rows) assert.equal(Math.round(workTitleSimilarity(wanted, held) * 100) / 100, fit, `${name}: ${wanted} / ${held}`);
});

// head words and the fields their titles sit in, as the shipped table holds them (SOC major groups)
const fieldLexicon = TitleLexicon.fromJson({
  format: 'hrdocs-title-lexicon/1',
  words: {},
  fields: {
    nurse: { 15: 0.05, 21: 0.01, 29: 0.93, 31: 0.01, 39: 0.01 },
    teller: { 27: 0.06, 35: 0.03, 41: 0.09, 43: 0.79, 49: 0.03 },
    cashier: { 31: 0.02, 35: 0.05, 39: 0.03, 41: 0.69, 43: 0.19, 53: 0.02 },
    teacher: { 25: 0.97, 27: 0.01, 39: 0.01 },
    coordinator: { 11: 0.2, 13: 0.12, 15: 0.05, 17: 0.03, 19: 0.05, 21: 0.05, 23: 0.01, 25: 0.04, 27: 0.04, 29: 0.06, 33: 0.01, 39: 0.05, 41: 0.03, 43: 0.19, 45: 0.01, 47: 0.01, 49: 0.01, 51: 0.01, 53: 0.04 },
    specialist: { 11: 0.01, 13: 0.15, 15: 0.11, 17: 0.05, 19: 0.1, 21: 0.05, 25: 0.04, 27: 0.03, 29: 0.08, 31: 0.01, 33: 0.04, 37: 0.01, 39: 0.02, 41: 0.03, 43: 0.1, 45: 0.01, 47: 0.02, 49: 0.04, 51: 0.03, 53: 0.02, 55: 0.03 },
    clerk: { 13: 0.01, 23: 0.03, 25: 0.01, 29: 0.01, 31: 0.01, 35: 0.02, 39: 0.02, 41: 0.07, 43: 0.74, 51: 0.02, 53: 0.07 },
    therapist: { 19: 0.03, 21: 0.16, 29: 0.72, 31: 0.06, 39: 0.02 },
    technician: { 13: 0.01, 15: 0.03, 17: 0.15, 19: 0.12, 25: 0.01, 27: 0.03, 29: 0.09, 31: 0.03, 33: 0.01, 37: 0.01, 39: 0.01, 43: 0.02, 45: 0.01, 47: 0.05, 49: 0.23, 51: 0.15, 53: 0.03, 55: 0.02 },
    administrator: { 11: 0.35, 13: 0.12, 15: 0.34, 17: 0.01, 19: 0.01, 23: 0.01, 25: 0.01, 27: 0.01, 29: 0.01, 41: 0.01, 43: 0.13, 47: 0.02 },
    estimator: { 13: 0.66, 41: 0.05, 43: 0.16, 45: 0.02, 47: 0.02, 49: 0.07, 51: 0.03 },
    superintendent: { 11: 0.6, 27: 0.01, 33: 0.01, 37: 0.04, 39: 0.01, 45: 0.05, 47: 0.07, 49: 0.04, 51: 0.07, 53: 0.03, 55: 0.08 },
  },
});

test('title heads: the last word of a title\'s first phrase, its grade left out', () => {
  const rows: Array<[title: string, head: string | undefined]> = [
    ['Bank Level 5 Learning Disabilities Nurse', 'nurse'],
    ['Director of Nursing', 'director'],
    ['Staff Nurse - Band 5', 'nurse'],
    ['Teacher, Business', 'teacher'],
    ['Accountant II', 'accountant'],
    ['Registered Nurse (RN)', 'nurse'],
    ['', undefined],
  ];
  for (const [title, head] of rows) assert.equal(titleHead(title), head, title);
});

test('title fit reads which fields title heads name: a shared modifier of heads of different fields, or a shared head of no field, is no shared work', () => {
  const rows: Array<[name: string, wanted: string, held: string, fits: boolean]> = [
    ['heads of different fields sharing a modifier', 'Bank Nurse', 'Bank Teller', false],
    ['a modifier shared with a post of no field\'s head', 'Learning Disabilities Nurse', 'Online Learning Coordinator', false],
    ['a shared head of no field', 'IT Specialist', 'Scan Specialist', false],
    ['the same head, other modifiers', 'Mental Health Nurse', 'Staff Nurse', true],
    ['heads of one field', 'Bank Teller', 'Bank Cashier', true],
    ['heads of near fields sharing the work', 'Accounts Payable Specialist', 'Accounts Payable Clerk', true],
    ['a head shared as the other\'s modifier', 'Nurse Therapist', 'Therapist', true],
    ['a rank word heads one: the modifiers name the work', 'Nursing Manager', 'Staff Nurse', true],
    ['a head the table does not know', 'Classroom Teacher', 'Classroom Mentor', true],
    ['heads of no one occupation sharing their field\'s word', 'IT Technician', 'IT Administrator', true],
    ['heads less sure of their field sharing its word', 'Construction Estimator', 'Construction Superintendent', true],
  ];
  for (const [name, wanted, held, fits] of rows) {
    assert.equal(sharesWork(wanted, held, fieldLexicon), fits, name);
    assert.equal(workTitleSimilarity(wanted, held, fieldLexicon) > 0, fits, name);
  }
  // without the table, words alone decide
  assert.equal(workTitleSimilarity('Bank Nurse', 'Bank Teller') > 0, true);
});

test('a recent role of other work shares no title words with the job\'s title, and a head of no field counts in no posting', async () => {
  const job = await asJob(`# Learning Disabilities Nurse\n\n## About the role\nYou will support people with learning disabilities.\n\n## Requirements\n- Care planning\n`);
  const features = async (role: string, lexicon?: TitleLexicon) => lexicalFeatures(await asResume(resumeWithRoles('Careful worker', [role])), job, WordIdf.uniform(), lexicon);
  assert.ok((await features('Online Learning Coordinator')).jobTitleInRecentTitles > 0);
  assert.equal((await features('Online Learning Coordinator', fieldLexicon)).jobTitleInRecentTitles, 0);
  assert.ok((await features('Community Nurse', fieldLexicon)).jobTitleInRecentTitles > 0);
  const specialistJob = await asJob(`# IT Specialist\n\n## About the role\nThe specialist keeps the network running.\n\n## Requirements\n- Networking\n`);
  const inJob = async (lexicon?: TitleLexicon) => lexicalFeatures(await asResume(resumeWithRoles('Careful worker', ['Scan Specialist'])), specialistJob, WordIdf.uniform(), lexicon).roleTitleInJob;
  assert.ok((await inJob()) > 0);
  assert.equal(await inJob(fieldLexicon), 0);
});

test('a role titled by a stage of learning only ("Intern", "Trainee") names no work, like a rank: it reads in no posting\'s text', async () => {
  const job = await asJob(`# Elections Intern\n\n## About the role\nThe intern will support the elections team.\n\n## Requirements\n- Data entry\n`);
  const inJob = async (role: string) => lexicalFeatures(await asResume(resumeWithRoles('Careful worker', [role])), job, WordIdf.uniform()).roleTitleInJob;
  assert.equal(await inJob('Intern'), 0);
  assert.equal(await inJob('Trainee'), 0);
});

test('the job\'s title in the resume\'s current titles: skills added leave it unchanged', async () => {
  const job = await asJob(postTitle('Cardiac Staff Nurse'));
  const base = lexicalFeatures(await asResume(resumeWithRoles('Registered nurse', ['Staff Nurse'])), job, WordIdf.uniform()).jobTitleInRecentTitles;
  const more = lexicalFeatures(await asResume(resumeWithRoles('Registered nurse', ['Staff Nurse'], ['Patient assessment', 'Cardiac monitoring'])), job, WordIdf.uniform()).jobTitleInRecentTitles;
  assert.equal(more, base);
});

test('role field fit: a resume\'s roles in the job\'s field read nearer than roles in another field', async () => {
  const graph = syntheticGraph();
  const ranker = fakeRanker();
  const nurseJob = await asJob(NURSE_JOB);
  const accountantJob = await asJob(ACCOUNTANT_JOB);
  const nurse = await asResume(resumeText('Registered nurse', ['Payroll'], 'Staff Nurse'));
  const accountant = await asResume(resumeText('Staff accountant', ['Patient assessment'], 'Staff Accountant'));
  assert.ok(roleFieldFit(ranker, graph, nurse, nurseJob) > roleFieldFit(ranker, graph, nurse, accountantJob));
  assert.ok(roleFieldFit(ranker, graph, accountant, accountantJob) > roleFieldFit(ranker, graph, accountant, nurseJob));
});

test('role field fit: the skills a resume lists leave it unchanged (it reads role titles only)', async () => {
  const graph = syntheticGraph();
  const ranker = fakeRanker();
  const job = await asJob(NURSE_JOB);
  const base = roleFieldFit(ranker, graph, await asResume(resumeText('Staff accountant', ['Payroll'], 'Staff Accountant')), job);
  const more = roleFieldFit(ranker, graph, await asResume(resumeText('Staff accountant', ['Payroll', 'Patient assessment', 'Infection control', 'Basic Life Support'], 'Staff Accountant')), job);
  assert.equal(more, base);
});

test('what moves a score: each factor measured against a typical pair, largest effect first, named in the explanation', async () => {
  // a linear scorer: field counts most, missing skills cost, wording counts a little
  const reference = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as MatchFeatures;
  const scorer: MatchScorer = {
    name: 'model', threshold: 0.5, reference,
    async score(f) { return Math.max(0, Math.min(1, 0.2 + 0.5 * f.roleFieldFit + 0.1 * f.lexicalAgreement - 0.2 * f.missingSkillShare)); },
  };
  const ranker = fakeRanker();
  const graph = syntheticGraph();
  const engine = testEngine({ scorer, ranker });
  const job = await engine.analyze(NURSE_JOB, undefined, { kind: 'job' });
  const resume = await engine.analyze(resumeText('Registered nurse', ['Patient assessment'], 'Staff Nurse'), undefined, { kind: 'resume' });
  const result = await engine.match(resume, job);
  assert.ok(result.drivers, 'a scorer with a reference gives drivers');
  const effects = result.drivers!.map((d) => Math.abs(d.effect));
  assert.deepEqual(effects, [...effects].sort((a, b) => b - a), 'largest first');
  const field = result.drivers!.find((d) => d.factor === 'field')!;
  assert.ok(field.effect > 0, 'roles in the job\'s field raise the score');
  assert.ok(roleFieldFit(ranker, graph, resume, job) > 0);
  assert.match(result.explanation, /\*\*What moves it most:\*\* roles in the job's field \(\+\d+ points\)/);
  // a match says nothing of what holds it down
  assert.equal(result.match, true);
  assert.doesNotMatch(result.explanation, /What holds it down/);
  // the rule scorer knows no typical pair: no drivers, no summary line
  const plain = await testEngine().match(resume, job);
  assert.equal(plain.drivers, undefined);
  assert.doesNotMatch(plain.explanation, /What moves it most/);
});

test('a no-match whose largest factors all raise it says what holds it down', async () => {
  // the field, the titles and the wording raise the score most; missing skills lower it less, and the score stays under the threshold
  const reference = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as MatchFeatures;
  const scorer: MatchScorer = {
    name: 'model', threshold: 0.95, reference,
    async score(f) { return Math.max(0, Math.min(1, 0.1 + 0.3 * f.roleFieldFit + 0.3 * f.titleFit + 0.3 * f.lexicalAgreement - 0.05 * f.missingSkillShare)); },
  };
  const engine = testEngine({ scorer, ranker: fakeRanker() });
  const job = await engine.analyze(NURSE_JOB, undefined, { kind: 'job' });
  const resume = await engine.analyze(resumeText('Registered nurse', ['Patient assessment'], 'Staff Nurse'), undefined, { kind: 'resume' });
  const short = await engine.match(resume, job);
  assert.equal(short.match, false);
  assert.ok(short.drivers!.slice(0, 3).filter((d) => Math.abs(d.effect) >= 0.02).every((d) => d.effect > 0), `the largest factors all raise it: ${JSON.stringify(short.drivers)}`);
  assert.match(short.explanation, /\*\*What holds it down:\*\* required skills missing \(−\d+ points\)/);
});

test('titles that raise a score with no role title like the job\'s are named by their words and occupation, not as titles like the job\'s', async () => {
  const reference = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as MatchFeatures;
  const scorer: MatchScorer = { name: 'model', threshold: 0.5, reference, async score(f) { return Math.min(1, 0.1 + 0.5 * f.roleTitleInJob + 0.4 * f.titleFit); } };
  const engine = testEngine({ scorer });
  const job = await engine.analyze('# Treasury Accountant\n\n## Duties\n- Check the payroll records each month\n- Reconcile the ledgers\n', undefined, { kind: 'job' });
  const unlike = await engine.match(await engine.analyze(resumeText('Payroll clerk', ['Payroll'], 'Payroll Clerk'), undefined, { kind: 'resume' }), job);
  assert.equal(unlike.titleFit, 0);
  assert.match(unlike.explanation, /the words and occupation of the resume's role titles \(\+\d+ points\)/);
  const like = await engine.match(await engine.analyze(resumeText('Accountant', ['Payroll'], 'Treasury Accountant'), undefined, { kind: 'resume' }), job);
  assert.match(like.explanation, /role titles like the job's \(\+\d+ points\)/);
});

test('a job that asks for no skills and no years: no skill evidence either way (the skills read as a typical pair\'s), the years\' absence named, never skills found or years met', async () => {
  // a scorer whose skills factor moves the score however few skills the job asks for
  const reference = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as MatchFeatures;
  const scorer: MatchScorer = {
    name: 'model', threshold: 0.5, reference,
    async score(f) { return Math.max(0, Math.min(1, 0.1 + 0.4 * f.skillCoverage + 0.3 * f.experienceCoverage)); },
  };
  const engine = testEngine({ scorer });
  const job = await engine.analyze('# Treasury Accountant\n\n## Duties\n\nKeeps the city\'s books in order.\n', undefined, { kind: 'job' });
  const resume = await engine.analyze(resumeText('Accountant', ['Payroll'], 'Accountant'), undefined, { kind: 'resume' });
  const result = await engine.match(resume, job);
  assert.equal(result.skills.length + result.experience.length, 0, JSON.stringify(result.skills));
  // the skill features take the scorer's reference values: the absence of skills moves nothing
  for (const k of [...FACTORS.skills, 'hasRequirements'] as const) assert.equal(result.features[k], reference[k], k);
  assert.doesNotMatch(result.explanation, /no required skills to check/);
  assert.match(result.explanation, /no years of experience asked for \(\+\d+ points\)/);
  assert.doesNotMatch(result.explanation, /required skills found|years of experience \(/);
});

test('every input the resume can move belongs to exactly one factor of the explanation', () => {
  const owners = new Map<string, string[]>();
  for (const [factor, names] of Object.entries(FACTORS)) for (const n of names) owners.set(n, [...(owners.get(n) ?? []), factor]);
  for (const n of FEATURE_NAMES) {
    if (n === 'hasRequirements') continue; // the job's alone
    assert.equal(owners.get(n)?.length, 1, `${n}: ${owners.get(n)?.join(', ') ?? 'no factor'}`);
  }
});

test('experience: the last role\'s text ends with its section, so a licence listed after it is no year of that work', async () => {
  const job = await asJob('# Staff Nurse\n\n## Requirements\n\n- At least 5 years of experience as a Registered Nurse.\n');
  const resume = await asResume(`# Jordan Lee

## Experience

### Registered Nurse, Sound General
*Jun 2021 - Aug 2024*

- Assessed patients on a surgical unit.

### Certified Nursing Assistant, Cedar Ridge
*Jan 2018 - May 2021*

- Measured vital signs.

## Certifications

- Registered Nurse license, Washington State, 2021
`);
  const result = await engine.match(resume, job);
  const rn = result.experience.find((e) => /registered nurse/i.test(e.subject));
  assert.ok(rn, 'the requirement is read');
  assert.ok(!rn!.entries.some((e) => /Assistant/.test(e.title)), 'the assistant role is not nurse experience');
  assert.equal(rn!.verdict, 'short');
});

test('the rank a job asks for: its pay band where it names one, else its title, raised to senior by 5+ years', async () => {
  const { jobLevel } = await import('../src/engine/match/level.js');
  const rows: Array<[string, number | undefined]> = [
    ['# Department Administrator - Band 3\n\nAdmin support for the physics team.', 0],
    ['# Administrator\n\nAdmin support for the physics team.', 1],
    ['# Network Infrastructure Manager\n\nBand 7. Leads the network support team.', 2],
    ['# Accountant\n\n## Requirements\n\n- At least 6 years of experience as an accountant', 2],
  ];
  for (const [text, level] of rows) assert.equal(jobLevel(await asJob(text)), level, text);
});

test('years a resume states in its profile count where its dated roles show fewer, cited with their line; a statement about other work does not', async () => {
  const { statedYears } = await import('../src/engine/experience/stated.js');
  const { contentWords } = await import('../src/engine/match/similarity.js');
  const profile = (line: string) => asResume(`# Sam Doe\n\n## Profile\n\n${line}\n\n## Experience\n\n**Data Analyst**, Northwind (Jan 2022 - Jan 2024)\n- Built reports.\n`);
  const rows: Array<[string, string, number | undefined]> = [
    ['Data analyst with nine years of experience writing SQL and building reporting.', 'SQL', 9],
    ['Payroll specialist with 10+ years\' experience in payroll for retail chains.', 'payroll', 10],
    ['Analyst with 5 years of hands-on experience with Python, SQL and Tableau.', 'Tableau', 5],
    ['Registered nurse with 10 years of acute care experience, including more than 7 years in a\n24-bed adult medical/surgical ICU. Calm under pressure.', 'adult ICU', 7],
    ['Analyst with nine years of experience writing SQL.', 'Python', undefined],
    ['Eager to learn SQL over the next two years.', 'SQL', undefined],
  ];
  for (const [line, subject, years] of rows) {
    assert.equal(statedYears(await profile(line), contentWords(subject))?.years, years, line);
  }
  const resume = await profile('Data analyst with nine years of experience writing SQL and building reporting.');
  assert.equal(statedYears(resume, contentWords('SQL'))?.text, 'nine years of experience writing SQL');
  const job = await asJob('# Data Analyst\n\n## Qualifications\n\n- 3+ years of SQL in a professional setting.\n');
  const m = await engine.match(resume, job);
  const sql = m.experience.find((e) => /sql/i.test(e.subject));
  assert.ok(sql && sql.verdict === 'met' && sql.foundYears === 9, JSON.stringify(m.experience));
  assert.match(m.explanation, /stated in the resume: "nine years of experience writing SQL", line 5/);
});

test('a role whose text shows the work meets a requirement worded with setting words ("professional ... experience")', async () => {
  const resume = await asResume('# Sam Doe\n\n## Experience\n\n**Office Assistant**, Northwind (Jan 2019 - Jan 2024)\n- Ran payroll for 40 staff every month.\n');
  const job = await asJob('# Payroll Officer\n\n## Qualifications\n\n- 2+ years of professional payroll experience.\n');
  const m = await engine.match(resume, job);
  assert.ok(m.experience.length === 1 && m.experience[0].verdict === 'met', JSON.stringify(m.experience));
});

const SENIOR = 2;

test('ways to qualify: a resume that meets one path is not short of the others, and the post asks for the shortest path', async () => {
  const job = await asJob(`# Payroll Clerk

## Minimum Qualifications

1. A degree and two years of paid experience as a Payroll Clerk; or
2. Six years of paid experience as a Payroll Clerk.
`);
  assert.deepEqual(job.experienceRequirements.map((r) => r.alternativeGroup), [0, 0]);
  assert.notEqual(jobLevel(job), SENIOR, 'six years is one path, two the other: not a senior post');
  const resume = await asResume(resumeText('Payroll clerk', ['Payroll'], 'Payroll Clerk'));
  const result = await engine.match(resume, job);
  assert.deepEqual(result.experience.map((e) => [e.requiredYears, e.verdict, e.otherWays]), [[2, 'met', 1]], 'one piece of evidence for the group: the path met, beside one other way');
  assert.match(result.explanation, /one of 2 ways to qualify/);
  // a resume that meets neither path is shown the closest one, once
  const short = await engine.match(await asResume(resumeText('Cashier', ['Cash handling'], 'Cashier')), job);
  assert.equal(short.experience.length, 1);
});

test('years asked for no named work read as years of experience in the explanation', async () => {
  const job = await asJob('# Payroll Clerk\n\n## Qualifications\n\n- 2 years of experience in a similar role.\n');
  const m = await engine.match(await asResume(resumeText('Payroll clerk', ['Payroll'], 'Payroll Clerk')), job);
  assert.match(m.explanation, /- ✓ 2 years of experience: /);
});

test('ways to qualify: a path that asks for years twice is one way, met only when both are met', async () => {
  const job = await asJob(`# Instrument Mechanic

## Minimum Qualifications

1. Three years of full-time paid experience as a Steam Plant Assistant, one year of which shall be as a Boiler Operator; or
2. Two years of full-time paid experience as an Electrical Tester.
`);
  assert.deepEqual(job.experienceRequirements.map((r) => [r.alternativeGroup, r.wayToQualify]), [[0, 0], [0, 0], [0, 2]]);
  assert.notEqual(jobLevel(job), SENIOR, 'two years on one path, three on the other');
  // the second path met: no gap, one piece of evidence beside one other way (not two)
  const tester = await engine.match(await asResume(resumeText('Electrical tester', ['Testing'], 'Electrical Tester')), job);
  assert.deepEqual(tester.experience.map((e) => [e.requiredYears, e.verdict, e.otherWays]), [[2, 'met', 1]]);
  assert.match(tester.explanation, /one of 2 ways to qualify/);
  // the first path half met (the three years, none as a boiler operator): the part not met is the one shown
  const assistant = await engine.match(await asResume(resumeText('Steam plant assistant', ['Boilers'], 'Steam Plant Assistant')), job);
  assert.deepEqual(assistant.experience.map((e) => [e.requiredYears, e.verdict]), [[1, 'missing']]);
});

test('ways to qualify: years offered beside a path that asks for none are no gap when the resume shows that path', async () => {
  const job = await asJob(`# Machinist

## Minimum Qualifications

1. Completion of a recognized apprenticeship as a machinist; or
2. Six years of full-time paid experience as a Machinist.
`);
  const apprentice = resumeText('Machinist', ['Lathe'], 'Machinist').replace('Jan 2019', 'Jan 2024').replace('- Kept careful records every day.', '- Completed a four-year machinist apprenticeship.');
  const taken = await engine.match(await asResume(apprentice), job);
  assert.deepEqual(taken.experience, [], 'the apprenticeship path is taken: no experience gap');
  assert.deepEqual(taken.qualifiedOtherWay?.map((w) => [w.requiredYears, w.path]), [[6, 'Completion of a recognized apprenticeship as a machinist']]);
  assert.match(taken.explanation, /not needed, the resume shows the other way to qualify \("Completion of a recognized apprenticeship as a machinist"\)/);
  const cashier = await engine.match(await asResume(resumeText('Cashier', ['Cash handling'], 'Cashier')), job);
  assert.deepEqual(cashier.experience.map((e) => e.verdict), ['missing'], 'neither path shown: the years are still a gap');
  const degreeJob = await asJob(`# Preschool Teacher

## Minimum Qualifications

Have a bachelor's degree in a child related field; OR have three months of experience as a Preschool Teacher.
`);
  const graduate = resumeText('Tutor', ['Tutoring'], 'Cashier') + '\n## Education\nBachelor of Arts in Child Development, State University, 2018\n';
  assert.deepEqual((await engine.match(await asResume(graduate), degreeJob)).experience, [], 'a degree meets the degree path');
});

// one row per shape of an "or" inside what a requirement's years are of
const WORK_ALTERNATIVES_TABLE: Array<[string, string, string[]]> = [
  ['two lines of work of one word each', 'shipping or receiving', ['shipping', 'receiving']],
  ['two lines of work of several words', 'customer service or interaction with students', ['customer service', 'interaction with students']],
  ['one word before a phrase: it shares the phrase\'s last word', 'bar and/or restaurant management', ['bar management', 'restaurant management']],
  ['one word before a phrase, its last word of content kept', 'commercial or public works projects', ['commercial projects', 'public works projects']],
  ['one word after a phrase: it stands for the phrase\'s last word', 'enforcement of laws or regulations', ['enforcement of laws', 'enforcement of regulations']],
  ['two roles', 'Custodian Supervisor or Window Cleaner Supervisor', ['Custodian Supervisor', 'Window Cleaner Supervisor']],
  ['a comparison, no work of its own', 'driving a bus of 40 seated passenger capacity or larger', ['driving a bus of 40 seated passenger capacity or larger']],
  ['a grade, no work of its own', 'Senior Traffic Supervisor II or III', ['Senior Traffic Supervisor II or III']],
  ['several "or"s between short phrases, one naming only where', 'warehouse or fulfillment related role or facility', ['warehouse', 'fulfillment related role']],
  ['several "or"s, one phrase a long clause', 'maintenance of heavy duty diesel powered vehicles or construction equipment or watercraft', ['maintenance of heavy duty diesel powered vehicles or construction equipment or watercraft']],
  ['a long clause', 'young children in a licensed childcare or preschool setting', ['young children in a licensed childcare or preschool setting']],
  ['a series on commas closed by "or"', 'retail, hospitality, or customer service', ['retail', 'hospitality', 'customer service']],
  ['a series of roles on commas', 'Cook, Chef, or Kitchen Manager', ['Cook', 'Chef', 'Kitchen Manager']],
  ['two lines of work on a slash', 'culinary/kitchen experience', ['culinary', 'kitchen experience']],
  ['a series closed by "and": every one of them, no alternatives', 'Cook, Chef and Kitchen Manager', ['Cook, Chef and Kitchen Manager']],
];

for (const [name, subject, expected] of WORK_ALTERNATIVES_TABLE) {
  test(`the lines of work a requirement offers: ${name}`, () => {
    assert.deepEqual(workAlternatives(subject), expected);
  });
}

test('experience of one line of work offered counts when a role\'s title holds all of it with words of its own ("Carpenter Foreman" for "Carpenter or Cabinetmaker"); a title sharing one word of it does not', async () => {
  const verdict = async (posting: string, title: string) => {
    const job = await asJob(`# Warehouse Lead\n\n## Requirements\n\n- ${posting}\n`);
    const resume = await asResume(`# Sam Lee\n\n## Experience\n\n### ${title}, Harbor Supply\n*Jan 2016 - Dec 2022*\n\n- Ran the floor and the schedule.\n`);
    return (await engine.match(resume, job)).experience[0]?.verdict;
  };
  assert.equal(await verdict('4 years of experience as a Carpenter or Cabinetmaker', 'Carpenter Foreman'), 'met');
  assert.equal(await verdict('3+ years in bar and/or restaurant management', 'Retail Store Management'), 'missing');
});

/** the verdict on a posting's one experience requirement for a resume of one role with one duty */
async function oneRoleVerdict(jobTitle: string, posting: string, title: string, duty: string) {
  const job = await asJob(`# ${jobTitle}\n\n## Requirements\n\n- ${posting}\n`);
  const resume = await asResume(`# Sam Lee\n\n## Experience\n\n### ${title}, Oak Place\n*Aug 2012 - Jun 2022*\n\n- ${duty}\n`);
  return (await engine.match(resume, job)).experience[0]?.verdict;
}

test('experience in a setting described by its pace ("a busy kitchen", "a high-volume restaurant") counts for a role whose own text names the setting; one that does not, does not', async () => {
  const verdict = (posting: string, title: string, duty: string) => oneRoleVerdict('Line Cook', posting, title, duty);
  assert.equal(await verdict('Minimum two years experience in a busy kitchen', 'Executive Sous Chef', 'Ran the kitchen and trained the line.'), 'met');
  assert.equal(await verdict('2 years of experience in a high volume restaurant', 'Server', 'Served tables in a 200-seat restaurant.'), 'met');
  assert.equal(await verdict('Minimum two years experience in a busy kitchen', 'Bookkeeper', 'Reconciled the ledgers monthly for a busy office.'), 'missing');
});

test('years of the work named before "experience" count for a role in that work; a series offers each of its lines; a setting\'s class alone names no work', async () => {
  const verdict = (posting: string, title: string, duty: string) => oneRoleVerdict('Sales Associate', posting, title, duty);
  assert.equal(await verdict('3 years sales experience', 'Sales Representative', 'Sold memberships door to door.'), 'met');
  assert.equal(await verdict('3 years sales experience', 'Bookkeeper', 'Reconciled the ledgers monthly.'), 'missing');
  assert.equal(await verdict('2+ years of experience in retail, hospitality, or customer service', 'Hotel Front Desk Agent', 'Checked in guests and handled hospitality requests.'), 'met');
  assert.equal(await verdict('2+ years of experience in retail, hospitality, or customer service', 'Bookkeeper', 'Reconciled the ledgers monthly.'), 'missing');
  assert.equal(await verdict('2 years upscale experience', 'Server', 'Served tables.'), 'met');
});

test('experience managing others counts for a role whose title holds a managing rank or whose own lines say it managed; a duty naming management does not', async () => {
  const verdict = (posting: string, title: string, duty: string) => oneRoleVerdict('Shift Lead', posting, title, duty);
  assert.equal(await verdict('2 years supervisory experience', 'Night Shift Supervisor', 'Ran the night shift.'), 'met');
  assert.equal(await verdict('2 years of management experience', 'Line Cook', 'Managed a prep team of four on weekends.'), 'met');
  assert.equal(await verdict('2 years of management experience', 'Crew Member', 'Reported stock shortages to management.'), 'missing');
  assert.equal(await verdict('2+ years of leadership experience', 'Head Chef', 'Planned menus.'), 'met');
  assert.equal(await verdict('2 years of management experience', 'Sales Associate', 'Sold shoes for a leading retailer and directed customers to the fitting rooms.'), 'missing');
});

test('experience of one line of work offered counts when a role\'s own text names that line ("students" for "customer service or interaction with students"); a role that names neither does not', async () => {
  const verdict = (posting: string, title: string, duty: string) => oneRoleVerdict('Music Teacher', posting, title, duty);
  // "interaction with", "dealing with", "contact with": work with whom the words after name
  assert.equal(await verdict('2 years of customer service or interaction with students', 'Teacher', 'Planned lessons for 25 students.'), 'met');
  assert.equal(await verdict('2 years of experience dealing with the public or customer service', 'Librarian', 'Answered questions from the public.'), 'met');
  assert.equal(await verdict('2 years of customer service or interaction with students', 'Bookkeeper', 'Reconciled the ledgers monthly.'), 'missing');
  // several lines offered: a role in any one of them
  assert.equal(await verdict('1 year in a warehouse or fulfillment related role or facility', 'Night Warehouse Selector', 'Picked orders on the night shift.'), 'met');
  assert.equal(await verdict('1 year in a warehouse or fulfillment related role or facility', 'Bookkeeper', 'Reconciled the ledgers monthly.'), 'missing');
});

test('a role titled by another name of an occupation does that occupation\'s work ("Software Engineer" is a software developer); the role\'s text must show what else the requirement names', async () => {
  const verdict = async (title: string, duty: string) => {
    const job = await asJob(`# Backend Developer\n\n## Requirements\n\n- 3+ years of professional backend software development experience\n`);
    const resume = await asResume(`# Sam Lee\n\n## Experience\n\n### ${title}, Harbor Parcel\n*Jan 2016 - Dec 2022*\n\n- ${duty}\n`);
    return (await engine.match(resume, job)).experience[0]?.verdict;
  };
  assert.equal(await verdict('Software Engineer', 'Built the backend services for parcel tracking.'), 'met');
  assert.equal(await verdict('Software Engineer', 'Built the mobile app for parcel tracking.'), 'missing', '"backend" is not every developer\'s work');
  assert.equal(await verdict('Office Manager', 'Ran the backend office for parcel tracking.'), 'missing');
});

test('a role titled only by its rank ("Supervisor", "Manager") is no experience of a named line of work; with an employer or text that names the work it is', async () => {
  const verdict = async (posting: string, header: string, duty = 'Kept the team on schedule.') => {
    const job = await asJob(`# Senior Recreation Supervisor\n\n## Requirements\n\n- ${posting}\n`);
    const resume = await asResume(`# Sam Lee\n\n## Experience\n\n### ${header}\n*Jan 2016 - Dec 2022*\n\n- ${duty}\n`);
    return (await engine.match(resume, job)).experience[0]?.verdict;
  };
  assert.equal(await verdict('Two years of experience as a Recreation Supervisor', 'Supervisor, Kids Club'), 'missing');
  assert.equal(await verdict('Two years of experience as a Recreation Supervisor', 'Supervisor, City Recreation Center'), 'met');
  assert.equal(await verdict('Two years of experience as a Manager', 'Manager, Harbor Grill'), 'met');
});

// Class: a required skill that names a line of work ("Software development", "Teaching") and a role whose title does that work
test('a required skill that names the work a role\'s title does is shown by that role, cited with its line; words the title leaves unsaid must be in the role\'s text', async () => {
  const evidence = async (skill: string, title: string, duty: string) => {
    const job = await asJob(`# Engineer\n\n## Requirements\n\n- ${skill}\n`);
    const resume = await asResume(`# Sam Lee\n\n## Experience\n\n### ${title}, Harbor Parcel\n*Jan 2016 - Dec 2022*\n\n- ${duty}\n`);
    const result = await engine.match(resume, job);
    return { found: result.skills.find((s) => s.required.text === skill), explanation: result.explanation };
  };
  const shown = await evidence('Software development', 'Software Engineer', 'Built parcel tracking services.');
  assert.ok(shown.found && shown.found.similarity > 0, 'a software engineer does software development');
  assert.match(shown.explanation, /✓ Software development: the work of the role "Software Engineer" \(line 5\)/);
  assert.equal((await evidence('Embedded software development', 'Software Engineer', 'Built parcel tracking services.')).found?.similarity ?? 0, 0, '"embedded" is not every developer\'s work');
  assert.ok(((await evidence('Embedded software development', 'Software Engineer', 'Built embedded parcel scanners.')).found?.similarity ?? 0) > 0);
  assert.equal((await evidence('Software development', 'Office Manager', 'Ran the parcel office.')).found?.similarity ?? 0, 0);
});

// Class: a recent title that shares the job title's words only through the stem
test('the job\'s title in the resume\'s recent titles: an "Accounting Manager" is not an "Account Manager"', async () => {
  const inRecent = async (role: string) => {
    const job = await asJob(`# Account Manager\n\n## Requirements\n\n- Customer service\n`);
    const resume = await asResume(`# Sam Lee\n\n## Experience\n\n**${role}**, Harbor Parcel (Jan 2016 - Dec 2022)\n\n- Kept the books.\n`);
    assert.deepEqual(resume.experience.map((e) => e.title), [role]);
    return (await engine.match(resume, job)).features.jobTitleInRecentTitles;
  };
  assert.equal(await inRecent('Account Manager'), 1);
  assert.ok((await inRecent('Accounting Manager')) <= 0.5, 'only "manager" is the job title\'s word');
});
