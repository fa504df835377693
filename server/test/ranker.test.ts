// The occupation ranker and role suggestions on the synthetic graph with a hand-built ranker
// (one direction per occupation), and the seniority reader. The shipped model is tested in
// test/shipped/ranker.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesOnlyRank, readSeniority, stepUp, withSeniority } from '../src/engine/lang/en/seniority.js';
import { OccupationRanker, RANKER_FORMAT, RANKER_VERSION } from '../src/engine/generate/ranker.js';
import { TitleLexicon } from '../src/engine/experience/lexicon.js';
import { contentWords } from '../src/engine/match/similarity.js';
import { fakeRanker } from './support/fake-ranker.js';
import { byJudgedFit, displayTitle, isCatchAll, isNeverSuggested, fieldNamed, gapsFor, mostListedFor, isSpecialtyOf, nearHeldFirst, sameFunction, suggestRoles, generateJobFromTitle, heldRoleTitle, heldTitleReadings, isStepDown, namedByTitle, isStepTooFar, namesNoField, tasksFor, managerOfSupervised, ownTitle, roleStoodInFor, singularTitle, stepsUpInWork, stepUpTitle, topOfOrganisationStep, workerOf } from '../src/engine/generate/generate.js';
import { SkillGraph } from '../src/engine/graph/graph.js';
import { SkillFlag } from '../src/engine/graph/artifact.js';
import { syntheticArtifact } from './support/synthetic-graph.js';
import { normalizeTerm } from '../src/engine/text/normalize.js';
import { isDescriptorElement, writerPlan } from '../src/engine/generate/write.js';
import { syntheticGraph } from './support/synthetic-graph.js';
import { testEngine } from './support/engine.js';

test('seniority: the level a title states, and its base role', () => {
  const rows: Array<[string, string, string, boolean]> = [
    ['Senior Accountant', 'senior', 'Accountant', true],
    ['Sr. Software Engineer', 'senior', 'Software Engineer', true],
    ['Software Engineer II', 'mid', 'Software Engineer', true],
    ['Electrical/Firmware Engineer 2/3', 'mid', 'Electrical/Firmware Engineer', true],
    ['Lead Cook', 'lead', 'Cook', true],
    ['Team Lead', 'mid', 'Team Lead', false],
    ['Principal Data Scientist', 'principal', 'Data Scientist', true],
    ['Junior Analyst', 'entry', 'Analyst', true],
    ['Automation Engineer (Fortune 200 Client)', 'mid', 'Automation Engineer', false],
    ['Registered Nurse', 'mid', 'Registered Nurse', false],
    ['Accountant III', 'senior', 'Accountant', true],
  ];
  for (const [title, level, base, stated] of rows) {
    const s = readSeniority(title);
    assert.deepEqual([s.level, s.base, s.stated], [level, base, stated], title);
  }
  assert.equal(stepUp('mid'), 'senior');
  assert.equal(stepUp('principal'), 'principal');
  assert.equal(withSeniority('Accountant', 'lead'), 'Lead Accountant');
  assert.equal(withSeniority('Accountant', 'mid'), 'Accountant');
  for (const t of ['Owner', 'Co-owner/ founder', 'Senior Manager', 'Vice President', 'Supervisor', 'Intern', 'Trainee']) assert.ok(namesOnlyRank(t), t);
  for (const t of ['Sales Manager', 'Chef', 'Office Manager', 'Nurse Supervisor', 'Marketing Intern']) assert.ok(!namesOnlyRank(t), t);
});

test('ranker: a typed title goes to its occupation through alternate titles, seniority removed', async () => {
  const graph = syntheticGraph();
  const ranker = fakeRanker();
  const top = (t: string) => graph.occupations[ranker.rank(ranker.encodeTitle(t), 1)[0].occupation].id;
  assert.equal(top('Staff Nurse'), 'test:occ:nurse');
  assert.equal(top('Senior Staff Accountant'), 'test:occ:accountant');
  assert.equal(top('Lead Line Cook'), 'test:occ:chef');
  assert.deepEqual(ranker.rank(ranker.encodeTitle('Zzyzx Qwerty'), 3), [], 'unknown words say nothing');
  const jd = await generateJobFromTitle(graph, 'Senior Staff Accountant', ranker);
  assert.equal(jd.occupationId, 'test:occ:accountant');
  assert.equal(jd.seniority, 'senior');
  assert.match(jd.markdown, /At least 5 years/);
  assert.throws(() => OccupationRanker.fromJson({ format: 'nope' }, graph), /not an occupation ranker/);
});

// Class: typed titles that are an occupation's own name, read by the ranker nearer another role
test('a typed title that is an occupation\'s name names it, seniority aside, wherever the ranker put it (one of an O*NET title\'s plural roles too); an alternate title or other words name none', () => {
  // a graph of its own: the rows below rename two occupations, which other tests must not see
  const graph = SkillGraph.fromArtifact(syntheticArtifact());
  const at = (id: string) => graph.occupations.findIndex((o) => o.id === id);
  const [chef, analyst, accountant, nurse] = ['test:occ:chef', 'test:occ:analyst', 'test:occ:accountant', 'test:occ:nurse'].map(at);
  const read = [chef, accountant, analyst, nurse];
  assert.equal(namedByTitle(graph, 'Data Analyst', read), analyst);
  assert.equal(namedByTitle(graph, 'Senior Data Analyst', read), analyst);
  assert.equal(namedByTitle(graph, 'accountant', read), accountant);
  assert.equal(namedByTitle(graph, 'Staff Nurse', read), undefined, 'an alternate title: the ranker\'s reading stands');
  assert.equal(namedByTitle(graph, 'Data Analyst', [chef, nurse]), undefined, 'only among the readings');
  assert.equal(namedByTitle(graph, 'Senior', read), undefined, 'a rank alone names nothing');
  // an O*NET title names its roles in the plural, several to a title; a catch-all names none
  const onet = (o: number, title: string) => { graph.occupations[o] = { ...graph.occupations[o], title, source: 'onet' }; };
  onet(chef, 'Janitors and Cleaners, Except Maids and Housekeeping Cleaners');
  onet(nurse, 'Teachers and Instructors, All Other');
  assert.equal(namedByTitle(graph, 'Cleaner', read), chef);
  assert.equal(namedByTitle(graph, 'Janitor', read), chef);
  assert.equal(namedByTitle(graph, 'Maid', read), undefined, 'not what the title excepts');
  assert.equal(namedByTitle(graph, 'Teacher', read), undefined, 'a catch-all occupation');
});

// Class: typed titles O*NET lists for several occupations ("Sales Associate": retail
// salespersons, cashiers, securities sales agents), read by the ranker nearer a weakly listed one
test('a typed title O*NET lists for several occupations reads as the most strongly listed, the ranker\'s order breaking ties; the ranker\'s reading stands where it is one of the strongest or an ESCO occupation of that label', () => {
  const artifact = syntheticArtifact();
  const at = (id: string) => artifact.occupations.ids.indexOf(id);
  const [chef, analyst, accountant, nurse] = ['test:occ:chef', 'test:occ:analyst', 'test:occ:accountant', 'test:occ:nurse'].map(at);
  const key = artifact.titles.keys.indexOf(normalizeTerm('line cook'));
  assert.ok(key >= 0);
  // "line cook" listed by O*NET for three occupations: chef by 3 sources, accountant and analyst by 5
  artifact.titles.occupations[key] = [chef, analyst, accountant];
  artifact.titles.strength = artifact.titles.keys.map((_, k) => (k === key ? [3, 5, 5] : artifact.titles.occupations[k].map(() => 0)));
  artifact.occupations.sources = artifact.occupations.sources.map(() => 1); // O*NET
  const graph = SkillGraph.fromArtifact(artifact);
  assert.deepEqual(graph.titleListings('Line Cook').map((l) => [l.occupation, l.strength]), [[analyst, 5], [accountant, 5], [chef, 3]].sort((a, b) => b[1] - a[1] || a[0] - b[0]));
  assert.equal(mostListedFor(graph, 'Line Cook', [chef, accountant, analyst]), accountant, 'the strongest the ranker reads first');
  assert.equal(mostListedFor(graph, 'Line Cook', [chef, nurse]), Math.min(analyst, accountant), 'neither strongest read: the first listed');
  assert.equal(mostListedFor(graph, 'Line Cook', [analyst, chef]), undefined, 'the ranker\'s reading is one of the strongest');
  assert.equal(mostListedFor(graph, 'Data Analyst', [chef]), undefined, 'a title O*NET does not list');
  // an ESCO occupation one of whose labels is the title stands
  const esco = SkillGraph.fromArtifact({ ...artifact, occupations: { ...artifact.occupations, sources: artifact.occupations.sources.map((s, i) => (i === chef ? 0 : s)) } });
  assert.equal(mostListedFor(esco, 'Line Cook', [chef, accountant]), undefined);
  // a graph built without O*NET's listing strengths reads as before
  assert.equal(mostListedFor(SkillGraph.fromArtifact(syntheticArtifact()), 'Line Cook', [nurse, chef]), undefined);
});

// Class: employer, city and section words that collide with occupation words ("Cook", "Chef",
// "Teacher", "Nurse") must never become a suggested title, with or without the learned ranker.
const COLLIDING: Array<[name: string, text: string, roleWords: string[]]> = [
  ['employer named after an occupation', [
    '# Dana Reyes', '## Experience',
    'Staff Accountant, Cook & Baker LLP, Springfield, IL (2016 - 2023)', '- Kept the general ledger and ran payroll.',
    'Accountant, Nurse Holdings, Denver, CO (2012 - 2016)', '- Prepared budgets in Excel.',
    '## Skills', '- general ledger', '- payroll', '- Excel',
  ].join('\n'), ['staff', 'accountant']],
  ['city named after an occupation', [
    '# Lee Park', '## Experience',
    'Math Teacher, Lincoln High School, Chef Menteur, LA (2015 - 2024)', '- Planned lessons for 120 students.',
    '## Skills', '- lesson planning', '- classroom management',
  ].join('\n'), ['math', 'teacher']],
  ['employer first, title below', [
    '# Sam Ode', '## Work History',
    'Chef Analytics Inc, Nurse Bay, WI', 'Data Analyst 2019 - 2024', '- Built Tableau dashboards from SQL.',
    '## Skills', '- SQL', '- Python', '- Tableau',
  ].join('\n'), ['data', 'analyst']],
];

test('suggestions: distinct occupations with reasons; no employer, city or section name as a title', async () => {
  const graph = syntheticGraph();
  const engine = testEngine();
  for (const ranker of [fakeRanker(), undefined]) {
    for (const [name, text, roleWords] of COLLIDING) {
      const resume = await engine.analyze(text, undefined, { kind: 'resume' });
      const names = resume.experience.flatMap((e) => [e.employer, e.location]).filter((x): x is string => !!x);
      const banned = new Set(names.flatMap((n) => normalizeTerm(n).split(' ')).filter((w) => !roleWords.includes(w)));
      const sections = resume.doc.sections.map((s) => normalizeTerm(s.heading ?? '')).filter(Boolean);
      const roles = suggestRoles(graph, resume, 4, ranker);
      const label = `${name} (${ranker ? 'ranker' : 'graph'}): ${roles.map((r) => r.title).join(' | ')}`;
      assert.ok(roles.length >= 2, label);
      for (const r of roles) {
        const words = normalizeTerm(r.title).split(' ');
        assert.ok(!words.some((w) => banned.has(w)), `${label}: '${r.title}' uses an employer or place word`);
        assert.ok(!names.some((n) => normalizeTerm(n) === normalizeTerm(r.title)), `${label}: '${r.title}' is an employer or place`);
        assert.ok(!sections.includes(normalizeTerm(r.title)), `${label}: '${r.title}' is a section name`);
        assert.ok(r.why.length >= 1, `${label}: why`);
      }
      const main = roles.filter((r) => !r.stretch);
      assert.equal(new Set(main.map((r) => r.occupation)).size, main.length, `${label}: distinct occupations`);
      assert.ok(roles.filter((r) => r.stretch).length <= 1, label);
      if (ranker) {
        // the resume's own role leads, in its own words
        assert.ok(roleWords.every((w) => normalizeTerm(main[0].title).split(' ').includes(w)), label);
      }
    }
  }
});

test('suggestions: a stretch role one level up, with what is missing', async () => {
  const graph = syntheticGraph();
  const engine = testEngine();
  const resume = await engine.analyze(COLLIDING[0][1], undefined, { kind: 'resume' });
  const roles = suggestRoles(graph, resume, 3, fakeRanker());
  const stretch = roles.at(-1)!;
  assert.equal(stretch.stretch, true);
  assert.equal(stretch.seniority, 'senior');
  assert.match(stretch.title, /^Senior /);
  assert.ok(stretch.missing.some((m) => /years of experience/.test(m)), stretch.missing.join());
  const accountant = roles.find((r) => graph.occupations[r.occupation].id === 'test:occ:accountant' && !r.stretch)!;
  assert.ok(accountant.why.some((w) => /general ledger/i.test(w)), accountant.why.join());
  assert.ok(accountant.missing.every((m) => !/general ledger|payroll/i.test(m)));
});

// Class: a role listed more than once (a resume that repeats an entry, two posts of one title at a
// time): the months count once in the years a suggested posting asks for
test('suggestions: the years a step up asks for count a role listed twice once', async () => {
  const graph = syntheticGraph();
  const engine = testEngine();
  const entry = ['Staff Accountant, Cook & Baker LLP, Springfield, IL (2016 - 2023)', '- Kept the general ledger and ran payroll.'];
  const text = ['# Dana Reyes', '## Experience', ...entry, ...entry, ...entry, '## Skills', '- general ledger', '- payroll', '- Excel'].join('\n');
  const resume = await engine.analyze(text, undefined, { kind: 'resume' });
  assert.equal(resume.experience.length, 3, 'the document repeats the entry');
  const stretch = suggestRoles(graph, resume, 3, fakeRanker()).find((r) => r.stretch)!;
  assert.equal(stretch.years, 8, `seven years held once, plus one: ${stretch.missing.join()}`);
  assert.ok(stretch.missing.includes('8+ years of experience'), stretch.missing.join());
});

// Class: a held title the encoder reads into a field none of whose titles shares a word with it
// ("Marketer/Administrator" read as a registered nurse): no reading, rather than another field's
test('a held title\'s readings are the occupations whose titles share a word with it, in the encoder\'s order', () => {
  const graph = syntheticGraph();
  const at = (id: string) => graph.occupations.findIndex((o) => o.id === id);
  const [nurse, accountant, teacher] = ['test:occ:nurse', 'test:occ:accountant', 'test:occ:teacher'].map(at);
  // an encoder that reads every title as a nurse first, then an accountant, then a teacher
  const encoder = { encodeTitle: () => new Float32Array(1), rank: () => [{ occupation: nurse, score: 0.9 }, { occupation: accountant, score: 0.6 }, { occupation: teacher, score: 0.5 }] } as unknown as OccupationRanker;
  const read = (title: string) => heldTitleReadings(graph, title, encoder).map((h) => graph.occupations[h.occupation].id);
  assert.deepEqual(read('Staff Nurse'), ['test:occ:nurse', 'test:occ:accountant'], 'a word of the nurse\'s titles, and "staff" of the staff accountant\'s');
  assert.deepEqual(read('Senior Accountant'), ['test:occ:accountant'], 'seniority aside');
  assert.deepEqual(read('Math Teacher'), ['test:occ:teacher']);
  assert.deepEqual(read('Marketer/Administrator'), [], 'no occupation\'s titles share a word: no reading');
});

/** The synthetic graph with more occupations, each with its tasks and the titles that name it. */
function graphWith(occupations: Array<{ id: string; title: string; tasks: string[]; alternates?: string[] }>): SkillGraph {
  const artifact = syntheticArtifact();
  const o = artifact.occupations;
  for (const { id, title, tasks, alternates = [] } of occupations) {
    o.ids.push(id); o.titles.push(title); o.sources.push(id.startsWith('onet') ? 1 : 0); o.descriptions.push(''); o.tasks.push(tasks); o.skills.push([]);
    for (const t of [title, ...alternates]) {
      const key = normalizeTerm(t);
      const at = artifact.titles.keys.indexOf(key);
      if (at >= 0) artifact.titles.occupations[at].push(o.ids.length - 1);
      else { artifact.titles.keys.push(key); artifact.titles.occupations.push([o.ids.length - 1]); }
    }
  }
  const order = artifact.titles.keys.map((k, i) => [k, artifact.titles.occupations[i]] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  artifact.titles = { keys: order.map(([k]) => k), occupations: order.map(([, v]) => v) };
  return SkillGraph.fromArtifact(artifact);
}

// Class: an ESCO occupation (no task statements) typed under a title that O*NET also reports for
// another role: its duties are those of the O*NET role its own title names
test('an ESCO occupation borrows the duties of the O*NET occupation its own title names before the typed title\'s', () => {
  const graph = graphWith([
    { id: 'onet:drafter', title: 'Mechanical Drafters', tasks: ['Draw machine parts.'], alternates: ['product designer'] },
    { id: 'esco:industrial-designer', title: 'industrial designer', tasks: [] },
    { id: 'onet:industrial-designers', title: 'Commercial and Industrial Designers', tasks: ['Sketch product ideas.'], alternates: ['product designer'] },
  ]);
  const designer = graph.occupations.find((x) => x.id === 'esco:industrial-designer')!;
  assert.deepEqual(tasksFor(graph, designer, 'Product Designer'), ['Sketch product ideas.']);
  const accountant = graph.occupations.find((x) => x.id === 'test:occ:accountant')!;
  assert.deepEqual(tasksFor(graph, accountant, 'Product Designer'), ['Reconcile accounts and prepare financial statements.'], 'an occupation with tasks keeps its own');
});

// A title sharing one word can name another kind of work ("election observer" and a weather
// observer): the ranker's occupation space, where it knows both, vetoes the borrowing.
test('an ESCO occupation borrows no duties from an O*NET occupation the ranker reads as another kind of work; with no ranker, or one that does not know it, the title decides', () => {
  const graph = graphWith([
    { id: 'esco:election-observer', title: 'election observer', tasks: [] },
    { id: 'onet:weather-observers', title: 'Weather Observers', tasks: ['Record weather readings.'], alternates: ['election observer aide'] },
  ]);
  const observer = graph.occupations.find((x) => x.id === 'esco:election-observer')!;
  // a ranker of two axes that knows the two occupations, near (same axis) or far (one axis each)
  const rankerWith = (weatherAxis: number, ids = ['esco:election-observer', 'onet:weather-observers']) => OccupationRanker.fromJson({
    format: RANKER_FORMAT, version: RANKER_VERSION, buckets: 16, dim: 2, groups: { current: 1, past: 0.5, skills: 0.5, words: 0.2 }, scale: 10, sameOccupation: 0.9,
    embedding: Buffer.from(new Int8Array(32).buffer).toString('base64'), embeddingScale: 0.01,
    occupations: { ids, vectors: Buffer.from(new Int8Array([100, 0, ...(weatherAxis === 0 ? [100, 0] : [0, 100])].slice(0, ids.length * 2)).buffer).toString('base64'), vectorScale: 0.01, bias: ids.map(() => 0) },
  }, graph);
  assert.deepEqual(tasksFor(graph, observer, 'Election Observer'), ['Record weather readings.'], 'the title alone borrows');
  assert.deepEqual(tasksFor(graph, observer, 'Election Observer', rankerWith(1)), [], 'another kind of work: no duties rather than its');
  assert.deepEqual(tasksFor(graph, observer, 'Election Observer', rankerWith(0)), ['Record weather readings.'], 'the same kind of work: borrowed');
  assert.deepEqual(tasksFor(graph, observer, 'Election Observer', rankerWith(1, ['esco:election-observer'])), ['Record weather readings.'], 'a ranker that does not know the donor has no say');
});

test('missing skills: an O*NET descriptor element is no gap, an O*NET technology and an ESCO skill can be', () => {
  const rows: Array<[string, boolean]> = [
    ['onet:2.C.3.a', true], // Computers and Electronics
    ['onet:2.A.1.b', true], // Active Listening
    ['onet:tech:microsoft-excel', false],
    ['http://data.europa.eu/esco/skill/0a3b8f3e-0000-0000-0000-000000000000', false],
    ['rjdb:patient care', false],
  ];
  for (const [id, descriptor] of rows) assert.equal(isDescriptorElement(id), descriptor, id);
});

// Class: the specialties of a role a resume names ("Staff Nurse" also names Acute Care Nurses),
// suggested under their own names, against other readings of the same role and other roles.
test('a specialty of a role: the same head noun with words of its own, not a longer name of the same role', () => {
  const rows: Array<[title: string, role: string, specialty: boolean]> = [
    ['Acute Care Nurse', 'Staff Nurse', true],
    ['Critical Care Nurse', 'Registered Nurse', true],
    ['Financial Accountant', 'Accountant', true],
    ['Nurse Responsible for General Care', 'Staff Nurse', false],
    ['Accounting Assistant', 'Accountant', false],
    ['Exercise Trainer and Group Fitness Instructor', 'Fitness Instructor', false],
    ['Staff Nurse', 'Staff Nurse', false],
    ['Senior Staff Nurse', 'Staff Nurse', false],
    ['Clinical Nurse Specialist', 'Staff Nurse', false],
  ];
  for (const [title, role, specialty] of rows) assert.equal(isSpecialtyOf(title, role), specialty, `${title} / ${role}`);
});

// Class: what an O*NET occupation "uses" that no posting asks for: the knowledge every role is
// rated on (merged into an ESCO concept of the same name) and the tools O*NET lists but does not
// mark In Demand for the role. An ESCO occupation's own relation to the same concept stands.
test('missing skills and plans: an O*NET role\'s rated knowledge and its tools no posting asks for are left out; an ESCO role\'s knowledge stays', async () => {
  const artifact = syntheticArtifact();
  const addSkill = (ids: string[], name: string, flags: number) => {
    artifact.skills.ids.push(ids); artifact.skills.names.push(name); artifact.skills.flags.push(flags);
    artifact.skills.reuse.push(0); artifact.skills.descriptions.push(''); artifact.skills.broader.push([]); artifact.skills.groups.push([]);
    return artifact.skills.ids.length - 1;
  };
  const psychology = addSkill(['esco:psychology', 'onet:2.C.7.c'], 'psychology', SkillFlag.esco | SkillFlag.onet | SkillFlag.knowledge);
  const charting = addSkill(['onet:tech:charting-suite'], 'ChartingSuite EHR', SkillFlag.onet | SkillFlag.tool | SkillFlag.hot | SkillFlag.knowledge);
  const browser = addSkill(['onet:tech:web-browser'], 'WebBrowser Pro', SkillFlag.onet | SkillFlag.tool | SkillFlag.hot | SkillFlag.knowledge);
  const addOccupation = (id: string, source: number, edges: Array<[number, number, boolean]>) => {
    const o = artifact.occupations;
    o.ids.push(id); o.titles.push(id); o.sources.push(source); o.descriptions.push(''); o.tasks.push([]);
    o.skills.push(edges.flatMap(([skill, w, e]) => [skill, w, e ? 1 : 0]));
    return o.ids.length - 1;
  };
  // edges as the graph builds them: rated knowledge (IM 4.6: 0.90), a hot In Demand tool 0.80
  // (In Demand marks the edge essential), a hot tool 0.55
  const onetNurse = addOccupation('onet:29-1141.00', 1, [[psychology, 90, true], [charting, 80, true], [browser, 55, false]]);
  const psychologist = addOccupation('esco:psychologist', 0, [[psychology, 100, true]]);
  const graph = SkillGraph.fromArtifact(artifact);
  const resume = await testEngine().analyze('# Robin Hale\n## Experience\nStaff Nurse, Mercy Hospital (2019 - Present)\n- Cared for ICU patients.', undefined, { kind: 'resume', referenceMonth: '2026-12' });
  assert.deepEqual(gapsFor(graph, onetNurse, resume, new Map(), undefined), ['ChartingSuite EHR']);
  assert.deepEqual(gapsFor(graph, psychologist, resume, new Map(), undefined), ['psychology']);
  // a generated posting's plan reads the role the same way
  assert.deepEqual(writerPlan(graph, onetNurse, 'Staff Nurse', 'mid', 2).skills, ['ChartingSuite EHR']);
  assert.deepEqual(writerPlan(graph, psychologist, 'Psychologist', 'mid', 2).skills, ['psychology']);
});

test('suggestions: a competence the resume\'s lines show in other words is not missing, as the matcher reads them', async () => {
  const graph = syntheticGraph();
  const engine = testEngine();
  const base = ['# Robin Hale', '## Experience', 'Accountant, Cook & Baker LLP, Springfield, IL (Jan 2018 - Present)', '- Prepared monthly payroll for 40 staff.'];
  const missingFor = async (lines: string[]) => {
    const resume = await engine.analyze(lines.join('\n'), undefined, { kind: 'resume', referenceMonth: '2026-12' });
    const accountant = suggestRoles(graph, resume, 3, fakeRanker()).find((r) => graph.occupations[r.occupation].id === 'test:occ:accountant' && !r.stretch)!;
    return { missing: accountant.missing, skills: resume.skills.map((m) => m.name) };
  };
  const without = await missingFor(base);
  assert.ok(without.missing.includes('general ledger'), without.missing.join());
  const withLine = await missingFor([...base, '- Kept the ledger (general and subsidiary) balanced every month.']);
  assert.ok(!withLine.skills.includes('general ledger'), 'no mention names it: the line shows it');
  assert.ok(!withLine.missing.includes('general ledger'), withLine.missing.join());
});

test("suggestions: a graduate's step up is the role's second grade, not its senior post", async () => {
  const graph = syntheticGraph();
  const engine = testEngine();
  const text = [
    '# Robin Hale', '## Experience',
    'Accountant, Cook & Baker LLP, Springfield, IL (Jan 2026 - Present)', '- Kept the general ledger.',
    '## Skills', '- general ledger', '- payroll',
  ].join('\n');
  const resume = await engine.analyze(text, undefined, { kind: 'resume', referenceMonth: '2026-12' });
  const stretch = suggestRoles(graph, resume, 3, fakeRanker()).at(-1)!;
  assert.equal(stretch.stretch, true);
  assert.equal(stretch.seniority, 'mid');
  assert.doesNotMatch(stretch.title, /^Senior /);
});

test('plural occupation titles read as one role, each coordinated noun and the invariant plurals left alone', () => {
  const cases: Array<[string, string]> = [
    ['Registered Nurses', 'Registered Nurse'],
    ['Software Quality Assurance Analysts and Testers', 'Software Quality Assurance Analyst and Tester'],
    ['Medical Secretaries and Administrative Assistants', 'Medical Secretary and Administrative Assistant'],
    ['Jewelers and Precious Stone and Metal Workers', 'Jeweler and Precious Stone and Metal Worker'],
    ['Control and Valve Installers and Repairers', 'Control and Valve Installer and Repairer'],
    ['Sales Managers', 'Sales Manager'],
    ['Sales and Related Workers', 'Sales and Related Worker'],
    ['Human Resources Specialists', 'Human Resources Specialist'],
    ['Bookkeeping, Accounting, and Auditing Clerks', 'Bookkeeping, Accounting, and Auditing Clerk'],
    ['Manager, Clinical Trials', 'Manager, Clinical Trials'],
    ['Nurse Practitioners, Family', 'Nurse Practitioner, Family'],
    ['Cashiers', 'Cashier'],
    ['Nurse Midwives', 'Nurse Midwife'],
    ['Electrical Power-Line Installers and Linemen', 'Electrical Power-Line Installer and Lineman'],
    ['Automotive Service Technicians and Mechanics', 'Automotive Service Technician and Mechanic'],
    ['Coaches and Scouts', 'Coach and Scout'],
    ['Software Developer', 'Software Developer'],
    ['Business Analyst', 'Business Analyst'],
    ['Director of Programs', 'Director of Programs'],
    ['First-Line Supervisors of Retail Sales Workers', 'First-Line Supervisor of Retail Sales Workers'],
    ['Teacher for Students with Disabilities', 'Teacher for Students with Disabilities'],
  ];
  for (const [plural, one] of cases) assert.equal(singularTitle(plural), one, plural);
});

test("a resume's own role title is tidied, never rewritten: quotes, capitals, one role, the role a sentence names", () => {
  const cases: Array<[string, string]> = [
    ['“Dancer and Choreographer”', 'Dancer and Choreographer'],
    ['SENIOR ACCOUNTANT', 'Senior Accountant'],
    ['Bakers', 'Baker'],
    ['Pediatric surgeons', 'Pediatric surgeon'],
    ['Automotive technicians and repairers', 'Automotive technician and repairer'],
    ['Commanded responsibilities as the public relations manager', 'Public Relations Manager'],
    ['Sales Associate.', 'Sales Associate'],
    ['Director of Operations', 'Director of Operations'],
    ['Human Resources', 'Human Resources'],
    ['HR Recruiter/', 'HR Recruiter'],
    ['DIRECTOR OF NURSING', 'Director of Nursing'],
    ['SR. FINANCE MANAGER', 'Sr. Finance Manager'],
  ];
  for (const [written, shown] of cases) assert.equal(ownTitle(written), shown, written);
});

test("a held role's title as a role one applies for: composite titles, ownership, traineeships, terms of the post, military ranks", () => {
  // heads and their counts as the O*NET title lexicon has them, for the words these titles use
  const lexicon = TitleLexicon.fromJson({ format: 'hrdocs-title-lexicon/1', words: {
    liaison: [40, 45], manager: [1334, 1338], owner: [20, 22], trainee: [30, 31], auditor: [60, 62], nurse: [139, 235], electrician: [50, 52], technician: [400, 420], logistics: [0, 40],
    planner: [90, 95], buyer: [80, 84], clerk: [774, 799], agent: [300, 310], account: [2, 40], executive: [100, 180],
  } });
  const cases: Array<[string, string]> = [
    ['Co-Owner/Financial Liaison', 'Financial Liaison'],
    ['Account Executive Sales Agent/FedEx Account', 'Account Executive Sales Agent'],
    ['Management Trainee/Office Manager', 'Office Manager'],
    ['Electrical Apprentice/Helper', 'Electrical Apprentice/Helper'],
    ['Auditor (Intern)', 'Auditor'],
    ['Registered Nurse (Per Diem)', 'Registered Nurse'],
    ['Staff Nurse (ICU)', 'Staff Nurse (ICU)'],
    ['Buyer/Planner', 'Buyer/Planner'],
    ['Payroll Clerk', 'Payroll Clerk'],
    ['Interim Senior Marketing Manager', 'Senior Marketing Manager'],
    ['Freelance Website Designer', 'Website Designer'],
    ['Per Diem Registered Nurse', 'Registered Nurse'],
    ['Contract Manager', 'Contract Manager'],
    ['Acting Coach', 'Acting Coach'],
    // a military rank is no civilian post: the work beside it is, a rank alone none
    ['Aviation Electrician Petty Officer 3rd Class', 'Aviation Electrician'],
    ['Aviation Implementation Manager Master Sergeant', 'Aviation Implementation Manager'],
    ['Chief Warrant Officer Two Information Services Technician', 'Information Services Technician'],
    ['NON Commissioned Security Officer', 'NON Commissioned Security Officer'],
    ['Petty Officer', ''],
    ['Non-Commissioned Officer', ''],
    ['Non Commissioned Officers', ''],
    ['Senior Logistics Noncommissioned Officer', 'Senior Logistics Noncommissioned Officer'],
    ['Chief Financial Officer', 'Chief Financial Officer'],
    ['Master Electrician', 'Master Electrician'],
  ];
  for (const [written, role] of cases) assert.equal(heldRoleTitle(written, lexicon), role, written);
});

test('a step up keeps the role and raises its level; a trade ladder names its own levels', () => {
  assert.equal(stepUpTitle('Accountant', 'senior'), 'Senior Accountant');
  assert.equal(stepUpTitle('Senior Accountant', 'lead'), 'Lead Accountant');
  assert.equal(stepUpTitle('Journeyman Electrician', 'senior'), 'Master Electrician');
  assert.equal(stepUpTitle('Journeyman Electrician / Lead', 'senior'), 'Master Electrician');
  assert.equal(stepUpTitle('Journeyperson Plumber', 'senior'), 'Master Plumber');
  // a title written as several roles steps up in its first
  assert.equal(stepUpTitle('Jobs Coordinator/Estimator', 'senior'), 'Senior Jobs Coordinator');
  assert.equal(stepUpTitle('Manager/Senior Network Engineer', 'lead'), 'Lead Network Engineer');
});

test('a graded post steps up to its next grade, not to the plain role', () => {
  const cases: Array<[string, string, string]> = [
    ['Security Aide I', 'mid', 'Security Aide II'],
    ['Accountant II', 'senior', 'Accountant III'],
    ['Engineering Technician III', 'lead', 'Engineering Technician IV'],
    ['Customer Service Specialist 2', 'senior', 'Customer Service Specialist 3'],
    ['Analyst Level 1', 'mid', 'Analyst Level 2'],
    // no grade: the level's word
    ['Accountant', 'senior', 'Senior Accountant'],
  ];
  for (const [title, up, next] of cases) assert.equal(stepUpTitle(title, up as 'mid' | 'senior' | 'lead'), next, title);
});

test('an understudy post steps up into the role it stands in for or trains toward', () => {
  const cases: Array<[string, { role: string; learner: boolean } | undefined]> = [
    ['Assistant Store Manager', { role: 'Store Manager', learner: false }],
    ['Substitute Teacher', { role: 'Teacher', learner: false }],
    ['Associate Professor', { role: 'Professor', learner: false }],
    ['Student Teacher', { role: 'Teacher', learner: false }],
    ['Deputy Director of Nursing', { role: 'Director of Nursing', learner: false }],
    ['Deputy Head Teacher', { role: 'Head Teacher', learner: false }],
    ['Mechanical Engineering Intern', { role: 'Mechanical Engineering', learner: true }],
    ['Electrician Apprentice', { role: 'Electrician', learner: true }],
    ['Marketing Internship', { role: 'Marketing', learner: true }],
    ['Student Nurse', { role: 'Nurse', learner: false }],
    ['Senior Student Midwife', { role: 'Midwife', learner: false }],
    // "Student" before a field or a post it serves names whom the post is for, not an understudy
    ['Senior Student Finance Specialist', undefined],
    ['Student Services Coordinator', undefined],
    ['Student Accounts Representative', undefined],
    ['Student Worker', undefined],
    ['Student Advisor', undefined],
    // a rank alone, a plain role that ends in a helper's word, a deputy who runs nothing
    ['Assistant Manager', undefined],
    ['HR Assistant', undefined],
    ['Deputy Sheriff', undefined],
    ['Accountant', undefined],
    ['Intern', undefined],
  ];
  for (const [title, role] of cases) assert.deepEqual(roleStoodInFor(title), role, title);
});

test('the worker of a line of work a learner\'s post names', () => {
  const cases: Array<[string, string]> = [
    ['Electrician', 'Electrician'],
    ['Corporate Banking Assistant,', 'Corporate Banking Assistant'],
    ['Mechanical Engineering', 'Mechanical Engineer'],
    ['Engineering', 'Engineer'],
    ['Accounting', 'Accountant'],
    ['Software Development', 'Software Developer'],
    ['Public Relations', 'Public Relations Specialist'],
    ['Safety', 'Safety Specialist'],
  ];
  for (const [work, worker] of cases) assert.equal(workerOf(work), worker, work);
});

test('a leader\'s step up is a higher post in the same line of work', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Director of Information Technology', 'Chief Technology Officer', true],
    ['Media Manager', 'Media Programming Director', true],
    ['Operations Manager', 'Director of Operations', true],
    // another line of work at a higher rank, or the same line at the same or a lower rank
    ['IT Manager', 'Property, Real Estate, and Community Association Manager', false],
    ['Athletic Director', 'Art Director', false],
    ['Director of Finance', 'Financial Manager', false],
    ['Finance Manager', 'Accounting Manager', false],
    // a title of a rank alone has no line of work to share
    ['General Manager', 'Director of Operations', true],
  ];
  for (const [person, post, up] of cases) assert.equal(stepsUpInWork(person, post), up, `${person} -> ${post}`);
});

test('a supervisor steps up to the manager of the same work', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Shoe dept. lead supervisor', 'Shoe dept. Manager'],
    ['Warehouse Supervisor', 'Warehouse Manager'],
    ['Construction Foreman', 'Construction Manager'],
    ['Supervisor', undefined],
    ['Store Manager', undefined],
  ];
  for (const [title, manager] of cases) assert.equal(managerOfSupervised(title), manager, title);
});

test('the top of an organisation: a chief officer steps up to chief executive, the chief executive and the owner to nothing', () => {
  const cases: Array<[string, ReturnType<typeof topOfOrganisationStep>]> = [
    ['Chief Operating Officer', 'Chief Executive Officer'],
    ['CFO', 'Chief Executive Officer'],
    ['Chief Executive Officer', 'none'],
    ['President', 'none'],
    ['Owner', 'none'],
    ['Director of Finance', undefined],
    ['Vice President of Sales', undefined],
    ['Vice-President', undefined],
  ];
  for (const [title, step] of cases) assert.equal(topOfOrganisationStep(title), step, title);
});

test('a one-word title that heads titles in every field names no role to suggest', () => {
  const lexicon = TitleLexicon.fromJson({ format: 'hrdocs-title-lexicon/1', words: {
    specialist: [1504, 1517], technician: [1886, 1909], operator: [4373, 4521], teacher: [782, 796], nurse: [139, 235], accountant: [60, 62],
  } });
  const cases: Array<[string, boolean]> = [
    ['Specialist', true], ['Senior Technician', true], ['Operator', true],
    ['Teacher', false], ['Nurse', false], ['Accountant', false], ['Marketing Specialist', false], ['Pharmacy Technician', false],
  ];
  for (const [title, generic] of cases) assert.equal(namesNoField(title, lexicon), generic, title);
});

test('a suggestion well below the person is a step down: two ranks under, or an entry-rank role after years in the plain one', () => {
  const cases: Array<[string, number, number, boolean]> = [
    ['Accounting Clerk', 2, 8, true], // a senior accountant (rank 2)
    ['Financial Analyst', 2, 8, false],
    ['Electrician Helper', 1, 10, true], // a journeyman with ten years
    ['Electrician Helper', 1, 1, false], // a beginner: a helper post is within reach
    ['Medical Secretary', 1, 12, false], // a plain role, not entry rank
    ['Customer Service Representative', 3, 20, true], // a head of function
    ['Staff Accountant', 1, 3, false],
  ];
  for (const [title, level, years, down] of cases) assert.equal(isStepDown(title, level, years), down, `${title} for rank ${level}, ${years} years`);
});

test('a suggestion well above the person is too far for the list (the stretch role is the step up): two ranks over, or running a team for someone new to work', () => {
  const cases: Array<[string, number, number, boolean]> = [
    ['Director of Nursing', 1, 12, true], // a staff nurse (rank 1): the head of a function
    ['Nurse Manager', 1, 12, false], // one rank up after years: within reach
    ['Computer and Information Systems Manager', 1, 0.5, true], // a graduate who has run nothing
    ['Computer and Information Systems Manager', 2, 0.5, false], // already runs a team
    ['Software Developer', 0, 0.5, false], // the plain role, for an intern
    ['Chief Financial Officer', 2, 15, false], // a finance manager: one rank up
  ];
  for (const [title, level, years, far] of cases) assert.equal(isStepTooFar(title, level, years), far, `${title} for rank ${level}, ${years} years`);
});

test('matching jobs are listed by how well the matcher judges the resume fits them, the stretch role last, ties in the ranker\'s order', () => {
  const jobs = [
    { title: 'Accountant', score: 0.86 },
    { title: 'Sales Support Assistant', score: 0.31 },
    { title: 'Billing Clerk', score: 0.49 },
    { title: 'Senior Accountant', score: 0.9, stretch: true },
    { title: 'Payroll Clerk', score: 0.49 },
  ];
  assert.deepEqual(byJudgedFit(jobs).map((j) => j.title), ['Accountant', 'Billing Clerk', 'Payroll Clerk', 'Sales Support Assistant', 'Senior Accountant']);
});

test('two titles of one function: most content words share a root, whatever the word form or the rank', () => {
  const rows: Array<[string, string, boolean]> = [
    ['Audit Supervisor', 'Supervising Auditor', true],
    ['Human Resources Supervisor', 'Human Resources Manager', true],
    ['Auditing Clerk', 'Bookkeeping, Accounting, and Auditing Clerk', true],
    ['Accounting Manager', 'Accountant', true],
    ['Marketing Manager', 'Digital Media Buyer', false],
    ['Software Developer', 'Microsystems Engineer', false],
    ['Line Cook', 'Pastry Chef', false],
  ];
  for (const [a, b, same] of rows) assert.equal(sameFunction(a, b), same, `${a} ~ ${b}`);
});

test('fill-in roles near a role the person held come before far ones of a similar score', () => {
  // occupations 0 and 1 were held; 2 is near them (cosine 0.7), 3 far (0.1), 4 unrelated (-0.2)
  const cosine: Record<string, number> = { '0,2': 0.7, '1,2': 0.4, '0,3': 0.1, '1,3': 0.05, '0,4': -0.2, '1,4': -0.1 };
  const ranker = { similarity: (a: number, b: number) => cosine[`${Math.min(a, b)},${Math.max(a, b)}`] ?? 0 };
  const ranked = [{ occupation: 4, score: 20 }, { occupation: 3, score: 15 }, { occupation: 2, score: 12 }];
  assert.deepEqual(nearHeldFirst(ranker, ranked, [0, 1]).map((r) => r.occupation), [2, 3, 4]);
  // a far occupation the resume scores much higher still comes first
  assert.deepEqual(nearHeldFirst(ranker, [{ occupation: 3, score: 40 }, { occupation: 2, score: 12 }], [0]).map((r) => r.occupation), [3, 2]);
  // no held role: the ranker's order
  assert.deepEqual(nearHeldFirst(ranker, ranked, []).map((r) => r.occupation), [4, 3, 2]);
});

// Class: a person with more held roles than the list has room for
test('suggestions: up to four held roles, the fourth only when it is no step down from the person\'s rank', async () => {
  const graph = syntheticGraph();
  const engine = testEngine();
  const resumeOf = (current: string, fourth: string) => [
    '# Ari Moss', '## Experience',
    `${current}, Northwind Analytics, Austin, TX (2019 - 2024)`, '- Built Tableau dashboards from SQL.',
    'Staff Accountant, Contoso Ltd, Austin, TX (2015 - 2019)', '- Kept the general ledger.',
    'Math Teacher, Lincoln High School, Austin, TX (2012 - 2015)', '- Planned lessons.',
    `${fourth}, Cafe Uno, Austin, TX (2008 - 2012)`, '- Prepared dishes.',
    '## Skills', '- SQL', '- Tableau', '- general ledger', '- lesson planning',
  ].join('\n');
  const heldOf = async (text: string) => suggestRoles(graph, await engine.analyze(text, undefined, { kind: 'resume', referenceMonth: '2026-12' }), 5, fakeRanker())
    .filter((r) => r.held).map((r) => r.title);
  assert.deepEqual(await heldOf(resumeOf('Data Analyst', 'Line Cook')), ['Data Analyst', 'Staff Accountant', 'Math Teacher', 'Line Cook']);
  assert.deepEqual(await heldOf(resumeOf('Lead Data Analyst', 'Line Cook')), ['Lead Data Analyst', 'Staff Accountant', 'Math Teacher', 'Line Cook']);
  // an entry-rank post years ago is no fourth held role for a lead
  assert.deepEqual(await heldOf(resumeOf('Lead Data Analyst', 'Junior Line Cook')), ['Lead Data Analyst', 'Staff Accountant', 'Math Teacher']);
});

// Class: a fill-in occupation whose field the resume never names ("Foundry Manager" for a software engineering manager)
test('how much of an occupation title\'s field the resume names: its words that head no titles, or its role words when it has no others', () => {
  const table = TitleLexicon.fromJson({ format: 'hrdocs-title-lexicon/1', words: { manager: [900, 1000], engineer: [800, 900], architect: [100, 120], technician: [400, 420], supervisor: [700, 800], chef: [60, 70], marine: [0, 30], software: [2, 200] } });
  const resume = contentWords('Engineering manager leading software teams; built marketing sites for a construction firm.');
  const cases: Array<[string, 'all' | 'some' | 'none']> = [
    ['Software Engineering Manager', 'all'],
    ['Marketing Manager', 'all'],
    ['Construction General Supervisor', 'all'],
    ['Marine Engineer and Naval Architect', 'none'],
    ['Foundry Manager', 'none'],
    ['Software Quality Technician', 'some'],
    // a title of role words alone names its field by them
    ['Chef', 'none'],
    ['Engineer', 'all'],
  ];
  for (const [title, named] of cases) assert.equal(fieldNamed(title, resume, table), named, title);
});

// Class: a person in a learner's post now (an internship, a traineeship)
test('suggestions: a learner\'s post held now is suggested as the role it trains toward, its why keeps the post, its step up is the second grade', async () => {
  const graph = syntheticGraph();
  const engine = testEngine();
  const text = [
    '# Kai Lund', '## Experience',
    'Data Analyst Intern, Northwind Analytics, Austin, TX (2026 - Present)', '- Built Tableau dashboards from SQL.',
    'Intern, Contoso Ltd, Austin, TX (2025 - 2026)', '- Filed reports.',
    '## Skills', '- SQL', '- Tableau',
  ].join('\n');
  const roles = suggestRoles(graph, await engine.analyze(text, undefined, { kind: 'resume', referenceMonth: '2026-12' }), 3, fakeRanker());
  const held = roles.filter((r) => r.held);
  assert.deepEqual(held.map((r) => r.title), ['Data Analyst']);
  assert.ok(held[0].why.includes('worked as Data Analyst Intern'), held[0].why.join());
  assert.ok(!roles.some((r) => /\bintern\b/i.test(r.title)), roles.map((r) => r.title).join(' | '));
  assert.equal(roles.find((r) => r.stretch)?.title, 'Data Analyst II');
});

// Class: O*NET titles that name several roles or the rest of a field, shown as a suggestion's title
test("an occupation title naming several roles is shown by its first role only where that part names a role; O*NET's catch-alls are no role to suggest", () => {
  const graph = syntheticGraph();
  const table = TitleLexicon.fromJson({ format: 'hrdocs-title-lexicon/1', words: { cook: [60, 70], security: [2, 200], computer: [10, 300], property: [2, 50] } });
  const shown = (title: string, source: 'onet' | 'esco' = 'onet') => {
    graph.occupations[0] = { ...graph.occupations[0], title, source };
    return displayTitle(graph, 0, table);
  };
  const rows: Array<[string, string, 'onet' | 'esco']> = [
    ['Cooks, Restaurant', 'Cook', 'onet'],
    ['Hairdressers, Hairstylists, and Cosmetologists', 'Hairdresser', 'onet'],
    // the part before the comma qualifies titles: the whole title, not "Security" or "Computer"
    ['Securities, Commodities, and Financial Services Sales Agents', 'Securities, Commodities, and Financial Services Sales Agent', 'onet'],
    ['computers, computer peripheral equipment and software distribution manager', 'Computer, Computer Peripheral Equipment And Software Distribution Manager', 'esco'],
    ['Property, Real Estate, and Community Association Managers', 'Property, Real Estate, and Community Association Manager', 'onet'],
    // a word the table does not know is read as the role ("Geoscientists, Except ...")
    ['Geoscientists, Except Hydrologists and Geographers', 'Geoscientist', 'onet'],
  ];
  for (const [title, expected, source] of rows) assert.equal(shown(title, source), expected, title);
  for (const [title, source, catchAll] of [['Managers, All Other', 'onet', true], ['Engineers, All Other', 'onet', true], ['First-Line Supervisors of Transportation Workers, All Other', 'onet', true],
    ['Cooks, Restaurant', 'onet', false], ['Chief Executives', 'onet', false], ['all other agents', 'esco', false]] as const) {
    assert.equal(isCatchAll({ title, source }), catchAll, title);
  }
});

// Class: occupations a career tool offers only to someone who held them
test('escorts, fortune tellers, psychics, mediums and astrologers are never suggested unasked; other personal services are', () => {
  for (const [title, source, never] of [['escort', 'esco', true], ['fortune teller', 'esco', true], ['Psychic', 'esco', true], ['medium', 'esco', true], ['astrologer', 'esco', true],
    ['companion', 'esco', false], ['tour escort', 'esco', false], ['pet sitter', 'esco', false], ['Medium Truck Driver', 'onet', false]] as const) {
    assert.equal(isNeverSuggested({ title, source }), never, title);
  }
});
