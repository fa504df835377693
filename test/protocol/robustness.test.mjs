// Bad input never takes the server down: binary-ish, huge, empty and malformed documents, bursts
// of concurrent edits, a client that supports nothing optional. Run: node --test test/protocol/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { copyFixtures, startServer } from './client.mjs';

const RESUME = 'resumes/jordan-lee-resume.md';

describe('robustness', () => {
  let ws;
  let client;
  let resumeUri;

  before(async () => {
    ws = copyFixtures();
    client = await startServer({ folder: ws.dir, settings: { maxDocumentLength: 100_000 } });
    resumeUri = ws.uri(RESUME);
    await client.open(resumeUri, readFileSync(ws.path(RESUME), 'utf8'));
    await client.waitForDiagnostics(resumeUri, (d) => d.length > 0, { what: 'first diagnostics' });
  });

  after(() => {
    client?.kill();
    ws?.dispose();
  });

  /** The server still answers: a hover on the resume's first skill. */
  async function assertAlive() {
    const skill = client.latestDiagnostics(resumeUri).diagnostics.find((d) => d.code === 'skill');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: resumeUri }, position: skill?.range.start ?? { line: 0, character: 0 } });
    if (skill) assert.ok(hover?.contents.value.length > 0);
    assert.equal(client.child.exitCode, null, 'server process alive');
  }

  test('a document larger than maxDocumentLength gets one document-too-large diagnostic', async () => {
    const uri = ws.uri('huge-resume.md');
    const line = '- Patient assessment and medication administration for critically ill adults\n';
    await client.open(uri, '# Huge\n\n## Skills\n\n' + line.repeat(Math.ceil(120_000 / line.length)));
    const d = await client.waitForDiagnostics(uri, () => true, { what: 'diagnostics for the huge document' });
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'document-too-large');
    assert.equal(d[0].severity, 3);
    assert.equal(d[0].codeDescription.href, 'https://github.com/hrdocs/hrdocs#diagnostics-document-too-large');
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses, []);
    await assertAlive();
  });

  test('binary-ish, empty and malformed documents do not crash the server', async () => {
    let bin = '';
    for (let i = 0; i < 4000; i++) bin += String.fromCharCode((i * 7919) % 0xffff);
    const cases = {
      'binary.md': bin + '\u0000\uD800\uDFFF\uDC00',
      'empty.md': '',
      'only-front-matter.md': '---\nhrdocs: resume\ntarget: [unclosed\n',
      'malformed.md': [
        '---', 'target: ../../../../etc/passwd', '---',
        '# ', '## Skills', '```', 'unclosed fence with Python and SQL', '',
        '| a | b |', '|---', '| Python |', '>'.repeat(200) + ' deep quote',
        '- '.repeat(300) + 'deep list', '<!-- hrdocs-disable', '[link](<>)', '*'.repeat(1000), '\r\n\r\n\t\u2028\u2029',
      ].join('\n'),
      'table-soup.md': '|'.repeat(5000) + '\n' + '-|'.repeat(3000),
      'crlf-resume.md': readFileSync(ws.path(RESUME), 'utf8').replace(/\n/g, '\r\n'),
    };
    for (const [name, text] of Object.entries(cases)) {
      const uri = ws.uri(name);
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, () => true, { what: `diagnostics for ${name}` });
      // every feature answers without an error
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
      for (const l of lenses) await client.request('codeLens/resolve', l);
      await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      });
      await client.close(uri);
    }
    await assertAlive();
  });

  test('Markdown that is neither a resume nor a job gets no hrdocs noise', async () => {
    const uri = ws.uri('README.md');
    await client.open(uri, '# My project\n\n## Installation\n\nRequires Python 3.12 and Docker.\n\n## Usage\n\nRun the SQL migrations.\n');
    assert.deepEqual(await client.waitForDiagnostics(uri, () => true, { what: 'README diagnostics' }), []);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
    await client.close(uri);
  });

  test('requests on unknown documents answer empty', async () => {
    const uri = ws.uri('never-opened-and-missing.md');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
    assert.deepEqual(
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }),
      [],
    );
    const lens = await client.request('codeLens/resolve', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, data: { bogus: true } });
    assert.ok(lens.command);
    await assertAlive();
  });

  test('a burst of concurrent edits ends with diagnostics for the final version', async () => {
    const uri = ws.uri('resumes/burst-resume.md');
    const base = '---\nhrdocs: resume\n---\n# Sam Park\n\n## Skills\n\n';
    await client.open(uri, base);
    await client.waitForDiagnostics(uri, () => true, { what: 'initial diagnostics' });
    const words = ['- Patient assessment\n', '- Medication administration\n', '- IV therapy\n', '- Wound care\n'];
    let version = 1;
    for (let i = 0; i < 24; i++) {
      const lines = client.text(uri).split('\n').length - 1;
      version = client.change(uri, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: 0 } }, text: words[i % words.length] }]);
    }
    const since = client.publishedCount(uri);
    const final = await client.waitForDiagnostics(uri, (_d, p) => p.version === version, { what: `diagnostics for version ${version}` });
    const text = client.text(uri);
    const lastLine = text.split('\n').length - 2;
    for (const d of final) assert.ok(d.range.end.line <= lastLine + 1, 'ranges within the final text');
    assert.ok(final.some((d) => d.code === 'skill' && d.range.start.line === lastLine), 'the last added line is analyzed');
    // nothing for an older version is published after the final one
    const after = (client.published.get(uri) ?? []).slice(since);
    assert.ok(after.every((p) => p.version === undefined || p.version >= version));
    await client.close(uri);
  });

  test('run: onSave analyzes on save, not while typing', async () => {
    client.settings = { maxDocumentLength: 100_000, run: 'onSave' };
    const pulls = client.configurationRequests;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('configuration', () => client.configurationRequests > pulls, 'the settings pull');
    const uri = ws.uri('resumes/save-resume.md');
    await client.open(uri, '# Kim\n\n## Skills\n\n- Patient assessment\n');
    await client.waitForDiagnostics(uri, (d) => d.length > 0, { what: 'diagnostics on open' });
    let version = 1;
    for (let i = 0; i < 3; i++) {
      version = client.change(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '- Wound care\n' }]);
    }
    client.notify('textDocument/didSave', { textDocument: { uri } });
    await client.waitForDiagnostics(uri, (_d, p) => p.version === version, { what: 'diagnostics after save' });
    assert.ok(client.published.get(uri).every((p) => p.version === 1 || p.version === version), 'nothing published for the unsaved versions');
    client.settings = { maxDocumentLength: 100_000 };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.close(uri);
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = ws.uri('resumes/closing-resume.md');
    await client.open(uri, '# A\n\n## Skills\n\n- Patient assessment\n');
    await client.waitForDiagnostics(uri, (d) => d.length > 0, { what: 'diagnostics before close' });
    const since = client.publishedCount(uri);
    await client.close(uri);
    await client.waitForDiagnostics(uri, (d) => d.length === 0, { since, what: 'cleared diagnostics' });
  });

  test('shutdown and exit are clean', async () => {
    const result = await client.shutdown();
    assert.equal(result.code, 0);
  });
});

describe('a plain LSP client (no configuration, no dynamic registration, no workspace)', () => {
  let client;
  after(() => client?.kill());

  test('works with defaults and initializationOptions', async () => {
    client = await startServer({
      capabilities: {},
      initializationOptions: { diagnostics: { minConfidence: 0.85, showSkills: true } },
    });
    assert.equal(client.configurationRequests, 0);
    const uri = 'untitled:Untitled-1';
    await client.open(
      uri,
      '# Robin Shaw\n\n## Experience\n\n### Registered Nurse — City Clinic\n*2019 – 2023*\n\n## Skills\n\n- Patient assessment\n- Medication administration\n',
    );
    const d = await client.waitForDiagnostics(uri, () => true, { what: 'diagnostics without a workspace' });
    assert.ok(d.some((x) => x.code === 'skill'), 'skill hints');
    assert.ok(d.every((x) => x.data?.confidence === undefined || x.data.confidence >= 0.85), 'initializationOptions honoured');
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(Array.isArray(lenses));
    if (lenses.length === 1 && lenses[0].command) assert.match(lenses[0].command.title, /No job descriptions|indexing/);
    // pushed settings (no pull support)
    client.notify('workspace/didChangeConfiguration', { settings: { hrdocs: { diagnostics: { showSkills: false } } } });
    const since = client.publishedCount(uri);
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    const d2 = await client.waitForDiagnostics(uri, () => true, { since, what: 'diagnostics after pushed settings' });
    assert.ok(!d2.some((x) => x.code === 'skill'));
    const result = await client.shutdown();
    assert.equal(result.code, 0);
  });
});
