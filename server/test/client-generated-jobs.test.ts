// The VS Code client's helpers for generated jobs (client/src/generatedJobs.ts, bundled here with
// esbuild): the file name a job is offered and saved under, never an existing one, and the
// one-line reason its quick pick item shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const CLIENT = fileURLToPath(new URL('../../../client/', import.meta.url));

interface Helpers {
  JOBS_FOLDER: string;
  jobFileSlug(title: string): string;
  uniqueJobFileName(slug: string, taken: Iterable<string>): string;
  reasonLine(job: { why?: unknown; missing?: unknown }): string;
}

async function load(): Promise<Helpers> {
  const out = buildSync({ entryPoints: [`${CLIENT}src/generatedJobs.ts`], bundle: true, platform: 'node', format: 'esm', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

test('a job title becomes a file-name slug', async () => {
  const { jobFileSlug, JOBS_FOLDER } = await load();
  assert.equal(JOBS_FOLDER, 'jobs');
  assert.equal(jobFileSlug('Registered Nurse (ICU)'), 'registered-nurse-icu');
  assert.equal(jobFileSlug('  Senior Café Manager – Night Shift!  '), 'senior-cafe-manager-night-shift');
  assert.equal(jobFileSlug('C++ / .NET Developer'), 'c-net-developer');
  assert.equal(jobFileSlug('../../etc/passwd'), 'etc-passwd', 'no path separators or dots survive');
  assert.equal(jobFileSlug(''), 'job');
  assert.equal(jobFileSlug('??? 看護師'), 'job', 'nothing usable: a plain name');
  assert.equal(jobFileSlug('CON'), 'con-job', 'a name Windows refuses is extended');
  const long = jobFileSlug('Principal '.repeat(20) + 'Engineer');
  assert.ok(long.length <= 60 && !long.endsWith('-') && /^principal(-principal)*$/.test(long), long);
  assert.match(jobFileSlug('x'.repeat(100)), /^x{60}$/);
});

test('the first free name is used: <slug>.md, then -2, -3, ...', async () => {
  const { uniqueJobFileName } = await load();
  assert.equal(uniqueJobFileName('nurse', []), 'nurse.md');
  assert.equal(uniqueJobFileName('nurse', ['other.md', 'nurse.markdown']), 'nurse.md');
  assert.equal(uniqueJobFileName('nurse', ['nurse.md']), 'nurse-2.md');
  assert.equal(uniqueJobFileName('nurse', ['nurse.md', 'nurse-2.md', 'nurse-4.md']), 'nurse-3.md');
  assert.equal(uniqueJobFileName('nurse', new Set(['Nurse.MD'])), 'nurse-2.md', 'case-insensitive file systems');
  const taken = Array.from({ length: 50 }, (_, i) => (i === 0 ? 'a.md' : `a-${i + 1}.md`));
  assert.equal(uniqueJobFileName('a', taken), 'a-51.md');
});

test('the quick pick reason: why it fits, then what is missing', async () => {
  const { reasonLine } = await load();
  assert.equal(reasonLine({ why: ['worked as Staff Nurse', 'skills: triage, wound care'], missing: ['ACLS', 'ventilator management'] }),
    'worked as Staff Nurse; skills: triage, wound care · missing: ACLS, ventilator management');
  assert.equal(reasonLine({ why: ['related skills and experience'] }), 'related skills and experience');
  assert.equal(reasonLine({ missing: ['SQL'] }), 'missing: SQL');
  assert.equal(reasonLine({}), '', 'nothing to say: the caller falls back to the summary');
  assert.equal(reasonLine({ why: 'not a list', missing: [3, null, ' \n '] }), '', 'bad input is ignored');
  assert.equal(reasonLine({ why: ['two\nlines'] }), 'two lines', 'one line');
  const long = reasonLine({ why: ['x'.repeat(500)] });
  assert.equal(long.length, 200);
  assert.ok(long.endsWith('…'));
});
