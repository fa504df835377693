// The shipped kind classifier (models/kind-classifier.json): parity with the Python trainer,
// hand-written resume/job/other documents, and the no-corpus-text policy.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadKindClassifier } from '../../src/engine/models/kind-classifier.js';
import { findModelsDir } from '../../src/engine/models/runtime.js';

const modelsDir = findModelsDir();
const path = join(modelsDir, 'kind-classifier.json');
const json = JSON.parse(readFileSync(path, 'utf8')) as {
  classes: string[];
  parity: { text: string; probabilities: number[] }[];
  weights: Record<string, unknown>;
  metrics: Record<string, { accuracy: number }>;
};
const model = loadKindClassifier(modelsDir);

test('TypeScript reproduces the Python probabilities of the parity cases to 1e-5', () => {
  assert.equal(json.parity.length, 5);
  for (const { text, probabilities } of json.parity) {
    const got = model.probabilities(text);
    probabilities.forEach((p, k) => assert.ok(Math.abs(got[k] - p) < 1e-5, `${JSON.stringify(text.slice(0, 30))}: ${got} vs ${probabilities}`));
  }
});

const CASES: [string, string][] = [
  ['resume', `# Priya Raman
priya.raman@example.com | +1 555 0100 | Denver, CO

## Summary
Registered nurse with 7 years of ICU and emergency experience.

## Experience
### Charge Nurse, St. Example Hospital (2019 - Present)
- Led a team of 12 nurses across night shifts
- Cut medication errors by 30% with a double-check protocol

### Staff Nurse, Mercy Example Clinic (2016 - 2019)
- Triaged 40+ patients per shift

## Education
BSc Nursing, University of Colorado, 2016

## Skills
Critical care, ACLS, patient education, Epic EHR`],
  ['job', `# Line Cook (Full-time)

Our neighbourhood bistro is hiring an experienced line cook to join a friendly kitchen team.

## Responsibilities
- Prepare dishes to our recipes during lunch and dinner service
- Keep your station clean and follow food safety rules

## Requirements
- 2+ years of line cook experience
- Food handler certificate
- Able to work weekends

## What we offer
$18-22/hour, staff meals, paid time off. Apply with your resume by March 31.`],
  ['other', `# fast-queue

A tiny in-memory job queue for Node.js.

## Install

\`\`\`sh
npm install fast-queue
\`\`\`

## Usage

\`\`\`js
import { Queue } from 'fast-queue';
const q = new Queue({ concurrency: 4 });
q.add(async () => fetchReport());
\`\`\`

## Options
- \`concurrency\`: how many jobs run at once (default 1)
- \`retries\`: how often a failed job is retried

See [the docs](https://example.com/docs) for the full API. MIT licensed.`],
  ['other', `# Changelog

## [3.2.0] - 2024-05-02
### Added
- Support for Node 22
### Fixed
- Memory leak when a worker crashed (#412)

## [3.1.1] - 2023-12-11
### Fixed
- Typo in the README`],
  ['other', `# Lemon drizzle cake

Serves 8. Prep 20 minutes, bake 45 minutes.

## Ingredients
- 225 g butter
- 225 g caster sugar
- 4 eggs
- 2 lemons, zested

## Method
1. Heat the oven to 180C and line a loaf tin.
2. Beat the butter and sugar, then add the eggs one at a time.
3. Fold in the flour and zest, and bake until golden.`],
];

test('hand-written documents get the expected kind', () => {
  for (const [kind, text] of CASES) {
    const r = model.classify(text);
    assert.equal(r.kind, kind, `${text.split('\n')[0]}: ${JSON.stringify(r.scores)}`);
    assert.ok(r.confidence > 0.5);
  }
});

test('the file stays small, holds hashed weights only, and records its held-out metrics', () => {
  assert.ok(statSync(path).size < 3_500_000);
  assert.deepEqual(Object.keys(json.weights).sort(), ['bias', 'buckets', 'structure', 'values']);
  for (const set of ['real_docs', 'non_hr_docs', 'rjdb_dev']) assert.equal(typeof json.metrics[set].accuracy, 'number');
});
