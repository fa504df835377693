// Document sync and scheduling: a reused version number is still analyzed, code actions carry the
// version they were computed for (or are empty when the text changed meanwhile), and under load
// (100 open, 20 edited in bursts for 10 s) a trivial request answers within 1 s and every
// document ends with diagnostics for its final version. Run: node --test test/protocol/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { runLoad } from '../../tools/load/load-test.mjs';
import { copyFixtures, startServer } from './client.mjs';

const RESUME = 'resumes/jordan-lee-resume.md';

describe('document sync', () => {
  let ws;
  let client;

  before(async () => {
    ws = copyFixtures('hrdocs-sync-');
    client = await startServer({ folder: ws.dir });
  });

  after(() => {
    client?.kill();
    ws?.dispose();
  });

  test('a didChange that reuses the current version number is analyzed', async () => {
    const uri = ws.uri('resumes/reused-resume.md');
    const text = readFileSync(ws.path(RESUME), 'utf8');
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'skill'), { what: 'first diagnostics' });
    const since = client.publishedCount(uri);
    const end = { line: text.split('\n').length - 1, character: 0 };
    // same version (1) again, as a client that does not count versions would send
    client.notify('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ range: { start: end, end }, text: '\n## Tools\n\n- Tableau\n' }] });
    const d = await client.waitForDiagnostics(uri, (list) => list.some((x) => x.code === 'skill' && /Tableau/.test(x.message)), { since, what: 'diagnostics of the changed text', timeout: 10_000 });
    assert.ok(d.length > 0);
    await client.close(uri);
  });

  test('didChange, codeAction, didChange together: every action carries the version it was computed for', async () => {
    const uri = ws.uri('resumes/burst-resume.md');
    const text = readFileSync(ws.path(RESUME), 'utf8');
    await client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'missing-skill'), { what: 'missing skills' });
    const missing = diagnostics.filter((x) => x.code === 'missing-skill');
    const answers = [];
    for (let i = 0; i < 80; i++) {
      const top = { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } };
      client.change(uri, [{ range: top, text: `Line ${i}\n` }]);
      const version = client.docs.get(uri).version;
      const whole = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
      answers.push(client.request('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: missing } }).then((a) => ({ version, actions: a })));
      client.change(uri, [{ range: top, text: '' }]);
    }
    for (const { version, actions } of await Promise.all(answers)) {
      for (const a of actions) {
        for (const c of a.edit?.documentChanges ?? []) {
          assert.equal(c.textDocument.version, version, `'${a.title}' computed for v${version} labelled v${c.textDocument.version}`);
        }
      }
    }
    // once the text is still, the actions come for the current version
    const final = client.docs.get(uri).version;
    const settled = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }, context: { diagnostics: missing } });
    assert.ok(settled.length > 0, 'actions for the current version');
    for (const a of settled) for (const c of a.edit?.documentChanges ?? []) assert.equal(c.textDocument.version, final);
    await client.close(uri);
  });
});

test('under load a trivial request answers within 1 s and every document gets final diagnostics', { timeout: 180_000 }, async () => {
  const r = await runLoad({ docs: 100, edited: 20, jobs: 4, seconds: 10, quiesceTimeoutS: 60 });
  assert.equal(r.allFinalDiagnostics, true, `${r.missingFinalDiagnostics} documents without diagnostics for their final version`);
  assert.equal(r.unanswered, 0);
  assert.ok(r.maxLatencyMs <= 1000, `trivial request took ${r.maxLatencyMs} ms (p99 ${r.p99LatencyMs} ms)`);
});
