// Reading a job title as graph occupations (SkillGraph.findOccupationsByTitle): the order among
// occupations a title names equally, on the synthetic graph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SkillGraph } from '../src/engine/graph/graph.js';
import { normalizeTerm } from '../src/engine/text/normalize.js';
import { syntheticArtifact } from './support/synthetic-graph.js';
import { occupationReadings } from '../src/engine/match/occupations.js';
import type { DocumentAnalysis } from '../src/engine/types.js';

// Class: a title ESCO and O*NET give to many occupations ("Teacher", "Construction Manager"): the
// occupation whose own title it is first, then those O*NET lists it for most strongly, whatever
// the order the graph stores them in
test('occupations a title names equally read in order: the one whose own title it is, then the most strongly listed', () => {
  const artifact = syntheticArtifact();
  const at = (id: string) => artifact.occupations.ids.indexOf(id);
  const [chef, analyst, accountant, teacher, nurse] = ['test:occ:chef', 'test:occ:analyst', 'test:occ:accountant', 'test:occ:teacher', 'test:occ:nurse'].map(at);
  const keyOf = (title: string) => artifact.titles.keys.indexOf(normalizeTerm(title));
  const teacherKey = keyOf('teacher');
  const chefKey = keyOf('chef');
  assert.ok(teacherKey >= 0 && chefKey >= 0);
  // "teacher": stored with the analyst and the chef first, O*NET lists it most for the accountant, then the teacher
  artifact.titles.occupations[teacherKey] = [analyst, chef, accountant, teacher];
  // "chef": the chef's own title, stored after two occupations O*NET lists it for
  artifact.titles.occupations[chefKey] = [nurse, analyst, chef];
  artifact.titles.strength = artifact.titles.keys.map((_, k) => (k === teacherKey ? [0, 1, 5, 3] : k === chefKey ? [2, 4, 0] : artifact.titles.occupations[k].map(() => 0)));
  const graph = SkillGraph.fromArtifact(artifact);
  const read = (title: string, n: number) => graph.findOccupationsByTitle(title, n).map((h) => h.occupation);
  const rows: Array<[string, string, number, number[]]> = [
    ['a title several occupations list, none as its own: the most strongly listed first', 'Teacher', 4, [accountant, teacher, chef, analyst]],
    ['a title that is one occupation\'s own: that occupation before stronger listings', 'Chef', 3, [chef, analyst, nurse]],
  ];
  for (const [name, title, n, expected] of rows) assert.deepEqual(read(title, n), expected, name);
  // exact names score 1; partial overlaps below
  assert.ok(graph.findOccupationsByTitle('Teacher', 4).every((h) => h.score === 1));
  // a graph built without O*NET's strengths keeps the stored order after the own title
  const plain = syntheticArtifact();
  plain.titles.occupations[teacherKey] = [analyst, chef, accountant, teacher];
  plain.titles.occupations[chefKey] = [nurse, analyst, chef];
  assert.deepEqual(SkillGraph.fromArtifact(plain).findOccupationsByTitle('Teacher', 4).map((h) => h.occupation), [analyst, chef, accountant, teacher]);
  assert.deepEqual(SkillGraph.fromArtifact(plain).findOccupationsByTitle('Chef', 3).map((h) => h.occupation), [chef, nurse, analyst]);
});

// Class: a title whose only word the graph knows is a rank or a stage of learning ("Elections
// Intern", where O*NET lists "Intern" for physicians): that reading names other work
test('a title read only through its rank word names no occupation; a word of the work keeps the reading', () => {
  const artifact = syntheticArtifact();
  const nurse = artifact.occupations.ids.indexOf('test:occ:nurse');
  artifact.titles.keys.push(normalizeTerm('intern'));
  artifact.titles.occupations.push([nurse]);
  if (artifact.titles.strength) artifact.titles.strength.push([0]);
  const graph = SkillGraph.fromArtifact(artifact);
  const read = (title: string) => occupationReadings(graph, { title: 'Clerk', skills: [], experience: [] } as unknown as DocumentAnalysis, { title, skills: [] } as unknown as DocumentAnalysis).job;
  assert.equal(read('Elections Intern'), undefined);
  assert.equal(read('Nurse Intern'), graph.occupations[nurse].title);
});
