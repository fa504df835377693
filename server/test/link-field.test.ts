// The skill linker's field: a document's occupation distribution, how a skill fits it, the
// reranker's features of a cross-field trap, and the engine's check of names found as written
// against the document's field (synthetic graph, fake linker).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateFeatures, FEATURE_NAMES, LexicalIndex, LinkReranker, type RerankerJson } from '../src/engine/models/link-reranker.js';
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
  const cands = [{ skill: idx('test:ventilation-systems'), cosine: 0.7, descCosine: 0.2 }, { skill: idx('test:mechanical-ventilation'), cosine: 0.6, descCosine: 0.5 }];
  const [hvac, nursing] = candidateFeatures(graph, index, 'ventilation', cands, { occupations: nurseField() });
  const f = (c: typeof hvac, name: (typeof FEATURE_NAMES)[number]) => c.features[FEATURE_NAMES.indexOf(name)];
  assert.equal(f(hvac, 'fieldLow'), 1);
  assert.equal(f(nursing, 'fieldLow'), 0);
  // out of field counts as a specialist's only for a skill a few occupations list (and no tool)
  const hvacOccupations = graph.occupationsForSkill(idx('test:ventilation-systems')).length;
  const specialist = !graph.skills[idx('test:ventilation-systems')].tool && hvacOccupations > 0 && hvacOccupations <= 30;
  assert.equal(f(hvac, 'specialistOutOfField'), specialist ? 1 : 0);
  assert.equal(f(nursing, 'specialistOutOfField'), 0);
  assert.equal(f(nursing, 'fieldRel'), 1);
  assert.equal(f(hvac, 'headMatch'), 0); // 'ventilation' is not the head of 'ventilation systems'
  assert.equal(f(nursing, 'headMatch'), 1);
  assert.equal(f(hvac, 'cosGap'), 0);
  // the description channel: the nursing skill's description is the closer one
  assert.equal(f(nursing, 'descCosGap'), 0);
  assert.ok(f(hvac, 'descCosGap') < 0);
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

test('a reranker model weighs the features it names: an older model with fewer loads, one naming a feature this engine lacks is refused', () => {
  const model = (features: string[], weights: number[]): RerankerJson => ({
    format: 'hrdocs-link-reranker/1', features, mean: features.map(() => 0), scale: features.map(() => 1), weights, bias: 0,
    platt: { a: 1, b: 0 }, k: { vector: 30, lexical: 30 }, thresholds: { hint: 0.5, requirement: 0.5, match: 0.5 },
  });
  const features = new Float64Array(FEATURE_NAMES.length);
  features[FEATURE_NAMES.indexOf('cos')] = 0.5;
  features[FEATURE_NAMES.indexOf('escoless')] = 1;
  // a model of two features, in its own order, reads them by name
  const older = new LinkReranker(graph, model(['escoless', 'cos'], [-2, 4]));
  assert.equal(older.logit(features), -2 * 1 + 4 * 0.5);
  assert.throws(() => new LinkReranker(graph, model(['cos', 'sentimentOfTheDay'], [1, 1])), /sentimentOfTheDay/);
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

test('letters alone are linked only to the skill they spell: "A/C" and "C +" keep their own words', async () => {
  const engine = testEngine({ linker: tableLinker({ 'A/C': idx('test:python'), 'C +': idx('test:python'), 'Pyth': idx('test:python') }) });
  const a = await engine.analyze('# Technician\n\n## Skills\n\n- A/C\n- C +\n- Pyth\n', undefined, { kind: 'resume' });
  for (const text of ['A/C', 'C +']) {
    const m = a.mentions.find((x) => x.text === text);
    assert.ok(m && m.id.startsWith('new:'), JSON.stringify(a.mentions));
  }
  // a word the linker can read is linked as before
  assert.equal(a.mentions.find((x) => x.text === 'Pyth')?.id, 'test:python');
});

test('a word that only spells a tool name otherwise keeps its own words, whether found as written or linked', async () => {
  const engine = testEngine({ linker: tableLinker({ Pythons: idx('test:python') }) });
  const a = await engine.analyze('# Keeper\n\n## Skills\n\n- Pythons\n- Python\n', undefined, { kind: 'resume' });
  const other = a.mentions.find((m) => m.text === 'Pythons')!;
  assert.ok(other.id.startsWith('new:'), JSON.stringify(other));
  assert.equal(a.mentions.find((m) => m.text === 'Python')!.id, 'test:python');
});

test("one word of a specialist tool's long name outside its field (or in none) keeps its own words; a tool named whole is anyone's", async () => {
  const engine = testEngine({ linker: tableLinker({}) });
  const a = await engine.analyze('# Registered Nurse\n\n## Skills\n\n- patient assessment\n- infection control\n- EPIC\n- PowerPoint\n', undefined, { kind: 'resume' });
  const epic = a.mentions.find((m) => m.text === 'EPIC')!;
  assert.ok(epic.id.startsWith('new:'), JSON.stringify(epic));
  assert.equal(epic.name, 'EPIC');
  assert.equal(a.mentions.find((m) => m.text === 'PowerPoint')!.id, 'test:powerpoint');
  // in the tool's own field it is the tool
  const b = await engine.analyze('# Data Analyst\n\n## Skills\n\n- SQL\n- data analysis\n- EPIC\n', undefined, { kind: 'resume' });
  assert.equal(b.mentions.find((m) => m.text === 'EPIC')!.id, 'test:epic-erosion');
  // and in a document with no field, nothing says it is
  const c = await engine.analyze('# Notes\n\n## Skills\n\n- EPIC\n', undefined, { kind: 'resume' });
  assert.ok(c.mentions.find((m) => m.text === 'EPIC')!.id.startsWith('new:'));
});

// Class: a name only RJDB gave the graph shown for a phrase the encoder puts near it: a display
// name, so it must say one of the phrase's own words (by its stem); vectors alone are not enough
test('an RJDB display name shares a word with the phrase, read by its stem; a near vector alone does not', async () => {
  const { sharesWordStem } = await import('../src/engine/text/normalize.js');
  const rows: Array<[string, string, boolean]> = [
    ['Proven talent in making critical decisions', 'Decision Making', true],
    ['compassionate', 'Empathy and Compassion', true],
    ['adaptable', 'Adaptability and Flexibility', true],
    ['implementing', 'implementation', true],
    ['assessing', 'Patient Assessment', true],
    ['MS Office', 'Microsoft Office', true],
    ['travel cross-site', 'Web Services', false],
    ['resourceful', 'Agile', false],
    ['Degree', 'BS or MS in EE', false],
    ['Mac OS X, linux', 'iOS', false],
    ['Focused and disciplined', 'Teamwork and Communication', false],
    ['the ability', 'Stability', false],
    // words every name holds are no evidence
    ['develop students\' skills', 'Teaching Skills', false],
    ['developing their knowledge and skills', 'Medical Knowledge and Technical Skills', false],
  ];
  for (const [phrase, name, shares] of rows) assert.equal(sharesWordStem(phrase, name), shares, `${phrase} / ${name}`);
});
