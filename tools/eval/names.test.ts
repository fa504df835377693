// Skill-name equivalence of docs/EVALUATION.md, pinned case by case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  content, equivalent, jaccard, nameSimilarity, norm, pairNames, PRF, prf, stem, subtractNames,
  titleJaccard, uniqueNames,
} from './names.js';
import {
  applyEdits, dateTokens, goldExperienceClass, jobTitleOf, parseRjdb, rocAuc, toolExperienceClass,
} from './rjdb.js';
import type { MatchResult } from '../../server/src/engine/types.js';

test('norm: lowercase, & -> and, non [a-z0-9+#] runs -> one space, trim', () => {
  assert.equal(norm('Problem-Solving Skills'), 'problem solving');
  assert.equal(norm('  Research & Development  '), 'research and development');
  assert.equal(norm('C++ / C#'), 'c++ c#');
  assert.equal(norm('Node.js'), 'node js');
  assert.equal(norm('R&D'), 'randd');
  assert.equal(norm('Time---management!!'), 'time management');
  assert.equal(norm('Café'), 'caf');
});

test('norm: drops exactly one trailing skills/skill/abilities word', () => {
  assert.equal(norm('Communication Skills'), 'communication');
  assert.equal(norm('Leadership skill'), 'leadership');
  assert.equal(norm('Analytical Abilities'), 'analytical');
  assert.equal(norm('Skills skills'), 'skills');
  assert.equal(norm('Skills in Python'), 'skills in python');
  assert.equal(norm('Ability'), 'ability');
  assert.equal(norm('Skills'), '');
});

test('stem: one suffix, only when at least 3 letters remain', () => {
  assert.equal(stem('testing'), 'test');
  assert.equal(stem('communication'), 'communicat');
  assert.equal(stem('solutions'), 'solut');
  assert.equal(stem('classes'), 'class');
  assert.equal(stem('skills'), 'skill');
  assert.equal(stem('managed'), 'manag');
  assert.equal(stem('analytical'), 'analytic');
  assert.equal(stem('management'), 'manage');
  assert.equal(stem('uses'), 'use'); // 'es' would leave 2 letters, 's' leaves 3
  assert.equal(stem('sing'), 'sing'); // 'ing' would leave 1
  assert.equal(stem('bus'), 'bus');
  assert.equal(stem('ions'), 'ion'); // 'ions' would leave nothing, 's' leaves 3
  assert.equal(stem('python'), 'python');
});

test('content: stems of norm words, less stop words', () => {
  assert.deepEqual([...content('Knowledge of the Design Trends')].sort(), ['design', 'knowledge', 'trend']);
  assert.deepEqual([...content('Ability to take criticism')].sort(), ['ability', 'criticism', 'take']);
  assert.deepEqual([...content('Problem-Solving Skills')].sort(), ['problem', 'solv']);
  assert.deepEqual([...content('and of the to in a for with')], []);
});

test('jaccard', () => {
  assert.equal(jaccard(new Set(['a', 'b']), new Set(['b', 'c'])), 1 / 3);
  assert.equal(jaccard(new Set(), new Set()), 0);
  assert.equal(jaccard(new Set(['x']), new Set(['x'])), 1);
});

test('equivalence: norm equality or content Jaccard >= 0.5', () => {
  assert.ok(equivalent('Communication', 'Communication Skills'));
  assert.ok(equivalent('problem solving', 'Problem-Solving Skills'));
  assert.ok(equivalent('Testing', 'Test'));
  assert.ok(equivalent('Knowledge of graphic design', 'Graphic Design'));
  assert.ok(equivalent('Data analysis', 'Analysis')); // {data, analysis} vs {analysis} = 0.5
  assert.ok(!equivalent('Data visualization tools', 'Data')); // 1/3
  assert.ok(!equivalent('Java', 'JavaScript'));
  assert.ok(!equivalent('C++', 'C#'));
  assert.equal(nameSimilarity('Communication', 'Communication Skills'), 1);
  assert.equal(nameSimilarity('Web development', 'Web'), 0.5);
});

test('pairing is one to one, greedy, best Jaccard first', () => {
  // 'project' (Jaccard 0.5 with 'Project management') must not steal the exact pair
  const r = pairNames(['Project', 'Project Management'], ['Project management']);
  assert.equal(r.pairs.length, 1);
  assert.deepEqual(r.pairs[0], { pred: 1, gold: 0, similarity: 1 });
  assert.deepEqual(r.unpairedPred, [0]);
  assert.deepEqual(r.unpairedGold, []);

  // two predictions, two golds: greedy by similarity gives both pairs
  const r2 = pairNames(['Web', 'Web development'], ['Web Development', 'Web']);
  assert.equal(r2.pairs.length, 2);
  assert.deepEqual(r2.pairs.map((p) => [p.pred, p.gold]).sort(), [[0, 1], [1, 0]]);

  // a gold name is used once
  const r3 = pairNames(['Python', 'python'], ['Python']);
  assert.equal(r3.pairs.length, 1);
  assert.deepEqual(r3.unpairedPred, [1]);
});

test('pairing: the surface text counts when the canonical name does not', () => {
  const r = pairNames([{ name: 'information technology', text: 'computers' }], ['Computer']);
  assert.equal(r.pairs.length, 1);
  const r2 = pairNames([{ name: 'use a computer', text: 'operate computers' }], ['Release']);
  assert.equal(r2.pairs.length, 0);
  const r3 = pairNames([{ name: 'software development', text: 'develop, use, and manage software' }], ['Developer']);
  assert.equal(r3.pairs.length, 0); // 'develop' != 'developer' after stem: no pair
});

test('micro P/R/F1 accumulates over documents', () => {
  const c = new PRF();
  c.add(['Python', 'SQL', 'Excel'], ['Python', 'SQL']); // tp 2, pred 3, gold 2
  c.add(['Nursing'], ['Patient care', 'Nursing']); // tp 1, pred 1, gold 2
  assert.equal(c.tp, 3);
  assert.equal(c.precision, 3 / 4);
  assert.equal(c.recall, 3 / 4);
  assert.equal(c.f1, 3 / 4);
  const empty = new PRF();
  assert.equal(empty.f1, 0);
  assert.deepEqual(prf([], []), { precision: 1, recall: 1, f1: 1 });
  assert.equal(prf(['a b'], ['x']).f1, 0);
});

test('title Jaccard after norm', () => {
  assert.equal(titleJaccard('Senior Software Engineer', 'Software Engineer'), 2 / 3);
  assert.equal(titleJaccard('Bus drivers - transit and intercity', 'Bus Drivers, Transit & Intercity'), 1);
  assert.equal(titleJaccard('Nurse', 'Registered Nurse'), 0.5);
});

test('gold helpers: S minus F.Skills, unique names', () => {
  assert.deepEqual(subtractNames(['Computer', 'Release', 'Web'], ['release']), ['Computer', 'Web']);
  assert.deepEqual(uniqueNames(['Python', 'python', 'SQL skills', 'SQL']), ['Python', 'SQL skills']);
});

// ---- the RJDB evaluator's helpers (server/src/engine/eval/rjdb.ts) ----------------------------

test('rjdb: gold experience class from F.Experience', () => {
  assert.equal(goldExperienceClass('without including "Senior Radar Signal Processing Engineers (2018 - 2019)"'), 'dropped');
  assert.equal(goldExperienceClass('instead of "Senior Agile Coach (2013 - 2017)" use "Senior Agile Coach (2013 - 2016)"'), 'shortened');
  assert.equal(goldExperienceClass('the same job experience as before'), 'same');
  assert.equal(goldExperienceClass('something else'), undefined);
});

test('rjdb: gold job title from the JD', () => {
  assert.equal(jobTitleOf('\n\n## Job Title\nSenior Radar Signal Processing Engineers\n\n## Job Summary\nx'), 'Senior Radar Signal Processing Engineers');
  assert.equal(jobTitleOf('\n\nJob title\nMechanical Door Repairer\n\nJob Summary\nWe are'), 'Mechanical Door Repairer');
  assert.equal(jobTitleOf('## Job Title: .NET Lead\n\n## Job Summary'), '.NET Lead');
  assert.equal(jobTitleOf('Job Title:\n\nData Analyst\n'), 'Data Analyst');
  assert.equal(jobTitleOf('\n# Welder\n\nWe need a welder.'), 'Welder');
});

test('rjdb: LSP text edits applied in order, CRLF-aware', () => {
  const text = 'a\nbc\r\nd';
  const at = (line: number, character: number) => ({ line, character });
  assert.equal(applyEdits(text, [{ range: { start: at(1, 2), end: at(1, 2) }, newText: '!' }]), 'a\nbc!\r\nd');
  assert.equal(applyEdits(text, [
    { range: { start: at(2, 1), end: at(2, 1) }, newText: 'X' },
    { range: { start: at(2, 1), end: at(2, 1) }, newText: 'Y' },
    { range: { start: at(0, 0), end: at(1, 1) }, newText: '' },
  ]), 'c\r\ndXY');
  // a character past the end of a line clamps to the line's end
  assert.equal(applyEdits(text, [{ range: { start: at(0, 99), end: at(0, 99) }, newText: '+' }]), 'a+\nbc\r\nd');
  assert.throws(() => applyEdits(text, [
    { range: { start: at(0, 0), end: at(1, 1) }, newText: '' },
    { range: { start: at(1, 0), end: at(1, 2) }, newText: '' },
  ]));
});

test('rjdb: date and year tokens', () => {
  assert.deepEqual(dateTokens('- Build Release Engineer (2011 - 2014)'), ['2011', '2014']);
  assert.deepEqual(dateTokens('Jan 2019 – Present; 5+ years of Python; 03/2020'), ['- present', '03/2020', '5+ years', 'jan 2019']);
  assert.deepEqual(dateTokens('- Added: Ventilator management'), []);
  assert.deepEqual(dateTokens('2020-01 to 2021-06'), ['2020-01', '2021-06']);
  assert.deepEqual(dateTokens('(2018 - Present)'), ['- present', '2018']);
  assert.deepEqual(dateTokens('2019 to present'), ['- present', '2019']);
  // a list item that starts with the word Present is no date
  assert.deepEqual(dateTokens('\n- Present findings to stakeholders'), []);
});

test('rjdb: ROC-AUC with ties as half', () => {
  assert.equal(rocAuc([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0]), 1);
  assert.equal(rocAuc([0.1, 0.2], [1, 0]), 0);
  assert.equal(rocAuc([0.5, 0.5], [1, 0]), 0.5);
  assert.equal(rocAuc([0.9, 0.4, 0.6, 0.1], [1, 1, 0, 0]), 0.75);
  assert.equal(rocAuc([0.3], [1]), undefined);
});

test('rjdb: the tool\'s experience verdict for (JD,U)', () => {
  const ev = (verdict: 'met' | 'short' | 'missing', foundYears: number, requirement = 'r') =>
    ({ requirement, subject: requirement, requiredYears: 3, foundYears, verdict, entries: [], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  const m = (...experience: ReturnType<typeof ev>[]) => ({ experience } as unknown as MatchResult);
  assert.deepEqual(toolExperienceClass(m(ev('missing', 0)), m(ev('met', 3))), { primary: 'dropped', absolute: 'dropped', relative: 'dropped' });
  assert.deepEqual(toolExperienceClass(m(ev('short', 1)), m(ev('met', 3))), { primary: 'shortened', absolute: 'shortened', relative: 'shortened' });
  // fewer years than M, though still enough for the JD
  assert.deepEqual(toolExperienceClass(m(ev('met', 4)), m(ev('met', 6))), { primary: 'shortened', absolute: 'same', relative: 'shortened' });
  assert.deepEqual(toolExperienceClass(m(ev('met', 3)), m(ev('met', 3))), { primary: 'same', absolute: 'same', relative: 'same' });
  // missing for both: the tool says dropped; the relative variant sees no difference
  assert.deepEqual(toolExperienceClass(m(ev('missing', 0)), m(ev('missing', 0))), { primary: 'dropped', absolute: 'dropped', relative: 'same' });
  assert.deepEqual(toolExperienceClass(m(), m()), { primary: 'same', absolute: 'same', relative: 'same' });
});

test('rjdb: rows parse, a bad line is named', () => {
  const row = {
    'Job-Description': 'JD', 'Resume-matched': 'M', 'Resume-unmatched': 'U', Skills: ['A', 'B'], Experiences: ['x'],
    'Experiences-years': [], 'Filtered-information': { Skills: ['B'], Experience: 'the same job experience as before' },
  };
  const rows = parseRjdb(`${JSON.stringify(row)}\n\n${JSON.stringify(row)}\n`);
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[0].filtered.skills, ['B']);
  assert.equal(rows[1].index, 2);
  assert.throws(() => parseRjdb(`${JSON.stringify(row)}\n{oops`), /line 2/);
  // some rows keep filtered skills as the keys of an object, as RJDB train line 234 does
  const keyed = { ...row, 'Filtered-information': { Skills: { Angular: 1 }, Experience: '' } };
  assert.deepEqual(parseRjdb(JSON.stringify(keyed))[0].filtered.skills, ['Angular']);
  assert.deepEqual(parseRjdb(JSON.stringify({ ...keyed, 'Filtered-information': { Skills: {} } }))[0].filtered.skills, []);
  assert.throws(() => parseRjdb(JSON.stringify({ ...row, Skills: [1, 2] })), /line 1: "Skills" must be a list of strings/);
});
