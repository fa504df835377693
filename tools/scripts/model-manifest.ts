// A trained model's entry in models/manifest.json: the file's name, sha256 and size (what the
// server checks at load) and what its training script says of it. One writer for every script,
// so entries read alike and the manifest is replaced atomically (a reader never sees half a file).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Records the model at `modelPath` (already written) under `task` in the manifest beside it; other entries are kept. */
export function recordModelEntry(modelPath: string, task: string, entry: Record<string, unknown>): void {
  const path = join(dirname(modelPath), 'manifest.json');
  const manifest = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) as { models: Record<string, unknown> } : { models: {} };
  const bytes = readFileSync(modelPath);
  manifest.models[task] = {
    task,
    file: basename(modelPath),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    ...entry,
  };
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(tmp, path);
}
