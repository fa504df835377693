// Licences a posting asks for by name (match/credentials.ts): one row per class of asking
// sentence, on invented postings and resumes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { credentialEvidence, credentialMissingShare } from '../src/engine/match/credentials.js';
import { explainMatch } from '../src/engine/explain/explain.js';
import { testEngine } from './support/engine.js';

const engine = testEngine();
const job = (requirements: string, summary = 'We run a busy ward in a friendly team.') =>
  engine.analyze(`# Staff Nurse\n\n${summary}\n\n## Requirements\n\n${requirements}\n`, undefined, { kind: 'job' });
const resume = (text: string) => engine.analyze(`# Sam Doe\n\n## Summary\n\n${text}\n\n## Experience\n\n**Staff Nurse**, Northwind (Jan 2019 - Present)\n- Cared for patients.\n`, undefined, { kind: 'resume' });

test('licences asked by name: named in the resume or not, alternatives in one sentence, never a body or a check every posting names', async () => {
  const rows: Array<[string, string, string, string[], number]> = [
    ['asked and named', '- Current RMN registration is essential.', 'RMN qualified nurse with six years on wards.', ['RMN'], 0],
    ['asked, not named', '- Current RMN registration is essential.', 'Registered nurse with six years on wards.', ['RMN'], 1],
    ['alternatives: one named meets the sentence', '- A CPA or CFA certificate is required.', 'Accountant, CFA charterholder.', ['CPA', 'CFA'], 0],
    ['bodies and checks are no licence', '- NHS experience and an enhanced DBS certificate are required.', 'Nurse.', [], 0],
    ['a shouted sentence names nothing', '- MUST HAVE VALID CDL LICENSE.', 'Driver.', [], 0],
    ['a school-leaving qualification is schooling, no licence', '- A high school diploma or GED certificate is required.', 'Nurse, BSc Nursing.', [], 0],
    ['a school-leaving qualification beside a licence: the licence is asked', '- GCSE English and Maths or equivalent, and NVQ 3 certificate in care.', 'Carer.', ['NVQ'], 1],
  ];
  for (const [kind, asked, written, names, missing] of rows) {
    const ev = credentialEvidence(await resume(written), await job(asked));
    assert.deepEqual(ev.map((e) => e.name), names, kind);
    assert.equal(credentialMissingShare(ev), missing, kind);
  }
});

test('a credential its own clause wishes for is preferred, in a zone that requires; one that clause requires stays required', async () => {
  const rows: Array<[string, string, boolean[], boolean[]]> = [
    // [class, requirement, education required?, licences required?]
    ['preferred after the degree', "- A bachelor's degree in nursing is preferred.", [false], []],
    ['a plus after the licence', '- An ACLS certificate is a plus.', [], [false]],
    ['ideally before the licence', '- Ideally a current CDL licence.', [], [false]],
    ['a required degree beside a wished-for registration, each its own clause', '- Degree required, RMN registration preferred.', [true], [false]],
    ['required, no wish', '- Current RMN registration is essential.', [], [true]],
  ];
  for (const [kind, asked, education, licences] of rows) {
    const credentials = (await job(asked)).credentials!;
    assert.deepEqual(credentials.education.map((e) => e.required), education, kind);
    assert.deepEqual(credentials.licences.map((e) => e.required), licences, kind);
  }
});

test('a licence the prose asks of the candidate counts too, and the explanation names it with the job\'s line and the resume\'s', async () => {
  const j = await job('- Good communication', 'As the ideal candidate you would be an RMN qualified Nurse with a passion for care.');
  const r = await resume('Registered nurse with six years on medical wards.');
  const ev = credentialEvidence(r, j);
  assert.deepEqual(ev.map((e) => [e.name, e.named]), [['RMN', false]]);
  const text = explainMatch(await engine.match(r, j), r, j);
  assert.match(text, /✗ RMN: asked in "As the ideal candidate[^"]*" \(job line 3\); not named in the resume/);
  const named = await resume('Registered nurse, RMN, with six years on medical wards.');
  assert.match(explainMatch(await engine.match(named, j), named, j), /✓ RMN: asked in "[^"]*" \(job line 3\); named on resume line 5/);
});

test('a licence the post gives time to gain after hiring is said so in the explanation; one asked now is not', async () => {
  const rows: Array<[string, string, string, boolean]> = [
    ['new appointees', '- New appointees must obtain their EIT certificate within three years.', 'EIT', true],
    ['within days of hire', '- CPR and AED certification required within 30 days of hire.', 'CPR', true],
    ['some posts, within months of the hire date', '- Some positions may require a QSP certification within six months of the hire date.', 'QSP', true],
    ['at the time of appointment: asked now', '- A valid CDL licence is required at the time of appointment.', 'CDL', false],
    ['within the past years: asked now', '- BLS certification obtained within the past two years.', 'BLS', false],
    ['within months of the interview: asked now', '- Full GMC registration, or eligible for the Register within six months of the date of interview.', 'GMC', false],
    ['willing to work towards it, beside a licence asked now', '- NMC registration is essential, and an ACLS certificate or willingness to complete it.', 'NMC', false],
  ];
  const r = await resume('Engineer with two years of site work.');
  for (const [kind, asked, name, later] of rows) {
    const j = await job(asked);
    const ev = credentialEvidence(r, j).find((e) => e.name === name);
    assert.ok(ev, kind);
    assert.equal(ev.gainedInPost === true, later, kind);
    const text = explainMatch(await engine.match(r, j), r, j);
    assert.equal(text.includes(`✗ ${name}: asked in`) && text.includes('gives time to gain it after hiring'), later, kind);
  }
});

test('naming a licence the job asks for never raises the share missing (monotone)', async () => {
  const j = await job('- Current RMN registration and an ACLS certificate are required.\n- A valid CDL licence.');
  const before = credentialMissingShare(credentialEvidence(await resume('Nurse.'), j));
  const after = credentialMissingShare(credentialEvidence(await resume('Nurse with RMN and ACLS.'), j));
  assert.ok(after <= before, `${after} > ${before}`);
});

// Class: words of a document quoted by the explanation that run across a line break (a resume's
// keyword list wrapped at a fixed width: "..., email, employee\nrelations, special events, ...")
test('a quoted phrase written across a line break reads on one line', async () => {
  const { quoted } = await import('../src/engine/explain/explain.js');
  assert.equal(quoted('employee\nrelations'), '"employee relations"');
  assert.equal(quoted('  Current RMN\r\n  registration '), '"Current RMN registration"');
});
