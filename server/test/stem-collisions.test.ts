// Title field words the stem folds into another word (lang/en/stem-collisions.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepingFieldWords } from '../src/engine/lang/en/stem-collisions.js';
import type { SkillGraph } from '../src/engine/graph/graph.js';

// Class: a title whose field word the stem folds into a word naming something else ("Accounting" -> "account")
test("a title's readings keep a field word the stem folds into another word: accounting is no client account, marketing no market", () => {
  const names = ['Sales Account Manager', 'Accounting Manager', 'Financial Managers', 'Accountants and Auditors', 'Property, Real Estate, and Community Association Managers',
    'Marketing Managers', 'Public Relations Managers', 'Market Research Analysts and Marketing Specialists', 'Sales Managers', 'Software Developers', 'Mechanical Engineering Technologists'];
  const graph = { occupations: names.map((title, index) => ({ title, index })) } as unknown as SkillGraph;
  const read = (title: string, hits: string[]) => keepingFieldWords(graph, title, hits.map((n) => ({ occupation: names.indexOf(n) }))).map((h: { occupation: number }) => names[h.occupation]);
  const rows: Array<[string, string[], string[]]> = [
    ['Accounting Manager', ['Sales Account Manager', 'Accounting Manager', 'Financial Managers'], ['Accounting Manager']],
    ['Cost Accounting Manager', ['Sales Account Manager', 'Accountants and Auditors'], ['Accountants and Auditors']],
    ['Marketing Manager', ['Property, Real Estate, and Community Association Managers', 'Marketing Managers'], ['Marketing Managers']],
    // a title of two fields may be read by the other one
    ['Marketing & Public Relations Manager', ['Public Relations Managers', 'Property, Real Estate, and Community Association Managers', 'Market Research Analysts and Marketing Specialists'],
      ['Public Relations Managers', 'Market Research Analysts and Marketing Specialists']],
    // no reading names the field: the readings stay
    ['Marketing Manager', ['Property, Real Estate, and Community Association Managers', 'Sales Managers'], ['Property, Real Estate, and Community Association Managers', 'Sales Managers']],
    // other "-ing" words fold into their own field
    ['Software Engineering Analyst', ['Software Developers', 'Mechanical Engineering Technologists'], ['Software Developers', 'Mechanical Engineering Technologists']],
  ];
  for (const [title, hits, want] of rows) assert.deepEqual(read(title, hits), want, title);
});
