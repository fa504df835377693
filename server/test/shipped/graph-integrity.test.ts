// graph.json.gz is checked against the sha256 in graph.meta.json: a damaged copy gets one line
// naming the file and how to restore it, from the engine and from the CLI (exit 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SkillGraph } from '../../src/engine/graph/graph.js';
import { GraphFileError } from '../../src/engine/graph/artifact.js';

const BIN = fileURLToPath(new URL('../../../bin/hrdocs.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const models = mkdtempSync(join(tmpdir(), 'hrdocs-graph-integrity-'));
process.on('exit', () => rmSync(models, { recursive: true, force: true }));
cpSync(join(ROOT, 'models'), models, { recursive: true });
const graphFile = join(models, 'graph', 'graph.json.gz');
const original = readFileSync(graphFile);

function damage(): void {
  const bytes = Buffer.from(original);
  bytes[bytes.length >> 1] ^= 0xff;
  writeFileSync(graphFile, bytes);
}

const RESTORE = /git checkout models\/graph.*npm run build:graph/;

test('the shipped graph matches its sha256', () => {
  writeFileSync(graphFile, original);
  assert.ok(SkillGraph.load(models).stats().skills > 1000);
});

test('a damaged graph.json.gz: GraphFileError, one line naming the file and how to restore it', () => {
  damage();
  assert.throws(() => SkillGraph.load(models), (err: unknown) => {
    assert.ok(err instanceof GraphFileError);
    assert.ok(err.message.includes(graphFile), err.message);
    assert.match(err.message, /is damaged: sha256/);
    assert.match(err.message, RESTORE);
    assert.equal(err.message.split('\n').length, 1);
    assert.equal(String(err.stack).split('\n').length, 1, 'no stack trace to log');
    return true;
  });
});

test('a truncated graph (gzip still starts fine) is caught by size and hash', () => {
  writeFileSync(graphFile, original.subarray(0, original.length - 1000));
  assert.throws(() => SkillGraph.load(models), /is damaged: sha256 .*\(\d+ bytes\)/);
});

test('CLI on a damaged graph: exit 2 with that one line', () => {
  damage();
  const doc = join(models, 'resume.md');
  writeFileSync(doc, '# Jordan\n\n## Skills\n- Python\n');
  const r = spawnSync(process.execPath, [BIN, 'analyze', doc, '--models', models], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 2, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /^hrdocs: skill graph .*graph\.json\.gz is damaged/);
  assert.match(lines[0], RESTORE);
});
