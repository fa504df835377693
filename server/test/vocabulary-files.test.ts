// The vocabulary files on disk and the selection the lightbulb takes a phrase from.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { NOT_SKILLS_FILE, SKILLS_FILE, SKILLS_HEADER, appendVocabularyLine, cleanLine, readVocabulary } from '../src/files/vocabulary.js';
import { computeLineStarts } from '../src/engine/document/positions.js';
import { selectedPhrase } from '../src/lsp/dismiss.js';
import { isDictionaryFile } from '../src/lsp/dictionary.js';

test('appending creates .hrdocs/ and the file with its header, keeps CRLF line endings, and both files of every folder are read', async () => {
  const a = mkdtempSync(join(tmpdir(), 'hrdocs-vocab-a-'));
  const b = mkdtempSync(join(tmpdir(), 'hrdocs-vocab-b-'));
  try {
    await appendVocabularyLine(a, SKILLS_FILE, 'Quokkaflow', SKILLS_HEADER);
    assert.equal(readFileSync(join(a, SKILLS_FILE), 'utf8'), `${SKILLS_HEADER}Quokkaflow\n`);
    writeFileSync(join(a, NOT_SKILLS_FILE), '# x\r\nenthusiastic');
    await appendVocabularyLine(a, NOT_SKILLS_FILE, 'vanilla', '');
    assert.equal(readFileSync(join(a, NOT_SKILLS_FILE), 'utf8'), '# x\r\nenthusiastic\r\nvanilla\r\n');
    const v = await readVocabulary([a, b, join(a, 'missing')]);
    assert.deepEqual([...v.notSkills], ['enthusiastic', 'vanilla']);
    assert.deepEqual(v.skills, [{ name: 'Quokkaflow', aliases: [] }]);
    assert.equal((await readVocabulary([b])).key, '', 'no files: the empty vocabulary');
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});

test('a phrase becomes one file line: no line break, no comment start, "C#" kept', () => {
  assert.equal(cleanLine('  Case\nWare # note '), 'Case Ware note');
  assert.equal(cleanLine('C# and F#'), 'C# and F#');
});

test('a selection is a phrase when it is a few words of one line with a letter in it', () => {
  const text = '## Skills\n- **Quokkaflow** charting: daily\n';
  const starts = computeLineStarts(text);
  const at = (line: number, from: number, to: number) => selectedPhrase(text, starts, { start: { line, character: from }, end: { line, character: to } });
  assert.equal(at(1, 2, 16), 'Quokkaflow', 'emphasis marks are not part of it');
  assert.equal(at(1, 2, 25), 'Quokkaflow charting');
  assert.equal(at(1, 2, 2), undefined, 'an empty selection');
  assert.equal(at(1, 2, 33), undefined, 'a colon would start aliases');
  assert.equal(selectedPhrase(text, starts, { start: { line: 0, character: 3 }, end: { line: 1, character: 5 } }), undefined, 'two lines');
  assert.equal(selectedPhrase('- 2024 - 2025\n', [0], { start: { line: 0, character: 2 }, end: { line: 0, character: 13 } }), undefined, 'no letter');
  assert.equal(selectedPhrase('one two three four five six seven\n', [0], { start: { line: 0, character: 0 }, end: { line: 0, character: 33 } }), undefined, 'a sentence');
});

test('watched vocabulary files: skills.txt and not-skills.txt under .hrdocs/ only', () => {
  assert.ok(isDictionaryFile('file:///w/.hrdocs/skills.txt'));
  assert.ok(isDictionaryFile('file:///w/.hrdocs/not-skills.txt'));
  assert.ok(!isDictionaryFile('file:///w/skills.txt'));
  assert.ok(!isDictionaryFile('file:///w/.hrdocs/my-skills.txt'));
});
