// The trained skill tagger through its TypeScript runtime: manifest integrity, device
// fallback, parity with PyTorch, quality on hand-labelled sentences, and robustness.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { findModelsDir, ModelRuntime, type Manifest } from '../../src/engine/models/runtime.js';
import { SkillTagger, type TaggedSpan } from '../../src/engine/models/tagger.js';
import { tokenizeWords } from '../../src/engine/text/normalize.js';

const modelsDir = findModelsDir();
const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8')) as Manifest;
const entry = manifest.models['skill-tagger'];
let tagger: SkillTagger;
const tempDirs: string[] = [];

before(async () => {
  // no span cache, so every test exercises the model
  tagger = await SkillTagger.create({ device: 'cpu' });
});

after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A models folder holding the real manifest and copies of the tagger's files. */
function copyModels(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrdocs-models-'));
  tempDirs.push(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ models: { 'skill-tagger': entry } }));
  copyFileSync(join(modelsDir, entry.file), join(dir, entry.file));
  if (entry.sidecar) copyFileSync(join(modelsDir, entry.sidecar.file), join(dir, entry.sidecar.file));
  return dir;
}

test('the real model passes its manifest hash check', async () => {
  const runtime = await ModelRuntime.load({ modelsDir, device: 'cpu' });
  const bytes = await runtime.readVerified(runtime.entry('skill-tagger'));
  assert.equal(bytes.length, entry.bytes);
  assert.equal(tagger.device, 'cpu');
});

test('a corrupted model file is refused with an error naming the file', async () => {
  const dir = copyModels();
  const path = join(dir, entry.file);
  const bytes = readFileSync(path);
  bytes[Math.floor(bytes.length / 2)] ^= 0xff;
  writeFileSync(path, bytes);
  await assert.rejects(SkillTagger.create({ modelsDir: dir, device: 'cpu' }), (err: Error) => {
    assert.match(err.message, /corrupt/);
    assert.ok(err.message.includes(entry.file), err.message);
    return true;
  });
});

test('a missing sidecar file is refused with an error naming the file', async () => {
  const dir = copyModels();
  rmSync(join(dir, entry.sidecar!.file));
  await assert.rejects(SkillTagger.create({ modelsDir: dir, device: 'cpu' }), (err: Error) => {
    assert.match(err.message, /missing/);
    assert.ok(err.message.includes(entry.sidecar!.file), err.message);
    return true;
  });
});

test("device 'cuda' without the CUDA provider falls back to CPU with one log line", async () => {
  const lines: string[] = [];
  const logger = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
  const cudaTagger = await SkillTagger.create({ device: 'cuda', logger });
  if (cudaTagger.device === 'cuda') return; // a machine with CUDA: nothing to fall back from
  assert.equal(cudaTagger.device, 'cpu');
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /CUDA/);
  const spans = await cudaTagger.tag(['Experience with Python and SQL.']);
  assert.equal(spans.length, 1);
  assert.equal(lines.length, 1, 'no further log lines');
});

test('ONNX emissions equal the PyTorch emissions recorded at export', async () => {
  assert.ok(tagger.parity && tagger.parity.length > 0);
  const results = await tagger.emissions(tagger.parity.map((p) => p.text));
  tagger.parity.forEach((p, i) => {
    const em = results[i].emissions;
    assert.equal(em.length, p.emissions.length * 6, p.text);
    p.emissions.forEach((row, t) => row.forEach((v, k) => {
      assert.ok(Math.abs(em[t * 6 + k] - v) < 1e-3, `${p.text} token ${t} tag ${k}: ${em[t * 6 + k]} vs ${v}`);
    }));
  });
});

// Spans a human annotator would mark (SkillSpan guidelines: skills are what a person does,
// knowledge is what a person knows, tools and technologies included).
const LABELLED: Array<{ text: string; spans: string[] }> = [
  { text: 'Experience with Python, Java and SQL is required.', spans: ['Python', 'Java', 'SQL'] },
  { text: 'You will manage a team of engineers and communicate with stakeholders.', spans: ['manage a team of engineers', 'communicate with stakeholders'] },
  { text: 'Strong knowledge of AWS, Docker and Kubernetes.', spans: ['AWS', 'Docker', 'Kubernetes'] },
  { text: 'Proficiency in Microsoft Excel and data analysis.', spans: ['Microsoft Excel', 'data analysis'] },
  { text: 'Familiarity with machine learning frameworks such as TensorFlow or PyTorch.', spans: ['machine learning', 'TensorFlow', 'PyTorch'] },
  { text: 'Ability to work independently and solve complex problems.', spans: ['work independently', 'solve complex problems'] },
  { text: 'Hands-on experience with CI/CD pipelines and Git is a plus.', spans: ['CI/CD pipelines', 'Git'] },
  { text: 'We offer a competitive salary and flexible working hours.', spans: [] },
];

/** indices of the words inside any of the spans */
function wordsInside(text: string, spans: Array<{ start: number; end: number }>): Set<number> {
  const inside = new Set<number>();
  tokenizeWords(text).forEach((w, i) => {
    if (spans.some((s) => w.start < s.end && w.end > s.start)) inside.add(i);
  });
  return inside;
}

test('token-level F1 on hand-labelled sentences is at least 0.6', async () => {
  const predicted = await tagger.tag(LABELLED.map((l) => l.text));
  let tp = 0;
  let nPred = 0;
  let nGold = 0;
  LABELLED.forEach((l, i) => {
    const gold = wordsInside(l.text, l.spans.map((s) => {
      const start = l.text.indexOf(s);
      assert.ok(start >= 0, s);
      return { start, end: start + s.length };
    }));
    const pred = wordsInside(l.text, predicted[i]);
    for (const w of pred) if (gold.has(w)) tp++;
    nPred += pred.size;
    nGold += gold.size;
  });
  const precision = tp / nPred;
  const recall = tp / nGold;
  const f1 = (2 * precision * recall) / (precision + recall);
  assert.ok(f1 >= 0.6, `token F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)})`);
});

function assertWellFormed(text: string, spans: TaggedSpan[]): void {
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, JSON.stringify(s));
    assert.ok(s.kind === 'skill' || s.kind === 'knowledge');
    assert.ok(s.score > 0 && s.score <= 1 + 1e-9, `score ${s.score}`);
  }
}

test('empty, whitespace-only, unicode and emoji inputs do not throw', async () => {
  const texts = ['', '   ', '\n\n', '🐍🚀👩‍💻', '数据分析 and 机器学习', 'José Müller: Python, C++ & C#', 'İstanbul ǅ ß'];
  const spans = await tagger.tag(texts);
  assert.equal(spans.length, texts.length);
  assert.deepEqual(spans[0], []);
  assert.deepEqual(spans[1], []);
  texts.forEach((t, i) => assertWellFormed(t, spans[i]));
  assert.deepEqual(await tagger.tag([]), []);
});

test('a 50,000-word document is tagged in windows', async () => {
  const sentence = 'Experience with Python and SQL, strong communication skills and project management. ';
  const words = sentence.trim().split(/\s+/).length;
  const text = sentence.repeat(Math.ceil(50_000 / words)) + 'Kubernetes';
  const [spans] = await tagger.tag([text]);
  assertWellFormed(text, spans);
  // spans appear all along the text, not just in the first window
  assert.ok(spans.some((s) => s.start > text.length * 0.9), 'spans near the end');
  assert.ok(spans.length > 1000);
});

test('results do not depend on what else is in the batch', async () => {
  const text = 'Knowledge of SQL and Tableau; able to present findings to leadership.';
  const [alone] = await tagger.tag([text]);
  const batch = await tagger.tag(['short', text, 'A much longer sentence about Java, Spring Boot, microservices and REST API design for banking systems.']);
  assertSameSpans(batch[1], alone);
  // overlapping calls (two documents at once) share the session and its buffers safely
  const long = 'Build dashboards in Power BI and Tableau, write SQL queries and automate reports with Python. '.repeat(40);
  const [a, b] = await Promise.all([tagger.tag([long, text]), tagger.tag([text])]);
  assertSameSpans(a[1], alone);
  assertSameSpans(b[0], alone);
});

/** Same spans; scores equal up to float noise (batch shape changes the GEMM blocking). */
function assertSameSpans(actual: TaggedSpan[], expected: TaggedSpan[]): void {
  assert.deepEqual(actual.map((s) => [s.start, s.end, s.kind]), expected.map((s) => [s.start, s.end, s.kind]));
  actual.forEach((s, i) => assert.ok(Math.abs(s.score - expected[i].score) < 1e-4));
}


test('the span cache returns the same spans, and callers cannot corrupt it', async () => {
  const cached = await SkillTagger.create({ runtime: tagger.runtime });
  const texts = ['Experience with Python and SQL.', 'Knowledge of AWS and Docker.', 'Strong Excel skills.'];
  const first = await cached.tag(texts);
  first[0][0].start = -1; // a caller mutating its result
  const again = await cached.tag(texts);
  const uncached = await tagger.tag(texts);
  texts.forEach((_, i) => assertSameSpans(again[i], uncached[i]));
});
