// A resume's `target:` is followed only to a regular Markdown file inside a workspace folder,
// after symlinks are resolved: a link to a file outside (or to /etc/passwd) is no target at all.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { copyFixtures, startServer } from './client.mjs';

const SECRET = 'Zanzibar cartography';
let ws;
let outside;
let client;

before(async () => {
  ws = copyFixtures('hrdocs-target-');
  outside = mkdtempSync(join(tmpdir(), 'hrdocs-outside-'));
  // a job outside the workspace whose skill would show up as a missing-skill diagnostic if read
  writeFileSync(join(outside, 'secret-job.md'), `---\nhrdocs: job\n---\n# Secret Job\n\n## Required Skills\n- ${SECRET}\n- Ventilator management\n`);
  mkdirSync(ws.path('links'));
  symlinkSync(join(outside, 'secret-job.md'), ws.path('links/outside-job.md'));
  symlinkSync('/etc/passwd', ws.path('links/passwd.md'));
  symlinkSync(ws.path('jobs/icu-nurse.md'), ws.path('links/inside-job.md'));
  client = await startServer({ folder: ws.dir, settings: null });
});

after(() => {
  client?.kill();
  ws?.dispose();
  rmSync(outside, { recursive: true, force: true });
});

const resumeWithTarget = (target) =>
  readFileSync(ws.path('resumes/jordan-lee-resume.md'), 'utf8').replace('target: ../jobs/icu-nurse.md', `target: ${target}`);

async function settledDiagnostics(name, target) {
  const uri = ws.uri(`resumes/${name}-resume.md`);
  const text = resumeWithTarget(target);
  writeFileSync(ws.path(`resumes/${name}-resume.md`), text);
  await client.open(uri, text);
  return client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'skill'), { what: `skill diagnostics for ${name}` });
}

for (const [name, target, why] of [
  ['outside', '../links/outside-job.md', /outside the workspace folders/],
  ['passwd', '../links/passwd.md', /not a Markdown file/],
]) {
  test(`target through a symlink to ${name === 'passwd' ? '/etc/passwd' : 'a job outside the workspace'}: no target, one log line`, async () => {
    const diagnostics = await settledDiagnostics(name, target);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'missing-skill'), [], 'no gaps against a refused target');
    assert.doesNotMatch(JSON.stringify(diagnostics), new RegExp(SECRET));
    const log = await client.waitFor('*', () => client.logs.find((l) => l.includes(`${name}-resume.md: target ${target} ignored`)), 'the refusal log line', 5_000)
      .catch(() => client.logs.find((l) => l.includes(`${name}-resume.md: target ${target} ignored`)));
    assert.ok(log, client.logTail());
    assert.match(log, why);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: ws.uri(`resumes/${name}-resume.md`) }, position: { line: 0, character: 0 } });
    assert.doesNotMatch(JSON.stringify(hover ?? ''), /Secret Job|root:/);
  });
}

test('target through a symlink that stays inside the workspace still works', async () => {
  const uri = ws.uri('resumes/inside-resume.md');
  const text = resumeWithTarget('../links/inside-job.md');
  writeFileSync(ws.path('resumes/inside-resume.md'), text);
  await client.open(uri, text);
  const d = await client.waitForDiagnostics(uri, (list) => list.some((x) => x.code === 'missing-skill'), { what: 'missing-skill via an inside link' });
  assert.ok(d.length > 0);
});
