import assert from 'node:assert/strict';
import { test } from 'node:test';
import { careerPathExamples } from './ranker-paths.js';
import { TitleLexicon } from '../../server/src/engine/experience/lexicon.js';
import { normalizeTerm } from '../../server/src/engine/text/normalize.js';
import { syntheticGraph } from '../../server/test/support/synthetic-graph.js';
import { testEngine } from '../../server/test/support/engine.js';

// a stand-in for the graph's exact title lookup: one occupation per known title
const OCCUPATIONS: Record<string, number> = { 'data analyst': 1, 'staff accountant': 2, 'math teacher': 3 };
const named = (title: string) => {
  const o = OCCUPATIONS[title.toLowerCase()];
  return o === undefined ? [] : [o];
};

async function resume(roles: string[]) {
  const lines = ['# Ari Moss', '## Experience'];
  roles.forEach((r, i) => lines.push(`${r}, Northwind Analytics, Austin, TX (${2020 - 4 * i} - ${2024 - 4 * i})`, '- Kept the general ledger and planned lessons.'));
  return testEngine().analyze(lines.join('\n'), undefined, { kind: 'resume', referenceMonth: '2026-12' });
}

// Class: a career of several roles the graph names: each role is read from the others
test('career paths: one example per named role, its title and its words taken out, the others kept, one resume weighing one', async () => {
  const graph = syntheticGraph();
  const lexicon = TitleLexicon.builtin();
  const examples = careerPathExamples(graph, await resume(['Data Analyst', 'Staff Accountant', 'Math Teacher']), lexicon, named);
  assert.deepEqual(examples.map((e) => e.occupations), [[1], [2], [3]]);
  for (const e of examples) assert.ok(Math.abs(e.weight - 1 / 3) < 1e-9);
  const titleWords = (e: (typeof examples)[number]) => [...e.features.current, ...e.features.past].filter((f) => f.startsWith('T:')).map((f) => f.slice(2));
  const analyst = examples[0];
  assert.ok(!titleWords(analyst).includes(normalizeTerm('analyst')), 'the target title is not a feature');
  assert.ok(!analyst.features.words.some((w) => /^W:(data|analyst)$/.test(w)), "the target title's words are not features");
  assert.ok(titleWords(analyst).includes(normalizeTerm('accountant')) && titleWords(analyst).includes(normalizeTerm('teacher')), 'the other roles are');
  assert.ok(analyst.features.words.includes('W:ledger'), 'so are the body words');
});

// Class: a resume with one named role (or none) says nothing of what goes with what
test('career paths: a resume with fewer than two named roles gives no example', async () => {
  const graph = syntheticGraph();
  const lexicon = TitleLexicon.builtin();
  assert.deepEqual(careerPathExamples(graph, await resume(['Data Analyst', 'Barista']), lexicon, named), []);
  assert.deepEqual(careerPathExamples(graph, await resume(['Data Analyst']), lexicon, named), []);
});
