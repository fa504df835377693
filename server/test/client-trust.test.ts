// Workspace trust in the VS Code extension: `hrdocs.server.path` names a program the extension
// runs, so a repository's own settings must not choose it. The manifest declares it, and the
// client's path choice (client/src/serverPath.ts, bundled here with esbuild) follows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const CLIENT = fileURLToPath(new URL('../../../client/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${CLIENT}package.json`, 'utf8'));

type Choose = (setting: object | undefined, trusted: boolean, folder: string | undefined, home: string) => string | undefined;

async function loadChooser(): Promise<Choose> {
  const out = buildSync({ entryPoints: [`${CLIENT}src/serverPath.ts`], bundle: true, platform: 'node', format: 'esm', write: false });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return mod.configuredServerPath as Choose;
}

test('manifest: hrdocs.server.path is machine scoped and restricted in untrusted workspaces', () => {
  const settings = manifest.contributes.configuration.properties;
  assert.equal(settings['hrdocs.server.path'].scope, 'machine');
  const untrusted = manifest.capabilities?.untrustedWorkspaces;
  assert.equal(untrusted?.supported, 'limited');
  assert.ok(untrusted.restrictedConfigurations.includes('hrdocs.server.path'));
  assert.ok(untrusted.description.length > 20);
  // every setting that names a file to run or load is restricted
  for (const [name, s] of Object.entries(settings as Record<string, { markdownDescription?: string }>)) {
    if (/\.path$|model/i.test(name)) assert.ok(untrusted.restrictedConfigurations.includes(name), `${name} restricted`);
    void s;
  }
});

test('untrusted workspace: a workspace or folder value of server.path is never used', async () => {
  const choose = await loadChooser();
  const repo = { workspaceValue: '/repo/evil.sh', workspaceFolderValue: './evil.mjs' };
  assert.equal(choose(repo, false, '/repo', '/home/u'), undefined, 'bundled server');
  assert.equal(choose({ ...repo, globalValue: '/opt/hrdocs/bin/hrdocs.mjs' }, false, '/repo', '/home/u'), '/opt/hrdocs/bin/hrdocs.mjs');
  assert.equal(choose({ globalValue: '~/hrdocs/bin/hrdocs.mjs' }, false, '/repo', '/home/u'), '/home/u/hrdocs/bin/hrdocs.mjs');
  assert.equal(choose({ globalValue: 'tools/hrdocs.mjs' }, false, '/repo', '/home/u'), undefined, 'a relative path would point into the repository');
});

test('trusted workspace: the configured path, relative to the first folder', async () => {
  const choose = await loadChooser();
  assert.equal(choose({ globalValue: 'tools/hrdocs.mjs' }, true, '/repo', '/home/u'), '/repo/tools/hrdocs.mjs');
  assert.equal(choose({ globalValue: '/a.mjs', workspaceValue: '/b.mjs' }, true, '/repo', '/home/u'), '/b.mjs');
  assert.equal(choose({ globalValue: '  ' }, true, '/repo', '/home/u'), undefined);
  assert.equal(choose(undefined, true, undefined, '/home/u'), undefined);
});
