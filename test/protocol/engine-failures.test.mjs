// Engine failures are contained: an exception for one document leaves that document without
// diagnostics (logged), a failed match leaves only the gap diagnostics out, a failed command is a
// ResponseError, and an engine that cannot load is reported through hrdocs/status.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { copyFixtures, startServer } from './client.mjs';

const FAKE = fileURLToPath(new URL('./fake-engine-server.mjs', import.meta.url));
const RESUME = 'resumes/jordan-lee-resume.md';

describe('an engine that throws', () => {
  let ws;
  let client;
  let resumeUri;
  let resumeText;

  before(async () => {
    ws = copyFixtures();
    client = await startServer({ folder: ws.dir, settings: {}, script: FAKE, env: { HRDOCS_FAKE_ENGINE: 'throws' } });
    resumeUri = ws.uri(RESUME);
    resumeText = readFileSync(ws.path(RESUME), 'utf8');
  });

  after(() => {
    client?.kill();
    ws?.dispose();
  });

  test('analyze() throwing: no diagnostics for that document, logged, others unaffected', async () => {
    const uri = ws.uri('resumes/boom-resume.md');
    await client.open(uri, resumeText + '\nANALYZE_BOOM\n');
    const d = await client.waitForDiagnostics(uri, () => true, { what: 'diagnostics for the failing document' });
    assert.deepEqual(d, []);
    assert.ok(client.logs.some((l) => /analyzing .*boom-resume\.md failed: .*fake analyze failure/.test(l)), 'logged');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
    await client.open(resumeUri, resumeText);
    const ok = await client.waitForDiagnostics(resumeUri, (x) => x.some((y) => y.code === 'missing-skill'), { what: 'the healthy resume' });
    assert.ok(ok.some((x) => x.code === 'skill'));
  });

  test('match() throwing: skills still shown, gaps left out, lens says unavailable', async () => {
    const jobUri = ws.uri('jobs/icu-nurse.md');
    const since = client.publishedCount(resumeUri);
    await client.open(jobUri, readFileSync(ws.path('jobs/icu-nurse.md'), 'utf8'));
    client.change(jobUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '<!-- MATCH_BOOM -->\n' }]);
    const d = await client.waitForDiagnostics(resumeUri, (x) => !x.some((y) => y.code === 'missing-skill'), { since, what: 'resume without gaps' });
    assert.ok(d.some((x) => x.code === 'skill'));
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: resumeUri } });
    const resolved = await client.request('codeLens/resolve', lenses[0]);
    assert.match(resolved.command.title, /unavailable/);
    await assert.rejects(
      client.request('workspace/executeCommand', { command: 'hrdocs.server.explainMatch', arguments: [{ resumeUri, jobUri }] }),
      (err) => err.code === -32803,
    );
    await client.close(jobUri);
  });

  test('a command whose engine call throws answers RequestFailed', async () => {
    await assert.rejects(
      client.request('workspace/executeCommand', { command: 'hrdocs.server.generateMatchingJobs', arguments: [{ uri: resumeUri }] }),
      (err) => err.code === -32803 && /fake generation failure/.test(err.message),
    );
    const job = await client.request('workspace/executeCommand', { command: 'hrdocs.server.generateJobDescription', arguments: [{ title: 'Registered Nurse' }] });
    assert.equal(job.jobs.length, 1, 'the server still serves');
  });

  test('shutdown and exit are clean', async () => {
    assert.equal((await client.shutdown()).code, 0);
  });
});

describe('an engine that cannot load', () => {
  let ws;
  let client;

  before(async () => {
    ws = copyFixtures();
    client = await startServer({ folder: ws.dir, settings: {}, script: FAKE, env: { HRDOCS_FAKE_ENGINE: 'load-fails' } });
  });

  after(() => {
    client?.kill();
    ws?.dispose();
  });

  test('reports error status, serves empty results, shuts down cleanly', async () => {
    const err = await client.waitForStatus('error');
    assert.match(err.message, /corrupt/);
    const uri = ws.uri(RESUME);
    await client.open(uri, readFileSync(ws.path(RESUME), 'utf8'));
    assert.deepEqual(await client.waitForDiagnostics(uri, () => true, { what: 'diagnostics' }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    await assert.rejects(
      client.request('workspace/executeCommand', { command: 'hrdocs.server.generateJobDescription', arguments: [{ title: 'Nurse' }] }),
      (e) => e.code === -32803 && /engine is not available/.test(e.message),
    );
    assert.equal((await client.shutdown()).code, 0);
  });
});
