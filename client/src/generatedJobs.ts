// Pure helpers for generated jobs in the editor: the one-line reason shown in the quick pick and
// the file names they are offered and saved under. No vscode import: unit tests load this file
// directly (server/test/client-generated-jobs.test.ts).
import type { GeneratedJobPayload } from 'hrdocs-protocol';

/** The folder, relative to the workspace folder, that generated jobs are saved into. */
export const JOBS_FOLDER = 'jobs';

const MAX_SLUG_LENGTH = 60;
const MAX_REASON_LENGTH = 200;
/** names Windows refuses for a file, whatever the extension */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** `Senior Nurse (ICU) – Night Shift` -> `senior-nurse-icu-night-shift`; never empty. */
export function jobFileSlug(title: string): string {
  let slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Café" -> "cafe"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH);
  if (!slug) return 'job';
  return RESERVED.test(slug) ? `${slug}-job` : slug;
}

/**
 * `<slug>.md`, else `<slug>-2.md`, `-3`, ...: the first name not in `taken` (compared without case,
 * as macOS and Windows file systems do), so a saved job never replaces a file.
 */
export function uniqueJobFileName(slug: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${slug}.md` : `${slug}-${n}.md`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Why a generated job fits, on one line: "worked as Staff Nurse; skills: triage · missing: ACLS". Empty when the job says nothing. */
export function reasonLine(job: Pick<GeneratedJobPayload, 'why' | 'missing'>): string {
  const clean = (xs: unknown) => (Array.isArray(xs) ? xs : []).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const why = clean(job.why).join('; ');
  const missing = clean(job.missing);
  const line = [why, missing.length ? `missing: ${missing.join(', ')}` : ''].filter(Boolean).join(' · ');
  return line.length > MAX_REASON_LENGTH ? line.slice(0, MAX_REASON_LENGTH - 1) + '…' : line;
}
