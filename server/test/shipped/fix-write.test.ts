// `hrdocs fix --write` as a user runs it: the file is replaced atomically, keeps its BOM, line
// endings and mode, and symlinks or non-Markdown targets are refused. Also the engine's edits
// themselves keep a CR or CRLF document's line ending (what LSP code actions and batch use).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../../src/engine/index.js';

const BIN = fileURLToPath(new URL('../../../bin/hrdocs.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const RESUME = [
  '# Jordan Lee', '', 'jordan.lee@example.com', '', '## Skills', '- Patient assessment', '- Python', '',
  '## Experience', '### Registered Nurse — City Hospital', 'Jan 2019 – Jun 2023', '- Monitored patients and led ventilator management rounds.', '',
].join('\n');
const JOB = [
  '# ICU Registered Nurse', '', '## Required Skills', '- Patient assessment', '- Ventilator management',
  '- Medication administration', '', '## Required Experience', '- 3+ years of experience as a Registered Nurse', '',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'hrdocs-fix-write-'));
const jobPath = join(dir, 'job.md');
writeFileSync(jobPath, JOB);
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function fixWrite(path: string): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'fix', path, '--job', jobPath, '--write', '--no-models'], { encoding: 'utf8', cwd: ROOT, timeout: 120_000 });
  return { status: r.status, stderr: r.stderr };
}

/** Line breaks of a text, by kind. */
function breaks(text: string): { crlf: number; cr: number; lf: number } {
  return {
    crlf: (text.match(/\r\n/g) ?? []).length,
    cr: (text.match(/\r(?!\n)/g) ?? []).length,
    lf: (text.match(/(?<!\r)\n/g) ?? []).length,
  };
}

for (const [name, eol] of [['CRLF', '\r\n'], ['CR', '\r'], ['LF', '\n']] as const) {
  test(`fix --write keeps a ${name} file's BOM and line endings exactly`, () => {
    const path = join(dir, `${name.toLowerCase()}-resume.md`);
    const original = '\uFEFF' + RESUME.replace(/\n/g, eol);
    writeFileSync(path, original);
    const r = fixWrite(path);
    assert.equal(r.status, 0, r.stderr);
    const bytes = readFileSync(path);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    const text = bytes.toString('utf8');
    assert.match(text, /Ventilator management/, 'the skill the resume shows was added to Skills');
    const b = breaks(text);
    const others = Object.entries(b).filter(([k]) => k !== name.toLowerCase()).reduce((n, [, v]) => n + v, 0);
    assert.equal(others, 0, `only ${name} line endings: ${JSON.stringify(b)}`);
    assert.ok(b[name.toLowerCase() as keyof typeof b] > RESUME.split('\n').length - 1, 'lines were added');
    // nothing but insertions: every original line is still there, in order
    const lines = text.slice(1).split(eol);
    let i = 0;
    for (const l of RESUME.split('\n')) { i = lines.indexOf(l, i); assert.ok(i >= 0, `line kept: ${l}`); }
  });
}

test('fix --write replaces the file atomically (new inode via rename), keeps its mode, leaves no temp file', () => {
  const path = join(dir, 'atomic-resume.md');
  writeFileSync(path, RESUME);
  chmodSync(path, 0o640);
  const before = statSync(path);
  const r = fixWrite(path);
  assert.equal(r.status, 0, r.stderr);
  const after = statSync(path);
  assert.notEqual(after.ino, before.ino, 'written to a temporary file and renamed, not truncated in place');
  assert.equal(after.mode & 0o7777, 0o640);
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp')), []);
});

test('fix --write refuses a symlink and a non-Markdown file: exit 2, one clear line, nothing changed', () => {
  const secret = join(dir, 'notes.txt');
  writeFileSync(secret, RESUME);
  const link = join(dir, 'link-resume.md');
  symlinkSync(secret, link);
  const viaLink = fixWrite(link);
  assert.equal(viaLink.status, 2);
  assert.match(viaLink.stderr, /symbolic link/);
  assert.equal(viaLink.stderr.trim().split('\n').length, 1);
  assert.equal(readFileSync(secret, 'utf8'), RESUME);
  const direct = fixWrite(secret);
  assert.equal(direct.status, 2);
  assert.match(direct.stderr, /not a Markdown file/);
  assert.equal(readFileSync(secret, 'utf8'), RESUME);
});

test('fix without --write never writes', () => {
  const path = join(dir, 'dry-resume.md');
  writeFileSync(path, RESUME);
  const r = spawnSync(process.execPath, [BIN, 'fix', path, '--job', jobPath, '--no-models'], { encoding: 'utf8', cwd: ROOT });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Ventilator management/);
  assert.equal(readFileSync(path, 'utf8'), RESUME);
});

test('fix adds only what the resume shows; --add-unevidenced adds the owner\'s claims too, and says so', () => {
  const path = join(dir, 'claims-resume.md');
  writeFileSync(path, RESUME);
  const run = (extra: string[]) => spawnSync(process.execPath, [BIN, 'fix', path, '--job', jobPath, '--no-models', ...extra], { encoding: 'utf8', cwd: ROOT });
  const honest = run([]);
  assert.equal(honest.status, 0, honest.stderr);
  assert.match(honest.stdout, /- Python\n- Ventilator management\n/);
  assert.doesNotMatch(honest.stdout, /Medication administration/, 'never shown, never added');
  assert.match(honest.stderr, /not applied, the resume does not show it \(--add-unevidenced adds it\): Medication administration/);
  const vouched = run(['--add-unevidenced']);
  assert.equal(vouched.status, 0, vouched.stderr);
  assert.match(vouched.stdout, /- Ventilator management\n- Medication administration\n/);
});

test('engine edits (code actions, batch fix) use a CR or CRLF document\'s own line ending', async () => {
  const engine = await loadEngine({ useModels: false, referenceMonth: '2024-06' });
  try {
    for (const eol of ['\r', '\r\n']) {
      for (const resumeText of [RESUME, RESUME.replace(/## Skills\n- Patient assessment\n- Python\n\n/, '')]) {
        const resume = await engine.analyze(resumeText.replace(/\n/g, eol), undefined, { kind: 'resume' });
        const job = await engine.analyze(JOB, undefined, { kind: 'job' });
        const fixed = await engine.fix(resume, job, await engine.match(resume, job));
        assert.ok(fixed.edits.length > 0);
        for (const e of fixed.edits) {
          assert.equal(e.edit.newText.replace(new RegExp(eol, 'g'), '').search(/[\r\n]/), -1, `${JSON.stringify(eol)} only: ${JSON.stringify(e.edit.newText)}`);
        }
        assert.equal(fixed.text.replace(new RegExp(eol, 'g'), '').search(/[\r\n]/), -1, `fixed text: ${JSON.stringify(fixed.text.slice(-200))}`);
      }
    }
  } finally {
    await engine.dispose();
  }
});
