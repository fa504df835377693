// The command line shared by the seeded selection scripts that draw training documents to label
// (tools/zones/select-train-docs.mjs, tools/links/select-train-sentences.mjs): CORPUS N, then
// --seed S and --data DIR (default ../shared/data beside the repository) and the script's own options.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Parses argv; prints the usage line and exits 2 when CORPUS or N is missing. */
export function selectionArgs(usage, defaultSeed, argv = process.argv.slice(2)) {
  const opt = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
  const [corpus, count] = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  if (!corpus || !count) { console.error(`usage: ${usage}`); process.exit(2); }
  return { corpus, count: Number(count), opt, dataDir: resolve(opt('--data', join(repo, '../shared/data'))), seed: opt('--seed', defaultSeed) };
}
