// The skill-occupation graph: loads the real artifact (models/graph/graph.json.gz, built by
// `npm run build:graph`) and checks facts the engine relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SkillGraph } from '../../src/engine/graph/graph.js';
import { normalizeTerm } from '../../src/engine/text/normalize.js';

const MODELS = fileURLToPath(new URL('../../../../models', import.meta.url));

const started = performance.now();
const graph = SkillGraph.load(MODELS);
const loadWallMs = performance.now() - started;

const ESCO_PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

test('loads quickly and reports its size', () => {
  const stats = graph.stats();
  console.log(`skill graph: loaded in ${loadWallMs.toFixed(0)} ms (SkillGraph.loadMs ${stats.loadMs.toFixed(0)} ms); ` +
    `${stats.skills} skills, ${stats.aliases} aliases, ${stats.occupations} occupations, ${stats.edges} edges, ` +
    `longest alias ${graph.maxAliasWords} words`);
  // The target is a few hundred ms; the bound only catches a pathological regression on a busy machine.
  assert.ok(loadWallMs < 5000, `load took ${loadWallMs} ms`);
  assert.ok(stats.skills > 20000 && stats.aliases > 80000 && stats.occupations > 4000 && stats.edges > 150000, JSON.stringify(stats));
  assert.ok(graph.maxAliasWords >= 8 && graph.maxAliasWords <= 20, `maxAliasWords ${graph.maxAliasWords}`);
});

test('looks up skills by alias, case and inflection folded', () => {
  const python = graph.lookupSkill('Python');
  assert.ok(python, 'Python');
  assert.match(python.name, /^Python\b/);
  assert.equal(python.id, ESCO_PYTHON);
  assert.deepEqual(python.sources, ['esco', 'onet', 'rjdb']);
  assert.equal(python.kind, 'knowledge');
  assert.equal(graph.lookupSkill('python')?.index, python.index);
  assert.equal(graph.skillsForAlias('python')[0], python.index);

  const pm = graph.lookupSkill('project management');
  assert.equal(pm?.name, 'project management');
  assert.match(pm!.id, /^http:\/\/data\.europa\.eu\/esco\/skill\//);
  assert.equal(graph.lookupSkill('Project Management Skills')?.index, pm!.index, 'RJDB wording joins the ESCO node');

  // "Managing projects" resolves only because an ESCO label says "manage projects".
  const managing = graph.lookupSkill('Managing projects');
  assert.ok(managing, 'Managing projects');
  assert.ok(graph.aliasesForSkill(managing.index).includes(normalizeTerm('manage projects')));
  assert.equal(managing.name, 'perform project management', 'the best-connected of the nodes sharing the alias');

  assert.equal(graph.lookupSkill('SQL')?.name, 'SQL');
  assert.ok(graph.lookupSkill('SQL')!.ids.includes('onet:tech:structured-query-language-sql'), 'O*NET "Structured query language SQL" merged into ESCO SQL');
  assert.equal(graph.lookupSkill('Microsoft Excel')?.name, 'Excel', 'shown by the name resumes use');
  assert.equal(graph.lookupSkill('Excel')?.id, graph.lookupSkill('Microsoft Excel')?.id, 'vendor-less product name');
  // a product listed among a category's alternative labels resolves to the product
  assert.equal(graph.lookupSkill('PowerShell')?.id, 'onet:tech:microsoft-powershell');
  // the taxonomy's label stays an alias of a skill shown by a more common name
  const detail = graph.lookupSkill('attend to detail');
  assert.equal(detail?.name, 'Attention to Detail');
  assert.match(detail!.id, /^http:\/\/data\.europa\.eu\/esco\/skill\//);
  assert.equal(graph.lookupSkill('Java')?.name, 'Java');
  assert.equal(graph.lookupSkill('Research Skills')?.name, 'Research', 'a "skills" suffix is not part of the name');
  assert.equal(graph.lookupSkill('Analytical Skills')?.name, 'Analytical Skills', 'unless nobody writes the name without it');
  assert.equal(graph.lookupSkill('Active Listening')?.id, 'onet:2.A.1.b');
  assert.equal(graph.lookupSkill('C')?.name, 'C', 'one-letter names through skillsForShortName');
  assert.equal(graph.lookupSkill('c'), undefined, 'but not in lower case');
  assert.equal(graph.lookupSkill('xyzzy frobnication'), undefined);
  // a tool's one-word name written open, as resumes do
  assert.equal(graph.lookupSkill('Power Point')?.name, 'PowerPoint');
  assert.equal(graph.lookupSkill('Quick Books')?.id, graph.lookupSkill('QuickBooks')?.id);
  assert.equal(graph.lookupSkill('Go Pro'), undefined, 'short joins are chance');
});

test('finds skills by any of their ids', () => {
  const python = graph.skillById(ESCO_PYTHON);
  assert.ok(python);
  assert.equal(graph.skillById('onet:tech:python')?.index, python.index);
  assert.equal(graph.skillById('rjdb:Python')?.index, python.index);
  assert.equal(graph.skillById('onet:2.C.4.a')?.name, 'mathematics', 'O*NET knowledge merged by name');
  assert.equal(graph.skillById('no:such-id'), undefined);
});

test('flags one-word aliases that are ordinary words', () => {
  for (const word of ['communication', 'analysis', 'design', 'windows', 'it']) {
    assert.ok(graph.aliasIsAmbiguous(normalizeTerm(word)), `${word} should be ambiguous`);
  }
  for (const word of ['python', 'sql', 'javascript', 'project management', 'customer service']) {
    assert.ok(!graph.aliasIsAmbiguous(normalizeTerm(word)), `${word} should not be ambiguous`);
  }
  assert.equal(graph.lookupSkill('Communication')?.ambiguous, true);
  assert.equal(graph.lookupSkill('Python')?.ambiguous, false);
  // An ordinary word is no alternative label: ESCO files "care" under attend to detail and
  // "soap" under cleaning products, which is not what a document saying so means.
  assert.deepEqual(graph.skillsForAlias(normalizeTerm('care')), []);
  assert.equal(graph.lookupSkill('SOAP')?.name, 'SOAP');
});

test('finds occupations by title', () => {
  const nurse = graph.findOccupationsByTitle('Registered Nurse');
  assert.ok(nurse.length > 0);
  assert.match(graph.occupations[nurse[0].occupation].title, /nurs/i);
  assert.equal(nurse[0].score, 1);
  assert.equal(graph.occupations[nurse[0].occupation].id, 'onet:29-1141.00');
  assert.ok(graph.occupations[nurse[0].occupation].tasks.length > 0, 'O*NET tasks for generated responsibilities');

  const developer = graph.findOccupationsByTitle('Software Developer', 5).map((m) => graph.occupations[m.occupation]);
  assert.ok(developer.some((o) => o.id === 'onet:15-1252.00'), 'O*NET Software Developers');
  assert.ok(developer.some((o) => o.source === 'esco' && o.title === 'software developer'), 'ESCO software developer');

  // No exact title: IDF-weighted word overlap.
  const senior = graph.findOccupationsByTitle('Senior Software Engineer', 5);
  assert.match(graph.occupations[senior[0].occupation].title, /software/i);
  assert.ok(senior[0].score > 0.5 && senior[0].score < 1, `score ${senior[0].score}`);
  for (let i = 1; i < senior.length; i++) assert.ok(senior[i - 1].score >= senior[i].score, 'sorted');

  assert.deepEqual(graph.findOccupationsByTitle(''), []);
  assert.deepEqual(graph.findOccupationsByTitle('xyzzy'), []);
  assert.equal(graph.findOccupationsByTitle('Nurse', 3).length, 3, 'limit');
});

test('links occupations and skills with weights in [0, 1]', () => {
  const [match] = graph.findOccupationsByTitle('nurse responsible for general care', 1);
  const occupation = graph.occupations[match.occupation];
  assert.equal(occupation.source, 'esco');
  const skills = graph.skillsForOccupation(occupation.index);
  assert.ok(skills.some((s) => /patient|nursing care/i.test(graph.skills[s.skill].name)), 'a patient-care skill');
  for (let i = 0; i < skills.length; i++) {
    assert.ok(skills[i].weight >= 0 && skills[i].weight <= 1);
    if (i) assert.ok(skills[i - 1].weight >= skills[i].weight, 'heaviest first');
  }
  assert.ok(skills.filter((s) => s.essential).every((s) => s.weight === 1), 'ESCO essential = 1');

  const python = graph.lookupSkill('Python')!;
  const users = graph.occupationsForSkill(python.index);
  assert.ok(users.length > 10);
  for (let i = 1; i < users.length; i++) assert.ok(users[i - 1].weight >= users[i].weight, 'heaviest first');
  assert.ok(graph.skillsForOccupation(users[0].occupation).some((s) => s.skill === python.index), 'both directions agree');
  const onetDevelopers = graph.occupationById('onet:15-1252.00')!;
  assert.ok(users.some((u) => u.occupation === onetDevelopers.index), 'O*NET tool edges reach the merged node');

  assert.deepEqual(graph.broaderSkills(python.index).map((s) => graph.skills[s].name), ['computer programming']);
  assert.ok(graph.groupsForSkill(python.index).length > 0);
});

test('title similarity is IDF-weighted word overlap in [0, 1]', () => {
  assert.equal(graph.titleSimilarity('Registered Nurses', 'registered nurse'), 1);
  assert.equal(graph.titleSimilarity('Nurse', 'Accountant'), 0);
  assert.equal(graph.titleSimilarity('', 'Accountant'), 0);
  const a = graph.titleSimilarity('Senior Software Engineer', 'Software Engineer');
  assert.ok(a > 0.5 && a < 1, String(a));
  assert.equal(a, graph.titleSimilarity('Software Engineer', 'Senior Software Engineer'), 'symmetric');
  assert.ok(graph.titleSimilarity('Data Scientist', 'Data Entry Clerk') < graph.titleSimilarity('Data Scientist', 'Senior Data Scientist'));
});

test('throws a clear error when the artifact is missing or corrupt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hrdocs-graph-'));
  try {
    assert.throws(() => SkillGraph.load(dir), /skill graph not found: .*graph\.json\.gz.*npm run build:graph/);
    mkdirSync(join(dir, 'graph'));
    writeFileSync(join(dir, 'graph', 'graph.json.gz'), 'not gzip');
    assert.throws(() => SkillGraph.load(dir), /skill graph is corrupt/);
    writeFileSync(join(dir, 'graph', 'graph.json.gz'), gzipSync('{"format":"something-else","version":1}'));
    assert.throws(() => SkillGraph.load(dir), /corrupt.*unexpected format/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
