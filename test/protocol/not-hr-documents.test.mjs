// A software README with "Overview" and "Requirements" headings, and a docs page whose name
// matches the job pattern, are neither resumes nor job postings: no diagnostics, no lenses, and
// never a "job" in a resume's lens.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { copyFixtures, startServer } from './client.mjs';

const README = [
  '# fastqueue', '',
  'A small background job queue for Node.js services.', '',
  '## Overview', '',
  'fastqueue runs jobs in worker threads and retries failed ones with backoff.', '',
  '## Requirements', '',
  '- Node.js 20 or later',
  '- Redis 6 for the shared queue (3 years of production use behind it)',
  '- Experience with async/await helps when writing job handlers', '',
  '## Install', '',
  '```sh', 'npm install fastqueue', '```', '',
].join('\n');

const JOBS_DOC = [
  '# Background jobs', '',
  'Jobs are functions registered with `queue.define(name, handler)`.', '',
  '## Scheduling', '',
  'Call `queue.every("5 minutes", name)` to run a job on a schedule. Jobs that fail are retried three times.', '',
].join('\n');

let ws;
let client;
before(async () => {
  ws = copyFixtures('hrdocs-not-hr-');
  writeFileSync(join(ws.dir, 'README.md'), README);
  mkdirSync(join(ws.dir, 'docs'), { recursive: true });
  writeFileSync(join(ws.dir, 'docs', 'background-jobs.md'), JOBS_DOC);
  client = await startServer({ folder: ws.dir, settings: {} });
});
after(() => {
  client?.kill();
  ws?.dispose();
});

test('a README and a docs page get no diagnostics and no lenses, and never rank as a resume\'s job', async () => {
  const readme = ws.uri('README.md');
  const jobsDoc = ws.uri('docs/background-jobs.md');
  await client.open(readme, README);
  await client.open(jobsDoc, JOBS_DOC);
  for (const uri of [readme, jobsDoc]) assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), [], uri);
  // a resume opened after them: its diagnostics arrive, theirs stay empty, and its lens names only real jobs
  const resume = ws.uri('resumes/jordan-lee-resume.md');
  await client.open(resume, readFileSync(ws.path('resumes/jordan-lee-resume.md'), 'utf8'));
  await client.waitForDiagnostics(resume, (d) => d.length > 0, { what: 'the resume\'s diagnostics' });
  for (const uri of [readme, jobsDoc]) assert.deepEqual(client.latestDiagnostics(uri)?.diagnostics ?? [], [], uri);
  const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: resume } });
  assert.ok(lenses.length > 0, 'the resume has match lenses');
  const said = JSON.stringify(lenses);
  for (const name of ['fastqueue', 'Background jobs', 'README', 'background-jobs']) assert.ok(!said.includes(name), `the resume's lens names ${name}: ${said}`);
});
