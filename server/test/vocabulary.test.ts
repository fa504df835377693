// The workspace vocabulary (.hrdocs/skills.txt and not-skills.txt) as an input of the analysis, on
// the synthetic graph with the rule-based models: custom skills are found literally with their
// aliases on word boundaries and count in matching; dismissed phrases leave the analysis, so
// they count neither as a job's requirement nor as a resume's skill.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  EMPTY_VOCABULARY, createVocabulary, findCustomSkills, parseCustomSkills, parseNotSkills,
} from '../src/engine/skills/vocabulary.js';
import { testEngine } from './support/engine.js';

const RESUME = [
  '# Sam Lee', '', '## Skills', '', '- SQL', '- Excel', '- Case-Ware', '', '## Experience', '',
  '**Data Analyst**, Acme, Jan 2020 - Present', '', '- Audited ledgers in CASEWARE every quarter', '',
].join('\n');
const JOB = '# Data Analyst\n\n## Required Skills\n\n- SQL\n- Tableau\n- Experience with Case-Ware\n';

test('skills.txt: a name a line, aliases after a colon, comments and blank lines skipped, a repeated name merged', () => {
  const skills = parseCustomSkills('# our tools\nCase-Ware: CaseWare, Caseware IDEA\n\n  Quokka Studio   # in-house\ncase-ware: CW Audit\nBad:\n: orphan alias\n');
  assert.deepEqual(skills, [
    { name: 'Case-Ware', aliases: ['CaseWare', 'Caseware IDEA', 'CW Audit'] },
    { name: 'Quokka Studio', aliases: [] },
    { name: 'Bad', aliases: [] },
  ]);
  assert.deepEqual(parseNotSkills('Enthusiastic\n#comment\n  Bachelor\'s   Degree  # why\r\n'), ['enthusiastic', "bachelor's degree"]);
  assert.deepEqual(parseCustomSkills('C#: C sharp # a comment after a space\nF#'), [{ name: 'C#', aliases: ['C sharp'] }, { name: 'F#', aliases: [] }], 'a # inside a name is part of it');
});

test('custom skills are found case-insensitively, on word boundaries, the longest spelling at a place', () => {
  const skills = parseCustomSkills('Case-Ware: CaseWare, Caseware IDEA\nC++\n.NET\nGo');
  const found = (text: string) => findCustomSkills(text, skills).map((h) => [text.slice(h.start, h.end), h.skill.name]);
  assert.deepEqual(found('Used caseware idea and CASE-WARE daily'), [['caseware idea', 'Case-Ware'], ['CASE-WARE', 'Case-Ware']]);
  assert.deepEqual(found('showcase-ware, Case-Wares, CaseWareX, Gopher, ago'), [], 'no match inside a longer word');
  assert.deepEqual(found('C++, .NET and Go.'), [['C++', 'C++'], ['.NET', '.NET'], ['Go', 'Go']]);
  assert.deepEqual(found('Case-Ware\nand Caseware\n  IDEA'), [['Case-Ware', 'Case-Ware'], ['Caseware\n  IDEA', 'Case-Ware']], 'any whitespace between words');
});

test('a custom skill is a mention with its own name, confidence 1 and no graph link, in resumes and jobs alike, and the match counts it', async () => {
  const engine = testEngine();
  const vocabulary = createVocabulary({ skills: parseCustomSkills('Case-Ware: CaseWare') });
  const resume = await engine.analyze(RESUME, 'file:///r.md', { kind: 'resume', vocabulary });
  const job = await engine.analyze(JOB, 'file:///j.md', { kind: 'job', vocabulary });
  const inResume = resume.mentions.filter((m) => m.source === 'workspace');
  assert.deepEqual(inResume.map((m) => [m.text, m.name, m.id, m.confidence]), [
    ['Case-Ware', 'Case-Ware', 'workspace:case-ware', 1], ['CASEWARE', 'Case-Ware', 'workspace:case-ware', 1],
  ]);
  assert.ok(!resume.mentions.some((m) => m.source !== 'workspace' && /case/i.test(m.text)), 'the custom skill replaces what it overlaps');
  assert.ok(resume.skills.some((m) => m.name === 'Case-Ware'));
  const required = job.requiredSkills.find((m) => m.name === 'Case-Ware');
  assert.ok(required, JSON.stringify(job.requiredSkills.map((m) => m.name)));
  assert.equal(required.text, 'Case-Ware');
  const m = await engine.match(resume, job);
  const evidence = m.skills.find((s) => s.skill === 'Case-Ware')!;
  assert.equal(evidence.similarity, 1);
  assert.equal(evidence.found?.source, 'workspace');
  assert.ok(m.matchedSkills.includes('Case-Ware') && !m.missingSkills.includes('Case-Ware'));
});

test('a dismissed phrase leaves the mentions, the skills, the job\'s requirements and the match', async () => {
  const engine = testEngine();
  const [resume, job] = [await engine.analyze(RESUME, undefined, { kind: 'resume' }), await engine.analyze(JOB, undefined, { kind: 'job' })];
  const before = await engine.match(resume, job);
  assert.ok(before.missingSkills.includes('Tableau'), JSON.stringify(before.missingSkills));
  assert.ok(resume.skills.some((s) => s.name === 'Excel'));

  const vocabulary = createVocabulary({ notSkills: parseNotSkills('tableau\nEXCEL\n') });
  const [r2, j2] = [await engine.analyze(RESUME, undefined, { kind: 'resume', vocabulary }), await engine.analyze(JOB, undefined, { kind: 'job', vocabulary })];
  assert.ok(!r2.mentions.some((m) => m.name === 'Excel') && !r2.skills.some((m) => m.name === 'Excel'));
  assert.ok(!j2.mentions.some((m) => m.name === 'Tableau') && !j2.requiredSkills.some((m) => m.name === 'Tableau'));
  const after = await engine.match(r2, j2);
  assert.ok(!after.skills.some((s) => s.skill === 'Tableau'), 'no longer a requirement');
  assert.ok(!after.missingSkills.includes('Tableau'));
  assert.ok(after.features.skillCoverage > before.features.skillCoverage, 'a requirement fewer, and it was a missing one');
  assert.notEqual(after.explanation, before.explanation);
  const findings = engine.lint(r2, { target: { uri: 'file:///j.md', title: 'Data Analyst', analysis: j2, match: after } });
  assert.ok(!findings.some((f) => f.message.includes('Tableau') || f.data?.name === 'Excel'), JSON.stringify(findings.map((f) => f.message)));
});

test('a dismissed custom skill is no skill: not-skills.txt wins over skills.txt', async () => {
  const engine = testEngine();
  const vocabulary = createVocabulary({ skills: parseCustomSkills('Case-Ware'), notSkills: ['case-ware'] });
  const a = await engine.analyze(RESUME, undefined, { kind: 'resume', vocabulary });
  assert.ok(!a.mentions.some((m) => /case-?ware/i.test(m.name) || m.source === 'workspace'), JSON.stringify(a.mentions.map((m) => m.name)));
});

test('the vocabulary is part of the analysis cache key: equal content shares the analysis, a change gives a new one', async () => {
  const engine = testEngine();
  const plain = await engine.analyze(JOB, undefined, { kind: 'job' });
  assert.equal(await engine.analyze(JOB, undefined, { kind: 'job', vocabulary: EMPTY_VOCABULARY }), plain, 'an empty vocabulary is no vocabulary');
  const v1 = createVocabulary({ notSkills: ['Tableau'] });
  const dismissed = await engine.analyze(JOB, undefined, { kind: 'job', vocabulary: v1 });
  assert.notEqual(dismissed, plain);
  assert.equal(await engine.analyze(JOB, undefined, { kind: 'job', vocabulary: createVocabulary({ notSkills: ['tableau '] }) }), dismissed, 'same content, same key');
  assert.notEqual(createVocabulary({ notSkills: ['tableau'] }).key, createVocabulary({ notSkills: ['tableau'], skills: [{ name: 'Tableau', aliases: [] }] }).key);
  assert.equal(createVocabulary({}), EMPTY_VOCABULARY);
});
