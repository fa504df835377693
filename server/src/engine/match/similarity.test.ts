// Which role titles name the line of work an experience requirement asks for (workNamedByTitle).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, workNamedByTitle } from './similarity.js';

// [subject, title, what the title leaves unsaid as folded content words (undefined: the title names other work), class]
const TABLE: Array<[string, string, string[] | undefined, string]> = [
  // a worker noun and its line of work
  ['commercial electrical work', 'Journeyman Electrician / Lead', ['commerci'], 'worker names the work, a qualifier left to the role text'],
  ['accounting', 'Staff Accountant', [], 'worker names the work'],
  ['construction inspection', 'Building Inspector', ['construct'], 'worker names the work'],
  ['physical therapy', 'Physical Therapist', [], 'worker names the work'],
  ['welding', 'Welder', undefined, 'words under 7 letters are left alone'],
  ['teaching experience', 'Mathematics Teacher', [], 'setting word skipped'],
  ['C/C++ development', 'Node Developer', ['c', 'c++'], 'a technology the title does not name'],
  ['Lead Mobile Application Developer', 'PHP Developer', undefined, 'a title as the subject: worker against worker'],
  // the head word names a place or a specialty, not a worker
  ['adult ICU', 'Staff Nurse', undefined, 'specialty names no worker'],
  ['construction inspection', 'Construction Project Manager', undefined, 'shared setting word only'],
  ['SQL', 'Data Analyst', undefined, 'a tool names no worker'],
  ['accounting', 'Registered Nurse', undefined, 'another line of work'],
  ['electrical work', 'Electronics Assembler', undefined, 'near spelling, other work'],
];

for (const [subject, title, expected, kind] of TABLE) {
  test(`experience subject and role title (${kind}): '${subject}' / '${title}'`, () => {
    const rest = workNamedByTitle(subject, title);
    assert.deepEqual(rest && [...rest], expected);
  });
}

// Class: filler words whose folded key differs from the word ("the" -> "th", "knowledge" ->
// "knowledg"): they name no content, so no line shows a skill by holding them
test('content words leave out filler words whatever their fold ("the", "knowledge", "experience", "advanced")', () => {
  const rows: Array<[string, string[]]> = [
    ['Working in the NHS', ['work', 'nhs']],
    ['Knowledge of Excel', ['excel']],
    ['Advanced Excel skills', ['excel']],
    ['Experience with payroll', ['payroll']],
  ];
  for (const [phrase, words] of rows) assert.deepEqual([...contentWords(phrase)], words, phrase);
});
