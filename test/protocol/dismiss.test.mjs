// Every visible finding can be dismissed from the lightbulb: "Ignore on this line" inserts a
// suppression comment (and the finding goes away, the score stays), "Turn off" asks the client
// to set the rule's severity, and a settings change with the rule off removes it.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { applyEdits, copyFixtures, startServer } from './client.mjs';

const RESUME = 'resumes/jordan-lee-resume.md';

describe('dismissing findings from the lightbulb', () => {
  let ws;
  let client;
  let uri;
  before(async () => {
    ws = copyFixtures('hrdocs-dismiss-');
    client = await startServer({ folder: ws.dir, settings: {} });
    uri = ws.uri(RESUME);
    const text = readFileSync(ws.path(RESUME), 'utf8').replace(/^(## Experience\n)/m, '$1\n- Responsible for the night shift rota\n');
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'missing-skill'), { what: 'diagnostics' });
  });
  after(() => {
    client?.kill();
    ws?.dispose();
  });

  test('each hrdocs diagnostic offers "Ignore on this line" and "Turn off", and ignoring removes only it', async () => {
    const diags = client.latestDiagnostics(uri).diagnostics;
    const skill = diags.find((d) => d.code === 'skill');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: skill.range, context: { diagnostics: [skill] } });
    const ignore = actions.find((a) => a.kind === 'quickfix.hrdocs.ignore');
    const off = actions.find((a) => a.kind === 'quickfix.hrdocs.disableRule');
    assert.ok(ignore && off, JSON.stringify(actions.map((a) => a.kind)));
    assert.deepEqual(off.command.arguments, [{ rule: 'skill', severity: 'off' }]);
    const edits = ignore.edit.documentChanges?.[0]?.edits ?? ignore.edit.changes[uri];
    const next = applyEdits(client.text(uri), edits);
    assert.match(next.split('\n')[skill.range.start.line], /<!-- hrdocs-disable-next-line skill -->/);
    const since = client.publishedCount(uri);
    const before = diags.filter((d) => d.code === 'skill').length;
    client.change(uri, [{ text: next }]);
    const after = await client.waitForDiagnostics(uri, (d) => d.filter((x) => x.code === 'skill').length === before - 1, { since, what: 'one skill hint fewer' });
    assert.ok(after.some((d) => d.code === 'missing-skill'), 'other findings stay');
  });

  test('"Not a skill" adds the phrase to .hrdocs/not-skills.txt and the finding goes; editing the file brings it back', async () => {
    const diags = client.latestDiagnostics(uri).diagnostics;
    const skill = diags.filter((d) => d.code === 'skill').at(-1);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: skill.range, context: { diagnostics: [skill] } });
    const notSkill = actions.find((a) => a.kind === 'quickfix.hrdocs.notSkill');
    assert.ok(notSkill, JSON.stringify(actions.map((a) => a.kind)));
    const since = client.publishedCount(uri);
    await client.request('workspace/executeCommand', notSkill.command);
    const file = join(ws.dir, '.hrdocs', 'not-skills.txt');
    assert.ok(readFileSync(file, 'utf8').toLowerCase().includes(skill.data.text.toLowerCase()));
    const gone = (d) => !d.some((x) => x.code === 'skill' && x.data?.text === skill.data.text) && d.some((x) => x.code === 'skill');
    await client.waitForDiagnostics(uri, gone, { since, what: 'the dismissed skill gone' });
    const again = client.publishedCount(uri);
    writeFileSync(file, '# emptied\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'skill' && x.data?.text === skill.data.text), { since: again, what: 'the skill back after the dictionary changed' });
  });

  test('a weak bullet can be ignored or its rule turned off through settings', async () => {
    const weak = client.latestDiagnostics(uri).diagnostics.find((d) => d.code === 'weak-bullet');
    assert.ok(weak, 'the duty-phrase bullet is reported');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: weak.range, context: { diagnostics: [weak] } });
    assert.ok(actions.some((a) => a.kind === 'quickfix.hrdocs.ignore' && a.title.includes('weak-bullet')));
    const since = client.publishedCount(uri);
    client.settings = { rules: { 'weak-bullet': 'off' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'weak-bullet') && d.length > 0, { since, what: 'weak-bullet off' });
  });
});
