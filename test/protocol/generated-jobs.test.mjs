// Generated jobs over the protocol: an unsaved (untitled:) job is a draft, never among a resume's
// code lenses until it is a file; the generate commands report work-done progress on the
// client's token, or on a server-initiated one. Run: npm run build && node --test test/protocol/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { copyFixtures, startServer } from './client.mjs';

const FAKE = fileURLToPath(new URL('./fake-engine-server.mjs', import.meta.url));
const RESUME = 'resumes/jordan-lee-resume.md';
const DRAFT = 'jobs/med-surg-nurse.md';
const DRAFT_TEXT =
  '---\nhrdocs: job\n---\n\n# Medical-Surgical Registered Nurse\n\n## About the role\n\nA generated draft.\n\n## Requirements\n\n- 2 years of experience as a Registered Nurse\n- Patient assessment\n- Wound care\n- Medication administration\n';
const WRITING = 'hrdocs: writing job descriptions';

describe('generated jobs: drafts and progress', () => {
  let ws;
  let client;
  let resumeUri;

  before(async () => {
    ws = copyFixtures('hrdocs-generated-');
    client = await startServer({ folder: ws.dir, settings: {}, script: FAKE, env: { HRDOCS_FAKE_ENGINE: 'writes' } });
    resumeUri = ws.uri(RESUME);
    await client.open(resumeUri, readFileSync(ws.path(RESUME), 'utf8'));
    await client.waitForDiagnostics(resumeUri, (d) => d.some((x) => x.code === 'skill'), { what: 'resume diagnostics' });
  });

  after(async () => {
    client?.kill();
    ws?.dispose();
  });

  const lensJobs = async () =>
    (await client.request('textDocument/codeLens', { textDocument: { uri: resumeUri } })).map((l) => l.data?.jobUri).filter(Boolean);

  test('an untitled job is not among a resume\'s lenses; the same job as a file is', async () => {
    // what VS Code sends for a draft named jobs/<slug>.md in the workspace folder
    const fileUri = ws.uri(DRAFT);
    const draftUri = fileUri.replace(/^file:\/\//, 'untitled:');
    await client.open(draftUri, DRAFT_TEXT);
    // its own diagnostics: the server has read and analyzed the draft as a job
    await client.waitForDiagnostics(draftUri, () => true, { what: 'diagnostics of the draft' });
    const withDraft = await lensJobs();
    assert.ok(withDraft.includes(ws.uri('jobs/icu-nurse.md')), `the workspace job is listed: ${withDraft}`);
    assert.ok(!withDraft.includes(draftUri), `the draft is not listed: ${withDraft}`);

    await client.open(fileUri, DRAFT_TEXT);
    await client.waitForDiagnostics(fileUri, () => true, { what: 'diagnostics of the saved job' });
    const withFile = await lensJobs();
    assert.ok(withFile.includes(fileUri), `the saved job is listed: ${withFile}`);
    assert.ok(!withFile.includes(draftUri), `the draft still is not: ${withFile}`);
    await client.close(fileUri);
    await client.close(draftUri);
  });

  test('generation reports progress on the client\'s workDoneToken, throttled', async () => {
    const token = 'generate-1';
    const started = Date.now();
    const result = await client.request('workspace/executeCommand', {
      command: 'hrdocs.server.generateJobDescription',
      arguments: [{ title: 'Data Analyst' }],
      workDoneToken: token,
    });
    const elapsed = Date.now() - started;
    assert.equal(result.jobs.length, 1);
    await client.waitFor('progress', () => client.progress.some((p) => p.token === token && p.value.kind === 'end'), 'the end of the progress');
    const values = client.progress.filter((p) => p.token === token).map((p) => p.value);
    assert.equal(values[0].kind, 'begin');
    assert.equal(values[0].title, WRITING);
    assert.equal(values.at(-1).kind, 'end');
    assert.equal(values.filter((v) => v.kind === 'end').length, 1, 'ended once');
    const percents = values.filter((v) => v.kind === 'report').map((v) => v.percentage);
    assert.ok(percents.length >= 1, `some percentages: ${JSON.stringify(values)}`);
    assert.ok(percents.every((p, i) => Number.isInteger(p) && p > 0 && p <= 100 && (i === 0 || p > percents[i - 1])), `increasing: ${percents}`);
    // 40 decoding steps, at most about one report per 100 ms
    assert.ok(percents.length <= Math.ceil(elapsed / 100) + 1, `${percents.length} reports in ${elapsed} ms`);
  });

  test('without a token, a client that supports it gets a server-initiated progress bar', async () => {
    const before = client.progressTokens.length;
    const result = await client.request('workspace/executeCommand', {
      command: 'hrdocs.server.generateMatchingJobs',
      arguments: [{ uri: resumeUri, count: 2 }],
    });
    assert.ok(result.jobs.length >= 1);
    const begun = await client.waitFor(
      'progress',
      () => client.progress.find((p) => client.progressTokens.indexOf(p.token) >= before && p.value.kind === 'begin' && p.value.title === WRITING),
      'a server-initiated progress bar for writing',
    );
    await client.waitFor('progress', () => client.progress.some((p) => p.token === begun.token && p.value.kind === 'end'), 'its end');
  });

  test('a bad argument fails the command, not the progress or the server', async () => {
    await assert.rejects(
      client.request('workspace/executeCommand', { command: 'hrdocs.server.generateJobDescription', arguments: [{ title: 42 }], workDoneToken: 'bad-1' }),
      /'title' must be a non-empty string/,
    );
    const lenses = await lensJobs();
    assert.ok(lenses.length >= 1, 'the server still answers');
  });
});
