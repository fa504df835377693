// Role level read from a title (lang/en/seniority.ts roleLevel): a table per class of title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { payBandLevel, roleLevel, type RankWords } from '../src/engine/lang/en/seniority.js';

const TABLE: Array<[string, number, string]> = [
  // the plain role
  ['Registered Nurse', 1, 'plain role'], ['Staff Accountant', 1, 'plain role'], ['Line Cook', 1, 'plain role'], ['Network Engineer', 1, 'plain role'],
  ['Account Executive', 1, 'executive as the role itself'], ['Sales Executive', 1, 'executive as the role itself'],
  // helpers and learners of a trade
  ['HR Assistant', 0, 'helper'], ['Ward Clerk', 0, 'helper'], ['Civil Engineering Associate', 0, 'helper'], ['Retail Sales Associate', 0, 'helper'],
  ['Kitchen Porter', 0, 'helper'], ['Apprentice Electrician', 0, 'learner'], ['Teaching Assistant', 0, 'helper'],
  // running the role
  ['Kitchen Manager', 2, 'runs it'], ['Executive Chef', 2, 'runs it'], ['Sous Chef', 2, 'runs it'], ['Construction Superintendent', 2, 'runs it'],
  ['Financial Controller', 2, 'runs it'], ['HR Business Partner', 2, 'runs it'], ['Site Supervisor', 2, 'runs it'],
  // head of a function
  ['Director of Nursing', 3, 'head'], ['Chief Financial Officer', 3, 'head'], ['Head of Finance', 3, 'head'],
  // a qualifier a step below the rank it names
  ['Assistant Manager', 1, 'qualified rank'], ['Associate Director', 2, 'qualified rank'], ['Assistant Principal', 2, 'qualified rank'],
  // both a helper and a rank word: the middle
  ['Executive Assistant', 1, 'helper to a rank'],
  // the clerk of a public body heads its office; a clerk of a ward, a court or a graded series is a clerical post
  ['City Clerk', 3, 'clerk of a public body'], ['County Clerk-Recorder', 3, 'clerk of a public body'], ['Clerk of the Board', 3, 'clerk of a public body'],
  ['Town Clerk', 3, 'clerk of a public body'], ['Assistant County Clerk', 2, 'deputy of a public body\'s clerk'], ['Deputy City Clerk', 2, 'deputy of a public body\'s clerk'],
  ['Court Clerk', 0, 'clerical clerk'], ['Elections Clerk', 0, 'clerical clerk'], ['Deputy County Clerk III', 2, 'graded clerical series: a deputy, its grade III, not the head'],
  // stated seniority moves the rank
  ['Senior Accountant', 2, 'stated'], ['Junior Accountant', 0, 'stated'], ['Accountant III', 2, 'stated grade'], ['Software Engineer II', 1, 'stated grade'],
  ['Senior HR Assistant', 1, 'stated on a helper'], ['Senior Manager', 3, 'stated on a rank'], ['Lead Cook', 2, 'stated'],
];

for (const [title, level, kind] of TABLE) {
  test(`role level (${kind}): ${title} -> ${level}`, () => assert.equal(roleLevel(title), level));
}

// with a title table: a plain title headed by a support post's word sits with the helpers; rank words still decide
const SUPPORT_HEADS: RankWords = { namesSupportPost: (w) => ['secretary', 'receptionist', 'cook', 'teller', 'driver'].includes(w.replace(/s$/, '')) };
const WITH_TABLE: Array<[string, number, string]> = [
  ['Medical Secretary', 0, 'support head'], ['Line Cook', 0, 'support head'], ['Bank Teller', 0, 'support head'], ['HGV Drivers', 0, 'support head, plural'],
  ['Senior Secretary', 1, 'stated on a support head'], ['Secretary II', 0, 'grade I-II on a support head'], ['Lead Cook', 1, 'stated on a support head'],
  ['Kitchen Manager', 2, 'a rank word over a support field'], ['Office Supervisor', 2, 'a rank word over a support field'], ['Head Cook', 3, 'a rank word heads it'],
  ['Registered Nurse', 1, 'a head that is no support post'], ['Executive Chef', 2, 'a head that is no support post'], ['Administrative Assistant', 0, 'a helper by its own word'],
];
for (const [title, level, kind] of WITH_TABLE) {
  test(`role level with a title table (${kind}): ${title} -> ${level}`, () => assert.equal(roleLevel(title, SUPPORT_HEADS), level));
}
test('role level without a title table: a support head keeps the plain rank', () => {
  for (const title of ['Medical Secretary', 'Line Cook', 'Bank Teller']) assert.equal(roleLevel(title), 1, title);
});

// a posting's pay band (NHS Agenda for Change) as a rank
const BANDS: Array<[string, number | undefined, string]> = [
  ['Healthcare Assistant - Band 3', 0, 'support post'], ['Band 4 Assistant Practitioner', 0, 'assistant post'],
  ['Staff Nurse, Band 5, Acute Cardiac Unit', 1, 'registered professional'], ['Band 6 Physiotherapist', 1, 'registered professional'],
  ['IT (Network) Infrastructure Manager Band 7', 2, 'runs a service'], ['Service Manager (Band 8a)', 2, 'runs a service'],
  ['Head of Nursing - Band 8c', 3, 'heads a service'], ['Chief Pharmacist Band 9', 3, 'heads a service'],
  ['We recruit band 5 nurses who can progress to band 6 in a year', 1, 'the first band named'],
  ['Registered Nurse, Rivermead Hospital', undefined, 'no band'], ['A broadband engineer', undefined, 'a word that contains band'],
];
for (const [text, level, kind] of BANDS) {
  test(`pay band level (${kind}): ${text} -> ${level}`, () => assert.equal(payBandLevel(text), level));
}
