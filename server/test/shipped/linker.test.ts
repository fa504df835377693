// The trained skill linker through its TypeScript runtime: manifest integrity, parity with
// PyTorch, paraphrase quality on hand-written pairs, linking to graph skills, edge cases.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SkillGraph } from '../../src/engine/graph/graph.js';
import { OnnxSkillLinker, fnv1a } from '../../src/engine/models/linker.js';
import { findModelsDir, ModelRuntime, type Manifest } from '../../src/engine/models/runtime.js';

const modelsDir = findModelsDir();
const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8')) as Manifest;
const entry = manifest.models['skill-linker'];
let runtime: ModelRuntime;
let graph: SkillGraph;
let linker: OnnxSkillLinker;
const tempDirs: string[] = [];

before(async () => {
  runtime = await ModelRuntime.load({ modelsDir, device: 'cpu' });
  graph = SkillGraph.load(modelsDir);
  linker = await OnnxSkillLinker.create(runtime, graph);
});

after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Paraphrase (same skill) and non-pairs (different skills), written by hand, not from the training data. */
const SAME: Array<[string, string]> = [
  ['Proven talent in making critical decisions', 'Decision Making'],
  ['High endurance level', 'Physical Stamina'],
  ['Natural ability to pay precision to details', 'Detail-oriented'],
  ['Exceptional consulting capability', 'Consulting'],
  ['Skilled at resolving customer complaints with patience', 'Customer Service'],
  ['Fluent in Python and its data libraries', 'Python'],
  ['Keeps projects on schedule and within budget', 'Project Management'],
  ['Comfortable presenting to large audiences', 'Public Speaking'],
  ['Adept at leading and motivating teams', 'Leadership'],
  ['Builds complex spreadsheets in MS Excel', 'Microsoft Excel'],
  ['Strong written and verbal communicator', 'Communication Skills'],
];
const DIFFERENT: Array<[string, string]> = [
  ['Proven talent in making critical decisions', 'Welding'],
  ['High endurance level', 'Accounting'],
  ['Natural ability to pay precision to details', 'Java'],
  ['Exceptional consulting capability', 'Forklift Operation'],
  ['Skilled at resolving customer complaints with patience', 'Machine Learning'],
  ['Fluent in Python and its data libraries', 'Physical Stamina'],
  ['Keeps projects on schedule and within budget', 'Phlebotomy'],
  ['Comfortable presenting to large audiences', 'Plumbing'],
  ['Adept at leading and motivating teams', 'Tax Preparation'],
  ['Builds complex spreadsheets in MS Excel', 'Carpentry'],
  ['Strong written and verbal communicator', 'Network Security'],
];

async function cosines(pairs: Array<[string, string]>): Promise<number[]> {
  const vectors = await linker.encode(pairs.flat());
  return pairs.map((_, i) => linker.similarity(vectors[2 * i], vectors[2 * i + 1]));
}

function auc(pos: number[], neg: number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

function norm(v: Float32Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

test('the real model passes its manifest hash check', async () => {
  const bytes = await runtime.readVerified(runtime.entry('skill-linker'));
  assert.equal(bytes.length, entry.bytes);
  const sidecar = await runtime.readVerified(entry.sidecar!);
  assert.equal(sidecar.length, entry.sidecar!.bytes);
});

test('a corrupted model file is refused with an error naming the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hrdocs-linker-'));
  tempDirs.push(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ models: { 'skill-linker': entry } }));
  copyFileSync(join(modelsDir, entry.sidecar!.file), join(dir, entry.sidecar!.file));
  const bytes = readFileSync(join(modelsDir, entry.file));
  bytes[Math.floor(bytes.length / 2)] ^= 0xff;
  writeFileSync(join(dir, entry.file), bytes);
  const broken = await ModelRuntime.load({ modelsDir: dir, device: 'cpu' });
  await assert.rejects(OnnxSkillLinker.create(broken, graph), (err: Error) => {
    assert.match(err.message, /corrupt/);
    assert.ok(err.message.includes(entry.file), err.message);
    return true;
  });
});

test('word ids and ONNX vectors equal the PyTorch ones recorded at export', async () => {
  const parity = linker.parity ?? [];
  assert.ok(parity.length >= 5, 'the sidecar carries parity cases');
  const vectors = await linker.encode(parity.map((p) => p.text));
  parity.forEach((p, i) => {
    assert.deepEqual(linker.wordIds(p.text), p.ids, `ids of ${JSON.stringify(p.text)}`);
    assert.equal(vectors[i].length, p.vector.length);
    let maxDiff = 0;
    for (let k = 0; k < p.vector.length; k++) maxDiff = Math.max(maxDiff, Math.abs(vectors[i][k] - p.vector[k]));
    assert.ok(maxDiff < 1e-4, `vector of ${JSON.stringify(p.text)} differs by ${maxDiff}`);
  });
});

test('fnv1a hashes UTF-16 code units like the Python side', () => {
  // reference values from train_linker.fnv1a
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('siterra'), fnv1a('siterra'));
  assert.notEqual(fnv1a('siterra'), fnv1a('sitera'));
});

test('paraphrases of a skill score higher than unrelated skills (AUC >= 0.8)', async () => {
  const pos = await cosines(SAME);
  const neg = await cosines(DIFFERENT);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  assert.ok(mean(pos) > mean(neg), `mean cosine same ${mean(pos)} vs different ${mean(neg)}`);
  const a = auc(pos, neg);
  assert.ok(a >= 0.8, `AUC ${a}`);
  // and the calibrated probability orders them the same way
  assert.ok(mean(pos.map((c) => linker.sameSkillProbability(c))) > mean(neg.map((c) => linker.sameSkillProbability(c))));
});

test('vectors are unit length, batch-independent, and empty text gives a zero vector', async () => {
  const texts = ['Decision Making', '', 'Proven talent in making critical decisions', '   ', 'C++ and C#', '!!!'];
  const many = Array.from({ length: 150 }, (_, i) => texts[i % texts.length] + (i >= texts.length && texts[i % texts.length].trim() ? ` ${i}` : ''));
  const vectors = await linker.encode(many);
  assert.equal(vectors.length, many.length);
  many.forEach((t, i) => {
    assert.equal(vectors[i].length, linker.dim);
    const n = norm(vectors[i]);
    if (linker.wordIds(t).length === 0) assert.equal(n, 0, JSON.stringify(t));
    else assert.ok(Math.abs(n - 1) < 1e-4, `${JSON.stringify(t)}: norm ${n}`);
  });
  const alone = await linker.encode([texts[2]]);
  for (let k = 0; k < linker.dim; k++) assert.ok(Math.abs(alone[0][k] - vectors[2][k]) < 1e-5);
  assert.equal(linker.similarity(vectors[0], vectors[1]), 0);
  assert.deepEqual(await linker.encode([]), []);
});

test('sameSkillProbability is a calibrated, increasing map with 0.5 at the new-skill threshold', () => {
  let prev = -1;
  for (let c = -1; c <= 1; c += 0.05) {
    const p = linker.sameSkillProbability(c);
    assert.ok(p > 0 && p < 1 && p >= prev);
    prev = p;
  }
  assert.ok(Math.abs(linker.sameSkillProbability(linker.newSkillThreshold) - 0.5) < 1e-4);
});

test("link('MS Excel') finds an Excel skill; gibberish is a new skill; empty text is handled", async () => {
  const [excel, gibberish, empty, decisions] = await linker.link(['MS Excel', 'asdf qwerty', '', 'Proven talent in making critical decisions']);
  assert.ok(excel.skill >= 0, JSON.stringify(excel));
  const names = [graph.skills[excel.skill].name, ...graph.aliasesForSkill(excel.skill)];
  assert.ok(names.some((n) => /excel/i.test(n)), JSON.stringify(excel));
  assert.ok(excel.confidence > 0.5);
  assert.equal(gibberish.skill, -1, JSON.stringify(gibberish));
  assert.equal(gibberish.name, 'asdf qwerty');
  assert.equal(empty.skill, -1);
  assert.equal(empty.confidence, 0);
  assert.equal(empty.nearest, -1);
  // linked to an ESCO or O*NET skill, or (no link) shown by the RJDB name it paraphrases
  const decided = decisions.skill >= 0 ? decisions.skill : decisions.rjdbName?.skill ?? -1;
  assert.ok(decided >= 0, JSON.stringify(decisions));
  assert.match(graph.skills[decided].name, /decision/i);
});

test('link by vector alone: paraphrases reach the right graph skill', async () => {
  // no exact alias for these phrases: the vector search does the work
  const links = await linker.link(['Proficient with Microsoft spreadsheets (Excel)', 'Exceptional consulting capability']);
  assert.match(links[0].name, /excel|spreadsheet/i, JSON.stringify(links[0]));
  assert.match(links[1].name, /consult/i, JSON.stringify(links[1]));
  assert.ok(links.every((l) => l.confidence > 0 && l.confidence < 1));
});

test('without the scorer model, the JavaScript search gives the same nearest skills', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hrdocs-linker-'));
  tempDirs.push(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ models: { 'skill-linker': entry } }));
  copyFileSync(join(modelsDir, entry.file), join(dir, entry.file));
  copyFileSync(join(modelsDir, entry.sidecar!.file), join(dir, entry.sidecar!.file));
  const plain = await OnnxSkillLinker.create(await ModelRuntime.load({ modelsDir: dir, device: 'cpu' }), graph);
  const texts = ['High endurance level', 'Exceptional consulting capability', 'Fluent in Spanish', ''];
  const [fast, slow] = await Promise.all([linker.nearest(texts, 3), plain.nearest(texts, 3)]);
  assert.equal(fast[3].length, 0);
  texts.forEach((_, q) => {
    assert.equal(slow[q].length, fast[q].length);
    slow[q].forEach((hit, j) => {
      assert.ok(Math.abs(hit.cosine - fast[q][j].cosine) < 1e-4);
      if (j === 0) assert.equal(hit.skill, fast[q][j].skill);
    });
  });
});

test('a name only RJDB gave the graph is shown for a phrase only when it says one of its words', async () => {
  // the encoder puts "travel cross-site" near "Web Services"; a display name must share a word
  const links = await linker.link(['travel cross-site', 'Proven talent in making critical decisions']);
  const shown = (l: (typeof links)[number]) => (l.skill >= 0 ? graph.skills[l.skill].name : l.rjdbName ? graph.skills[l.rjdbName.skill].name : undefined);
  assert.ok(!/web services/i.test(shown(links[0]) ?? ''), JSON.stringify(links[0]));
  assert.match(shown(links[1]) ?? '', /decision/i);
});
