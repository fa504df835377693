// The skill calibrator: a mention's probability of being right, what hints are cut on. A
// hand-set calibrator stands in for the trained one (the model is not the subject here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CALIBRATOR_FEATURES, CALIBRATOR_FORMAT, mentionFeatures, SkillCalibrator, unlikelyKeywordListWord, unlikelyUnknownWord, type CalibratorFeature, type SkillCalibratorJson } from '../src/engine/skills/calibrate.js';
import { WordIdf } from '../src/engine/match/lexical.js';
import type { SkillMention } from '../src/engine/types.js';
import { syntheticGraph } from './support/synthetic-graph.js';
import { testEngine } from './support/engine.js';

const graph = syntheticGraph();
const idf = WordIdf.uniform();

function mention(text: string, over: Partial<SkillMention> = {}): SkillMention {
  return {
    name: text, text, kind: 'skill', id: `new:${text.toLowerCase()}`, confidence: 0.7, section: 'skills', zone: 'skills', source: 'section-item',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } }, ...over,
  };
}

const feature = (m: SkillMention, name: CalibratorFeature) => mentionFeatures(m, 'resume', idf, graph)[CALIBRATOR_FEATURES.indexOf(name)];

/** A calibrator that reads one feature only: probability 0.9 where it is 1, 0.1 where it is 0. */
function oneFeature(name: CalibratorFeature, hint = 0.5): SkillCalibratorJson {
  const weights = CALIBRATOR_FEATURES.map((f) => (f === name ? 2 * Math.log(9) : 0));
  return { format: CALIBRATOR_FORMAT, features: [...CALIBRATOR_FEATURES], weights, bias: -Math.log(9), thresholds: { hint } };
}

test('mention features name the classes of wrong skill users see: a role, a word describing the person, a link sharing no word with its text', () => {
  const rows: Array<[string, SkillMention, CalibratorFeature, number]> = [
    ['a role the graph knows', mention('Staff Nurse'), 'namesOccupation', 1],
    ['the work a role is written as', mention('Nursing'), 'namesOccupation', 0],
    ['a word describing the person', mention('Dedicated'), 'describesPerson', 1],
    ['a skill word', mention('Budgeting'), 'describesPerson', 0],
    ['a link whose name shares no word', mention('bi-monthly', { name: 'business intelligence', id: 'test:bi' }), 'nameTextOverlap', 0],
    ['a link that says the same', mention('Microsoft Excel', { name: 'Excel', id: 'test:excel' }), 'nameTextOverlap', 0.5],
    ['a one-word name of several words written', mention('Data Archiving', { name: 'data', id: 'test:data' }), 'nameShorterThanText', 1],
    ['a duty sentence', mention('maintain calm among colleagues and guests', { source: 'tagger' }), 'fourOrMoreWords', 1],
    ['a worker a role names', mention('Welder'), 'endsAsWorker', 1],
    ['the holder of a skill, read as the skill', mention('communicator', { name: 'communication', id: 'test:communication' }), 'endsAsWorker', 0],
    ['the holder of a skill says what its name says', mention('team player', { name: 'teamwork', id: 'test:teamwork' }), 'nameIsText', 1],
    ['the holder of a skill, unlinked, is its own name', mention('Written and Verbal Communicator'), 'nameIsText', 1],
  ];
  for (const [name, m, f, expected] of rows) assert.equal(feature(m, f), expected, name);
});

test('a calibrator whose features are not the engine\'s is refused, not misread', () => {
  const json = oneFeature('linked');
  assert.throws(() => SkillCalibrator.fromJson({ ...json, features: json.features.slice(1) }), /features/);
  assert.throws(() => SkillCalibrator.fromJson({ ...json, format: 'other/1' as typeof CALIBRATOR_FORMAT }), /format/);
});

test('hints are cut on the probability; a document\'s skill set stays on the extractor\'s score', async () => {
  // the calibrator believes only list items of more than three words
  const engine = testEngine({ calibrator: SkillCalibrator.fromJson(oneFeature('fourOrMoreWords', 0.6)) });
  const text = '# Ana Ruiz\n\n## Skills\n\n- Excel\n- Patient assessment and care planning for adults\n';
  const analysis = await engine.analyze(text, 'file:///resume.md', { kind: 'resume' });
  assert.equal(engine.skillThresholds.hint, 0.6);
  const excel = analysis.mentions.find((m) => m.text === 'Excel');
  assert.ok(excel && excel.probability !== undefined && excel.probability < 0.5, JSON.stringify(excel));
  assert.ok(excel.confidence >= 0.5, 'the extractor\'s score is left as it was');
  assert.ok(analysis.skills.some((s) => s.text === 'Excel'), 'still a skill of the document');
  const hints = engine.lint(analysis).filter((f) => f.rule === 'skill');
  assert.ok(!hints.some((h) => (h.data as { text?: string }).text === 'Excel'), 'no hint under the calibrator\'s threshold');
  // a threshold the user sets wins over the calibrator's
  assert.ok(engine.lint(analysis, { minConfidence: 0 }).some((f) => f.rule === 'skill' && (f.data as { text?: string }).text === 'Excel'));
  // a workspace skill (the person's word) keeps its confidence and gets no probability
  assert.ok(analysis.mentions.filter((m) => m.source === 'workspace').every((m) => m.probability === undefined));
});

test('without a calibrator hints are cut at 0.5 on the extractor\'s score, as before', async () => {
  const engine = testEngine();
  assert.equal(engine.skillThresholds.hint, 0.5);
  const analysis = await engine.analyze('# Ana Ruiz\n\n## Skills\n\n- Excel\n', 'file:///resume.md', { kind: 'resume' });
  assert.ok(analysis.mentions.every((m) => m.probability === undefined));
  assert.ok(engine.lint(analysis).some((f) => f.rule === 'skill'));
});

test('a one-word item no taxonomy names is no skill of its document where the calibrator finds it unlikely; a named one and a longer one stay', async () => {
  const engine = testEngine({ calibrator: SkillCalibrator.fromJson(oneFeature('fourOrMoreWords', 0.6)) });
  const text = '# Ana Ruiz\n\n## Skills\n\n- Excel\n- Approach\n- Menu costing\n';
  const analysis = await engine.analyze(text, 'file:///resume.md', { kind: 'resume' });
  const approach = analysis.mentions.find((m) => m.text === 'Approach');
  assert.ok(approach && approach.id.startsWith('new:') && approach.probability! < 0.3, JSON.stringify(approach));
  assert.deepEqual(analysis.skills.map((s) => s.text), ['Excel', 'Menu costing']);
  assert.ok(unlikelyUnknownWord(approach, 'resume'));
  assert.ok(!unlikelyUnknownWord({ ...approach, source: 'workspace' }, 'resume'), 'a word the user added is theirs');
  assert.ok(!unlikelyUnknownWord(approach, 'job'), 'a posting\'s requirement list names what it asks');
});

// Class: keyword lists that resume builders generate from the text ("balance, banking, basic,
// charts, direction, meetings, progress, tax, vision"): an unlikely one-word item there is no
// skill, linked or not; a short list's items and a keyword list's longer items stay
test('a one-word item of a generated keyword list is no skill where the calibrator finds it unlikely, whatever it links to; a short list and longer items stay', async () => {
  // every mention of fewer than four words reads as unlikely (0.1), a graph skill too
  const engine = testEngine({ calibrator: SkillCalibrator.fromJson(oneFeature('fourOrMoreWords', 0.6)) });
  const words = ['Excel', 'SQL', 'payroll', 'budgeting', 'Python', 'Tableau', 'progress', 'meetings', 'charts', 'direction'];
  const keywords = await engine.analyze(`# Ana Ruiz\n\n## Skills\n\n${[...words, 'Menu costing for large events'].join(', ')}\n`, 'file:///k.md', { kind: 'resume' });
  const excel = keywords.mentions.find((m) => m.text === 'Excel');
  assert.ok(excel && !excel.id.startsWith('new:') && excel.probability! < 0.4, JSON.stringify(excel));
  assert.deepEqual(keywords.skills.map((s) => s.text), ['Menu costing for large events']);
  // the same words as a short list: the graph's skills stay (the unknown ones fall under the floor of unknown words)
  const listed = await engine.analyze(`# Ana Ruiz\n\n## Skills\n\n${words.map((w) => `- ${w}`).join('\n')}\n`, 'file:///l.md', { kind: 'resume' });
  assert.ok(['Excel', 'SQL', 'Python', 'Tableau'].every((w) => listed.skills.some((s) => s.text === w)), JSON.stringify(listed.skills.map((s) => s.text)));
  const commas = (line: string) => line.split(',').length - 1;
  const line = commas(words.join(', ') + ', more');
  assert.ok(unlikelyKeywordListWord(excel, 'resume', line));
  assert.ok(!unlikelyKeywordListWord(excel, 'resume', commas(words.join(', '))), 'ten items are a list, not yet a keyword list');
  assert.ok(!unlikelyKeywordListWord(excel, 'job', line), 'a posting\'s requirement list names what it asks');
  assert.ok(!unlikelyKeywordListWord({ ...excel, probability: 0.45 }, 'resume', line), 'a likely skill stays');
});

// Class: a generated keyword list wrapped over lines ("... composer,\nnext, Camera, Profit, ..."):
// the list is its paragraph, not each line, so the second line's unlikely words are keyword-list words too
test('a keyword list wrapped over lines is one keyword list: its unlikely one-word items are no skills on every line', async () => {
  const engine = testEngine({ calibrator: SkillCalibrator.fromJson(oneFeature('fourOrMoreWords', 0.6)) });
  const first = ['Excel', 'SQL', 'payroll', 'budgeting', 'Python'];
  const second = ['Tableau', 'progress', 'meetings', 'charts', 'direction'];
  const wrapped = await engine.analyze(`# Ana Ruiz\n\n## Skills\n\n${first.join(', ')},\n${[...second, 'Menu costing for large events'].join(', ')}\n`, 'file:///w.md', { kind: 'resume' });
  assert.deepEqual(wrapped.skills.map((s) => s.text), ['Menu costing for large events']);
  // two short lists in paragraphs of their own stay lists
  const apart = await engine.analyze(`# Ana Ruiz\n\n## Skills\n\n${first.join(', ')}\n\n${[...second, 'Menu costing for large events'].join(', ')}\n`, 'file:///a.md', { kind: 'resume' });
  assert.ok(apart.skills.some((s) => s.text === 'Excel'), JSON.stringify(apart.skills.map((s) => s.text)));
});

// Class: a posting with no list of its own, read from its prose: what it calls its skills are the
// mentions likely enough to be its requirements (the calibrated requirement cut), not every phrase
test('a posting with no skills list names as its skills the mentions at the requirement cut or above', async () => {
  // mentions of four or more words read as likely (0.9), shorter ones as unlikely (0.1)
  const engine = testEngine({ calibrator: SkillCalibrator.fromJson({ ...oneFeature('fourOrMoreWords', 0.6), thresholds: { hint: 0.6, requirement: 0.4 } }) });
  const text = '# Payroll Clerk\n\n## Responsibilities\n\n- Payroll\n- Budgeting\n- Reconcile the accounts payable ledger monthly\n';
  const cut = await engine.analyze(text, 'file:///p.md', { kind: 'job' });
  assert.ok(cut.mentions.some((m) => m.probability! < 0.4), JSON.stringify(cut.mentions.map((m) => [m.text, m.probability])));
  assert.ok(cut.skills.every((s) => s.probability! >= 0.4), JSON.stringify(cut.skills.map((s) => [s.text, s.probability])));
  // a resume's prose keeps what it names: its keyword junk is the floors' to cut
  const resume = await engine.analyze(`# Ana Ruiz\n\n## Experience\n\nPayroll Clerk, Acme, 2019-2023\n\n- Handled payroll and budgeting.\n`, 'file:///r.md', { kind: 'resume' });
  assert.ok(resume.skills.some((s) => s.probability! < 0.4), JSON.stringify(resume.skills.map((s) => [s.text, s.probability])));
});

test('a skills list whose every item is no skill does not hide the skills the rest of the resume names', async () => {
  // the calibrator believes only linked mentions: "Approach", an unknown one-word item, is no skill
  const engine = testEngine({ calibrator: SkillCalibrator.fromJson(oneFeature('linked', 0.6)) });
  const text = (list: string) => `# Ana Lee\n\n## Skills\n\n${list}\n\n## Experience\n\nStaff Accountant, Acme, 2016-2023\n\n- Kept the general ledger and ran payroll.\n`;
  const noSkill = await engine.analyze(text('- Approach'), undefined, { kind: 'resume' });
  assert.ok(noSkill.mentions.some((m) => m.text === 'Approach' && m.section === 'skills'), 'the list is read');
  assert.deepEqual(noSkill.skills.map((s) => s.name).sort(), ['general ledger', 'payroll']);
  // a list that holds a skill is taken at its word
  const listing = await engine.analyze(text('- budgeting'), undefined, { kind: 'resume' });
  assert.deepEqual(listing.skills.map((s) => s.name), ['budgeting']);
});

test("a posting's item the calibrator finds unlikely to be a skill is read by the score but not counted as found or missing, never called missing, nor offered as a claim; a calibrator trained without a requirement threshold calls it missing", async () => {
  // the calibrator believes only linked mentions: "Mails out letters", a duty no taxonomy names, is an unlikely skill
  const job = '# Elections Clerk\n\n## Required Skills\n\n- Payroll\n- Mails out letters\n';
  const resumeText = '# Ana Lee\n\n## Skills\n\n- Budgeting\n';
  const withCut = testEngine({ calibrator: SkillCalibrator.fromJson({ ...oneFeature('linked', 0.6), thresholds: { hint: 0.6, requirement: 0.4 } }) });
  const [jobA, resume] = [await withCut.analyze(job, undefined, { kind: 'job' }), await withCut.analyze(resumeText, undefined, { kind: 'resume' })];
  assert.deepEqual(jobA.requiredSkills.map((s) => s.text).sort(), ['Mails out letters', 'Payroll'], 'both are read');
  const m = await withCut.match(resume, jobA);
  assert.deepEqual(m.missingSkills, ['payroll']);
  assert.equal(m.features.missingSkillShare, 1, 'the score reads both as not found');
  assert.match(m.explanation, /0 of 1 required skills found/);
  assert.match(m.explanation, /Likely no skill, so not counted as found or missing \(the score reads them, none named in the resume\): Mails out letters\./);
  assert.doesNotMatch(m.explanation, /✗ Mails out letters/);
  const fixed = await withCut.fix(resume, jobA, m, undefined, { addUnevidenced: true });
  assert.ok(!fixed.edits.some((e) => /Mails out letters/i.test(e.written ?? '')), 'no offer to claim it');
  const before = testEngine({ calibrator: SkillCalibrator.fromJson(oneFeature('linked', 0.6)) });
  const mBefore = await before.match(await before.analyze(resumeText, undefined, { kind: 'resume' }), await before.analyze(job, undefined, { kind: 'job' }));
  assert.deepEqual(mBefore.missingSkills.sort(), ['Mails out letters', 'payroll'].sort());
});
