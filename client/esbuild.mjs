// Bundles the extension (client/src/extension.ts + the shared hrdocs-protocol package) into one
// CommonJS file, dist/extension.js, with `vscode` external. Copies the TextMate grammar(s) from
// <repo>/grammars into dist/grammars so the packaged extension is self-contained. Fails when a
// `contributes.configuration` default in package.json differs from DEFAULT_SETTINGS
// (hrdocs-protocol) or when a shared command is missing from the manifest.
//   node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

function copyGrammars() {
  const from = join(here, '..', 'grammars');
  const to = join(here, 'dist', 'grammars');
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) if (f.endsWith('.json')) cpSync(join(from, f), join(to, f));
}

async function checkManifest() {
  const protocol = await import('hrdocs-protocol');
  const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
  const props = manifest.contributes.configuration.properties;
  const errors = [];
  const walk = (value, key) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, `${key}.${k}`);
    } else if (!(key in props)) errors.push(`${key}: missing from contributes.configuration`);
    else if (!isDeepStrictEqual(props[key].default, value)) {
      errors.push(`${key}: default ${JSON.stringify(props[key].default)} != DEFAULT_SETTINGS ${JSON.stringify(value)}`);
    }
  };
  walk(protocol.DEFAULT_SETTINGS, 'hrdocs');
  const contributed = new Set(manifest.contributes.commands.map(c => c.command));
  for (const c of Object.values(protocol.ClientCommands)) {
    if (!contributed.has(c)) errors.push(`command ${c}: missing from contributes.commands`);
    if (!manifest.activationEvents.includes(`onCommand:${c}`)) errors.push(`command ${c}: missing from activationEvents`);
  }
  if (errors.length) throw new Error('client/package.json is out of sync with hrdocs-protocol:\n  ' + errors.join('\n  '));
}

/** @type {esbuild.BuildOptions} */
const options = {
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(here, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [{ name: 'grammars', setup(b) { b.onEnd(() => copyGrammars()); } }],
};

await checkManifest();
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('[client] watching');
} else {
  await esbuild.build(options);
}
