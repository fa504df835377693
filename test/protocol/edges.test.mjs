// Protocol edges: requests after shutdown, malformed frames, a parent editor that dies, null
// params. Each must end in an answer or a clean exit, never a server that goes silent.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { serverCommand, startServer, REPO } from './client.mjs';

const EXIT_WAIT_MS = 15_000;

/** The server as a raw child process, with helpers to send frames and read framed answers. */
function rawServer() {
  const { command, args } = serverCommand();
  const child = spawn(command, args, { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let buffer = Buffer.alloc(0);
  const messages = [];
  const waiters = new Set();
  child.stdout.on('data', (d) => {
    buffer = Buffer.concat([buffer, d]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) break;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
      if (buffer.length < end + 4 + length) break;
      messages.push(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()));
      buffer = buffer.subarray(end + 4 + length);
    }
    for (const w of [...waiters]) w();
  });
  const exited = new Promise((res) => child.on('exit', (code, signal) => res({ code, signal })));
  return {
    child,
    exited,
    stderr: () => stderr,
    sendRaw: (text) => child.stdin.write(text),
    send: (message) => {
      const body = Buffer.from(JSON.stringify(message));
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    },
    /** the first message matching `predicate`, or a rejection after `ms` */
    waitFor(predicate, ms = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = messages.find(predicate);
          if (m) { waiters.delete(check); clearTimeout(timer); resolve(m); }
        };
        const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`no answer in ${ms} ms; stderr: ${stderr}`)); }, ms);
        waiters.add(check);
        check();
      });
    },
  };
}

function within(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)))])
    .finally(() => clearTimeout(timer));
}

const initialize = (id, processId = null) => ({ jsonrpc: '2.0', id, method: 'initialize', params: { processId, rootUri: null, capabilities: {} } });

test('requests after shutdown are refused with InvalidRequest; exit then ends the server with 0', async () => {
  const client = await startServer({ settings: null });
  try {
    await client.request('shutdown', null);
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } }],
      ['workspace/executeCommand', { command: 'hrdocs.server.generateJobDescription', arguments: [{ title: 'Nurse' }] }],
    ]) {
      await assert.rejects(client.request(method, params), (err) => err.code === -32600, `${method} after shutdown`);
    }
    client.notify('exit');
    assert.deepEqual(await within(client.exited, EXIT_WAIT_MS, 'exit after shutdown'), { code: 0, signal: null });
  } finally {
    client.kill();
  }
});

test('a body that is not JSON gets a parse error, and the server keeps serving', async () => {
  const s = rawServer();
  try {
    s.sendRaw('Content-Length: 9\r\n\r\n{"jsonrpc');
    const parseError = await s.waitFor((m) => m.error?.code === -32700, 10_000);
    assert.equal(parseError.id, null);
    s.send(initialize(1));
    const answer = await s.waitFor((m) => m.id === 1);
    assert.ok(answer.result.capabilities, 'initialize answered after the bad frame');
  } finally {
    s.child.kill();
  }
});

for (const [name, frame] of [
  ['a missing Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
  ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'],
  ['a Content-Length that is not a number', 'Content-Length: lots\r\n\r\n{}'],
]) {
  test(`a frame with ${name}: the server exits with one line on stderr instead of going silent`, async () => {
    const s = rawServer();
    try {
      s.sendRaw(frame);
      const { code } = await within(s.exited, EXIT_WAIT_MS, 'exit after the malformed frame');
      assert.equal(code, 1);
      const lines = s.stderr().trim().split('\n');
      assert.equal(lines.length, 1, s.stderr());
      assert.match(lines[0], /^hrdocs: malformed LSP message from the client \(.*Content-Length.*\); exiting$/);
    } finally {
      s.child.kill();
    }
  });
}

test('the server exits when the editor process named in initialize dies', async () => {
  const editor = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
  const s = rawServer();
  try {
    s.send(initialize(1, editor.pid));
    await s.waitFor((m) => m.id === 1);
    s.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    editor.kill('SIGKILL');
    const { code } = await within(s.exited, EXIT_WAIT_MS, 'exit after the editor died');
    assert.equal(code, 1, 'no shutdown was received');
  } finally {
    editor.kill('SIGKILL');
    s.child.kill();
  }
});

test('hover with null or partial params: InvalidParams or null, no stack trace logged', async () => {
  const client = await startServer({ settings: null });
  try {
    await assert.rejects(client.request('textDocument/hover', null), (err) => err.code === -32602);
    await assert.rejects(client.request('textDocument/hover', { position: { line: 0, character: 0 } }), (err) => err.code === -32602);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' } }), null);
    await assert.rejects(client.request('textDocument/codeLens', null), (err) => err.code === -32602);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } });
    assert.equal(hover, null, 'still serving');
    assert.doesNotMatch([...client.logs, ...client.stderr].join('\n'), /\n\s+at .+:\d+:\d+/, 'no stack trace');
  } finally {
    client.kill();
  }
});
