// The bad-input matrix: batch and the CLI get empty, huge, binary, invalid UTF-8, emoji, deeply
// nested, BOM and NUL inputs. No crash, no hang, a clear message, and batch answers every line,
// in order, with the batch going on after each bad one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/hrdocs.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** the longest one answer may take (the 1 MB document gets PARSE_BUDGET_MS: parsing 1 MB is slow) */
const HANG_MS = 5_000;
const PARSE_BUDGET_MS = 30_000;

const RESUME = '# Jordan Lee\n\n## Skills\n- Python\n- SQL\n\n## Experience\nData Analyst, Acme (2019 - 2023)\n';
const oneMbLine = (): string => {
  let line = '';
  for (let i = 0; line.length < 1_000_000; i++) line += `Python, SQL, Patient assessment ${i} years; `;
  return `# Resume\n\n## Skills\n${line}\n`;
};
const EMOJI = '# Zoë 🐍 Núñez\n\n## Skills\n- Pýthon 🐍\n- e\u0301\u0301\u0301 SQL 👩‍👩‍👧‍👦\n- 数据分析\n';
const binaryBytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => [0, 1, 0xff, 0xfe, 0x80, 0xc3, 0x7f, 0x1b][i % 8] ^ (i % 5)))
  .map((b) => (b === 10 || b === 13 ? 0 : b)) as Buffer;

interface Case { name: string; line: Buffer; check: (answer: Record<string, unknown>) => void; budgetMs?: number }

const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));
const errorLike = (re: RegExp) => (a: Record<string, unknown>) => assert.match(String(a.error), re, JSON.stringify(a).slice(0, 300));
const answered = (a: Record<string, unknown>) => assert.equal(a.error, undefined, String(a.error));

const CASES: Case[] = [
  { name: 'empty line', line: Buffer.alloc(0), check: errorLike(/invalid JSON: empty line/) },
  { name: 'empty text', line: json({ id: 'empty', op: 'analyze', text: '' }), check: errorLike(/"text": empty document/) },
  { name: '10 MB document', line: json({ id: '10mb', op: 'analyze', text: 'Python '.repeat(1_500_000) }), check: errorLike(/text too large/) },
  { name: '1 MB single line', line: json({ id: '1mb', op: 'analyze', text: oneMbLine() }), check: answered, budgetMs: PARSE_BUDGET_MS },
  { name: 'binary bytes', line: binaryBytes(4096), check: errorLike(/invalid JSON/) },
  {
    name: 'invalid UTF-8', line: Buffer.concat([Buffer.from('{"id":"utf8","op":"analyze","text":"## Skills\\n- Python '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' SQL"}')]),
    check: (a) => { answered(a); assert.equal(a.id, 'utf8'); },
  },
  { name: 'emoji and combining marks', line: json({ id: 'emoji', op: 'analyze', text: EMOJI }), check: answered },
  { name: 'deep JSON', line: Buffer.from(`{"id":${'['.repeat(100_000)}${']'.repeat(100_000)},"op":"jd","title":"x"}`), check: errorLike(/nested deeper than 64 levels/) },
  { name: 'deep Markdown', line: json({ id: 'deep-md', op: 'analyze', text: `${'>'.repeat(100_000)} quote\n` }), check: errorLike(/nested too deeply/) },
  { name: 'deep brackets', line: json({ id: 'brackets', op: 'analyze', text: `${'['.repeat(100_000)}x${']'.repeat(100_000)}` }), check: errorLike(/nested too deeply/) },
  { name: 'BOM before the line', line: Buffer.from('\uFEFF' + JSON.stringify({ id: 'bom', op: 'jd', title: 'Registered Nurse' })), check: (a) => { answered(a); assert.equal(a.id, 'bom'); } },
  {
    name: 'NUL and lone surrogates in a title', line: json({ id: 'nul-title', op: 'jd', title: 'Nurse\u0000\uD800 Lead' }),
    check: (a) => { answered(a); assert.doesNotMatch(String(a.title) + String(a.markdown), /\u0000|[\uD800-\uDFFF]/); },
  },
  {
    name: 'NUL in a document', line: json({ id: 'nul-text', op: 'analyze', text: RESUME.replace('Python', 'Py\u0000thon\uDC00') }),
    check: (a) => { answered(a); assert.doesNotMatch(JSON.stringify(a), /\\u0000|\\udc00/i); },
  },
  { name: 'not an object', line: Buffer.from('[1,2,3]'), check: errorLike(/expected a JSON object/) },
  { name: 'a good request after all that', line: json({ id: 'last', op: 'analyze', text: RESUME, kind: 'resume' }), check: answered },
];

test('batch bad-input matrix: every line answered in order, no crash, no hang, clear errors', async () => {
  const child = spawn(process.execPath, [BIN, 'batch', '--no-models'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const answers: Array<{ at: number; line: string }> = [];
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    pending += d;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
      answers.push({ at: performance.now(), line: pending.slice(0, nl) });
      pending = pending.slice(nl + 1);
    }
  });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  // the first answer also waits for the engine to load: a ready probe first
  child.stdin.write(JSON.stringify({ id: 'ready', op: 'jd', title: 'Nurse' }) + '\n');
  for (const c of CASES) child.stdin.write(Buffer.concat([c.line, Buffer.from('\n')]));
  child.stdin.end();
  const killer = setTimeout(() => child.kill(), 180_000);
  const code = await exited;
  clearTimeout(killer);
  assert.equal(code, 0, stderr);
  assert.equal(answers.length, CASES.length + 1, `one answer per line:\n${answers.map((a) => a.line.slice(0, 120)).join('\n')}\n${stderr}`);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  CASES.forEach((c, i) => {
    const answer = JSON.parse(answers[i + 1].line) as Record<string, unknown>;
    const ms = answers[i + 1].at - answers[i].at;
    assert.ok(ms < (c.budgetMs ?? HANG_MS), `${c.name}: answered after ${Math.round(ms)} ms`);
    const id = (JSON.parse(c.line.length && c.line[0] === 0x7b ? c.line.toString() : 'null') as { id?: unknown } | null)?.id;
    if (typeof id === 'string') assert.equal(answer.id, id, `${c.name}: answers in order`);
    c.check(answer);
  });
});

test('batch: a job with many experience requirements gets an answer proportional to it', () => {
  const requirements = (chars: number): string => {
    const parts: string[] = [];
    for (let i = 0; parts.join(' ').length < chars; i++) parts.push(`${(i % 9) + 1}+ years of experience with Skill${i} systems,`);
    return `# Engineer\n\n## Required Experience\n${parts.join(' ')}\n`;
  };
  const small = requirements(17_000);
  const large = requirements(217_000);
  const input = [
    { id: 'small', op: 'match', resume: RESUME, job: small },
    { id: 'large', op: 'match', resume: RESUME, job: large },
    { id: 'after', op: 'jd', title: 'Nurse' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n';
  const r = spawnSync(process.execPath, [BIN, 'batch', '--no-models'], { input, cwd: ROOT, encoding: 'utf8', timeout: 180_000, maxBuffer: 1 << 30 });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  const [a, b, c] = lines.map((l) => JSON.parse(l));
  assert.equal(a.error, undefined, a.error);
  assert.equal(b.error, undefined, b.error);
  assert.equal(c.id, 'after');
  assert.ok(a.experience.length > 300 && b.experience.length > 3000, 'every requirement is reported');
  for (const e of [...a.experience, ...b.experience]) assert.ok(e.requirement.length <= 300, e.requirement.slice(0, 80));
  // linear: at most a fixed multiple of the job's own size (each requirement carries its own clause)
  assert.ok(lines[0].length < 20 * small.length, `17 kB job -> ${lines[0].length} characters`);
  assert.ok(lines[1].length < 20 * large.length, `217 kB job -> ${lines[1].length} characters`);
});

const cliDir = mkdtempSync(join(tmpdir(), 'hrdocs-bad-input-'));
process.on('exit', () => rmSync(cliDir, { recursive: true, force: true }));

const CLI_CASES: Array<{ name: string; bytes: Buffer; status: 0 | 2; message?: RegExp; budgetMs?: number }> = [
  { name: 'empty', bytes: Buffer.alloc(0), status: 2, message: /empty document/ },
  { name: '10 MB', bytes: Buffer.from('Python '.repeat(1_500_000)), status: 2, message: /file too large/ },
  { name: '1 MB single line', bytes: Buffer.from(oneMbLine()), status: 0, budgetMs: PARSE_BUDGET_MS },
  { name: 'binary', bytes: binaryBytes(4096), status: 2, message: /binary file|not UTF-8/ },
  { name: 'invalid UTF-8', bytes: Buffer.concat([Buffer.from('# R\n\n## Skills\n- Python '), Buffer.from([0xff, 0xfe, 0xc3])]), status: 2, message: /not UTF-8/ },
  { name: 'emoji', bytes: Buffer.from(EMOJI), status: 0 },
  { name: 'deep quotes', bytes: Buffer.from(`${'>'.repeat(100_000)} quote\n`), status: 2, message: /nested too deeply/ },
  { name: 'deep emphasis', bytes: Buffer.from(`${'*'.repeat(100_000)}x${'*'.repeat(100_000)}\n`), status: 2, message: /nested too deeply/ },
  { name: 'BOM', bytes: Buffer.from('\uFEFF' + RESUME), status: 0 },
  { name: 'NUL', bytes: Buffer.from(RESUME.replace('Python', 'Py\u0000thon')), status: 2, message: /binary file/ },
];

/** A process start and engine load take seconds on a busy machine: a hang is HANG_MS beyond a good small file. */
function cliStartMs(): number {
  const path = join(cliDir, 'good.md');
  writeFileSync(path, RESUME);
  const started = performance.now();
  spawnSync(process.execPath, [BIN, 'analyze', path, '--json', '--no-models'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return performance.now() - started;
}
let startMs: number | undefined;

for (const c of CLI_CASES) {
  test(`CLI analyze, bad input "${c.name}": exit ${c.status}${c.message ? ', one clear line' : ''}, no hang`, () => {
    startMs ??= cliStartMs();
    const path = join(cliDir, `${c.name.replace(/\W+/g, '-')}.md`);
    writeFileSync(path, c.bytes);
    const started = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'analyze', path, '--json', '--no-models'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
    const ms = performance.now() - started;
    assert.equal(r.status, c.status, r.stderr);
    assert.ok(ms - startMs < (c.budgetMs ?? HANG_MS), `took ${Math.round(ms)} ms (a good small file: ${Math.round(startMs)} ms)`);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    if (c.message) {
      assert.match(r.stderr, c.message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    } else {
      assert.equal(typeof JSON.parse(r.stdout).kind, 'string');
    }
  });
}

test('batch: an answer over the size limit becomes an error line naming its id', async () => {
  const { answerText, MAX_ANSWER_CHARS } = await import('../../src/cli/batch.js');
  const big = answerText({ id: 7, text: 'x'.repeat(MAX_ANSWER_CHARS + 1) });
  assert.ok(big.length < 1000);
  assert.deepEqual(Object.keys(JSON.parse(big)), ['id', 'error']);
  assert.match(JSON.parse(big).error, /answer too large \(16\.0 MB; the limit is 16 MB\)/);
  assert.equal(JSON.parse(big).id, 7);
  const hugeId = answerText({ id: 'i'.repeat(MAX_ANSWER_CHARS), error: 'x' });
  assert.ok(hugeId.length < 1000, 'a huge id is not echoed into the error line');
});
