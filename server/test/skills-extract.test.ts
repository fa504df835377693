// Skills read from prose by the trained tagger, and the graph phrases it passed over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../src/engine/document/parse.js';
import { labelZonesByHeadings } from '../src/engine/document/zones.js';
import { extractSkills, namesOnlyWorkingTime } from '../src/engine/skills/extract.js';
import { isOrdinaryWordFor } from '../src/engine/skills/phrase.js';
import { syntheticGraph } from './support/synthetic-graph.js';
import { FakeTagger, testEngine } from './support/engine.js';
import { namesBroaderThan } from '../src/engine/skills/phrase.js';
import { normalizeTerm } from '../src/engine/text/normalize.js';
import type { SkillGraph } from '../src/engine/graph/graph.js';

const graph = syntheticGraph();

/** A posting read as a tagger that found no span would leave it: only graph phrases remain. */
function passedOverMentions(text: string) {
  const doc = parseDocument(text, { kind: 'job' });
  labelZonesByHeadings(doc);
  return extractSkills(doc, graph, { tagged: doc.blocks.map(() => []), learned: true });
}

function passedOver(text: string) {
  const doc = parseDocument(text, { kind: 'job' });
  labelZonesByHeadings(doc);
  const mentions = extractSkills(doc, graph, { tagged: doc.blocks.map(() => []), learned: true });
  return Object.fromEntries(mentions.map((m) => [m.text, m.confidence]));
}

test('tools named mid-sentence in prose count as skills even when the tagger passed them over', () => {
  const got = passedOver('# Analyst\n\n## Responsibilities\n\nEach week you will build reports in Tableau and Python for the finance team.\n');
  assert.ok(got.Tableau >= 0.5 && got.Python >= 0.5, JSON.stringify(got));
});

test('a tool name written in lower case, or opening a sentence, stays a hint under the skills threshold', () => {
  const got = passedOver('# Analyst\n\n## Responsibilities\n\nTableau dashboards are built weekly; the team also writes python notebooks.\n');
  assert.ok(got.Tableau < 0.5 && got.python < 0.5, JSON.stringify(got));
});

test('a multi-word graph label the tagger passed over counts in what a posting asks for', () => {
  const got = passedOver('# Nurse\n\n## Responsibilities\n\nYou will support infection control audits across the ward.\n');
  assert.ok(got['infection control'] >= 0.5, JSON.stringify(got));
});

test('a multi-word graph label the tagger passed over stays a hint outside what is asked for (a pasted sentence, a summary)', () => {
  const lone = passedOver('Our wards are known for infection control and a friendly team.\n');
  assert.ok(lone['infection control'] !== undefined && lone['infection control'] < 0.5, JSON.stringify(lone));
  const summary = passedOver('# Nurse\n\n## Job Summary\n\nJoin a ward known for its infection control record.\n');
  assert.ok(summary['infection control'] === undefined || summary['infection control'] < 0.5, JSON.stringify(summary));
});

test('a tool name inside a longer capitalised name is part of that name, not the tool ("the Mental Health Act")', () => {
  const got = passedOver('# Analyst\n\n## Responsibilities\n\nYou will present at the annual Tableau Users Forum for the region.\n');
  assert.ok(got.Tableau === undefined || got.Tableau < 0.5, JSON.stringify(got));
});

test('list lines that speak to or about the reader are sentences, not skills; short names stay skills', () => {
  const doc = parseDocument('# Chef\n\n## Requirements\n\n- Who we\'re looking for\n- We are pleased to be looking\n- Menu costing\n- Knife skills\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const names = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.name.toLowerCase());
  assert.deepEqual(names.sort(), ['knife skills', 'menu costing']);
});

test('pay, hours, contract terms and conditions of employment are not skills, wherever a zone puts them', () => {
  const doc = parseDocument('# Cook\n\n## Requirements\n\n- 10/hr plus tips\n- Full-time\n- 40 hours per week\n- $18 an hour\n- Reliable transportation\n- Must pass a background check\n- Own vehicle\n- No moving violations\n- Work weekends/evenings\n- Food safety\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const names = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.name.toLowerCase());
  assert.deepEqual(names, ['food safety']);
});

test('when one works is availability, not a skill, however a list around it is cut', () => {
  const rows: Array<[string, boolean]> = [
    // [span, names only a time of work]
    ['including nights', true], ['weekends', true], ['some holidays', true], ['Flexible schedule', true],
    ['rotating shifts', true], ['able to work nights', true], ['bank holidays', true], ['on-call', true],
    // a skill that names a time of work beside its own words is a skill
    ['shift management', false], ['holiday scheduling', false], ['night nursing', false], ['day care', false],
    // hedges and joiners alone name nothing either way (left to the other rules)
    ['flexible', false], ['available', false],
  ];
  for (const [span, only] of rows) assert.equal(namesOnlyWorkingTime(span), only, span);
  const doc = parseDocument('# Line Cook\n\n## Requirements\n\n- Flexible schedule, including nights, weekends, and some holidays\n- Food safety\n- Must be able to work at least 6 weeks this summer\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const names = extractSkills(doc, graph).map((m) => m.name.toLowerCase());
  assert.ok(names.includes('food safety'), JSON.stringify(names));
  assert.ok(!names.some((n) => /night|weekend|holiday|schedule|6 weeks/.test(n)), JSON.stringify(names));
});

// Class: a stage of a career a tagger cuts out of "<stage> experience" qualifies the experience, names no skill
test('a stage of a career is no skill ("Post-registration experience", "newly qualified")', async () => {
  const engine = testEngine({ tagger: new FakeTagger(['Post-registration', 'newly qualified', 'wound care']) });
  const job = await engine.analyze(`# Staff Nurse

## Requirements

- Post-registration experience.
- Wound care.
`, undefined, { kind: 'job' });
  const texts = job.mentions.map((m) => m.text.toLowerCase());
  assert.ok(texts.includes('wound care'), JSON.stringify(texts));
  assert.ok(!texts.some((t) => /registration/.test(t)), JSON.stringify(texts));
});

test('a requirements list pasted without bullets is read line by line', () => {
  const doc = parseDocument('# Cook\n\n## Requirements\n\nfood safety\nknife skills\nmenu costing\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => [m.name.toLowerCase(), m.range.start.line]);
  assert.deepEqual(got, [['food safety', 4], ['knife skills', 5], ['menu costing', 6]]);
});

test('a paragraph of long lines under requirements is prose, not a list', () => {
  const doc = parseDocument('# Cook\n\n## Requirements\n\nYou have worked in a busy kitchen for a few years and know food safety well\nand you enjoy teaching knife skills to new cooks on the line every day\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const names = extractSkills(doc, graph).map((m) => m.name.toLowerCase());
  assert.ok(!names.some((n) => n.startsWith('you have') || n.startsWith('and you')), JSON.stringify(names));
});

test('"experience in a kitchen" is an experience requirement, not a skill named "Kitchen"; "experience with Excel" is Excel', () => {
  const doc = parseDocument('# Cook\n\n## Requirements\n\n- experience in a kitchen\n- experience with Excel\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const names = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.name.toLowerCase());
  assert.deepEqual(names, ['excel']);
});

for (const [item, expected] of [
  ['5 years of experience in payroll', ['payroll']],
  ['3+ years experience with Excel', ['excel']],
  ['A minimum of two years of relevant experience in bookkeeping', ['bookkeeping']],
  ['15+ years of experience in the IT industry', []],
  ['2 years of experience in a hospital setting', []],
  ['Experience in the retail sector', []],
] as const) {
  test(`a requirement item that says how long, then what the experience is in: the skill is that, and a setting is none (${item})`, () => {
    const doc = parseDocument(`# Clerk\n\n## Requirements\n\n- ${item}\n`, { kind: 'job' });
    labelZonesByHeadings(doc);
    const names = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.text.toLowerCase());
    assert.deepEqual(names, expected);
  });
}

for (const [item, expected] of [
  ['Considerable experience of payroll processing', ['payroll processing']],
  ['Clear understanding of information governance', ['information governance']],
  ['Intense competence in stock control', ['stock control']],
  ['Demonstrate ability to perform audits', ['perform audits']],
  ['Relevant experience in a finance team', ['relevant experience in a finance team']],
  ['Excel experience with pivot tables', ['excel experience with pivot tables']],
  ['Physical ability to lift and move heavy objects', []],
  ['Physical ability to repetitively lift up to 60 pounds', []],
] as const) {
  test(`a requirement item that opens with how much or how well and a noun of competence: the skill is what follows, unless the opening word is a skill or an article follows (${item})`, () => {
    const doc = parseDocument(`# Clerk\n\n## Requirements\n\n- ${item}\n`, { kind: 'job' });
    labelZonesByHeadings(doc);
    const names = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.text.toLowerCase());
    assert.deepEqual(names, expected);
  });
}

for (const [item, expected] of [
  ['Performs other duties as assigned', []],
  ['May be required to perform other related tasks as directed', []],
  ['Any other duties as reasonably required by the line manager', []],
  ['and other necessary knowledge and abilities', []],
  ['Other related skills and abilities', []],
  ['Other duties include stock control', ['other duties include stock control']],
  ['Stock control', ['stock control']],
] as const) {
  test(`the catch-all a list of duties or competencies ends with names no skill; a list of duties it opens is read (${item})`, () => {
    const doc = parseDocument(`# Clerk\n\n## Requirements\n\n- ${item}\n`, { kind: 'job' });
    labelZonesByHeadings(doc);
    const names = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.text.toLowerCase());
    assert.deepEqual(names, expected);
  });
}

/** A posting read with the tagger's spans given per block as [start, end) of a quoted phrase. */
function taggedAs(text: string, phrases: string[]) {
  const doc = parseDocument(text, { kind: 'job' });
  labelZonesByHeadings(doc);
  const tagged = doc.blocks.map((b) => phrases.filter((p) => b.text.includes(p)).map((p) => {
    const start = b.text.indexOf(p);
    return { start, end: start + p.length, kind: 'skill' as const, score: 0.8 };
  }));
  return extractSkills(doc, graph, { tagged, learned: true }).map((m) => m.text);
}

test('the catch-all closing a list is no part of the skill the tagger ends with it ("organizing, and related work")', () => {
  const got = taggedAs('# Office Assistant\n\n## Duties\n\nPerforms general office work, which may include filing and organizing, and related work.\n', ['organizing, and related work']);
  assert.deepEqual(got, ['organizing']);
});

test('a long requirement item no graph phrase covers is a skill only where the tagger reads one (conditions of employment are not skills)', () => {
  const text = '# Maintenance Laborer\n\n## Requirements\n\n- Current employment with the City of Springfield; and\n- A letter of recommendation from the personnel office of the employing department\n- Reading large construction blueprints on site\n';
  const got = taggedAs(text, ['construction blueprints']);
  assert.ok(!got.some((t) => /employment|letter/i.test(t)), JSON.stringify(got));
  assert.ok(got.some((t) => /blueprints/i.test(t)), JSON.stringify(got));
});

// Class: a posting's requirement items written as sentences. One that names no graph skill is read
// by the tagger, as the sentences of postings it learned from (its first clause or opener gave a
// fragment: "work" of "Ability to work with the public ..."); one that names a graph skill is read
// as a list item; a short item or a series of names stays a list item whatever the tagger says.
for (const [name, item, spans, expected] of [
  ['a sentence naming no graph skill: the tagger\'s spans', 'Ability to work with the public in a pleasant, cooperative manner', ['work with the public'], ['work with the public']],
  ['a sentence naming no graph skill, the tagger reading nothing: no fragment of it', 'Ability to travel to multiple school settings within the target area', [], []],
  ['a sentence naming a graph skill: the graph\'s name, not the longer span around it', 'Strong working knowledge of python in a busy team setting', ['working knowledge of python'], ['python']],
  ['a short item: a list item', 'Knife skills and safe handling', ['skills and safe'], ['Knife skills', 'safe handling']],
  ['an item asking for years: the experience it asks for, whose roles are no skills', 'Minimum of 2 years working as a data analyst or in a similar role', ['similar role'], []],
  ['an item as long as a paragraph: a note on how the post is filled, not the tagger\'s',
    'During the probationary period in the Harbor Department and the Department of Public Works every new starter may be asked to pass the tests for operator qualification under the boiler code of the state and to become certified as a high pressure welder before the end of the first year',
    ['tests for operator qualification'], []],
  ['a series of short names: each name', 'Python, SQL, Excel, Tableau, Looker, Jira and Git', ['Python, SQL'], ['Python', 'SQL', 'Excel', 'Tableau', 'Looker', 'Jira and Git']],
] as const) {
  test(`a posting's requirement item written as a sentence: ${name}`, () => {
    const got = taggedAs(`# Coordinator\n\n## Requirements\n\n- ${item}\n`, [...spans]);
    assert.deepEqual(got, [...expected]);
  });
}

test('the offences a record is checked for are no skills ("a conviction of a major moving violation (such as DUI)")', () => {
  const text = '# Driver\n\n## Requirements\n\n- Candidates may not be eligible if their record reflects three moving violations, or a conviction of a major violation (such as DUI)\n';
  const got = taggedAs(text, ['DUI', 'a conviction of a major violation']);
  assert.deepEqual(got, []);
});

for (const [span, kept] of [
  ['self motivated service industry professionals', false],
  ['patients and families', false],
  ['clinical staff, patients, and relatives', false],
  ['team members', false],
  ['support team members', true],
  ['military service members and veterans', false],
  ['motivated people', false],
  ['experienced staff', false],
  ['supervise staff', true],
  ['managed staff', true],
  ['managing teams', true],
  ['working with children', true],
  ['finding the right partners', true],
  ['agile development teams', true],
  ['fast learner', true],
  ['strong team member', true],
] as const) {
  test(`a span the tagger reads in prose that names only people, those sought or served, is no skill; work done with people is (${span})`, () => {
    const got = taggedAs(`# Associate\n\n## Responsibilities\n\nThe work calls for ${span} every day.\n`, [span]);
    assert.equal(got.some((t) => t.toLowerCase() === span), kept, JSON.stringify(got));
  });
}

for (const [span, named] of [
  ['Microsoft Azure', false],
  ['Python skills', true],
  ['Python programming', true],
  ['Microsoft spreadsheets', true],
] as const) {
  test(`a one-word graph phrase names the tagger's span only where the words after it say what kind of competence it is, not a head noun of their own (${span})`, () => {
    const doc = parseDocument(`# Engineer\n\n## Responsibilities\n\nThe work calls for ${span} every day.\n`, { kind: 'job' });
    labelZonesByHeadings(doc);
    const block = doc.blocks.findIndex((b) => b.text.includes(span));
    const tagged = doc.blocks.map((b, i) => (i === block ? [{ start: b.text.indexOf(span), end: b.text.indexOf(span) + span.length, kind: 'skill' as const, score: 0.8 }] : []));
    const mention = extractSkills(doc, graph, { tagged, learned: true }).find((m) => m.text === span);
    assert.ok(mention, span);
    assert.equal(mention.id.startsWith('test:'), named, `${span} -> ${mention.name}`);
  });
}

for (const [span, kept] of [
  ['commence in post promptly', false],
  ['start ASAP', false],
  ['Adopt a modern data-driven', false],
  ['Keen Values-driven', false],
  ['Results-oriented', true],
  ['evidence-based practice', true],
] as const) {
  test(`a span that is a condition of starting, or a phrase cut after the word describing its thing, names no skill; a trait alone and a thing so described do (${span})`, () => {
    const got = taggedAs(`# Accountant\n\n## Responsibilities\n\nThe work calls for ${span} every day.\n`, [span]);
    assert.equal(got.includes(span), kept, JSON.stringify(got));
  });
}

test('a span the tagger reads that is the catch-all of a list of competencies ("other necessary skills") is no skill; the competencies before it are', () => {
  const text = '# Security Aide\n\n## Requirements\n\nCandidates need the ability to: prepare written reports; and other necessary skills.\n';
  assert.deepEqual(taggedAs(text, ['prepare written reports', 'other necessary skills']), ['prepare written reports']);
});

test('an obligation with nothing after it ("Must have", a line broken before what it asks) names no skill', () => {
  const doc = parseDocument('# Cook\n\n## Requirements\n\n- Must have\n- Must be\n- Knife handling\n', { kind: 'job' });
  assert.deepEqual(extractSkills(doc, graph).map((m) => m.text), ['Knife handling']);
});

for (const [item, kept] of [
  ['Guwahati University', false],
  ['Assam University Law College', false],
  ['University of Mumbai', false],
  ['Maharashtra State Board', false],
  ['Dnyanganga Polytechnic', false],
  ['School fund accounting', true],
  ['School System', true],
  ['Circuit Board', true],
] as const) {
  test(`an institution's proper name in a skills list, an education line run into it, is no skill; a skill naming a school is (${item})`, () => {
    const doc = parseDocument(`# Jane Doe\n\n## Skills\n\n- ${item}\n- Bookkeeping\n`, { kind: 'resume' });
    const got = extractSkills(doc, graph).map((m) => m.text);
    assert.equal(got.includes(item), kept, JSON.stringify(got));
  });
  test(`a span the tagger reads in prose that is an institution's proper name is no skill (${item})`, () => {
    const got = taggedAs(`# Associate\n\n## Responsibilities\n\nThe work calls for ${item} every day.\n`, [item]);
    assert.equal(got.includes(item), kept, JSON.stringify(got));
  });
}

for (const [span, kept] of [
  ['demonstrate the following', false],
  ['include the following', false],
  ['the duties set out below', false],
  ['follow-up of enquiries', true],
  ['following procedures', true],
] as const) {
  test(`a span the tagger reads that ends pointing at the list after it is no skill; one that names a following is (${span})`, () => {
    const got = taggedAs(`# Associate\n\n## Responsibilities\n\nYou should be able to ${span} every day.\n`, [span]);
    assert.equal(got.some((t) => t.toLowerCase() === span), kept, JSON.stringify(got));
  });
}

test('short requirement items and graph-named items stay skills whatever the tagger says', () => {
  const got = taggedAs('# Cook\n\n## Requirements\n\n- Knife handling\n- Python\n', []);
  assert.deepEqual(got.sort(), ['Knife handling', 'Python']);
});

test('a number alone in a list is no skill (versions, counts and codes after a name): "Windows XP, 7, 8, 10"', () => {
  const doc = parseDocument('# Jane Doe\n\n## Skills\n\n- Operating systems: Windows XP, 7, 8, 10\n- Excel, 392, Python\n', { kind: 'resume' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph, {}).map((m) => m.text);
  assert.ok(!got.some((t) => /^\d+$/.test(t.trim())), JSON.stringify(got));
  assert.ok(got.includes('Python'), JSON.stringify(got));
});

test('a list item that names a role the graph knows is a post, not a skill; the work it names stays ("Staff Nurse" vs "Nursing")', () => {
  const doc = parseDocument('# Jane Doe\n\n## Skills\n\n- Staff Nurse\n- Line Cook\n- Teacher\n- Nursing\n- Wound dressing\n- Excel\n', { kind: 'resume' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph, {}).map((m) => m.text);
  for (const role of ['Staff Nurse', 'Line Cook', 'Teacher']) assert.ok(!got.includes(role), `${role}: ${JSON.stringify(got)}`);
  for (const skill of ['Nursing', 'Wound dressing', 'Excel']) assert.ok(got.includes(skill), `${skill}: ${JSON.stringify(got)}`);
});

test('a requirement item labelled with a section\'s name ("Education: ...", "Experience: ...") names no skill by its label', () => {
  const doc = parseDocument('# Cook\n\n## Requirements\n\n- Education: High school diploma or equivalent\n- Experience: two years on a busy line\n- Knife skills: fast and clean\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph, {}).map((m) => m.text);
  for (const label of ['Education', 'Experience']) assert.ok(!got.includes(label), `${label}: ${JSON.stringify(got)}`);
  assert.ok(got.includes('Knife skills') || got.some((t) => /knife/i.test(t)), JSON.stringify(got));
});

test('a skill no taxonomy lists, written in lower case, is named like a name: its words capitalised, the small ones not; a longer phrase only at its start', () => {
  const doc = parseDocument('# Jane Doe\n\n## Skills\n\n- rota planning for wards\n- rota planning for the ward\n', { kind: 'resume' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph, {}).map((m) => m.name);
  assert.deepEqual(got, ['Rota Planning for Wards', 'Rota planning for the ward']);
});

test('a requirement written "Skill: what it covers" keeps its skill; a label over a list of skills names none', () => {
  const doc = parseDocument('# Analyst\n\n## Required Skills\n\n- Microsoft Excel: pivot tables, lookups and quick models\n- Data cleaning: finding and fixing duplicates, gaps and inconsistent records\n- Analysis: Python, SQL, Tableau\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph, {}).map((m) => m.text);
  for (const skill of ['Microsoft Excel', 'Data cleaning', 'Python', 'SQL', 'Tableau']) assert.ok(got.includes(skill), `${skill}: ${JSON.stringify(got)}`);
  for (const fragment of ['finding and fixing duplicates', 'gaps and inconsistent records', 'lookups and quick models', 'Analysis']) assert.ok(!got.includes(fragment), `${fragment}: ${JSON.stringify(got)}`);
});

// Class: a list of skills each explained after a colon, one explanation a short comma series
test('in a list of skills explained after their colons, an item whose explanation is a short comma series keeps its skill too; a list of labels over skills stays one', () => {
  const read = (text: string) => {
    const doc = parseDocument(text, { kind: 'job' });
    labelZonesByHeadings(doc);
    return extractSkills(doc, graph, {}).map((m) => m.text);
  };
  const explained = read('# Teacher\n\n## Required Skills\n\n1. Lesson planning: writing clear daily and unit plans\n2. Classroom management: routines that keep 30 students engaged\n3. Parent communication: timely, respectful updates to families\n4. Data-driven instruction: using assessment data to group students\n');
  for (const skill of ['Lesson planning', 'Classroom management', 'Parent communication', 'Data-driven instruction']) assert.ok(explained.includes(skill), `${skill}: ${JSON.stringify(explained)}`);
  for (const fragment of ['timely', 'respectful updates to families']) assert.ok(!explained.includes(fragment), `${fragment}: ${JSON.stringify(explained)}`);
  // the same item alone, or among labels over lists, reads as a label over what follows
  const labels = read('# Analyst\n\n## Required Skills\n\n- Analysis: Python, SQL, Tableau\n- Reporting: Excel, dashboards\n- Data cleaning: finding and fixing duplicates, gaps and inconsistent records\n');
  for (const skill of ['Python', 'SQL', 'Tableau', 'Excel', 'Data cleaning']) assert.ok(labels.includes(skill), `${skill}: ${JSON.stringify(labels)}`);
  assert.ok(!labels.includes('Analysis') && !labels.includes('Reporting'), JSON.stringify(labels));
  // a series after the colon that names skills is a list whatever its siblings are
  const named = read('# Analyst\n\n## Required Skills\n\n- Data cleaning: finding and fixing duplicates in records\n- Stakeholder updates: writing short weekly notes for managers\n- Querying: Python, SQL\n');
  assert.ok(named.includes('Python') && named.includes('SQL') && !named.includes('Querying'), JSON.stringify(named));
});

// Class: a resume's skills paragraph flattened from a PDF, a label over a long comma list whose
// entries hold brackets and "and" ("Python (NumPy, Pandas)", "Logistic and Multinomial")
test('a label over a long list is a label, however many of its entries join words with "and" or the graph does not know: every entry is read', () => {
  const doc = parseDocument('# Sam Lee\n\n## Core Qualifications\n\nData Analysis Tools: R, Base SAS, Python (NumPy, Pandas), SPSS, Minitab, SQL, Excel, Visio, Tableau, Regression (Linear and Logistic), Time series and forecasting, Microsoft Access Key Competencies: Data Wrangling, Monte Carlo\n', { kind: 'resume' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph, {}).map((m) => m.text);
  for (const skill of ['Python', 'SQL', 'Excel', 'Tableau', 'Minitab']) assert.ok(got.includes(skill), `${skill}: ${JSON.stringify(got)}`);
  assert.ok(!got.includes('Data Analysis Tools') && !got.includes('Data Analysis'), JSON.stringify(got));
  // an explanation of a few parts, most of them short, stays one: its head is the skill
  const explained = parseDocument('# Sam Lee\n\n## Skills\n\n- Data cleaning: found duplicates in the ledger files, gaps, typos, and inconsistent records across systems\n', { kind: 'resume' });
  labelZonesByHeadings(explained);
  const heads = extractSkills(explained, graph, {}).map((m) => m.text);
  assert.ok(heads.includes('Data cleaning') && !heads.includes('typos'), JSON.stringify(heads));
});

// Class: a line of opening hours in a requirements section ("Tues 1:30pm-1:30am"): its colons tell the time
test('a colon between digits tells the time and labels no list: a line of hours names no skill', () => {
  const doc = parseDocument('# Server\n\n## Qualifications\n\nTimes are as follows Mon 11am-11pm | Tues 1:30pm-1:30am | Wed 1:30pm-1:30am | Thurs 10am-2am | Fri 10am-2am\n\n- Food handler card\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph, {}).map((m) => m.text);
  assert.ok(!got.some((t) => /\d/.test(t)), JSON.stringify(got));
});

test('a name many skills narrow never names a mention that narrows it ("Data cleaning" is no "cleaning"); wrapping words and words after the name do not narrow it', () => {
  // a stand-in for the graph's count of longer aliases ending with a name
  const broad = new Set(['cleaning', 'science', 'care'].map(normalizeTerm));
  const stub = { aliasesEndingWith: (key: string) => (broad.has(key) ? 50 : 0) } as unknown as SkillGraph;
  const rows: Array<[string, string, boolean]> = [
    ['Data cleaning', 'cleaning', true],
    ['computer science', 'Science', true],
    ['Patient care', 'care', true],
    ['SQL queries', 'SQL', false],
    ['Excellent communication', 'communication', false],
    ['application of Python', 'Python', false],
    ['cleaning', 'cleaning', false],
  ];
  for (const [mention, name, broader] of rows) assert.equal(namesBroaderThan(mention, name, stub), broader, `${mention} -> ${name}`);
});

test("a template's field left unfilled is no skill (\"Company Name\", \"City, State\", \"[Language]\"); a skill stays", () => {
  const got = resumeSkillsList('- Company Name\n- City, State\n- [Language]\n- Your Name\n- Budgeting\n').map((m) => m.text);
  assert.deepEqual(got, ['Budgeting']);
});

test('an empty answer or a shouted label standing in a requirement list names no skill ("N/A", "PROCESS NOTE"); a shouted skill the graph knows stays', () => {
  const doc = parseDocument('# Cook\n\n## Requirements\n\n- N/A\n- None\n- No qualifications required\n- PROCESS NOTE\n- AN EQUAL OPPORTUNITY EMPLOYER\n- FOOD SAFETY\n- Knife skills\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const names = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.name.toLowerCase());
  assert.deepEqual(names, ['food safety', 'knife skills']);
});

test('the column headers of a skills table flattened from a PDF name no skill ("Experience Total Years Last Used")', () => {
  const doc = parseDocument('# Sam Lee\n\n## Skills\n\n- Experience Total Years Last Used\n- Total Years Last Used\n- Knife skills\n', { kind: 'resume' });
  labelZonesByHeadings(doc);
  const names = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.name.toLowerCase());
  assert.deepEqual(names, ['knife skills']);
});

test('a sentence with a series in it is prose, not a comma list ("reviewing, issuing, and processing ..."); a comma list of names is a list', () => {
  const sentence = 'Two years of full-time paid experience in a clerical class with one year of experience reviewing, issuing, and processing insurance documentation.';
  const doc = parseDocument(`# Clerk\n\n## Requirements\n\n${sentence}\n\nFood safety, knife skills, menu costing\n`, { kind: 'job' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5);
  assert.ok(!got.some((m) => m.range.start.line === 4 && m.source === 'section-item'), JSON.stringify(got.map((m) => [m.text, m.source])));
  assert.deepEqual(got.filter((m) => m.range.start.line === 6).map((m) => m.name.toLowerCase()), ['food safety', 'knife skills', 'menu costing']);
});

test('how strongly an item is asked for is no part of its name ("Knife skills a plus", "Food safety (preferred)"); experience of no named kind is no skill', () => {
  const doc = parseDocument('# Cook\n\n## Requirements\n\n- Knife skills a plus\n- Food safety (preferred)\n- Menu costing is an asset\n- Prior experience preferred\n- Relevant experience\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => [m.name.toLowerCase(), m.text]);
  assert.deepEqual(got, [['knife skills', 'Knife skills'], ['food safety', 'Food safety'], ['menu costing', 'Menu costing']]);
});

test('an item cut off before what it names, or of qualifiers alone, names no skill ("... knowledge of", "Demonstrable understanding"); "is crucial" is no part of a name', () => {
  const doc = parseDocument('# Cook\n\n## Requirements\n\n- Ideal candidate needs proficient knowledge of\n- Demonstrable understanding\n- Menu costing is crucial\n- Good grasp of knife skills\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => [m.name.toLowerCase(), m.text]);
  assert.deepEqual(got, [['menu costing', 'Menu costing'], ['knife skills', 'knife skills']]);
});

test('a line cut off on a joining symbol names no skill ("Development Platform /", "Technology Implementations &"); names holding one stay ("R&D", "C/C++")', () => {
  const got = resumeSkillsList('Development Platform /\nTechnology Implementations &\nBudgeting & forecasting\nR&D\nC/C++\nKnife skills\n').filter((m) => m.confidence >= 0.5).map((m) => m.text);
  assert.ok(!got.some((t) => /[&/]$/.test(t)), JSON.stringify(got));
  for (const name of ['R&D', 'C/C++', 'Knife skills']) assert.ok(got.some((t) => t.includes(name)), `${name}: ${JSON.stringify(got)}`);
});

test('a credential of no named kind, a stand-in for the one before it, or a degree of no field names no skill ("Certification preferred", "or equivalent", "technical degree"); a named one stays', () => {
  const doc = parseDocument('# Technician\n\n## Requirements\n\n- High school diploma or equivalent required; technical degree or certification preferred\n- Relevant qualifications\n- Degree or equivalent experience\n- Food safety certification\n- Knife skills\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const names = extractSkills(doc, graph).map((m) => m.text.toLowerCase());
  for (const none of ['equivalent', 'technical degree', 'technical', 'certification', 'relevant qualifications', 'equivalent experience']) assert.ok(!names.includes(none), `${none}: ${JSON.stringify(names)}`);
  for (const named of ['food safety', 'knife skills']) assert.ok(names.some((n) => n.startsWith(named)), `${named}: ${JSON.stringify(names)}`);
});

/** The mentions of a resume whose Skills section is the given list (graph phrases only, no models). */
function resumeSkillsList(items: string) {
  const doc = parseDocument(`---\nhrdocs: resume\n---\n# Ana\n\n## Skills\n\n${items}`, {});
  labelZonesByHeadings(doc);
  return extractSkills(doc, graph);
}

/** The tagger mentions of a posting's requirement sentence the tagger read the given spans in. */
function taggerMentions(text: string, phrases: string[]): string[] {
  const doc = parseDocument(`# Cook\n\n## Requirements\n\n${text}\n`, { kind: 'job' });
  labelZonesByHeadings(doc);
  const spanOf = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, score: 0.9, kind: 'skill' as const });
  const tagged = doc.blocks.map((b) => (b.text === text ? phrases.map(spanOf) : []));
  return extractSkills(doc, graph, { tagged, learned: true }).filter((m) => m.source === 'tagger').map((m) => m.text);
}

test('a tagged span ends where its sentence or clause ends, and without how strongly it is asked for', () => {
  const text = 'The cook keeps strict food safety and hygiene. He also teaches menu costing, the team learns fast. Menu costing is mandatory for this post.';
  const got = taggerMentions(text, ['strict food safety and hygiene. He', 'menu costing, the team', 'Menu costing is mandatory']);
  assert.deepEqual(got, ['strict food safety and hygiene', 'menu costing', 'Menu costing']);
});

test('a tagged span never ends inside an aside it does not close ("moderate lifting (not to exceed ..."); one closed right after it is its own', () => {
  const text = 'Candidates perform duties requiring safe manual handling (not to exceed 45 pounds) and menu costing (with guidance), and know HACCP (Hazard Analysis).';
  const got = taggerMentions(text, ['safe manual handling (not', 'menu costing (with guidance)', 'HACCP (Hazard Analysis']);
  assert.deepEqual(got, ['safe manual handling', 'menu costing (with guidance)', 'HACCP (Hazard Analysis)']);
});

test('a skills table flattened into one line of sentence-case entries is read entry by entry; a line of Title Case names stays whole', () => {
  const doc = parseDocument('---\nhrdocs: resume\n---\n# Ana\n\n## Skills\n\nMenu costing and ordering Knife skills Food safety Calm under pressure\n\nMenu Costing Knife Skills\n\n- Understanding of Food Safety Laws and Menu Costing\n');
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph).map((m) => [m.text, m.range.start.line]);
  assert.deepEqual(got.filter(([, line]) => line === 7).map(([t]) => t), ['Menu costing and ordering', 'Knife skills', 'Food safety', 'Calm under pressure']);
  assert.ok(!got.some(([t, line]) => line === 9 && (t === 'Costing Knife' || t === 'Costing')), JSON.stringify(got));
  // small words inside a Title Case name are no boundary between entries
  assert.ok(!got.some(([t, line]) => line === 11 && /^(?:Understanding of|Food Safety Laws and)$/.test(t as string)), JSON.stringify(got));
});

test('a level of education with no field names no skill (a credential, read as one); a field of study is named by itself; an aside the strength closes goes with it', () => {
  const doc = parseDocument("# Cook\n\n## Requirements\n\n- High school diploma or GED\n- Possession of a baccalaureate degree\n- Bachelor's degree\n- school diploma/GED\n- Knife skills (some menu costing preferred)\n- Degree in Nutrition\n", { kind: 'job' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.text);
  // the field of a degree is what it names ("Degree in Nutrition" is nutrition)
  assert.deepEqual(got, ['Knife skills', 'Nutrition']);
});

test('how long or whether a skill was used, written after it, is no part of its name ("Python- Experience - 24 months", "SQL - 3 years", "Unix knowledge-yes")', () => {
  const doc = parseDocument('---\nhrdocs: resume\n---\n# Ana\n\n## Skills\n\n- Menu costing- Experience - 24 months\n- Knife skills- Experience - Less than 1 year months\n- Food safety - 3 years\n- Plating-yes\n');
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.text);
  assert.deepEqual(got, ['Menu costing', 'Knife skills', 'Food safety', 'Plating']);
});

test('bullets typed inside one line start entries, and a list\'s label standing as an item names no skill ("TECHNICAL SKILLS ❖ Tools: ...")', () => {
  const line = 'TECHNICAL SKILLS ❖ Kitchen: Knife skills, Menu costing ❖ Office Packages: Food safety';
  const doc = parseDocument(`---\nhrdocs: resume\n---\n# Ana\n\n## Skills\n\n${line}\n\n- Programming Languages\n- Plating - 6 weeks\n`);
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5);
  assert.deepEqual(got.map((m) => m.text), ['Knife skills', 'Menu costing', 'Food safety', 'Plating']);
  // every range still holds what the mention says
  for (const m of got.filter((x) => x.range.start.line === 7)) assert.equal(line.slice(m.range.start.character, m.range.end.character), m.text);
});

test('a full stop after a lowercase word ends an entry of a comma list ("ECG, and leadership. Production Worker, Phlebotomy"); an abbreviation\'s does not ("Sr. Analyst")', () => {
  const doc = parseDocument('# Ana Lee\n\n## Skills\n\nExcel, Data Entry, ECG, and leadership. Knife skills, Phlebotomy, U.S. Payroll\n', { kind: 'resume' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph, {}).map((m) => m.text);
  assert.ok(got.includes('leadership') && got.includes('Knife skills'), JSON.stringify(got));
  assert.ok(!got.some((t) => /leadership\.|^S\. Payroll/.test(t)), JSON.stringify(got));
});

test('"Previous" or "prior" before a skill says when, not what: "Previous menu costing experience" is menu costing', () => {
  const doc = parseDocument('# Cook\n\n## Requirements\n\n- Previous menu costing experience\n- Prior knife skills\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph).filter((m) => m.confidence >= 0.5).map((m) => m.name.toLowerCase());
  assert.deepEqual(got, ['menu costing', 'knife skills']);
});

test('an amount of time alone names no skill, whatever it is of ("Minimum 2 yrs", "At least 6 months\' experience"); a skill with its years stays', () => {
  for (const item of ['Minimum 2 yrs', "At least 6 months' experience", '3+ years of relevant experience', 'Two years']) {
    const got = taggedAs(`# Server\n\n## Requirements\n\n- ${item}\n`, []);
    assert.deepEqual(got, [], item);
  }
  const kept = taggedAs('# Analyst\n\n## Requirements\n\n- Python - 2 years\n', []);
  assert.deepEqual(kept, ['Python']);
});

test('a list part opening with a connector ("as well as read", "plus Excel") is named without it', () => {
  const got = taggedAs('# Clerk\n\n## Requirements\n\n- Ability to write clearly, as well as read, sort and verify counts\n', []);
  assert.ok(!got.some((t) => /^as well as/i.test(t)), JSON.stringify(got));
});

test('equipment the candidate must have at home is a condition, not a skill ("Fast and stable internet connection")', () => {
  const got = taggedAs('# Online Tutor\n\n## Requirements\n\n- Fast and stable internet connection\n- Python\n', []);
  assert.deepEqual(got, ['Python']);
});

test('where the work is done, named alone, is a condition, not a skill ("Either online or in person", "Remote"); "Online marketing" stays', () => {
  const got = taggedAs('# Tutor\n\n## Requirements\n\n- Either online or in person\n- Remote\n- Online marketing\n', []);
  assert.deepEqual(got, ['Online marketing']);
});

test('roles joined, or a role written as a title after words describing its holder, are posts, not skills ("Servers & Bartenders", "Full Stack Java Developer"); a duty naming whom it served is not a role', () => {
  const got = taggedAs('# Resume\n\n## Skills\n\n- Chef & Line Cook\n- Teacher and Accountant\n- Certified Senior Staff Accountant\n- Team player\n- Coordinated line cook schedules\n', []);
  assert.ok(!got.some((t) => /^(?:Chef|Teacher|Certified)/.test(t)), JSON.stringify(got));
  assert.ok(got.includes('Team player'), JSON.stringify(got));
});

test('a physical demand with its measure is a condition of the post, not a skill ("Lift 50 lbs", "Occasionally work on elevated surfaces"); "Physical stamina" stays', () => {
  const got = taggedAs('# Technician\n\n## Requirements\n\n- Must be able to lift 50 lbs\n- Occasionally work on elevated surfaces\n- Stand for long periods\n- Able to work in continuously-standing position\n- Physical stamina\n', []);
  assert.deepEqual(got, ['Physical stamina']);
});

test('an age the post asks for is a condition of eligibility, not a skill ("Must be 21+", "18 years of age or older"); "Food safety" stays', () => {
  const got = taggedAs('# Food Truck Cook\n\n## Requirements\n\n- Must be 21+\n- 18 years of age or older\n- At least 18 years old\n- Food safety\n', []);
  assert.deepEqual(got, ['Food safety']);
});

test('an arrow typed as a bullet is no part of the name ("➔ Knife skills", "→ Food safety"), at a line\'s start or inside it', () => {
  const got = taggedAs('# Line Cook\n\n## Requirements\n\n➔ Knife skills\n\n→ Food safety\n\n## Skills\n\nMenu costing ➔ Payroll\n', []);
  assert.deepEqual(got.sort(), ['Food safety', 'Knife skills', 'Menu costing', 'Payroll']);
});

test('a name never ends with the punctuation that followed it, nor starts with a typed bullet ("~ Forklift")', () => {
  const got = taggedAs('# Operator\n\n## Requirements\n\n- ~ Forklift operation,\n', []);
  assert.deepEqual(got, ['Forklift operation']);
});

test('a tool whose name is one word is found when written as two ("Power Point"); a short join is chance', () => {
  const got = resumeSkillsList('- Power Point\n- Pay Roll\n').map((m) => m.name);
  assert.ok(got.includes('PowerPoint'), JSON.stringify(got));
  assert.ok(!got.includes('payroll'), 'a skill that is no tool is not joined: ' + JSON.stringify(got));
});

test("a word not written in capitals is not the acronym a tool's long name carries ('epic', 'Epic' are words; 'EPIC' may be the tool)", () => {
  const got = resumeSkillsList('- epic\n- EPIC\n').map((m) => [m.text, m.id]);
  assert.deepEqual(got.find(([t]) => t === 'epic')?.[1], 'new:epic');
  assert.deepEqual(got.find(([t]) => t === 'EPIC')?.[1], 'test:epic-erosion');
});

test('a suite of applications is named as the suite, never after its vendor ("Microsoft Office Suite" is MS Office, not Microsoft)', () => {
  const got = resumeSkillsList('- Microsoft Office Suite\n- Google Workspace\n').map((m) => [m.text, m.name]);
  assert.deepEqual(got, [['Microsoft Office Suite', 'MS Office'], ['Google Workspace', 'Google Workspace']]);
});

test('a suite named in a sentence or in prose is the suite, not its vendor ("... application of Microsoft Office Suite", "letters in Office 365"); a suite written with its kind is the suite too ("Google Suite", not Google)', () => {
  const doc = parseDocument('# Office Assistant\n\n## Requirements\n\n- Basic knowledge and application of Microsoft Office Suite in a busy office\n- Google Suite and Excel\n\n## Responsibilities\n\nYou will keep the weekly records in Office 365 for the team.\n', { kind: 'job' });
  labelZonesByHeadings(doc);
  const got = extractSkills(doc, graph, { tagged: doc.blocks.map(() => []), learned: true }).map((m) => [m.text, m.name]);
  assert.ok(got.some(([t, n]) => t === 'Microsoft Office Suite' && n === 'MS Office'), JSON.stringify(got));
  assert.ok(got.some(([t, n]) => t === 'Office 365' && n === 'MS Office'), JSON.stringify(got));
  assert.ok(got.some(([t, n]) => t === 'Google Suite' && n === 'Google Suite'), JSON.stringify(got));
  assert.ok(!got.some(([, n]) => n === 'Microsoft'), JSON.stringify(got));
});

test('how the holder learned a skill is no part of its name ("Trained in Python", "Certified in BLS", "Versed in SQL")', () => {
  assert.deepEqual(resumeSkillsList('- Trained in Python\n- Certified in BLS\n- Well versed in SQL\n').map((m) => m.name), ['Python', 'Basic Life Support', 'SQL']);
});

test('a coordination of how or where one skill is done is one skill, not a skill per conjunct ("Communicate well both verbally and in written form", "Work alone or as part of a team")', () => {
  for (const item of ['Communicate well both verbally and in written form', 'Work alone or as part of a team', 'Either in person or by phone']) {
    const got = taggedAs(`# Administrator\n\n## Requirements\n\n- ${item}\n`, []);
    assert.ok(got.length <= 1, `${item}: ${JSON.stringify(got)}`);
  }
  // a plain series of names is still read name by name
  assert.deepEqual(taggedAs('# Analyst\n\n## Requirements\n\n- Python and Tableau\n', []).sort(), ['Python', 'Tableau']);
});

test('a section heading in capitals run into the end of a list names no skill ("... Windows XP, 7, 8, 10. ACHIEVEMENT"); a skill in capitals stays ("CPR")', () => {
  const got = taggedAs('# Developer\n\n## Skills\n\nJava, MySQL, Windows XP, 7, 8, 10. ACHIEVEMENT\n\n- CPR\n', []);
  assert.ok(!got.some((t) => /achievement/i.test(t)), JSON.stringify(got));
  assert.ok(got.includes('CPR') && got.includes('Java'), JSON.stringify(got));
});

test("a passage of a bilingual posting written in another language is not read for skills; the English one is", () => {
  const text = '# Line Cook\n\n## Responsibilities\n\nYou will be preparing ingredients and using Python for the menu.\n\nNuestros cocineros preparan ingredientes y usan Python para los clientes de la casa con sus compañeros.\n';
  const got = taggedAs(text, ['Python']);
  assert.equal(got.filter((t) => t === 'Python').length, 1, JSON.stringify(got));
});

for (const [sentence, tool] of [
  ['A copy of the licence must be submitted within 7 calendar days of filing.', false],
  ['Leave is counted per calendar year.', false],
  ['Schedules meetings in the shared calendar for the team.', true],
] as const) {
  test(`a tool's one-word name before a unit of time counts the time, no tool (${sentence})`, () => {
    const names = extractSkills(parseDocument(`# Clerk\n\n## Requirements\n\n- ${sentence}\n`, { kind: 'job' }), graph).map((m) => m.name);
    assert.equal(names.includes('Google Calendar'), tool, JSON.stringify(names));
  });
}

// Class: a tagger span named by a graph phrase inside it, where the span's other word is an
// acronym: the acronym says which product or body, and a name that drops it says less
test('a graph phrase inside a tagged span names it, unless the name would drop an acronym the span is written with', async () => {
  const engine = testEngine({ tagger: new FakeTagger(['Python programming', 'Microsoft SCCM']) });
  const job = await engine.analyze(`# IT Technician

## Requirements

You will support users with Python programming and Microsoft SCCM across our sites.
`, undefined, { kind: 'job' });
  const named = (text: string) => job.mentions.find((m) => m.text === text)?.name;
  assert.equal(named('Python programming'), 'Python');
  assert.notEqual(named('Microsoft SCCM'), 'Microsoft');
  assert.match(named('Microsoft SCCM') ?? '', /SCCM/);
});

for (const [name, tool, surface, ordinary] of [
  ['Mac', false, 'mace', true],
  ['Mac', false, 'Mac', false],
  ['Ada', false, 'Ada', false],
  ['Docker', true, 'Dockers', true],
  ['Docker', true, "Docker's", false],
  ['nursing', false, 'nurses', false],
  ['Leadership', false, 'leaders', false],
] as const) {
  test(`a word only the folding of endings ties to a product's or a short proper name is an ordinary word; other skills inflect (${surface} for ${name})`, () => {
    assert.equal(isOrdinaryWordFor({ name, tool }, surface), ordinary);
  });
}

for (const [item, word, named] of [
  ['Excel, Word, Outlook, PowerPoint', 'Word', true],
  ['Typing, Word, Excel', 'Word', true],
  ['Word, Spanish, Typing', 'Word', false],
  // joined by "and" after a qualifier: the same two products, not one phrase named after the known one
  ['Proficient in Word and Excel', 'Word', true],
  ['Efficient in Word and Excel, familiar with Google Docs', 'Word', true],
] as const) {
  test(`a suite's product a list names without its vendor is the vendor's product where a sibling is of the same suite (${word} in "${item}")`, () => {
    const doc = parseDocument(`# Clerk\n\n## Requirements\n\n- ${item}\n`, { kind: 'job' });
    labelZonesByHeadings(doc);
    const mention = extractSkills(doc, graph).find((m) => m.text === word);
    assert.equal(mention?.name === 'Microsoft Word', named, JSON.stringify(mention));
  });
}

// one row per way a posting describes the person it wants by a skill they hold: [item, text, skill]
for (const [item, text, id] of [
  ['Excellent communicator', 'communicator', 'test:communication'],
  ['Team player', 'Team player', 'test:teamwork'],
  ['Must be a team player', 'team player', 'test:teamwork'],
  ['Be an effective team worker', 'team worker', 'test:teamwork'],
  ['You are a natural problem-solver', 'natural problem-solver', 'test:problem-solving'],
  ['Strong team players', 'team players', 'test:teamwork'],
] as const) {
  test(`a requirement describing the person by a skill they hold names that skill (${item})`, () => {
    const got = passedOverMentions(`# Support Worker\n\n## Requirements\n\n- ${item}\n`);
    assert.deepEqual(got.map((m) => [m.text, m.id]), [[text, id]]);
  });
}

test('a holder of a skill the tagger reads in prose is named by the holder, not by the words describing the person ("be an effective team worker")', () => {
  const text = '# Support Worker\n\n## Responsibilities\n\nThe work calls for you to be an effective team worker every day.\n';
  const doc = parseDocument(text, { kind: 'job' });
  labelZonesByHeadings(doc);
  const phrase = 'be an effective team worker';
  const tagged = doc.blocks.map((b) => (b.text.includes(phrase) ? [{ start: b.text.indexOf(phrase), end: b.text.indexOf(phrase) + phrase.length, kind: 'skill' as const, score: 0.8 }] : []));
  const got = extractSkills(doc, graph, { tagged, learned: true }).filter((m) => m.source === 'tagger');
  assert.deepEqual(got.map((m) => [m.text, m.id]), [['team worker', 'test:teamwork']]);
});

test('a title an agent noun makes is no holder of a skill ("Team Leader" names no teamwork)', () => {
  assert.deepEqual(graph.skillsForAlias(normalizeTerm('team leader')), []);
  assert.deepEqual(graph.skillsForAlias(normalizeTerm('team player')).map((i) => graph.skills[i].id), ['test:teamwork']);
});

// one row per way a list part opens with its conjunction: [item, texts]
for (const [item, texts] of [
  ['Azure, Copilot, and/or Security', ['Azure', 'Copilot', 'Security']],
  ['9 months of related experience or training', []],
] as const) {
  test(`a list part that opens with its conjunction names what follows it, if anything (${item})`, () => {
    const got = passedOverMentions(`# Instructor\n\n## Requirements\n\n- ${item}\n`);
    assert.deepEqual(got.map((m) => m.text), texts);
  });
}

test('how long is no part of a skill asked as years of work experience ("5+ years clinical nursing experience")', () => {
  const got = passedOverMentions('# Nurse\n\n## Requirements\n\n- 5+ years clinical nursing experience\n');
  assert.deepEqual(got.map((m) => m.text), ['clinical nursing']);
});

// one row per way a person specification's item opens with the verb of having: [item, texts]
for (const [item, texts] of [
  ['Have excellent customer service skills', ['customer service']],
  ['Possess strong project management skills', ['project management']],
  ['You must demonstrate good budgeting skills', ['budgeting']],
  ['Have post-registration experience', []],
] as const) {
  test(`what a person specification's item says the person has is named without the verb of having (${item})`, () => {
    const got = passedOverMentions(`# Staff Nurse\n\n## The Person\n\n- ${item}\n`);
    assert.deepEqual(got.map((m) => m.text), texts);
  });
}
