// Kind classifier runtime on a tiny hand-made model: hashing, front matter, structure features
// and the softmax arithmetic. The shipped weights are tested in shipped/kind-classifier.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  fnv1a, KindClassifier, kindWords, splitDocument, structureFeatures, type KindModelJson,
} from '../src/engine/models/kind-classifier.js';

const STRUCTURE = [
  'bullet_share', 'heading_share', 'year_rate', 'has_front_matter', 'fence_count',
  'log_length', 'short_line_share', 'link_share', 'code_share', 'version_rate',
  'table_share', 'key_value_share', 'year_line_share',
];
const BUCKETS = 1 << 18;
const bucket = (s: string): number => fnv1a(s) & (BUCKETS - 1);

/** resume <- 'worked', job <- 'apply now', other <- 'npm'; a fence pushes towards other. */
function tinyModel(): KindModelJson {
  const structure = STRUCTURE.map(() => [0, 0, 0]);
  structure[STRUCTURE.indexOf('fence_count')] = [0, 0, 20];
  return {
    classes: ['resume', 'job', 'other'],
    features: { max_words: 1500, buckets: BUCKETS, structure: STRUCTURE },
    weights: {
      buckets: [bucket('worked'), bucket('apply now'), bucket('npm')],
      values: [8, 0, 0, 0, 8, 0, 0, 0, 8],
      structure,
      bias: [0, 0.5, 0],
    },
  };
}

test('FNV-1a 32-bit matches the reference vectors', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('words: ASCII lowercase, runs of [a-z0-9], everything else separates', () => {
  assert.deepEqual(kindWords('Café ÜBER-x2 C++ node.js 2024'), ['caf', 'ber', 'x2', 'c', 'node', 'js', '2024']);
});

test('front matter keeps keys and values, drops YAML comments, needs a closing line', () => {
  const doc = splitDocument('\uFEFF---  \r\ntitle: Nurse\r\n# comment\r\n...\r\n# Body');
  assert.deepEqual(doc.front, ['title: Nurse']);
  assert.deepEqual(doc.body, ['# Body']);
  assert.equal(splitDocument('---\ntitle: x\nno end').front, null);
});

test('structure features follow the spec', () => {
  const body = ['# Title', '', '- one 2019', '1) two', '```', 'x', '```', '| a | b |', 'Key: value https://x.y 1.2.3'];
  const words = kindWords(body.join('\n'));
  const s = structureFeatures(null, body, words, words.length);
  const at = (name: string): number => s[STRUCTURE.indexOf(name)];
  assert.equal(at('bullet_share'), 2 / 8);
  assert.equal(at('heading_share'), 1 / 8);
  assert.equal(at('fence_count'), 2 / 20);
  assert.equal(at('table_share'), 1 / 8);
  assert.equal(at('key_value_share'), 1 / 8);
  assert.equal(at('link_share'), 1 / 8);
  assert.equal(at('year_line_share'), 1 / 8);
  assert.equal(at('has_front_matter'), 0);
  assert.ok(at('version_rate') > 0);
});

test('the tiny model classifies by its weights and the scores form a distribution', () => {
  const model = KindClassifier.fromJson(tinyModel());
  assert.equal(model.classify('I worked at a bakery').kind, 'resume');
  assert.equal(model.classify('Apply now for this role').kind, 'job');
  assert.equal(model.classify('run npm install').kind, 'other');
  assert.equal(model.classify('hello\n```\ncode\n```').kind, 'other');
  const r = model.classify('nothing known here');
  assert.equal(r.kind, 'job');
  const total = r.scores.resume + r.scores.job + r.scores.other;
  assert.ok(Math.abs(total - 1) < 1e-12);
  assert.equal(r.confidence, r.scores.job);
  // 'i', 'worked', 'i worked': 3 distinct buckets, so the resume logit is 8 / sqrt(3)
  const p = model.probabilities('I worked');
  const z = [8 / Math.sqrt(3), 0.5, 0];
  const e = z.map(Math.exp);
  assert.ok(Math.abs(p[0] - e[0] / (e[0] + e[1] + e[2])) < 1e-12);
});

test('a model for other classes or other structure features is refused', () => {
  const wrongClasses = { ...tinyModel(), classes: ['job', 'resume', 'other'] };
  assert.throws(() => KindClassifier.fromJson(wrongClasses), /classes/);
  const m = tinyModel();
  m.features.structure = STRUCTURE.slice(1);
  assert.throws(() => KindClassifier.fromJson(m), /structure features/);
});
