// Role level read from a title (lang/en/seniority.ts roleLevel): a table per class of title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleLevel } from '../src/engine/lang/en/seniority.js';

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
  // stated seniority moves the rank
  ['Senior Accountant', 2, 'stated'], ['Junior Accountant', 0, 'stated'], ['Accountant III', 2, 'stated grade'], ['Software Engineer II', 1, 'stated grade'],
  ['Senior HR Assistant', 1, 'stated on a helper'], ['Senior Manager', 3, 'stated on a rank'], ['Lead Cook', 2, 'stated'],
];

for (const [title, level, kind] of TABLE) {
  test(`role level (${kind}): ${title} -> ${level}`, () => assert.equal(roleLevel(title), level));
}
