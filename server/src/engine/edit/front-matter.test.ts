import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTargetEdit } from './front-matter.js';
import { applyEdits } from './edits.js';
import { computeLineStarts } from '../document/positions.js';

const apply = (source: string, target: string) => applyEdits(source, computeLineStarts(source), [setTargetEdit(source, target)]);

// one row per shape of a resume's front matter
const TABLE: Array<[string, string, string, string]> = [
  ['a target already set: replaced', '---\nhrdocs: resume\ntarget: ../jobs/a.md\n---\n# Sam\n', '../jobs/b.md', '---\nhrdocs: resume\ntarget: ../jobs/b.md\n---\n# Sam\n'],
  ['front matter without a target: added last', '---\nhrdocs: resume\n---\n# Sam\n', 'jobs/b.md', '---\nhrdocs: resume\ntarget: jobs/b.md\n---\n# Sam\n'],
  ['no front matter: a block at the top', '# Sam\n', 'jobs/b.md', '---\ntarget: jobs/b.md\n---\n\n# Sam\n'],
  ['CRLF: kept', '---\r\nhrdocs: resume\r\n---\r\n# Sam\r\n', 'b.md', '---\r\nhrdocs: resume\r\ntarget: b.md\r\n---\r\n# Sam\r\n'],
  ['a path YAML would misread: quoted', '# Sam\n', 'jobs/a job: #1.md', '---\ntarget: "jobs/a job: #1.md"\n---\n\n# Sam\n'],
  ['a resume between two rules is no front matter: a block at the top', '---\nAna Lee\n\nSkills\n1. Triage\n\n---\n', 'b.md', '---\ntarget: b.md\n---\n\n---\nAna Lee\n\nSkills\n1. Triage\n\n---\n'],
  ['a BOM: the block goes after it', '\uFEFF# Sam\n', 'b.md', '\uFEFF---\ntarget: b.md\n---\n\n# Sam\n'],
];

for (const [name, source, target, expected] of TABLE) {
  test(`set target: ${name}`, () => {
    assert.equal(apply(source, target), expected);
  });
}
