// A damaged skill graph (sha256 not the one in graph.meta.json): the server says so once, with
// how to restore it, in hrdocs/status and window/showMessage, and keeps answering requests.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO, startServer } from './client.mjs';

const SCRIPT = join(REPO, 'test/protocol/models-dir-server.mjs');
let models;
let client;
const shown = [];

before(async () => {
  models = mkdtempSync(join(tmpdir(), 'hrdocs-damaged-graph-'));
  cpSync(join(REPO, 'models/graph'), join(models, 'graph'), { recursive: true });
  const file = join(models, 'graph/graph.json.gz');
  const bytes = readFileSync(file);
  bytes[bytes.length >> 1] ^= 0xff;
  writeFileSync(file, bytes);
  client = await startServer({ settings: null, script: SCRIPT, env: { HRDOCS_TEST_MODELS_DIR: models }, initialize: false });
  client.conn.onNotification('window/showMessage', (p) => { shown.push(p); client.emit('status'); });
  client.initializeResult = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  client.notify('initialized', {});
});

after(() => {
  client?.kill();
  rmSync(models, { recursive: true, force: true });
});

test('a damaged graph: hrdocs/status error naming the file and the fix, one showMessage, no stack, still serving', async () => {
  const status = await client.waitForStatus('error');
  assert.match(status.message, /graph\.json\.gz is damaged: sha256 .*git checkout models\/graph.*npm run build:graph/);
  assert.ok(status.message.includes(join(models, 'graph', 'graph.json.gz')), status.message);
  assert.equal(status.message.split('\n').length, 1);
  await client.waitFor('status', () => shown.length > 0, 'window/showMessage');
  const uri = 'file:///tmp/some-resume.md';
  await client.open(uri, '# Jordan\n\n## Skills\n- Python\n');
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 3 } }), null);
  assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
  assert.equal(shown.length, 1, 'told once');
  assert.equal(shown[0].type, 1);
  assert.match(shown[0].message, /damaged.*git checkout models\/graph/);
  assert.doesNotMatch([...client.logs, ...client.stderr].join('\n'), /\n\s+at .+:\d+:\d+/, 'no stack trace in the log');
  assert.equal(client.child.exitCode, null, 'server alive');
});
