// Where the command line finds the models: the flag, else the environment (either name the
// engine and the server read), else the checkout's own models/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineOptions, repoRoot } from '../src/cli/engine.js';

const parsed = (options: Record<string, string> = {}) => ({ positionals: [], options, help: false });

test('the models folder: --models, else $HRDOCS_MODELS or $HRDOCS_MODELS_DIR, else the checkout\'s models/; a missing folder names where it came from', () => {
  const saved = { a: process.env.HRDOCS_MODELS, b: process.env.HRDOCS_MODELS_DIR };
  const dir = mkdtempSync(join(tmpdir(), 'hrdocs-models-'));
  const other = mkdtempSync(join(tmpdir(), 'hrdocs-models-'));
  try {
    delete process.env.HRDOCS_MODELS;
    delete process.env.HRDOCS_MODELS_DIR;
    const root = repoRoot();
    assert.equal(engineOptions(parsed()).modelsDir, root ? join(root, 'models') : undefined);
    process.env.HRDOCS_MODELS_DIR = dir;
    assert.equal(engineOptions(parsed()).modelsDir, dir, 'the server\'s variable');
    process.env.HRDOCS_MODELS = other;
    assert.equal(engineOptions(parsed()).modelsDir, other, 'the command line\'s own variable first');
    assert.equal(engineOptions(parsed({ models: dir })).modelsDir, dir, 'the flag over both');
    delete process.env.HRDOCS_MODELS;
    process.env.HRDOCS_MODELS_DIR = join(dir, 'missing');
    assert.throws(() => engineOptions(parsed()), /^Error: \$HRDOCS_MODELS_DIR: .*missing: no such folder$/);
    assert.throws(() => engineOptions(parsed({ models: join(dir, 'gone') })), /--models: .*gone: no such folder/);
  } finally {
    for (const [name, value] of [['HRDOCS_MODELS', saved.a], ['HRDOCS_MODELS_DIR', saved.b]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  }
});
