// The built CLI (server/bin/hrdocs.mjs -> server/dist/hrdocs.mjs), run as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/hrdocs.mjs', import.meta.url));
const DIST = fileURLToPath(new URL('../../../dist/hrdocs.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const RESUME = `# Jordan Lee

jordan.lee@example.com

## Summary
Registered nurse with critical care experience.

## Skills
- Patient assessment
- Medication administration
- Python
- SQL

## Experience
### Registered Nurse, Intensive Care Unit — City Hospital
Jan 2019 – Jun 2023
- Monitored critically ill patients and administered medications.

## Education
- BSc Nursing, 2018
`;

const JOB = `# ICU Registered Nurse

## Required Skills
- Patient assessment
- Ventilator management
- Medication administration

## Required Experience
- 3+ years of experience as a Registered Nurse

## Responsibilities
- Care for critically ill patients.
`;

interface Run { status: number | null; stdout: string; stderr: string }

function hrdocs(args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 120_000, cwd: ROOT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'hrdocs-cli-test-'));
const resumePath = join(dir, 'jordan-resume.md');
const jobPath = join(dir, 'icu-job.md');
writeFileSync(resumePath, RESUME);
writeFileSync(jobPath, JOB);
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** No JavaScript stack trace in what a user sees. */
function assertNoStack(s: string): void {
  assert.doesNotMatch(s, /^\s+at .+\(.*:\d+:\d+\)$/m, `stack trace in output:\n${s}`);
  assert.doesNotMatch(s, /\bError: .*\n\s+at /, `stack trace in output:\n${s}`);
}

function sample(kind: 'resumes' | 'jobs'): string | undefined {
  const d = join(ROOT, 'samples', kind);
  if (!existsSync(d)) return undefined;
  const f = readdirSync(d).filter((x) => x.endsWith('.md')).sort()[0];
  return f ? join(d, f) : undefined;
}

test('the bundle is built', () => {
  assert.ok(existsSync(DIST), 'server/dist/hrdocs.mjs is missing: run `npm run build`');
});

test('analyze --json: the batch analyze shape', () => {
  const r = hrdocs(['analyze', resumePath, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.kind, 'resume');
  assert.ok(Array.isArray(a.skills) && a.skills.length > 0, 'skills found');
  for (const s of a.skills) {
    assert.equal(typeof s.name, 'string');
    assert.equal(typeof s.text, 'string');
    assert.ok(s.kind === 'skill' || s.kind === 'knowledge');
    assert.equal(typeof s.id, 'string');
    assert.ok(s.confidence >= 0 && s.confidence <= 1);
    assert.equal(typeof s.range.start.line, 'number');
    assert.equal(typeof s.range.end.character, 'number');
    // the range covers the surface text
    const line = RESUME.split('\n')[s.range.start.line];
    if (s.range.start.line === s.range.end.line) {
      assert.equal(line.slice(s.range.start.character, s.range.end.character), s.text);
    }
  }
  assert.ok(a.skills.some((s: { name: string }) => /patient assessment/i.test(s.name)), JSON.stringify(a.skills.map((s: { name: string }) => s.name)));
  assert.ok(Array.isArray(a.experience));
  for (const e of a.experience) {
    assert.match(e.start, /^\d{4}-\d{2}$/);
    assert.match(e.end, /^\d{4}-\d{2}$/);
    assert.equal(typeof e.years, 'number');
    assert.equal(typeof e.current, 'boolean');
    assert.equal(typeof e.range.start.line, 'number');
  }
  assert.ok(a.zones.length > 0 && a.zones.every((z: { zone: string; confidence: number }) => typeof z.zone === 'string' && z.confidence >= 0 && z.confidence <= 1));
  assert.ok(a.zones.some((z: { zone: string }) => z.zone === 'experience'), JSON.stringify(a.zones.map((z: { zone: string }) => z.zone)));
  assert.match(a.reference.month, /^\d{4}-\d{2}$/);
  assert.equal(typeof a.title, 'string');
  assert.deepEqual(Object.keys(a).sort(), ['experience', 'kind', 'reference', 'skills', 'title', 'zones']);
});

test('analyze --json of a job: its requirements, each from its requirement zones', () => {
  const r = hrdocs(['analyze', jobPath, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.kind, 'job');
  assert.deepEqual(Object.keys(a.requirements).sort(), ['education', 'experience', 'licences', 'skills']);
  assert.ok(a.requirements.skills.length > 0 && a.requirements.experience.length > 0);
  for (const e of a.requirements.experience) {
    assert.ok(e.years > 0 && typeof e.required === 'boolean' && typeof e.subject === 'string', JSON.stringify(e));
  }
});

test('analyze: human output and --kind job', () => {
  const r = hrdocs(['analyze', jobPath]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /kind:\s+job/);
  assert.match(r.stdout, /skills \(\d+/);
  assert.match(r.stdout, /experience requirements/);
  // each skill's confidence is the one the hover shows: the calibrated probability, not the extractor's score
  const json = JSON.parse(hrdocs(['analyze', jobPath, '--json']).stdout) as { skills: Array<{ text: string; probability?: number; confidence: number }> };
  const shown = json.skills.find((s) => s.probability !== undefined && Math.abs(s.probability - s.confidence) >= 0.01);
  assert.ok(shown, 'a skill whose probability differs from the extractor\'s score');
  const row = r.stdout.split('\n').find((l) => l.includes(shown.text.slice(0, 30)));
  assert.ok(row && row.trimEnd().endsWith(`${Math.round(shown.probability! * 100)}%`), `${row} (probability ${shown.probability}, extractor ${shown.confidence})`);
  const k = hrdocs(['analyze', resumePath, '--kind', 'job', '--json']);
  assert.equal(k.status, 0, k.stderr);
  assert.equal(JSON.parse(k.stdout).kind, 'job');
});

test('analyze: skills the editor shows as hints beyond the document\'s own list are listed apart, at the hint threshold or above', () => {
  const path = join(ROOT, 'samples', 'resumes', 'tom-becker-electrician.md');
  const hint = (JSON.parse(readFileSync(join(ROOT, 'models', 'skill-calibrator.json'), 'utf8')) as { thresholds: { hint: number } }).thresholds.hint;
  const a = JSON.parse(hrdocs(['analyze', path, '--json']).stdout) as { skills: Array<{ name: string }>; alsoInText?: Array<{ name: string; probability?: number; confidence: number }> };
  assert.ok(a.alsoInText && a.alsoInText.length > 0, 'the sample names skills in its duties that its Skills list leaves out');
  const listed = new Set(a.skills.map((s) => s.name.toLowerCase()));
  for (const s of a.alsoInText) {
    assert.ok(!listed.has(s.name.toLowerCase()), `${s.name} is in the list`);
    assert.ok((s.probability ?? s.confidence) >= hint, JSON.stringify(s));
  }
  assert.equal(new Set(a.alsoInText.map((s) => s.name.toLowerCase())).size, a.alsoInText.length, 'one per name');
  const text = hrdocs(['analyze', path]).stdout;
  assert.match(text, new RegExp(`also in the text \\(${a.alsoInText.length};`));
});

test('match --json: score, decision, skills, experience, explanation', () => {
  const r = hrdocs(['match', resumePath, jobPath, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const m = JSON.parse(r.stdout);
  assert.ok(m.score >= 0 && m.score <= 1);
  assert.equal(typeof m.match, 'boolean');
  assert.ok(Array.isArray(m.matchedSkills) && Array.isArray(m.missingSkills));
  for (const s of [...m.matchedSkills, ...m.missingSkills]) assert.equal(typeof s, 'string');
  assert.ok(Array.isArray(m.experience));
  for (const e of m.experience) assert.ok(['met', 'short', 'missing'].includes(e.verdict));
  assert.equal(typeof m.explanation, 'string');
  assert.ok(m.explanation.length > 0);
});

test('match --explain: the explanation alone, the same text as --json carries (and the hover shows)', () => {
  const r = hrdocs(['match', resumePath, jobPath, '--explain']);
  assert.equal(r.status, 0, r.stderr);
  const m = JSON.parse(hrdocs(['match', resumePath, jobPath, '--json']).stdout);
  assert.equal(r.stdout.trimEnd(), m.explanation.trimEnd());
  assert.doesNotMatch(r.stdout, /^\s*score:/m);
});

test('match and analyze on the shipped samples', { skip: !sample('resumes') || !sample('jobs') ? 'no samples yet' : false }, () => {
  const r = hrdocs(['match', sample('resumes')!, sample('jobs')!]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /score:\s+\d+%/);
  assert.match(r.stdout, /explanation:/);
  const a = hrdocs(['analyze', sample('resumes')!, '--json']);
  assert.equal(a.status, 0, a.stderr);
  assert.ok(JSON.parse(a.stdout).skills.length > 0);
});

test('--workspace DIR: its .hrdocs/not-skills.txt takes a requirement out of the match, its skills.txt adds a skill with aliases; the working folder\'s by default', () => {
  const plain = JSON.parse(hrdocs(['match', resumePath, jobPath, '--json']).stdout);
  assert.match(plain.explanation, /✗ Ventilator management/);
  const dismissing = join(dir, 'ws-not-skills');
  mkdirSync(join(dismissing, '.hrdocs'), { recursive: true });
  writeFileSync(join(dismissing, '.hrdocs', 'not-skills.txt'), '# invented\nVentilator management\n');
  const dismissed = JSON.parse(hrdocs(['match', resumePath, jobPath, '--json', '--workspace', dismissing]).stdout);
  assert.doesNotMatch(dismissed.explanation, /ventilator/i);
  assert.equal(dismissed.matchedSkills.length + dismissed.missingSkills.length, plain.matchedSkills.length + plain.missingSkills.length - 1);
  const adding = join(dir, 'ws-skills');
  mkdirSync(join(adding, '.hrdocs'), { recursive: true });
  writeFileSync(join(adding, '.hrdocs', 'skills.txt'), 'Ventilator management: critical care\n');
  const added = JSON.parse(hrdocs(['match', resumePath, jobPath, '--json', '--workspace', adding]).stdout);
  assert.ok(added.matchedSkills.includes('Ventilator management'), JSON.stringify(added));
  const analyzed = JSON.parse(hrdocs(['analyze', jobPath, '--json', '--workspace', adding]).stdout);
  assert.ok(analyzed.skills.some((s: { name: string; id: string }) => s.name === 'Ventilator management' && s.id === 'workspace:ventilator management'), JSON.stringify(analyzed.skills));
  // the working folder's .hrdocs/ when --workspace is not given
  const here = spawnSync(process.execPath, [BIN, 'match', resumePath, jobPath, '--json'], { encoding: 'utf8', timeout: 120_000, cwd: adding });
  assert.ok(JSON.parse(here.stdout).matchedSkills.includes('Ventilator management'), here.stderr);
  const bad = hrdocs(['match', resumePath, jobPath, '--workspace', join(dir, 'nowhere')]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--workspace: .*no such folder/);
  assertNoStack(bad.stderr);
});

test('fix --json adds missing skills and never touches dates; --write writes', () => {
  const r = hrdocs(['fix', resumePath, '--job', jobPath, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const f = JSON.parse(r.stdout);
  assert.equal(typeof f.text, 'string');
  assert.ok(Array.isArray(f.edits));
  assert.match(f.text, /Jan 2019 – Jun 2023/);
  const copy = join(dir, 'copy-resume.md');
  writeFileSync(copy, RESUME);
  const w = hrdocs(['fix', copy, '--job', jobPath, '--write']);
  assert.equal(w.status, 0, w.stderr);
  assert.equal(readFileSync(copy, 'utf8'), f.text);
  const missing = hrdocs(['fix', resumePath]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--job/);
});

test('batch: one ordered answer per line, errors where due', () => {
  const lines = [
    JSON.stringify({ id: 1, op: 'analyze', text: RESUME, kind: 'resume' }),
    '{"id": 2, "op": "analyze", "text": ',
    JSON.stringify({ id: 3, op: 'frobnicate' }),
    JSON.stringify({ id: 4, op: 'match', resume: RESUME, job: JOB }),
    JSON.stringify({ id: 'five', op: 'analyze', text: 42 }),
  ];
  const r = hrdocs(['batch'], lines.join('\n') + '\n');
  assert.equal(r.status, 0, r.stderr);
  const answers = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(answers.length, 5, r.stdout);
  assert.equal(answers[0].id, 1);
  assert.equal(answers[0].kind, 'resume');
  assert.ok(answers[0].skills.length > 0);
  assert.equal(answers[1].id, null);
  assert.match(answers[1].error, /^invalid JSON/);
  assert.equal(answers[2].id, 3);
  assert.match(answers[2].error, /unknown op/);
  assert.equal(answers[3].id, 4);
  assert.ok(answers[3].score >= 0 && answers[3].score <= 1);
  assert.equal(typeof answers[3].match, 'boolean');
  assert.equal(typeof answers[3].explanation, 'string');
  assert.equal(answers[4].id, 'five');
  assert.match(answers[4].error, /text/);
  assertNoStack(r.stderr);
});

test('batch: blank and non-object lines answer too; jd and generate', () => {
  const input = ['', '[1,2]', JSON.stringify({ id: 7, op: 'jd', title: 'Registered Nurse' }), JSON.stringify({ id: 8, op: 'generate', resume: RESUME, count: 2 })].join('\n') + '\n';
  const r = hrdocs(['batch'], input);
  assert.equal(r.status, 0, r.stderr);
  const answers = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(answers.length, 4, r.stdout);
  assert.deepEqual(answers[0].id, null);
  assert.match(answers[0].error, /invalid JSON/);
  assert.match(answers[1].error, /object/);
  assert.equal(answers[2].id, 7);
  assert.equal(typeof answers[2].markdown, 'string');
  assert.equal(answers[3].id, 8);
  // the two suggestions asked for, and at most one stretch role after them
  assert.ok(Array.isArray(answers[3].jobs) && answers[3].jobs.filter((j: { stretch?: boolean }) => !j.stretch).length <= 2 && answers[3].jobs.length <= 3);
});

test('an empty file: exit 2, one line, no stack trace', () => {
  const p = join(dir, 'empty-resume.md');
  writeFileSync(p, '');
  const r = hrdocs(['analyze', p]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /empty/);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.equal(r.stdout, '');
  assertNoStack(r.stderr);
});

test('a binary file: exit 2, one line, no stack trace', () => {
  const p = join(dir, 'photo.md');
  writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]));
  for (const args of [['analyze', p], ['match', p, jobPath], ['fix', resumePath, '--job', p]]) {
    const r = hrdocs(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /binary/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assertNoStack(r.stderr);
  }
});

test('a missing file, a directory, bad usage: exit 2 with a message', () => {
  for (const args of [['analyze', join(dir, 'nope.md')], ['analyze', dir], ['analyze'], ['frobnicate'], ['analyze', resumePath, '--kind', 'poem'], ['generate', resumePath, '--count', 'x']]) {
    const r = hrdocs(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.status} ${r.stderr}`);
    assert.ok(r.stderr.trim().length > 0);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assertNoStack(r.stderr);
  }
});

test('--help for every command', () => {
  for (const c of ['analyze', 'match', 'fix', 'generate', 'jd', 'batch', 'eval', 'bench', 'lsp']) {
    const r = hrdocs([c, '--help']);
    assert.equal(r.status, 0, `${c}: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`usage: hrdocs ${c}`));
  }
  const top = hrdocs(['--help']);
  assert.equal(top.status, 0);
  assert.match(top.stdout, /commands:/);
});
