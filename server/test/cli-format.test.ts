// The CLI's text output of `hrdocs analyze`: what a job asks beyond skills and years is shown, as --json has it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAnalysis } from '../src/cli/commands.js';
import { testEngine } from './support/engine.js';

test('analyze text output lists the education and licences a job asks, each with its line and whether it is required', async () => {
  const engine = testEngine();
  const job = await engine.analyze([
    '# Hydrographer', '', '## Requirements', '',
    '- Two years of full-time paid experience as a hydrographer.',
    "- A valid California driver's license is required.",
    "- A bachelor's degree in hydrology is preferred.",
  ].join('\n'), undefined, { kind: 'job' });
  const out = formatAnalysis('job.md', job);
  assert.match(out, /licences and registrations asked \(1\):\n\s+line 6\s+required\s+"A valid California driver's license is required\."/);
  assert.match(out, /education asked \(1\):\n\s+line 7\s+preferred\s+"A bachelor's degree in hydrology is preferred\."/);
});

test('analyze text output of a resume names no asked education or licences', async () => {
  const engine = testEngine();
  const resume = await engine.analyze("# Ana Ruiz\n\n## Licenses\n\n- California driver's license\n", undefined, { kind: 'resume' });
  assert.doesNotMatch(formatAnalysis('resume.md', resume), /asked \(/);
});
