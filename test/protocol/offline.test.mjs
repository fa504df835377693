// Offline means offline: every CLI command and a full language-server session run under strace
// with a fresh HOME and TMPDIR and without ORT_DISABLE_TELEMETRY in the environment (hrdocs must
// set it itself), in a private network namespace when the machine allows one. The test fails on
// any internet socket (a DNS query opens one too) and on any file written outside what the user
// asked for (onnxruntime's telemetry database, /tmp/mat-debug-<pid>.log, caches).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FIXTURES, REPO, startServer } from './client.mjs';

const CLI = join(REPO, 'server/bin/hrdocs.mjs');
const TRACED = '%network,open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,link,symlink';

function has(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}
const HAVE_STRACE = has('strace', ['-V']);
const HAVE_NETNS = has('unshare', ['-n', 'true']);

/** Network calls and writes seen in a strace log, minus the ones the user asked for. */
export function violations(log, allowedWrites = []) {
  const found = [];
  for (const line of log.split('\n')) {
    if (/\bsocket\(AF_INET6?\b/.test(line) || /\bconnect\(.*sa_family=AF_INET6?\b/.test(line) || /\bsendto\(.*sa_family=AF_INET6?\b/.test(line)) {
      found.push(`network: ${line.trim()}`);
      continue;
    }
    const open = /\b(?:open|openat|creat)\((?:[^,]*, )?"([^"]+)", ([A-Z_|]+)/.exec(line);
    const wrote = open && /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC/.test(open[2]) && !/= -1 /.test(line) ? open[1]
      : /\b(?:mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|link|symlink)\(.*"([^"]+)"/.exec(line)?.[1];
    if (!wrote || /= -1 /.test(line)) continue;
    if (/^\/dev\/|^\/proc\//.test(wrote)) continue;
    if (allowedWrites.some((a) => wrote === a || wrote.startsWith(a + '.') || wrote.startsWith(a + '~'))) continue;
    found.push(`write: ${line.trim()}`);
  }
  return found;
}

function cleanEnv(home) {
  const env = { ...process.env, HOME: home, TMPDIR: join(home, 'tmp'), XDG_CACHE_HOME: join(home, 'cache') };
  delete env.ORT_DISABLE_TELEMETRY;
  return env;
}

function traced(args, { home, input, log }) {
  const prefix = HAVE_NETNS ? ['unshare', '-n'] : [];
  const argv = [...prefix, 'strace', '-f', '-qq', '-e', `trace=${TRACED}`, '-o', log, process.execPath, CLI, ...args];
  const r = spawnSync(argv[0], argv.slice(1), { cwd: REPO, env: cleanEnv(home), input, encoding: 'utf8', timeout: 120_000 });
  return { ...r, trace: readFileSync(log, 'utf8') };
}

describe('offline: no sockets, no stray files', { skip: HAVE_STRACE ? false : 'strace is not installed' }, () => {
  let home;
  let ws;
  before(() => {
    home = mkdtempSync(join(tmpdir(), 'hrdocs-offline-'));
    mkdirSync(join(home, 'tmp'));
    ws = join(home, 'ws');
    mkdirSync(ws);
    copyFileSync(join(FIXTURES, 'resumes/jordan-lee-resume.md'), join(ws, 'resume.md'));
    copyFileSync(join(FIXTURES, 'jobs/icu-nurse.md'), join(ws, 'job.md'));
  });
  after(() => rmSync(home, { recursive: true, force: true }));

  const resume = () => join(ws, 'resume.md');
  const job = () => join(ws, 'job.md');
  const commands = {
    analyze: () => ['analyze', resume(), '--json'],
    match: () => ['match', resume(), job()],
    fix: () => ['fix', resume(), '--job', job()],
    generate: () => ['generate', resume(), '--count', '2'],
    jd: () => ['jd', 'Registered Nurse'],
  };
  for (const [name, args] of Object.entries(commands)) {
    test(`CLI ${name}`, () => {
      const log = join(home, `${name}.strace`);
      const r = traced(args(), { home, log });
      assert.ok(r.status === 0 || r.status === 1, `${name} exited ${r.status}: ${r.stderr}`);
      assert.deepEqual(violations(r.trace), []);
    });
  }

  test('CLI fix --write writes the resume and nothing else', () => {
    const log = join(home, 'fix-write.strace');
    const r = traced(['fix', resume(), '--job', job(), '--write'], { home, log });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(violations(r.trace, [resume(), join(ws, '.resume.md')]), []);
  });

  test('CLI batch', () => {
    const text = readFileSync(resume(), 'utf8');
    const jobText = readFileSync(job(), 'utf8');
    const input = [
      { id: 1, op: 'analyze', text, kind: 'resume' },
      { id: 2, op: 'match', resume: text, job: jobText },
      { id: 3, op: 'generate', resume: text, count: 1 },
    ].map((x) => JSON.stringify(x)).join('\n') + '\n';
    const r = traced(['batch'], { home, input, log: join(home, 'batch.strace') });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 3);
    assert.deepEqual(violations(r.trace), []);
  });

  test('a language-server session', async () => {
    const log = join(home, 'lsp.strace');
    const wrap = [...(HAVE_NETNS ? ['unshare', '-n'] : []), 'strace', '-f', '-qq', '-e', `trace=${TRACED}`, '-o', log];
    const env = cleanEnv(home);
    const client = await startServer({ folder: ws, settings: {}, wrap, env: { ...env, ORT_DISABLE_TELEMETRY: undefined } });
    try {
      const uri = new URL(`file://${resume()}`).href;
      await client.open(uri, readFileSync(resume(), 'utf8'));
      await client.waitForDiagnostics(uri, (d) => d.length > 0, { what: 'diagnostics' });
      const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
      if (lenses[0]) await client.request('codeLens/resolve', lenses[0]);
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      await client.request('workspace/executeCommand', { command: 'hrdocs.server.generateMatchingJobs', arguments: [{ uri, count: 1 }] });
      await client.shutdown();
    } finally {
      client.kill();
    }
    assert.deepEqual(violations(readFileSync(log, 'utf8')), []);
    assert.deepEqual(readdirSync(join(home, 'tmp')), [], 'nothing left in TMPDIR');
  });

  test('the checker sees a socket and a stray file', () => {
    const log = join(home, 'self.strace');
    const script = "require('fs').writeFileSync(process.argv[1], 'x'); require('dgram').createSocket('udp4').bind(0, () => process.exit(0));";
    execFileSync('strace', ['-f', '-qq', '-e', `trace=${TRACED}`, '-o', log, process.execPath, '-e', script, join(home, 'stray.txt')]);
    const v = violations(readFileSync(log, 'utf8'));
    assert.ok(v.some((x) => x.startsWith('network:')), v.join('\n'));
    assert.ok(v.some((x) => x.includes('stray.txt')), v.join('\n'));
    writeFileSync(join(home, 'stray.txt'), '');
  });
});
