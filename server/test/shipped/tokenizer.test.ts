// The skill tagger's TypeScript encoder must produce exactly what the Python side trained on:
// models/tokenizer-vectors.json is written by models/training/hrtok.py (train.sh) and this
// test replays it through tokenizeWords and TaggerEncoder.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findModelsDir } from '../../src/engine/models/runtime.js';
import { TaggerEncoder, type EncoderSpec } from '../../src/engine/models/tokenizer.js';
import { tokenizeWords } from '../../src/engine/text/normalize.js';

interface VectorCase {
  text: string;
  tokens: Array<[string, number, number]>;
  wordIds: number[];
  shapeIds: number[];
  charIds: number[][];
  feats: string[];
}

const modelsDir = findModelsDir();
const vectors = JSON.parse(readFileSync(join(modelsDir, 'tokenizer-vectors.json'), 'utf8')) as { vocabFile: string; cases: VectorCase[] };
const spec = JSON.parse(readFileSync(join(modelsDir, vectors.vocabFile), 'utf8')) as EncoderSpec;
const encoder = new TaggerEncoder(spec);

test('shared vectors cover the tricky cases', () => {
  assert.ok(vectors.cases.length >= 50);
  const texts = new Set(vectors.cases.map((c) => c.text));
  for (const t of ['', 'C++', 'C#', '.NET', 'CI/CD pipelines', '5+ years of experience']) assert.ok(texts.has(t), t);
});

for (const c of vectors.cases) {
  test(`tokens and ids match Python: ${JSON.stringify(c.text).slice(0, 60)}`, () => {
    const tokens = tokenizeWords(c.text);
    assert.deepEqual(tokens.map((t) => [t.text, t.start, t.end]), c.tokens);
    const enc = encoder.encode(c.text, tokens);
    assert.deepEqual(Array.from(enc.wordIds), c.wordIds, 'word ids');
    assert.deepEqual(Array.from(enc.shapeIds), c.shapeIds, 'shape ids');
    assert.deepEqual(enc.charIds.map((ids) => Array.from(ids)), c.charIds, 'char ids');
    const rows = c.tokens.map((_, i) => Array.from(enc.feats.subarray(i * encoder.nFeats, (i + 1) * encoder.nFeats)).join(''));
    assert.deepEqual(rows, c.feats, 'gap features');
  });
}

test('known technology names keep their punctuation', () => {
  assert.deepEqual(tokenizeWords('C++, C#, .NET and Node.js; CI/CD').map((t) => t.text), ['C++', 'C#', '.NET', 'and', 'Node.js', 'CI', 'CD']);
});
