// A document whose analysis runs past the per-document time budget is stopped and says so with one
// notice, instead of holding the server; the budget is made tiny here (HRDOCS_ANALYSIS_BUDGET_MS).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { copyFixtures, startServer } from './client.mjs';

let ws;
let client;
before(async () => {
  ws = copyFixtures('hrdocs-budget-');
  client = await startServer({ folder: ws.dir, settings: {}, env: { HRDOCS_ANALYSIS_BUDGET_MS: '1' } });
});
after(() => {
  client?.kill();
  ws?.dispose();
});

test('an analysis over the time budget gets a "document too complex" notice and the server keeps answering', async () => {
  const uri = ws.uri('resumes/jordan-lee-resume.md');
  await client.open(uri, readFileSync(ws.path('resumes/jordan-lee-resume.md'), 'utf8'));
  const d = await client.waitForDiagnostics(uri, (x) => x.some((y) => y.code === 'document-too-complex'), { what: 'the too-complex notice' });
  assert.equal(d.length, 1);
  assert.match(d[0].message, /analysis stopped/);
  assert.ok(client.logs.some((l) => /stopped after 1 ms: document too complex/.test(l)), 'logged');
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
});
