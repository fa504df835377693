import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../src/engine/document/parse.js';
import { alignListZones, readAssessedCompetencies, readingOf, readStatedNeed } from '../src/engine/document/zones.js';
import { LearnedZoneClassifier, viterbi, type ZoneModelJson } from '../src/engine/models/zone-classifier.js';
import { hashFeatures, isLabelLine } from '../src/engine/models/zone-features.js';
import { JOB_ZONES, RESUME_ZONES } from '../src/engine/document/zones.js';

const zonesByText = (text: string, kind: 'job' | 'resume') =>
  Object.fromEntries(parseDocument(text, { kind }).blocks.filter((b) => b.text.trim()).map((b) => [b.text.trim(), b.zone]));

test('without a zone model, a block takes the zone its heading names', () => {
  const job = zonesByText(['# Cook', '', '## What you will do', '', '- Prep the line', '', '## Requirements', '', '- 2 years on a line', '', '## Perks', '', '- Staff meals'].join('\n'), 'job');
  assert.deepEqual(job, { 'Prep the line': 'responsibilities', '2 years on a line': 'required', 'Staff meals': 'benefits' });
  const resume = zonesByText(['# Ana Ruiz', '', '## Work history', '', '- Line cook, 2019 - 2021', '', '## Education', '', '- Culinary diploma'].join('\n'), 'resume');
  assert.deepEqual(resume, { 'Line cook, 2019 - 2021': 'experience', 'Culinary diploma': 'education' });
});

test('a block is read by its zone where the zone and its heading disagree', () => {
  const doc = parseDocument(['# Nurse', '', '## Requirements', '', '- Registered nurse licence', '- 33 days annual leave'].join('\n'), { kind: 'job' });
  const [licence, leave] = doc.blocks.filter((b) => b.text.trim());
  leave.zone = 'benefits';
  assert.equal(readingOf(doc, licence), 'requiredSkills', 'agreeing zone: the heading\'s finer kind');
  assert.equal(readingOf(doc, leave), 'benefits');
});

test("a posting's list item the zone model sets apart from its list and heading, as asking for nothing or as asking, takes theirs; a preferred item and a split list keep theirs", () => {
  const zonesAfter = (heading: string, zones: string[], kind: 'job' | 'resume' = 'job') => {
    const doc = parseDocument(['# Nurse', '', `## ${heading}`, '', ...zones.map((_, i) => `- Item ${i + 1}`)].join('\n'), { kind });
    const items = doc.blocks.filter((b) => b.type === 'item');
    items.forEach((b, i) => { b.zone = zones[i] as never; });
    alignListZones(doc);
    return items.map((b) => b.zone);
  };
  const rows: Array<[string, string, string[], string[]]> = [
    ['the last requirement read as how to apply (its neighbour a paragraph on checks)', 'Skills & Experience', ['required', 'required', 'required', 'apply'], ['required', 'required', 'required', 'required']],
    ['a duty read as legal text', 'Duties', ['responsibilities', 'legal', 'responsibilities'], ['responsibilities', 'responsibilities', 'responsibilities']],
    ['a benefit read as a requirement', 'Benefits', ['benefits', 'required', 'benefits'], ['benefits', 'benefits', 'benefits']],
    ['a requirement list\'s "a plus" item read as preferred', 'Requirements', ['required', 'preferred', 'required'], ['required', 'preferred', 'required']],
    ['a list the model splits in half', 'Requirements', ['required', 'required', 'benefits', 'benefits'], ['required', 'required', 'benefits', 'benefits']],
    ['a two-item list', 'Requirements', ['required', 'apply'], ['required', 'apply']],
    ['a list under a heading that names no zone', 'Notes', ['benefits', 'benefits', 'required'], ['benefits', 'benefits', 'required']],
  ];
  for (const [name, heading, zones, expected] of rows) assert.deepEqual(zonesAfter(heading, zones), expected, name);
  assert.deepEqual(zonesAfter('Skills', ['skills', 'skills', 'education'], 'resume'), ['skills', 'skills', 'education'], 'resumes: left to readingOf');
});

test('a line a posting reads as preferred that states its own need is required; a wish beside it, or a preferred section, keeps it preferred', () => {
  const zonesAfter = (heading: string, lines: string[]) => {
    const doc = parseDocument(['# Instructor', '', `## ${heading}`, '', ...lines.map((l) => `${l}\n`)].join('\n'), { kind: 'job' });
    const blocks = doc.blocks.filter((b) => lines.includes(b.text));
    for (const b of blocks) b.zone = 'preferred';
    readStatedNeed(doc);
    return blocks.map((b) => b.zone);
  };
  const lines = ['Experience teaching debate required', 'The applicant must be fully vaccinated.', 'Masters Degree Preferred', 'Degree required, MBA preferred', 'Youth work experience'];
  assert.deepEqual(zonesAfter('Requirements & Experience', lines), ['required', 'required', 'preferred', 'preferred', 'preferred']);
  assert.deepEqual(zonesAfter('Preferred Qualifications', lines), ['preferred', 'preferred', 'preferred', 'preferred', 'preferred']);
});

test("a posting's paragraph of how to apply that says what the selection will examine (a test of candidates' knowledge, an interview's emphasis on it) is read as the post's preferred qualifications; other selection text stays", () => {
  const doc = parseDocument(['# Security Aide', '', '## Selection process', '',
    'The examination will consist of an evaluation of training and experience. Candidates may be examined for knowledge of: customer service techniques; and the ability to: prepare written reports.', '',
    'In the interview, the following competencies may be evaluated: Judgment and Decision Making, Initiative, Supervision.', '',
    'Applicants will be assessed on their ability to work with the public.', '',
    'The written test may examine candidates\' knowledge of: pump operations; hydrant maintenance; and the ability to: read maps.', '',
    'In the interview, emphasis will be placed on the candidate\'s training and experience as they prepare them for the duties of the post, including knowledge of: budget preparation; staff scheduling.', '',
    'In the interview, emphasis will be placed on the candidate\'s training and experience.', '',
    'A final average score of 70% is required to be placed on the eligible list.'].join('\n'), { kind: 'job' });
  const blocks = doc.blocks.filter((b) => b.text.trim() && b.type !== 'heading');
  for (const b of blocks) b.zone = 'apply';
  readAssessedCompetencies(doc);
  assert.deepEqual(blocks.map((b) => b.zone), ['preferred', 'preferred', 'preferred', 'preferred', 'preferred', 'apply', 'apply']);
  assert.equal(readingOf(doc, blocks[0]), 'preferredSkills');
});

test("a resume's Skills line the zone model calls schooling is read as skills unless it names a school, a degree or a year", () => {
  const doc = parseDocument(['# Ana Ruiz', '', '## Skills', '', '- Lesson planning', '- Fluent in Spanish', '- Lincoln High School diploma', '- BA English 2012', '- Related course work in Business'].join('\n'), { kind: 'resume' });
  const blocks = doc.blocks.filter((b) => b.text.trim());
  for (const b of blocks) b.zone = 'education';
  assert.deepEqual(blocks.map((b) => readingOf(doc, b)), ['skills', 'skills', 'education', 'education', 'education']);
});

test('label lines: short lines that read as headings, not sentences or list items', () => {
  const block = (text: string, type: 'paragraph' | 'item' = 'paragraph') => ({ text, offsets: [], section: 0, type, zone: 'other' as const, zoneConfidence: 0 });
  for (const heading of ['Benefits', 'WHAT YOU WILL NEED', 'Skills and Experience', 'Duties:', 'To be successful you will need:']) assert.ok(isLabelLine(block(heading)), heading);
  for (const text of ['Managed a team of five.', 'Prepared monthly accounts', 'staff meals']) assert.ok(!isLabelLine(block(text)), text);
  assert.ok(!isLabelLine(block('Benefits', 'item')), 'a list item');
});

test('decoding: transitions keep an unsure block in the zone around it', () => {
  const w = { start: [Math.log(0.5), Math.log(0.5)], transitions: [[Math.log(0.9), Math.log(0.1)], [Math.log(0.1), Math.log(0.9)]], transitionWeight: 1 };
  assert.deepEqual(viterbi([[0.9, 0.1], [0.45, 0.55], [0.9, 0.1]], w), [0, 0, 0]);
  assert.deepEqual(viterbi([[0.9, 0.1], [0.45, 0.55], [0.9, 0.1]], { ...w, transitionWeight: 0 }), [0, 1, 0]);
  assert.deepEqual(viterbi([], w), []);
});

/** A hand-made model: one word per zone, so the test says what the classifier does with weights. */
function tinyModel(): ZoneModelJson {
  const buckets = 1 << 10;
  const kind = (zones: readonly string[], cues: Record<string, string>) => {
    const rows = new Map<number, number[]>();
    for (const [word, zone] of Object.entries(cues)) {
      const [bucket] = hashFeatures([`w:${word}`], buckets);
      const row = rows.get(bucket) ?? new Array<number>(zones.length).fill(0);
      row[zones.indexOf(zone)] += 4;
      rows.set(bucket, row);
    }
    const ids = [...rows.keys()].sort((a, b) => a - b);
    const flat = (n: number, v: number) => Array.from({ length: n }, () => new Array<number>(n).fill(v));
    return { classes: [...zones], buckets: ids, values: ids.flatMap((b) => rows.get(b)!), transitions: flat(zones.length, Math.log(1 / zones.length)), start: new Array<number>(zones.length).fill(0), transitionWeight: 0 };
  };
  return {
    format: 'hrdocs-zone-classifier/1', buckets,
    kinds: { job: kind(JOB_ZONES, { pension: 'benefits', salary: 'benefits', licence: 'required', discriminate: 'legal' }), resume: kind(RESUME_ZONES, { university: 'education' }) },
  };
}

test('the learned zone model labels blocks with no heading by what they say', () => {
  const zoner = LearnedZoneClassifier.fromJson(tinyModel());
  const doc = parseDocument(['A valid nursing licence.', '', 'Generous pension and salary.', '', 'We do not discriminate.'].join('\n'), { kind: 'job' });
  zoner.label(doc);
  assert.deepEqual(doc.blocks.map((b) => b.zone), ['required', 'benefits', 'legal']);
  for (const b of doc.blocks) assert.ok(b.zoneConfidence > 0.5 && b.zoneConfidence <= 1);
  const notes = { ...parseDocument('Notes about a pension plugin.', { kind: 'job' }), kind: 'other' as const };
  zoner.label(notes);
  assert.deepEqual(notes.blocks.map((b) => b.zone), ['other'], 'a document that is neither has no zones to read');
});

test('a zone model naming zones hrdocs does not know is refused', () => {
  const bad = tinyModel();
  bad.kinds.job.classes[0] = 'headline';
  assert.throws(() => LearnedZoneClassifier.fromJson(bad), /headline/);
  assert.throws(() => LearnedZoneClassifier.fromJson({ format: 'x' }), /format/);
});

test('a standard Markdown heading keeps its zone; the same words as a plain label line are the model\'s to read', () => {
  const zoner = LearnedZoneClassifier.fromJson(tinyModel());
  const markdown = parseDocument(['## Requirements', '', 'Generous pension and salary.'].join('\n'), { kind: 'job' });
  zoner.label(markdown);
  assert.equal(markdown.blocks.find((b) => b.text.includes('pension'))?.zone, 'required');
  const pasted = parseDocument(['Requirements', 'Generous pension and salary.'].join('\n'), { kind: 'job' });
  assert.ok(pasted.sections.some((s) => s.labelLine), 'the lone line is read as a label line');
  zoner.label(pasted);
  assert.equal(pasted.blocks.find((b) => b.text.includes('pension'))?.zone, 'benefits');
});

test('plain-text section labels: common headings and lines written as labels, not lines of a skills list', () => {
  const doc = parseDocument(['Skills', 'Verbal communication skills', 'Organization and prioritization skills', 'WORK HISTORY', 'Nurse 2019 - 2021', 'Teaching Experience:', 'Taught grade 5'].join('\n'), { kind: 'resume' });
  assert.deepEqual(doc.sections.filter((s) => s.heading).map((s) => s.heading), ['Skills', 'WORK HISTORY', 'Teaching Experience:']);
});

// Class: texts of one block and no heading (a sentence pasted alone, a one-line ad). Their zone is
// a guess with no context, so it gates nothing; the same sentence inside a posting's company
// blurb asks for no skill.
test('a lone block is not gated by the zone guessed for it; the same text in a posting blurb is', async () => {
  const { testEngine } = await import('./support/engine.js');
  const everyBlockAbout: import('../src/engine/models/tasks.js').ZoneClassifier = {
    name: 'about-everywhere', learned: true,
    label(doc) { for (const b of doc.blocks) { b.zone = b.type === 'heading' ? 'title' : 'about'; b.zoneConfidence = 0.9; } },
  };
  const engine = testEngine({ zoner: everyBlockAbout });
  const sentence = 'Our analysts use Python and SQL every day.';
  const lone = await engine.analyze(sentence, undefined, { kind: 'job' });
  assert.deepEqual(lone.skills.map((s) => s.name).sort(), ['Python', 'SQL']);
  const blurb = await engine.analyze(['# Data Analyst', '', '## About us', '', sentence, '', 'We are a friendly team.'].join('\n'), undefined, { kind: 'job' });
  assert.deepEqual(blurb.skills.map((s) => s.name), []);
});

test('a lone short line is read as prose whatever zone is guessed for it (a title, a skills list); the same line as a posting\'s title is not', async () => {
  const { testEngine } = await import('./support/engine.js');
  const everyBlock = (zone: 'title' | 'required'): import('../src/engine/models/tasks.js').ZoneClassifier => ({
    name: `${zone}-everywhere`, learned: true,
    label(doc) { for (const b of doc.blocks) { b.zone = zone; b.zoneConfidence = 0.9; } },
  });
  const line = 'Experience with Python and SQL';
  for (const zone of ['title', 'required'] as const) {
    const lone = await testEngine({ zoner: everyBlock(zone) }).analyze(line, undefined, { kind: 'job' });
    assert.deepEqual(lone.mentions.map((m) => m.section), lone.mentions.map(() => 'other'), `${zone}: read as prose`);
    assert.deepEqual(lone.skills.map((s) => s.name).sort(), ['Python', 'SQL'], zone);
  }
  const titled = await testEngine({ zoner: everyBlock('title') }).analyze([line, '', 'Join our data team in Leeds.'].join('\n'), undefined, { kind: 'job' });
  assert.deepEqual(titled.mentions.filter((m) => m.range.start.line === 0), [], 'a title line of a longer posting names no skill');
});

test('word clusters: a word the model never weighed is read by the cluster it shares with words it did', () => {
  // the trained model weighed cluster 7 (tips, pension, salary...) toward benefits; "gratuities" is in it
  const model = tinyModel();
  const buckets = model.buckets;
  const [bucket] = hashFeatures(['cl:7'], buckets);
  const job = model.kinds.job;
  const row = new Array<number>(job.classes.length).fill(0);
  row[job.classes.indexOf('benefits')] = 4;
  const at = job.buckets.findIndex((b) => b > bucket);
  const insert = at < 0 ? job.buckets.length : at;
  job.buckets.splice(insert, 0, bucket);
  job.values.splice(insert * job.classes.length, 0, ...row);
  const text = 'Gratuities shared nightly.';
  const read = (json: ZoneModelJson) => { const doc = parseDocument(text, { kind: 'job' }); LearnedZoneClassifier.fromJson(json).label(doc); return doc.blocks[0].zone; };
  assert.equal(read({ ...model, wordClusters: { gratuities: [7] }, clusterKinds: ['job'] }), 'benefits');
  assert.notEqual(read({ ...model, wordClusters: { gratuities: [7] }, clusterKinds: ['resume'] }), 'benefits', 'a kind trained without clusters does not read them');
  assert.notEqual(read(model), 'benefits', 'no clusters, no reading by cluster');
});
