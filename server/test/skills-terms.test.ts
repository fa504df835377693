// The short skill terms real postings list (skills/terms.ts), and how extraction uses them: one-word
// names inside a requirement item's coordination, and a series of names inside a duty sentence.
// The terms table here is a small fake with made-up counts; the real one is built from postings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../src/engine/document/parse.js';
import { labelZonesByHeadings } from '../src/engine/document/zones.js';
import { extractSkills } from '../src/engine/skills/extract.js';
import { PostingTerms, seriesNames, termOf } from '../src/engine/skills/terms.js';
import { hashWord } from '../src/engine/match/lexical.js';
import { normalizeTerm } from '../src/engine/text/normalize.js';
import { syntheticGraph } from './support/synthetic-graph.js';

const graph = syntheticGraph();

/** A table of [postings listing it, postings writing it anywhere] per term, at item df >= 4 and share >= 0.05. */
function fakeTerms(counts: Record<string, [number, number]>): PostingTerms {
  const terms = Object.fromEntries(Object.entries(counts).map(([t, c]) => [hashWord(normalizeTerm(t)), c]));
  return PostingTerms.fromJson({ documents: 1000, minItemDf: 3, thresholds: { itemDf: 4, itemShare: 0.05 }, terms });
}

const terms = fakeTerms({
  auditing: [40, 300], billing: [12, 90], bookkeeping: [9, 40], 'cost accounting': [6, 20], 'cash management': [5, 30],
  // written everywhere, listed now and then: a word of prose
  office: [20, 4000],
  // listed, but by too few postings
  invoicing: [2, 5],
  // listed often, but one word that names no work: a modifier, a verb, a place
  verbal: [110, 490], implements: [250, 1400], solihull: [8, 70], hvac: [10, 40],
});

function skillsOf(text: string, tagged?: Array<Array<{ start: number; end: number }>>) {
  const doc = parseDocument(text, { kind: 'job' });
  labelZonesByHeadings(doc);
  const spans = tagged ?? doc.blocks.map(() => []);
  return extractSkills(doc, graph, { tagged: spans.map((s) => s.map((x) => ({ ...x, kind: 'skill' as const, score: 0.8 }))), learned: true, terms })
    .filter((m) => m.confidence >= 0.5).map((m) => m.name);
}

test('a stored term is a skill term only when enough postings list it and it is mostly written as an item', () => {
  assert.equal(terms.isSkillTerm('Auditing'), true);
  assert.equal(terms.isSkillTerm('auditing'), true);
  assert.equal(terms.isSkillTerm('office'), false, 'prose word');
  assert.equal(terms.isSkillTerm('invoicing'), false, 'too few postings');
  assert.equal(terms.isSkillTerm('negotiation'), false, 'not stored');
  for (const word of ['verbal', 'implements', 'Solihull']) assert.equal(terms.isSkillTerm(word), false, word);
  assert.equal(terms.isSkillTerm('HVAC'), true, 'an acronym');
  assert.throws(() => PostingTerms.fromJson({} as never), /posting-terms/);
});

test('the term of a list part: its bullet, how well and how much it is asked for are no part of it; a clause is none', () => {
  const table: Array<[string, string | undefined]> = [
    ['- Strong experience with Excel', 'Excel'],
    ['Knowledge of cost accounting', 'cost accounting'],
    ['Proficiency in forecasting (required)', 'forecasting'],
    ['forecasting required', 'forecasting'],
    ['payroll processing skills', 'payroll processing'],
    ['ensure the ward is safe', undefined],
    ['work with the team', undefined],
    ['3 years', undefined],
    ['inventory. In addition', undefined],
    ['manage budgets across the whole department', undefined],
    // a part ending in a cue of examples is the label over the names after it
    ['applications including', undefined],
    ['clinical software e.g.', undefined],
    ['Microsoft packages, especially', undefined],
  ];
  for (const [part, want] of table) assert.equal(termOf(part), want, part);
});

test('a requirement item coordinating names postings list gives one skill per name, one-word names included', () => {
  const got = skillsOf('# Accountant\n\n## Requirements\n\n- Experience with auditing, cost accounting and cash management\n');
  assert.deepEqual(got, ['Auditing', 'Cost Accounting', 'Cash Management']);
});

test('two names joined by "and" may share a head: a one-word part postings list splits only a series of three or more', () => {
  const got = skillsOf('# Technician\n\n## Requirements\n\n- Auditing and billing procedures\n');
  assert.equal(got.length, 1, JSON.stringify(got));
});

test('a one-word part no vocabulary knows keeps the item one phrase ("Current, unrestricted RN license")', () => {
  const got = skillsOf('# Nurse\n\n## Requirements\n\n- Current, unrestricted RN license\n');
  assert.equal(got.length, 1, JSON.stringify(got));
  assert.match(got[0], /RN license/i);
});

test('an intensifier is no part of a name, so it opens no part of a coordination ("Very oriented and organized" stays whole)', () => {
  const got = skillsOf('# Clerk\n\n## Requirements\n\n- Very oriented and auditing\n');
  assert.ok(!got.some((n) => /^very/i.test(n)), JSON.stringify(got));
});

test('"skills in X" names X', () => {
  const got = skillsOf('# Machinist\n\n## Requirements\n\n- Strong skills in lathe setup\n');
  assert.deepEqual(got, ['Lathe Setup']);
});

test('a series of names inside a duty sentence the tagger passed over gives each name; the words leading into it do not', () => {
  const got = skillsOf('# Accountant\n\n## Duties\n\nPlans the department\'s accounting, including such areas as auditing, billing, bookkeeping and cost accounting.\n');
  assert.deepEqual(got, ['Auditing', 'Billing', 'Bookkeeping', 'Cost Accounting']);
});

test('a series in a sentence is read only when at least half of it is names a vocabulary knows', () => {
  const known = (t: string) => terms.isSkillTerm(t);
  assert.deepEqual(seriesNames('We serve Leeds, York, Hull and Bradford from one office.', known), []);
  assert.deepEqual(seriesNames('Covers: auditing, billing, bookkeeping and Leeds.', known).map((s) => s.text), ['auditing', 'billing', 'bookkeeping', 'Leeds']);
});

test('a series a sentence announces as examples ("including such areas as") is read with one name the vocabulary knows', () => {
  const known = (t: string) => terms.isSkillTerm(t);
  // one of five known: under half, read because the sentence announces the series
  const cued = 'Directs the accounting, including such areas as auditing, collections, investing, grant work and ledgers.';
  assert.deepEqual(seriesNames(cued, known).map((s) => s.text), ['auditing', 'collections', 'investing', 'grant work', 'ledgers']);
  assert.deepEqual(seriesNames(cued.replace('including such areas as ', 'on '), known), [], 'the same series unannounced');
  assert.deepEqual(seriesNames('Serves cities such as Leeds, York, Hull and Bradford.', known), [], 'no name known');
});

test('people in a series are whom the work is for, not skills ("patients, families and carers")', () => {
  const known = (t: string) => terms.isSkillTerm(t);
  const got = seriesNames('You will support auditing, billing, bookkeeping, patients, families and carers.', known).map((s) => s.text);
  assert.deepEqual(got, ['auditing', 'billing', 'bookkeeping']);
});

test('a span the tagger read is kept as the tagger read it; the series adds only names it did not cover', () => {
  const text = '# Accountant\n\n## Duties\n\nCovers auditing, billing, bookkeeping and cash management.\n';
  const doc = parseDocument(text, { kind: 'job' });
  const block = doc.blocks.findIndex((b) => b.text.includes('auditing'));
  const tagged = doc.blocks.map((b, i) => (i === block ? [{ start: b.text.indexOf('billing, bookkeeping'), end: b.text.indexOf('billing, bookkeeping') + 'billing, bookkeeping'.length }] : []));
  const got = skillsOf(text, tagged);
  assert.ok(got.includes('Cash Management') && got.includes('Billing, Bookkeeping'), JSON.stringify(got));
  assert.ok(!got.includes('Billing'), JSON.stringify(got));
  // the words leading into the series are no skill's name
  assert.ok(!got.some((n) => /covers/i.test(n)), JSON.stringify(got));
});
