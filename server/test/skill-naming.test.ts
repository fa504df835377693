// The name a skill is shown under: a competence ESCO names by an action the document does not
// state keeps the document's own words (skills/naming.ts), one table row per class of text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameAsWritten, nameDropsHead, namesWorkerOfWork, ownNameFor } from '../src/engine/skills/naming.js';
import { syntheticGraph } from './support/synthetic-graph.js';
import type { SkillMention } from '../src/engine/types.js';

const graph = syntheticGraph();
const skill = (name: string) => graph.lookupSkill(name)!;
const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
/** a skills-list mention of the text, linked to the skill and named as the graph names it (or as given) */
const mentionOf = (linked: { id: string; name: string }, text: string, name = linked.name): SkillMention =>
  ({ name, text, kind: 'skill', id: linked.id, confidence: 0.9, range: at, section: 'skills', zone: 'skills', source: 'phrase' });

test('a competence named by an action the text does not state keeps the text\'s words', () => {
  const cases: Array<[cls: string, text: string, skill: string, shown: string | undefined]> = [
    ['a field written as a noun', 'Public Relations', 'perform public relations', 'Public Relations'],
    ['a field in lower case', 'balance sheet', 'perform balance sheet operations', 'Balance Sheet'],
    ['a field in capitals', 'MARKET RESEARCH', 'perform market research', 'Market Research'],
    ['the text states the action', 'Performed market research', 'perform market research', undefined],
    ['the action written as a noun', 'market research performance', 'perform market research', undefined],
    ['a sentence piece reads worse than the name', 'research into the market for new products', 'perform market research', undefined],
    ['a knowledge area is named as it is', 'ventilation', 'ventilation systems', undefined],
    ['a name that opens with no action', 'patient assessments', 'patient assessment', undefined],
  ];
  for (const [cls, text, name, shown] of cases) assert.equal(ownNameFor(graph, skill(name), text), shown, cls);
});

test('a mention keeps its link while shown in its own words, and a name already its own stays', () => {
  const linked = skill('perform public relations');
  const mentions = [mentionOf(linked, 'public relations'), mentionOf(linked, 'press relations', 'Press')];
  nameAsWritten(graph, mentions);
  assert.deepEqual(mentions.map((m) => [m.name, m.id]), [['Public Relations', linked.id], ['Press', linked.id]]);
});

test('a name that keeps only the word modifying a short text\'s head leaves out which skill it is', () => {
  const cases: Array<[cls: string, text: string, name: string, drops: boolean]> = [
    ['a common word before the head of the work', 'Data Archiving', 'data', true],
    ['a common word before the head, in lower case', 'vendor management', 'vendor', true],
    ['a head saying what kind of thing the name is', 'communication skills', 'communication', false],
    ['a head naming the use of a tool', 'C++ programming', 'C++', false],
    ['a head naming who uses it', 'SAP specialist', 'SAP', false],
    ['a complement after the name', 'English with clear pronunciation', 'English', false],
    ['a second skill after a coordinator', 'wireframes and prototypes', 'wireframes', false],
    ['an expansion in brackets', 'TMG (Threat Management Gateway)', 'TMG', false],
    ['a version after the name', 'Oracle 11g', 'Oracle', false],
    ['a span across sentences', 'especially Excel. Technical', 'Excel', false],
    ['a clause, not a name', 'Must have data entry', 'data', false],
    ['a sentence piece longer than a name', 'Data entry for the new billing system', 'data', false],
    ['the name is not written in the text', 'information archiving', 'data', false],
  ];
  for (const [cls, text, name, drops] of cases) assert.equal(nameDropsHead(text, name), drops, cls);
});

test('a one-word name in lower case that a text narrows is shown in the text\'s words, keeping its link', () => {
  const payroll = skill('payroll');
  const mentions = [mentionOf(payroll, 'payroll reconciliation'), mentionOf(payroll, 'payroll systems')];
  nameAsWritten(graph, mentions);
  assert.deepEqual(mentions.map((m) => [m.name, m.id]), [['Payroll Reconciliation', payroll.id], ['payroll', payroll.id]]);
});

test('a one-word text naming work is not shown by a worker or a thing of the same root', () => {
  const cases: Array<[cls: string, text: string, name: string, worker: boolean]> = [
    ['a field shown as its worker', 'Engineering', 'Engineer', true],
    ['a gerund shown as its worker', 'Managing', 'Manager', true],
    ['a gerund shown as the thing made', 'Designing', 'Design', true],
    ['the same word', 'Consulting', 'Consulting', false],
    ['a name that keeps the work', 'Teaching', 'Teaching Skills', false],
    ['another root', 'Cooking', 'Food Preparation', false],
    ['a text that names no work', 'Engineer', 'Engineering', false],
    ['more than one word', 'Project Managing', 'Manager', false],
  ];
  for (const [cls, text, name, worker] of cases) assert.equal(namesWorkerOfWork(text, name), worker, cls);
});
