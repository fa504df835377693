#!/usr/bin/env node
// hrdocs command line. The code lives in the bundle ../dist/hrdocs.mjs (built by `npm run build`).
// Offline means offline: onnxruntime-node sends usage telemetry (and leaves /tmp/mat-debug-*.log)
// unless this is set before the native library loads, so it is set before anything is imported.
process.env.ORT_DISABLE_TELEMETRY = '1';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/hrdocs.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('hrdocs: the CLI is not built yet: run `npm run build` first (from the repository root)\n');
  process.exit(2);
}

const { main } = await import(bundle.href);
const code = await main(process.argv.slice(2));
if (typeof code === 'number') {
  // exit once stdout is flushed, even if something (a model session, a timer) still holds the loop
  process.exitCode = code;
  process.stdout.write('', () => process.exit(code));
}
