// The shipped writer (models/writer/): ONNX parity with the PyTorch model that trained it, its
// tokenizer read by @huggingface/tokenizers, and the postings it writes through the engine:
// repeatable by seed, in a posting's sections, read back as a job, no invented pay or dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { defaultModelsDir, loadEngine, type Engine } from '../../src/engine/index.js';
import { ModelRuntime, loadOnnxRuntime } from '../../src/engine/models/runtime.js';
import { SPECIAL_TOKENS } from '../../src/engine/generate/writer-format.js';
import { CopyGuard } from '../../src/engine/generate/copy-guard.js';
import type { ModelFileEntry } from '../../src/engine/models/runtime.js';

let engine: Engine;
const ready = loadEngine({ referenceMonth: '2024-06' }).then((e) => { engine = e; });
const modelsDir = defaultModelsDir();
const readJson = (file: string) => JSON.parse(readFileSync(join(modelsDir, 'writer', file), 'utf8'));

test('writer: ONNX logits match the PyTorch model, for the prompt and for one cached step', async () => {
  const runtime = await ModelRuntime.load({ modelsDir, device: 'cpu' });
  const session = await runtime.session('job-writer');
  const ort = await loadOnnxRuntime();
  const spec = readJson('writer.json') as { layers: number; heads: number; headDim: number; vocab: number };
  const vectors = readJson('writer-vectors.json') as { ids: number[]; last_prompt_logits: number[]; step_logits: number[] };
  const n = vectors.ids.length - 1;
  const bias = new Float32Array(n * n);
  for (let t = 0; t < n; t++) for (let u = t + 1; u < n; u++) bias[t * n + u] = -1e4;
  const empty = new ort.Tensor('float32', new Float32Array(0), [spec.layers, 1, spec.heads, 0, spec.headDim]);
  const first = await session.run({
    input_ids: new ort.Tensor('int64', BigInt64Array.from(vectors.ids.slice(0, n).map(BigInt)), [1, n]),
    position_ids: new ort.Tensor('int64', BigInt64Array.from({ length: n }, (_, i) => BigInt(i)), [1, n]),
    attention_bias: new ort.Tensor('float32', bias, [1, 1, n, n]),
    past_keys: empty, past_values: empty,
  });
  const logits = first.logits.data as Float32Array;
  const last = logits.subarray((n - 1) * spec.vocab, (n - 1) * spec.vocab + 16);
  vectors.last_prompt_logits.forEach((v, i) => assert.ok(Math.abs(last[i] - v) < 1e-3, `prompt logit ${i}: ${last[i]} vs ${v}`));
  const step = await session.run({
    input_ids: new ort.Tensor('int64', BigInt64Array.from([BigInt(vectors.ids[n])]), [1, 1]),
    position_ids: new ort.Tensor('int64', BigInt64Array.from([BigInt(n)]), [1, 1]),
    attention_bias: new ort.Tensor('float32', new Float32Array(n + 1), [1, 1, 1, n + 1]),
    past_keys: first.present_keys, past_values: first.present_values,
  });
  const stepLogits = (step.logits.data as Float32Array).subarray(0, 16);
  vectors.step_logits.forEach((v, i) => assert.ok(Math.abs(stepLogits[i] - v) < 1e-3, `step logit ${i}: ${stepLogits[i]} vs ${v}`));
});

test('writer tokenizer: special tokens first, any text round-trips (byte-level BPE)', () => {
  const tokenizer = new Tokenizer(readJson('tokenizer.json'), readJson('tokenizer_config.json'));
  SPECIAL_TOKENS.forEach((t, i) => assert.deepEqual(tokenizer.encode(t, { add_special_tokens: false }).ids, [i], t));
  for (const text of ['## Responsibilities\n- Assess patients’ needs — safely.', 'Café résumé naïve 東京 🙂', '  two  spaces\tand a tab\n']) {
    const ids = tokenizer.encode(text, { add_special_tokens: false }).ids;
    assert.equal(tokenizer.decode(ids, { skip_special_tokens: false }), text);
  }
});

test('writer: a job description from a title is written, in a posting\'s sections, the same for the same seed', async () => {
  await ready;
  const a = await engine.generateJobDescription('Registered Nurse', undefined, { seed: 1, writer: 'model' });
  const again = await engine.generateJobDescription('Registered Nurse', undefined, { seed: 1, writer: 'model' });
  const other = await engine.generateJobDescription('Registered Nurse', undefined, { seed: 2, writer: 'model' });
  assert.equal(a.markdown, again.markdown, 'same seed, same posting');
  assert.notEqual(a.markdown, other.markdown, 'another seed, another posting');
  assert.ok(a.writer && a.writer.samples >= 2, 'written by the model, best of several samples');
  assert.match(a.markdown, /^writer: model \(seed 1\)$/m);
  assert.match(a.markdown, /^## (Responsibilities|Requirements)$/m);
  assert.match(a.markdown, /^## What we offer$/m);
  assert.doesNotMatch(a.markdown, /[$£€]\s?\d|\b(19|20)\d\d\b|@/, 'no pay, year or contact');
  const read = await engine.analyze(a.markdown);
  assert.equal(read.doc.kind, 'job');
  assert.equal(read.title, 'Registered Nurse');
});

test('writer: a sampled line scored again in one pass has the log-probability the decoder measured while writing it', async () => {
  const runtime = await ModelRuntime.load({ modelsDir, device: 'cpu' });
  const { OnnxJobWriter } = await import('../../src/engine/models/writer.js');
  const writer = await OnnxJobWriter.create(runtime);
  const request = { title: 'Line Cook', seniority: 'mid' as const, section: 'responsibilities' as const, key: 'food preparation' };
  const [[line]] = await writer.writeLines([request], { samples: 1, seed: 3 });
  assert.ok(line.text.length > 0 && !line.text.includes('\n'), 'one line');
  const [again] = await writer.scoreLines([request], [line.text]);
  if (line.finished) assert.ok(Math.abs(again - line.meanLogProb) < 0.05, `${again} vs ${line.meanLogProb}`);
  // in a batch, rows end at different steps: a row that has ended writes nothing after its end
  const requests = [request, { ...request, section: 'summary' as const, key: '' }, { ...request, title: 'Staff Nurse', key: 'wound care' }];
  const batch = await writer.writeLines(requests, { samples: 4, seed: 5 });
  const finished = batch.flatMap((samples, i) => samples.filter((s) => s.finished).map((s) => ({ request: requests[i], s })));
  assert.ok(finished.length >= 6, `${finished.length} finished lines`);
  const scored = await writer.scoreLines(finished.map((f) => f.request), finished.map((f) => f.s.text));
  // a decoded line can encode to other tokens than the ones sampled ("ofL"), and a sharp model then
  // scores it quite differently; a row that went on writing after its end would move every score
  const same = finished.filter((f, k) => Math.abs(scored[k] - f.s.meanLogProb) < 1e-3);
  assert.ok(same.length >= 0.75 * finished.length, finished.map((f, k) => `"${f.s.text}": ${scored[k]} vs ${f.s.meanLogProb}`).join('\n'));
});

test('writer: the shipped copy guard knows the postings\' shared boilerplate and not fresh text', async () => {
  const runtime = await ModelRuntime.load({ modelsDir, device: 'cpu' });
  const entry = runtime.entry('job-writer');
  assert.ok(entry.copyGuard, 'the manifest lists the copy guard');
  const guard = CopyGuard.decode(await runtime.readVerified(entry.copyGuard as ModelFileEntry));
  assert.ok(guard.size > 500_000, `${guard.size} runs`);
  // a stock line of many NHS adverts (14 words), and a sentence no posting wrote
  assert.deepEqual([...guard.copiedSentences(['We regret we cannot contact everyone who is not selected for an interview.'])], [0]);
  assert.deepEqual([...guard.copiedSentences(['Our tiny harbour bakery needs a patient night baker who can laminate croissant dough by hand.'])], []);
});
