import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acronymsAgree, isAbbreviationOnly, isOtherSpellingOfTool } from './phrase.js';

// An ordinary English word that a tool's name carries as its acronym names the tool only when
// written in capitals; a name that is only the acronym, or a word of the long form, is left alone.
const TABLE: Array<[string, string, boolean]> = [
  ['Computerized aircraft log manager CALM', 'Calm', true],
  ['Computerized aircraft log manager CALM', 'calm', true],
  ['Computerized aircraft log manager CALM', 'CALM', false],
  ['Final approach spacing tool FAST', 'Fast', true],
  ['Final approach spacing tool FAST', 'FAST', false],
  ['Epic Systems EpicCare', 'Epic', false],
  ['SQL', 'sql', false],
  ['SQL', 'SQL', false],
  ['Microsoft Excel', 'Excel', false],
  ['Approach spacing', 'approach', false],
  ['Computerized aircraft log manager', 'CALM', false],
  ['Computerized aircraft log manager', 'Calm', true],
];

for (const [name, surface, skipped] of TABLE) {
  test(`acronym carried by a tool's name: "${surface}" ${skipped ? 'does not name' : 'may name'} "${name}"`, () => {
    assert.equal(isAbbreviationOnly(name, surface), skipped);
  });
}

// A tool's name is written as it is: a word tied to it only by folding endings is an ordinary word.
const SPELLINGS: Array<[string, string, boolean]> = [
  ['FitNesse', 'Fitness', true],
  ['FitNesse', 'FitNesse', false],
  ['Docker', 'Dockers', true],
  ['Microsoft Excel', 'Excel', false],
  ['Microsoft Windows', 'Windows', false],
  ['Tableau', "Tableau's", false],
  ['JavaScript', 'Javascript', false],
  ['Kubernetes', 'K8s', false],
];

for (const [name, surface, other] of SPELLINGS) {
  test(`tool names are not inflected: "${surface}" ${other ? 'is not' : 'may be'} "${name}"`, () => {
    assert.equal(isOtherSpellingOfTool({ name, tool: true }, surface), other);
  });
}

// A name a mention takes keeps the acronyms the mention is written with.
const ACRONYMS: Array<[string, string, boolean]> = [
  ['MSHA Certified', 'Microsoft certified', false],
  ['ACLS certification', 'Advanced Cardiac Life Support', true],
  ['ICU nursing', 'intensive care unit nursing', true],
  ['SAP FICO', 'SAP ERP', false],
  ['Certified in CPR', 'CPR', true],
  ['proven leadership', 'leadership', true],
  ['MS Office', 'Microsoft Office', true],
];

for (const [mention, name, agree] of ACRONYMS) {
  test(`acronyms of a mention: "${mention}" ${agree ? 'may take' : 'does not take'} the name "${name}"`, () => {
    assert.equal(acronymsAgree(mention, name), agree);
  });
}
