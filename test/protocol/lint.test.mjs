// `hrdocs lint` prints the findings the editor shows: the same rules, lines and messages for the
// same files (the CLI and the language server both map the engine's findings), in text, JSON and
// SARIF, with an exit status CI can use.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO, copyFixtures, startServer } from './client.mjs';

const CLI = join(REPO, 'server/bin/hrdocs.mjs');
const RESUME = 'resumes/jordan-lee-resume.md';

function lint(args, cwd) {
  return spawnSync(process.execPath, [CLI, 'lint', ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

describe('hrdocs lint', () => {
  let ws;
  before(() => {
    ws = copyFixtures('hrdocs-lint-');
  });
  after(() => ws?.dispose());

  test('the CLI reports exactly what the language server publishes', async () => {
    const cli = lint(['--json', RESUME], ws.dir);
    assert.equal(cli.status, 0, cli.stderr);
    const fromCli = JSON.parse(cli.stdout).files[0].findings.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.rule} ${f.message}`);
    const client = await startServer({ folder: ws.dir, settings: {} });
    try {
      const uri = ws.uri(RESUME);
      await client.open(uri, readFileSync(ws.path(RESUME), 'utf8'));
      const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'missing-skill'), { what: 'gap diagnostics' });
      const fromServer = diags.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`);
      assert.ok(fromCli.some((x) => x.includes(' missing-skill ')), 'the resume targets a job, so gaps are reported');
      assert.deepEqual([...fromServer].sort(), [...fromCli].sort());
    } finally {
      client.kill();
    }
  });

  test('text output names file, line, severity, message and rule; a summary closes it', () => {
    const r = lint([RESUME], ws.dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^resumes\/jordan-lee-resume\.md$/m);
    assert.match(r.stdout, /^\s+\d+:\d+\s+info\s+Missing required skill: .+ missing-skill$/m);
    assert.match(r.stdout, /^\d+ findings \(0 errors, \d+ warnings, \d+ info, \d+ hints\) in 1 file$/m);
  });

  test('SARIF 2.1.0 with the rules and one result per finding', () => {
    const json = JSON.parse(lint(['--json', RESUME], ws.dir).stdout);
    const sarif = JSON.parse(lint(['--format', 'sarif', RESUME], ws.dir).stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['skill', 'missing-skill', 'unlisted-skill', 'experience-short', 'experience-missing', 'weak-bullet', 'language']);
    assert.equal(run.results.length, json.files[0].findings.length);
    const first = run.results[0];
    assert.equal(first.locations[0].physicalLocation.artifactLocation.uri, RESUME);
    assert.equal(first.locations[0].physicalLocation.region.startLine, json.files[0].findings[0].range.start.line + 1);
  });

  test('--rule raises a rule to error (exit 1) or turns it off; folders and globs expand to Markdown files', () => {
    const raised = lint(['--rule', 'missing-skill=error', RESUME], ws.dir);
    assert.equal(raised.status, 1);
    assert.match(raised.stdout, /\berror\s+Missing required skill/);
    const off = lint(['--json', '--rule', 'skill=off,missing-skill=off', RESUME], ws.dir);
    assert.ok(JSON.parse(off.stdout).files[0].findings.every((f) => f.rule !== 'skill' && f.rule !== 'missing-skill'));
    const folder = JSON.parse(lint(['--json', '.'], ws.dir).stdout).files.map((f) => f.file).sort();
    const glob = JSON.parse(lint(['--json', '**/*.md'], ws.dir).stdout).files.map((f) => f.file).sort();
    assert.deepEqual(folder, ['jobs/icu-nurse.md', RESUME]);
    assert.deepEqual(glob, folder);
  });

  test('a suppression comment hides the finding from the CLI too', () => {
    const path = ws.path(RESUME);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/^## Skills/m, '<!-- hrdocs-disable-next-line missing-skill -->\n## Skills'));
    try {
      const r = JSON.parse(lint(['--json', RESUME], ws.dir).stdout);
      assert.ok(!r.files[0].findings.some((f) => f.rule === 'missing-skill'));
    } finally {
      writeFileSync(path, text);
    }
  });

  test('bad usage: exit 2 with a message', () => {
    const r = lint(['no/such/file.md'], ws.dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no such file/);
  });
});
