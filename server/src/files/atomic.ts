// Writing a file so that a crash never leaves half of it: used by `fix --write` and by the
// language server's workspace dictionary.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fchmodSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's content atomically: a temporary file in the same folder, fsync, rename over
 * the original (keeping its mode; a new file is created the same way). A crash leaves the old file or the new one, never half of one.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  // a new file gets what the umask allows, an existing one keeps its mode
  const mode = existsSync(path) ? statSync(path).mode & 0o7777 : 0o666 & ~process.umask();
  const temp = join(dirname(path), `.${basename(path)}.hrdocs-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined = openSync(temp, 'wx', 0o600);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off, bytes.length - off);
    fchmodSync(fd, mode);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try { unlinkSync(temp); } catch { /* already renamed or never created */ }
    throw e;
  }
  syncFolder(dirname(path));
}

/** Makes the rename itself durable; not every platform can open a folder, so best effort. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* Windows: folders cannot be fsynced */ }
}
