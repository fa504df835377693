// The engine frame on a synthetic graph with fake models: models are injected, results come
// from one cache per engine, work is cancellable between stages, suppression filters findings
// and never the analysis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CancellationSource, CancelledError } from '../src/engine/cancel.js';
import { StageCache } from '../src/engine/cache.js';
import { FakeTagger, fixedScorer, tableLinker, testEngine } from './support/engine.js';
import type { MatchScorer, SkillLinker } from '../src/engine/models/tasks.js';
import { FEATURE_NAMES, type MatchFeatures } from '../src/engine/match/features.js';
import { SKILLS } from './support/synthetic-graph.js';

const RESUME = [
  '# Sam Lee', '', '## Summary', '', 'Analyst who builds reports with pivot magic.', '',
  '## Skills', '', '- SQL', '- Excel', '', '## Experience', '', '**Data Analyst**, Acme, Jan 2020 - Present', '',
  '- Automated weekly sales reports', '',
].join('\n');
const JOB = '# Data Analyst\n\n## Required Skills\n\n- SQL\n- Tableau\n- Python\n';

test('the injected tagger reads the prose blocks, and an edit re-tags only the changed block', async () => {
  const tagger = new FakeTagger(['pivot magic']);
  const engine = testEngine({ tagger });
  const a = await engine.analyze(RESUME, 'file:///r.md', { kind: 'resume' });
  assert.ok(a.mentions.some((m) => m.text === 'pivot magic' && m.source === 'tagger'), 'the fake tagger span became a mention');
  const tagged = tagger.texts.length;
  await engine.analyze(RESUME.replace('Automated weekly', 'Automated daily'), 'file:///r.md', { kind: 'resume' });
  assert.deepEqual(tagger.texts.slice(tagged), ['Automated daily sales reports']);
});

test('the injected scorer decides the score and the decision', async () => {
  const engine = testEngine({ scorer: fixedScorer(0.42, 0.4) });
  const m = await engine.match(await engine.analyze(RESUME, undefined, { kind: 'resume' }), await engine.analyze(JOB, undefined, { kind: 'job' }));
  assert.equal(m.score, 0.42);
  assert.equal(m.match, true);
  assert.equal(m.threshold, 0.4);
});

test('the linker names an unnamed skill only at or above the link threshold', async () => {
  const tableau = SKILLS.findIndex((s) => s.name === 'Tableau');
  const engine = testEngine({ tagger: new FakeTagger(['pivot magic']), linker: tableLinker({ 'pivot magic': tableau }) });
  const a = await engine.analyze(RESUME, undefined, { kind: 'resume' });
  const m = a.mentions.find((x) => x.text === 'pivot magic')!;
  assert.equal(m.name, 'Tableau');
  const strict = testEngine({ tagger: new FakeTagger(['pivot magic']), linker: tableLinker({ 'pivot magic': tableau }), thresholds: { link: 0.995, kindOverride: 0.9 } });
  const b = await strict.analyze(RESUME, undefined, { kind: 'resume' });
  assert.ok(b.mentions.find((x) => x.text === 'pivot magic')!.id.startsWith('new:'));
});

// Class: a mention holding a word the linker cannot read (a product or scheme name outside its
// vocabulary: "ServSafe certified", "Twic Certified") is linked on its other words alone, so it
// takes no name that lacks that word
test('a word the linker cannot read keeps a mention from a name without that word', async () => {
  const microsoft = SKILLS.findIndex((s) => s.name === 'Microsoft');
  const excel = SKILLS.findIndex((s) => s.name === 'Excel');
  const vocabulary = new Set(['certified', 'excel', 'pivot', 'tables', 'skills']);
  const readingLinker: SkillLinker = {
    ...tableLinker({ 'ServSafe certified': microsoft, 'certified skills': microsoft, 'Excell pivot tables': excel, 'Excel pivot tables': excel }),
    unreadWords: (text) => text.toLowerCase().split(/\s+/).filter((w) => w && !vocabulary.has(w)),
  };
  const spans = ['ServSafe certified', 'certified skills', 'Excell pivot tables', 'Excel pivot tables'];
  const engine = testEngine({ tagger: new FakeTagger(spans), linker: readingLinker });
  const a = await engine.analyze(`# Sam Lee\n\n## Summary\n\n${spans.join('; ')}.\n`, undefined, { kind: 'resume' });
  const named = Object.fromEntries(a.mentions.map((m) => [m.text, m.name]));
  const rows: Array<[string, string, string]> = [
    ['an unread name the link drops', 'ServSafe certified', 'ServSafe certified'],
    ['every word read', 'certified skills', 'Microsoft'],
    ['a misspelling the link drops', 'Excell pivot tables', 'Excell pivot tables'],
    ['the unread word held by the name', 'Excel pivot tables', 'Excel'],
  ];
  for (const [name, text, expected] of rows) assert.equal(named[text]?.toLowerCase(), expected.toLowerCase(), `${name}: ${JSON.stringify(named)}`);
});

test('a cancelled analysis rejects with CancelledError and is not cached', async () => {
  const source = new CancellationSource();
  const tagger = new FakeTagger([]);
  const slow = { ...tagger, name: 'slow', learned: true, tag: async (texts: string[]) => { source.cancel(); return texts.map(() => []); } };
  const engine = testEngine({ tagger: slow });
  await assert.rejects(engine.analyze(RESUME, undefined, { kind: 'resume', token: source.token }), CancelledError);
  const done = await engine.analyze(RESUME, undefined, { kind: 'resume' });
  assert.equal(done.doc.kind, 'resume');
});

test('a token cancelled before the call stops the work at once', async () => {
  const source = new CancellationSource();
  source.cancel();
  const tagger = new FakeTagger([]);
  const engine = testEngine({ tagger });
  await assert.rejects(engine.analyze(RESUME, undefined, { token: source.token }), CancelledError);
  assert.equal(tagger.calls, 0);
  const analysis = await engine.analyze(RESUME);
  assert.throws(() => engine.lint(analysis, { token: source.token }), CancelledError);
});

test('suppressing a missing skill removes the finding, never the score', async () => {
  const engine = testEngine();
  const job = await engine.analyze(JOB, undefined, { kind: 'job' });
  const target = async (text: string) => {
    const analysis = await engine.analyze(text, undefined, { kind: 'resume' });
    const match = await engine.match(analysis, job);
    return { analysis, match, findings: engine.lint(analysis, { target: { uri: 'job', title: 'Data Analyst', analysis: job, match } }) };
  };
  const plain = await target(RESUME);
  const quiet = await target(RESUME.replace('## Skills', '<!-- hrdocs-disable-next-line missing-skill -->\n## Skills'));
  assert.ok(plain.findings.some((f) => f.rule === 'missing-skill'));
  assert.ok(!quiet.findings.some((f) => f.rule === 'missing-skill'));
  assert.ok(quiet.findings.some((f) => f.rule === 'skill'), 'other rules still report on that line');
  assert.equal(quiet.match.score, plain.match.score);
  assert.deepEqual(quiet.match.missingSkills, plain.match.missingSkills);
});

test('rule severities: a rule turned off, another raised, the default for the rest', async () => {
  const engine = testEngine();
  const analysis = await engine.analyze(RESUME.replace('- Automated weekly sales reports', '- Responsible for weekly sales reports'), undefined, { kind: 'resume' });
  const all = engine.lint(analysis);
  assert.ok(all.some((f) => f.rule === 'weak-bullet' && f.severity === 'hint'));
  const raised = engine.lint(analysis, { severities: { 'weak-bullet': 'warning', skill: 'off' } });
  assert.ok(raised.every((f) => f.rule !== 'skill'));
  assert.equal(raised.find((f) => f.rule === 'weak-bullet')?.severity, 'warning');
  const onlyWeak = engine.lint(analysis, { severities: { default: 'off', 'weak-bullet': 'error' } });
  assert.deepEqual(onlyWeak.map((f) => `${f.rule}:${f.severity}`), ['weak-bullet:error']);
});

test('each engine owns its cache: two engines share nothing', async () => {
  const one = testEngine();
  const two = testEngine();
  await one.analyze(RESUME);
  assert.ok((one.cacheSizes().analysis ?? 0) >= 1);
  assert.equal(two.cacheSizes().analysis ?? 0, 0);
});

test('the stage cache is bounded per stage and evicts the least recently used', () => {
  const cache = new StageCache({ parse: 2 });
  cache.set('parse', 'a', 1);
  cache.set('parse', 'b', 2);
  cache.get('parse', 'a');
  cache.set('parse', 'c', 3);
  assert.equal(cache.get('parse', 'b'), undefined);
  assert.equal(cache.get('parse', 'a'), 1);
  assert.equal(cache.sizes().parse, 2);
});

test('the rule list names every rule with its default severity and one line of docs', () => {
  const engine = testEngine();
  assert.deepEqual(engine.rules.map((r) => r.id), ['skill', 'missing-skill', 'unlisted-skill', 'experience-short', 'experience-missing', 'weak-bullet', 'language']);
  for (const r of engine.rules) assert.ok(r.docs.length > 20 && ['hint', 'info', 'warning', 'error'].includes(r.defaultSeverity));
});

test('findings are capped per document, the most severe kept, with one summary of the rest', async () => {
  const engine = testEngine();
  const bullets = Array.from({ length: 1200 }, (_, i) => `- Responsible for task ${i}`).join('\n');
  const analysis = await engine.analyze(`# Sam Lee\n\n## Experience\n\n**Cook**, Grill, 2020 - 2023\n\n${bullets}\n`, undefined, { kind: 'resume' });
  const findings = engine.lint(analysis);
  assert.equal(findings.length, 1001);
  assert.equal(findings[0].rule, 'findings-capped');
  assert.match(findings[0].message, /^200 more findings are not shown/);
});

test('a deadline cancels a long analysis and says it expired', async () => {
  const { withDeadline } = await import('../src/engine/cancel.js');
  const engine = testEngine();
  const token = withDeadline(0);
  await new Promise((r) => setTimeout(r, 2));
  await assert.rejects(engine.analyze('# Sam\n\n## Skills\n\n- SQL\n', undefined, { token }), CancelledError);
  assert.equal(token.expired, true);
});

test('the document classifier decides the kind unless the caller or the front matter did', async () => {
  const says = (kind: 'resume' | 'job' | 'other') => ({ name: 'fake-kind', learned: true, classify: () => ({ kind, confidence: 0.9 }) });
  const other = testEngine({ classifier: says('other') });
  const readme = await other.analyze('# Tool\n\n## Requirements\n\n- Node 20\n- Python\n');
  assert.equal(readme.doc.kind, 'other');
  assert.equal(readme.doc.kindReason, 'classifier');
  assert.deepEqual([readme.mentions.length, other.lint(readme).length], [0, 0], 'no findings for a document that is neither');
  const forced = await other.analyze('# Tool\n\n## Skills\n\n- Python\n', undefined, { kind: 'resume' });
  assert.equal(forced.doc.kind, 'resume');
  const front = await other.analyze('---\nhrdocs: resume\n---\n# Sam\n\n## Skills\n\n- Python\n');
  assert.equal(front.doc.kind, 'resume');
  const job = await testEngine({ classifier: says('job') }).analyze(RESUME);
  assert.deepEqual([job.doc.kind, job.doc.kindReason], ['job', 'classifier']);
  assert.ok(job.doc.sections.some((s) => s.kind === 'requiredSkills' || s.kind === 'skills'), 'sections read for the kind decided');
});

test('an analysis shared by two callers is not cancelled for the one whose token is live', async () => {
  const first = new CancellationSource();
  const tagger = { name: 'slow', learned: true, calls: 0, async tag(texts: string[]) { this.calls++; await new Promise((r) => setTimeout(r, 5)); return texts.map(() => []); } };
  const engine = testEngine({ tagger });
  const a = engine.analyze(RESUME, undefined, { kind: 'resume', token: first.token });
  const b = engine.analyze(RESUME, undefined, { kind: 'resume', token: new CancellationSource().token });
  first.cancel();
  await assert.rejects(a, CancelledError);
  const done = await b;
  assert.equal(done.doc.kind, 'resume');
});

test('a skill span across inline markup is not reported: every range reads as its text', async () => {
  const engine = testEngine();
  const text = '# Sam\n\n## Summary\n\nI build dashboards in Tab<span>leau</span> and write SQL and **Python** daily.\n';
  const a = await engine.analyze(text, undefined, { kind: 'resume' });
  for (const m of a.mentions) {
    const lines = text.split('\n');
    assert.equal(lines[m.range.start.line].slice(m.range.start.character, m.range.end.character), m.text);
  }
  assert.deepEqual(a.mentions.map((m) => m.name).sort(), ['Python', 'SQL']);
});

test("the engine's default file-name patterns are the settings' defaults", async () => {
  const { DEFAULT_SETTINGS } = await import('hrdocs-protocol');
  const { DEFAULT_DOCUMENT_PATTERNS } = await import('../src/engine/document/patterns.js');
  assert.deepEqual(DEFAULT_DOCUMENT_PATTERNS, DEFAULT_SETTINGS.documentPatterns);
});

test('a required skill found only in a sentence of the resume is cited with its line, never as bare "mentioned"', async () => {
  const engine = testEngine({ scorer: fixedScorer(0.5, 0.5) });
  const resume = ['# Sam Lee', '', '## Experience', '', '**Data Analyst**, Acme, Jan 2020 - Present', '', 'Built dashboards for the sales team.', 'Maintained the quarterly forecast model in the warehouse.', ''].join('\n');
  const job = '# Data Analyst\n\n## Required Skills\n\n- Quarterly forecast model\n';
  const m = await engine.match(await engine.analyze(resume, undefined, { kind: 'resume' }), await engine.analyze(job, undefined, { kind: 'job' }));
  const evidence = m.skills.find((s) => /forecast/i.test(s.skill));
  assert.ok(evidence && evidence.similarity > 0, 'found in the text');
  assert.equal(evidence.found, undefined, 'no extracted mention: the words are in a sentence');
  assert.equal(evidence.foundInText?.range.start.line, 7, 'the line that holds the words');
  assert.match(m.explanation, /forecast model in the warehouse.*\(line 8\)/);
  assert.doesNotMatch(m.explanation, /mentioned in the resume's text/);
});

test('a required skill whose words are scattered over a keyword list or over sentences is not shown in the text; one sentence or list item holding them is', async () => {
  const engine = testEngine({ scorer: fixedScorer(0.5, 0.5) });
  const job = await engine.analyze('# HR Manager\n\n## Required Skills\n\n- HR systems and processes\n', undefined, { kind: 'job' });
  const credited = async (body: string) => {
    const resume = await engine.analyze(['# Sam Lee', '', '## Experience', '', '**HR Officer**, Acme, Jan 2020 - Present', '', body, ''].join('\n'), undefined, { kind: 'resume' });
    const e = (await engine.match(resume, job)).skills.find((s) => /HR systems/i.test(s.skill));
    return !!e?.foundInText;
  };
  const rows: Array<[string, string, boolean]> = [
    ['scattered over a keyword list', 'payroll, HR, insurance, meetings, access, Information Systems, office, policies, processes, reception', false],
    ['scattered over sentences', 'Ran the HR office for 40 staff. Kept the payroll systems tidy. Improved the filing processes.', false],
    ['held by one sentence', 'Rebuilt the HR systems and approval processes for 40 staff.', true],
    ['held by one list item', 'payroll, insurance, meetings, HR systems and processes, office, reception', true],
  ];
  for (const [name, body, found] of rows) assert.equal(await credited(body), found, name);
});

test('a skill shown by part of its words shows its most specific one: "finance reports" do not show "Campaign finance reports"', async () => {
  const { WordIdf, hashWord } = await import('../src/engine/match/lexical.js');
  const { contentWords } = await import('../src/engine/match/similarity.js');
  const key = (w: string) => [...contentWords(w)][0];
  // postings use "finance" and "reports" often, "campaign" rarely
  const words = WordIdf.fromJson({ documents: 1000, minDf: 1, df: { [hashWord(key('finance'))]: 400, [hashWord(key('reports'))]: 600, [hashWord(key('campaign'))]: 5 } });
  const credited = async (engine: ReturnType<typeof testEngine>, body: string) => {
    const job = await engine.analyze('# Elections Manager\n\n## Required Skills\n\n- Campaign finance reports\n', undefined, { kind: 'job' });
    const resume = await engine.analyze(['# Sam Lee', '', '## Experience', '', '**Collections Officer**, Acme, Jan 2020 - Present', '', body, ''].join('\n'), undefined, { kind: 'resume' });
    return ((await engine.match(resume, job)).skills.find((s) => /campaign/i.test(s.skill))?.similarity ?? 0) > 0;
  };
  const engine = testEngine({ scorer: fixedScorer(0.5, 0.5), words });
  assert.equal(await credited(engine, 'Prepared monthly finance reports for the debt-collection unit.'), false, 'the common words alone');
  assert.equal(await credited(engine, 'Filed campaign finance reports for three candidates.'), true, 'the specific word with them');
  // without a learned word table every word weighs alike, and most of the words show the skill
  assert.equal(await credited(testEngine({ scorer: fixedScorer(0.5, 0.5) }), 'Prepared monthly finance reports for the debt-collection unit.'), true);
});

test('a long resume line cited for a skill shows the words it is cited for, not only its opening', async () => {
  const engine = testEngine({ scorer: fixedScorer(0.5, 0.5) });
  const long = 'Taught fourth grade language arts to thirty pupils in a bilingual classroom, planned units with the team and kept the quarterly forecast model for the book fund.';
  const resume = ['# Sam Lee', '', '## Experience', '', '**Teacher**, Acme School, Jan 2020 - Present', '', long, ''].join('\n');
  const job = '# Teacher\n\n## Required Skills\n\n- Quarterly forecast model\n';
  const m = await engine.match(await engine.analyze(resume, undefined, { kind: 'resume' }), await engine.analyze(job, undefined, { kind: 'job' }));
  const evidence = m.skills.find((s) => /forecast/i.test(s.skill));
  assert.ok(evidence?.foundInText, 'found in the text');
  assert.match(evidence.foundInText.text, /^\.\.\..*quarterly forecast model/);
  assert.ok(evidence.foundInText.text.length <= 80, evidence.foundInText.text);
  // the shortest lines are cited whole
  const { citedWindow } = await import('../src/engine/match/match.js');
  const { contentWords } = await import('../src/engine/match/similarity.js');
  assert.equal(citedWindow('Kept the forecast model.', contentWords('forecast model')), 'Kept the forecast model.');
});

test("a resume's certifications join its skills list beside its Skills section (its credentials)", async () => {
  const engine = testEngine();
  const resume = await engine.analyze('# Ana Lee\n\n## Skills\n\n- patient assessment\n\n## Certifications\n\n- ACLS\n- BLS\n\n## Experience\n\nStaff Nurse, Mercy Hospital, 2019-2023\n', undefined, { kind: 'resume' });
  assert.deepEqual(resume.skills.map((s) => s.name).sort(), ['Advanced Cardiac Life Support', 'Basic Life Support', 'patient assessment']);
});

/** A linker whose phrase vectors call the given (wanted, held) pairs the same skill, as a real encoder sometimes does. */
function paraphraseLinker(pairs: Array<[string, string]>): SkillLinker {
  const same = new Set(pairs.map(([w, h]) => `${w.toLowerCase()}|${h.toLowerCase()}`));
  return { ...tableLinker({}), async sameSkill(wanted, held) { return wanted.map((w) => held.map((h) => (same.has(`${w.toLowerCase()}|${h.toLowerCase()}`) ? 0.95 : 0))); } };
}

test('a named product paraphrases a competence only where they share a word or the competence names a kind of software', async () => {
  const engine = testEngine({ linker: paraphraseLinker([['Positive attitude', 'Tableau'], ['Dashboard software', 'Tableau'], ['Tableau reporting', 'Tableau']]) });
  const resume = await engine.analyze('# Sam Lee\n\n## Skills\n\n- Tableau\n', undefined, { kind: 'resume' });
  const job = await engine.analyze('# Analyst\n\n## Required Skills\n\n- Positive attitude\n- Dashboard software\n- Tableau reporting\n', undefined, { kind: 'job' });
  const m = await engine.match(resume, job);
  const found = Object.fromEntries(m.skills.map((s) => [s.required.text, s.found?.text]));
  assert.equal(found['Positive attitude'], undefined, 'a tool is no paraphrase of an attitude');
  assert.equal(found['Dashboard software'], 'Tableau');
  assert.equal(found['Tableau reporting'], 'Tableau');
});

test('two skills the graph names apart are never paraphrases of each other, however alike the linker finds them', async () => {
  const engine = testEngine({ linker: paraphraseLinker([['payroll', 'general ledger'], ['payroll', 'General ledger']]) });
  const resume = await engine.analyze('# Sam Lee\n\n## Skills\n\n- General ledger\n', undefined, { kind: 'resume' });
  const job = await engine.analyze('# Accountant\n\n## Required Skills\n\n- Payroll\n', undefined, { kind: 'job' });
  const m = await engine.match(resume, job);
  assert.equal(m.skills[0].found, undefined);
  assert.deepEqual(m.missingSkills, ['payroll']);
});

test('wording judged alike is credit named as similar wording: not a found skill, and no fix on its strength', async () => {
  const engine = testEngine({ linker: paraphraseLinker([['Physical stamina', 'Endurance for twelve-hour shifts']]), tagger: new FakeTagger(['Endurance for twelve-hour shifts']) });
  const resumeText = '# Sam Lee\n\n## Skills\n\n- Inventory counts\n\n## Experience\n\nWarehouse Associate, Acme Stores, 2019-2023\n\n- Endurance for twelve-hour shifts on the loading dock.\n';
  const resume = await engine.analyze(resumeText, undefined, { kind: 'resume' });
  const job = await engine.analyze('# Warehouse Associate\n\n## Required Skills\n\n- Physical stamina\n', undefined, { kind: 'job' });
  const m = await engine.match(resume, job);
  const evidence = m.skills.find((s) => s.required.text === 'Physical stamina');
  assert.ok(evidence && evidence.similarity > 0 && evidence.similarWording, 'credited as similar wording');
  assert.deepEqual(m.matchedSkills, [], 'not counted as a skill the resume names');
  assert.deepEqual(m.missingSkills, []);
  assert.match(m.explanation, /0 of 1 required skills found; 1 not named but credited in part for related wording/);
  assert.match(m.explanation, /≈ Physical stamina: not named; related wording "Endurance for twelve-hour shifts" \(line 11\)/);
  assert.doesNotMatch(m.explanation, /✓ Physical stamina/);
  // the summary of what moves the score says the same: credit for related wording, no skill found
  // (a scorer with a typical pair, so the summary is written, whose skills factor reads coverage)
  const reference = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as MatchFeatures;
  const scorer: MatchScorer = { name: 'model', threshold: 0.5, reference, async score(f) { return Math.max(0, Math.min(1, 0.2 + 0.6 * f.skillCoverage)); } };
  const judged = testEngine({ linker: paraphraseLinker([['Physical stamina', 'Endurance for twelve-hour shifts']]), tagger: new FakeTagger(['Endurance for twelve-hour shifts']), scorer });
  const credited = await judged.match(await judged.analyze(resumeText, undefined, { kind: 'resume' }), await judged.analyze('# Warehouse Associate\n\n## Required Skills\n\n- Physical stamina\n', undefined, { kind: 'job' }));
  assert.match(credited.explanation, /\*\*What moves it most:\*\* related wording for the required skills \(\+\d+ points\)/);
  assert.doesNotMatch(credited.explanation, /required skills found \(\+/);
  const fixed = await engine.fix(resume, job);
  assert.ok(!fixed.edits.some((e) => e.preferred), 'fix-all adds nothing on similar wording');
});

test('the explanation says what it knows: a required skill no words name is not named in the resume, and both titles\' occupations are named', async () => {
  const engine = testEngine();
  const resume = await engine.analyze('# Sam Lee\n\n## Skills\n\n- General ledger\n\n## Experience\n\nStaff Accountant, Acme, 2019-2023\n', undefined, { kind: 'resume' });
  const job = await engine.analyze('# Accountant\n\n## Required Skills\n\n- Payroll\n- General ledger\n', undefined, { kind: 'job' });
  const m = await engine.match(resume, job);
  assert.match(m.explanation, /✗ payroll: not named in the resume/i);
  assert.doesNotMatch(m.explanation, /: missing/);
  assert.deepEqual(m.occupations, { job: 'accountant', resume: 'accountant' });
  assert.match(m.explanation, /\*\*Occupation:\*\* the job's title reads as \*accountant\*, the resume's role titles as the same\./);
  const nurse = await engine.analyze('# Ana Lee\n\n## Skills\n\n- Patient assessment\n\n## Experience\n\nStaff Nurse, Mercy Hospital, 2019-2023\n', undefined, { kind: 'resume' });
  const other = await engine.match(nurse, job);
  assert.match(other.explanation, /the job's title reads as \*accountant\*, the resume's role titles as \*registered nurse\*\./);
});

test('a tagger span that runs across semicolons is one mention per clause, each opened after its joining word', async () => {
  const job = '# Records Supervisor\n\n## Duties\n\nThe supervisor prepares weekly audit reports; trains new clerks; and schedules filing crews across the office.\n';
  const engine = testEngine({ tagger: new FakeTagger(['prepares weekly audit reports; trains new clerks; and schedules filing crews']) });
  const a = await engine.analyze(job, undefined, { kind: 'job' });
  const tagged = a.mentions.filter((m) => m.source === 'tagger').map((m) => m.text);
  assert.deepEqual(tagged, ['prepares weekly audit reports', 'trains new clerks', 'schedules filing crews']);
});
