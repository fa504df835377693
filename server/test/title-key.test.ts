// The graph's title keys (text/title-key.ts): normalizeTerm's keys, with the field words the
// stemmer folds into another field's word keyed apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleKey, titleKeyAsTerm } from '../src/engine/text/title-key.js';
import { normalizeTerm } from '../src/engine/text/normalize.js';
import { SkillGraph } from '../src/engine/graph/graph.js';
import { syntheticArtifact } from './support/synthetic-graph.js';

// Class: titles whose field word the stemmer folds into a word naming other work (the books and a client's account; marketing and a market)
test('title keys keep the books apart from a client account, marketing apart from a market', () => {
  const apart: Array<[string, string]> = [
    ['Accounting Manager', 'Account Manager'],
    ['Senior Accounting Assistant', 'Senior Account Assistant'],
    ['Marketing Manager', 'Market Manager'],
    ['Accounts Payable Clerk', 'Account Payable Clerk'],
  ];
  for (const [books, other] of apart) {
    assert.equal(normalizeTerm(books), normalizeTerm(other), `${books}: the stem folds them`);
    assert.notEqual(titleKey(books), titleKey(other), `${books} / ${other}`);
  }
  // "accounts" in a title is the books, as in most titles ESCO and O*NET list with it
  assert.equal(titleKey('Accounts Assistant'), titleKey('Accounting Assistant'));
  assert.equal(titleKey('ACCOUNTING & FINANCE'), titleKey('accounting and finance'));
});

// Class: titles without those words, including other "-ing" field words that fold into their own field
test('a title without a kept field word has normalizeTerm key, and a key reads back in normalizeTerm form', () => {
  for (const title of ['Registered Nurse', 'Nursing Assistant', 'Software Engineering Analyst', 'Banking Officer', 'Line Cook', 'C++ Developer', '']) {
    assert.equal(titleKey(title), normalizeTerm(title), title);
  }
  for (const title of ['Accounting Manager', 'Accounts Payable Clerk', 'Digital Marketing Lead', 'Staff Nurse']) {
    assert.equal(titleKeyAsTerm(titleKey(title)), normalizeTerm(title), title);
  }
});

// Class: a title that names one of two works the stem folds together reads only as that work
test('"Account Manager" reads as the sales occupation and "Accounting Manager" as the accountant, on the synthetic graph', () => {
  const graph = SkillGraph.fromArtifact(syntheticArtifact());
  const first = (title: string) => graph.occupations[graph.findOccupationsByTitle(title, 3)[0]?.occupation]?.id;
  const rows: Array<[string, string]> = [
    ['Account Manager', 'test:occ:account-manager'],
    ['Key Account Manager', 'test:occ:account-manager'],
    ['Accounting Manager', 'test:occ:accountant'],
    ['Accounts Payable Clerk', 'test:occ:accountant'],
  ];
  for (const [title, want] of rows) assert.equal(first(title), want, title);
  // exact keys name one occupation each, not both
  assert.deepEqual(graph.findOccupationsByTitle('Account Manager', 5).filter((h) => h.score === 1).map((h) => graph.occupations[h.occupation].id), ['test:occ:account-manager']);
  assert.ok(graph.isOccupationTitle('Accounting Manager') && graph.isOccupationTitle('account managers'));
});

// Class: two titles that share a word only through the stem ("account" of the books and of a client)
test('title similarity counts no word two titles share only through the stem; the same sense still counts', async () => {
  const { titleSimilarity } = await import('../src/engine/match/similarity.js');
  const rows: Array<[string, string, 'low' | 'high']> = [
    ['Account Manager', 'Accounting Manager', 'low'],
    ['Marketing Manager', 'Market Manager', 'low'],
    ['Account Manager', 'Senior Account Manager', 'high'],
    ['Accounts Payable Clerk', 'Accounting Clerk', 'high'],
    ['Accounting Manager', 'Accounting Manager', 'high'],
  ];
  for (const [wanted, held, want] of rows) {
    const s = titleSimilarity(wanted, held);
    assert.ok(want === 'low' ? s <= 0.5 : s >= 0.9, `${wanted} / ${held}: ${s}`);
  }
});
