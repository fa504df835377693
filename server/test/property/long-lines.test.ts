// Class: one very long line (a pasted hash or minified text, a run of separators, a word joined by
// hyphens) in any section of a resume or a posting: the whole analysis takes time linear in its
// length. Several patterns of the rule extractor once backtracked over such a line from each of
// its characters (40,000 characters: 0.7-2.3 s; 200,000: tens of seconds, the editor waiting),
// and a line of dates was read whole once per date (3,600 dates on one line: 12 minutes).
// Measured as a ratio of cost per character at 10x the length, never against a wall clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngine } from '../support/engine.js';

const UNITS = ['a', 'a-', '(', ',', 'a, ', 'Ab ', 'a.b', '1 '];
const CONTEXTS: Array<[kind: 'resume' | 'job', wrap: (line: string) => string]> = [
  ['resume', (s) => `# Jane Doe\n\n## Skills\n\n- ${s}\n`],
  ['resume', (s) => `# Jane Doe\n\n## Experience\n\nCook, Cafe (2019 - 2020)\n\n- ${s}\n`],
  ['job', (s) => `## Job title\n\nCook\n\n## Requirements\n\n- ${s}\n`],
];

test('a very long line is analyzed in time linear in its length, in every section and kind', async () => {
  const engine = testEngine();
  let n = 0;
  const job = await engine.analyze('## Job title\n\nCook\n\n## Requirements\n\n- 2 years of cooking experience\n- food safety\n', 'file:///job.md', { kind: 'job' });
  // analysis, and for a resume its match with a posting (a match reads each role's words)
  const costPerChar = async (kind: 'resume' | 'job', text: string): Promise<number> => {
    let best = Infinity;
    for (let run = 0; run < 2; run++) {
      const started = performance.now();
      const analysis = await engine.analyze(text, `file:///long-${n++}.md`, { kind }); // a new uri each run: nothing cached
      if (kind === 'resume') await engine.match(analysis, job);
      best = Math.min(best, performance.now() - started);
    }
    return best / text.length;
  };
  await engine.analyze(CONTEXTS[0][1]('SQL'), 'file:///warm.md', { kind: 'resume' });
  for (const unit of UNITS) {
    for (const [kind, wrap] of CONTEXTS) {
      const line = (length: number) => unit.repeat(Math.ceil(length / unit.length));
      const small = await costPerChar(kind, wrap(line(4000)));
      const large = await costPerChar(kind, wrap(line(40000)));
      // quadratic would be ~10x per character at 10x the length; linear is ~1x
      assert.ok(large < small * 4 + 0.002, `${JSON.stringify(unit)} in a ${kind}: ${large.toFixed(5)} ms/char at 40,000 vs ${small.toFixed(5)} at 4,000`);
    }
  }
  // a line of date ranges in a resume's experience (a flattened PDF): each date's header and role
  // are read next to it, not from the whole line
  for (const unit of ['Jan 2020 - ', '2019 - 2020, ', 'Cook (2019 - 2020) ']) {
    const [kind, wrap] = CONTEXTS[1];
    const line = (length: number) => unit.repeat(Math.ceil(length / unit.length));
    const small = await costPerChar(kind, wrap(line(1500)));
    const large = await costPerChar(kind, wrap(line(15000)));
    assert.ok(large < small * 4 + 0.002, `${JSON.stringify(unit)} in experience: ${large.toFixed(5)} ms/char at 15,000 vs ${small.toFixed(5)} at 1,500`);
  }
  await engine.dispose();
});
