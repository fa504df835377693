// The skill linker's field: a document's occupation distribution, how a skill fits it, the
// reranker's features of a cross-field trap, and the engine's check of names found as written
// against the document's field (synthetic graph, fake linker).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateFeatures, FEATURE_NAMES, LexicalIndex } from '../src/engine/models/link-reranker.js';
import { distributionKey, documentOccupations, fieldFit } from '../src/engine/skills/field.js';
import { tableLinker, testEngine } from './support/engine.js';
import { syntheticGraph } from './support/synthetic-graph.js';

const graph = syntheticGraph();
const idx = (id: string) => graph.skillById(id)!.index;
const occ = (id: string) => graph.occupationById(id)!.index;
const nurseField = () => documentOccupations(graph, 'Registered Nurse', [idx('test:patient-assessment'), idx('test:infection-control')]);

test("a nurse's title and skills make a distribution led by the nurse occupation, summing to 1", () => {
  const dist = nurseField();
  const top = [...dist.entries()].sort((a, b) => b[1] - a[1])[0];
  assert.equal(top[0], occ('test:occ:nurse'));
  assert.ok(Math.abs([...dist.values()].reduce((a, b) => a + b, 0) - 1) < 1e-9);
  assert.equal(documentOccupations(graph, undefined, []).size, 0);
  assert.equal(distributionKey(new Map()), '');
  assert.notEqual(distributionKey(dist), '');
});

test("fieldFit: a nurse's skill fits a nurse's document, a chef's or HVAC skill does not", () => {
  const dist = nurseField();
  assert.ok(fieldFit(graph, dist, idx('test:mechanical-ventilation')) > 0);
  assert.equal(fieldFit(graph, dist, idx('test:food-safety')), 0);
  assert.equal(fieldFit(graph, dist, idx('test:ventilation-systems')), 0);
  assert.equal(fieldFit(graph, new Map(), idx('test:mechanical-ventilation')), 0);
});

test('reranker features: in a nurse document the HVAC candidate is out of field, the nursing one in field', () => {
  const index = new LexicalIndex(graph);
  const cands = [{ skill: idx('test:ventilation-systems'), cosine: 0.7 }, { skill: idx('test:mechanical-ventilation'), cosine: 0.6 }];
  const [hvac, nursing] = candidateFeatures(graph, index, 'ventilation', cands, { occupations: nurseField() });
  const f = (c: typeof hvac, name: (typeof FEATURE_NAMES)[number]) => c.features[FEATURE_NAMES.indexOf(name)];
  assert.equal(f(hvac, 'fieldLow'), 1);
  assert.equal(f(nursing, 'fieldLow'), 0);
  assert.equal(f(nursing, 'fieldRel'), 1);
  assert.equal(f(hvac, 'headMatch'), 0); // 'ventilation' is not the head of 'ventilation systems'
  assert.equal(f(nursing, 'headMatch'), 1);
  assert.equal(f(hvac, 'cosGap'), 0);
  // with no field, nothing is out of field
  const [plain] = candidateFeatures(graph, index, 'ventilation', cands, undefined);
  assert.equal(f(plain, 'noField'), 1);
  assert.equal(f(plain, 'fieldLow'), 0);
  // an exact name, and the same name hidden (the training-time paraphrase)
  const [exact] = candidateFeatures(graph, index, 'mechanical ventilation', [cands[1]], undefined);
  assert.equal(f(exact, 'exact'), 1);
  const [hidden] = candidateFeatures(graph, index, 'mechanical ventilation', [cands[1]], undefined, { hideAlias: { skill: cands[1].skill, key: 'mechanical ventilation' } });
  assert.equal(f(hidden, 'exact'), 0);
});

const NURSE = '# Registered Nurse\n\n## Skills\n\n- patient assessment\n- infection control\n- BLS\n- food safety\n';

test("a specialist skill of another field found as written is checked in the document's field: no link keeps its own words", async () => {
  const engine = testEngine({ linker: tableLinker({}) });
  const a = await engine.analyze(NURSE, undefined, { kind: 'resume' });
  const food = a.mentions.find((m) => m.text === 'food safety')!;
  assert.ok(food.id.startsWith('new:'), JSON.stringify(food));
  assert.equal(food.name, 'Food Safety');
  // in-field names are not touched
  assert.equal(a.mentions.find((m) => m.text === 'infection control')!.id, 'test:infection-control');
  assert.ok(a.occupations && a.occupations.size > 0);
});

test('the same check takes the link the linker is sure of, and a rule-based linker changes nothing', async () => {
  const linked = testEngine({ linker: tableLinker({ 'food safety': idx('test:patient-assessment') }) });
  const a = await linked.analyze(NURSE, undefined, { kind: 'resume' });
  assert.equal(a.mentions.find((m) => m.text === 'food safety')!.id, 'test:patient-assessment');
  const rules = testEngine();
  const b = await rules.analyze(NURSE, undefined, { kind: 'resume' });
  assert.equal(b.mentions.find((m) => m.text === 'food safety')!.id, 'test:food-safety');
});

test('a word that only spells a tool name otherwise keeps its own words, whether found as written or linked', async () => {
  const engine = testEngine({ linker: tableLinker({ Pythons: idx('test:python') }) });
  const a = await engine.analyze('# Keeper\n\n## Skills\n\n- Pythons\n- Python\n', undefined, { kind: 'resume' });
  const other = a.mentions.find((m) => m.text === 'Pythons')!;
  assert.ok(other.id.startsWith('new:'), JSON.stringify(other));
  assert.equal(a.mentions.find((m) => m.text === 'Python')!.id, 'test:python');
});
