// The chunk cache never changes a parse: for random texts and random edits (bare CR, CRLF,
// markup, unicode), the parse after earlier versions warmed the cache equals a cold parse of the
// same text; every block offset and section range lies inside the text; deep nesting parses in
// time linear in the input. Run more cases: HRDOCS_PROPERTY_RUNS=10000.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument, type ChunkCache } from '../../src/engine/document/parse.js';

// the cache a test warms and clears, as the engine owns one per instance
const chunks = new Map<string, Parameters<ChunkCache['set']>[1]>();
const chunkCache: ChunkCache = { get: (k) => chunks.get(k), set: (k, v) => { chunks.set(k, v); } };
const clearChunkCache = () => chunks.clear();
import { computeLineStarts, offsetAt } from '../../src/engine/document/positions.js';

const RUNS = Number(process.env.HRDOCS_PROPERTY_RUNS ?? 300);

const BASE = [
  '---\nhrdocs: resume\n---\n# Ana Diaz\n\n## Skills\n- Python, SQL\n- Excel\n  and Power BI\n\n## Experience\n### Nurse — St. Mary\'s (2019 - 2023)\n- Patient care\n',
  '# ICU Nurse\n\n## Requirements\n\n1. BLS\n2. ACLS\n\n   continued item\n\n## Responsibilities\n\n> quoted\n\n```\ncode\n\nmore\n```\n\n<!-- hrdocs-disable -->\nhidden\n<!-- hrdocs-enable -->\n',
  '    Indented Resume\n    Skills\n    - Excel\n\n    Experience\n',
];
const PIECES = ['\r', '\r\n', '\n', '\n\n', ' ', '  ', '\t', '- ', '1. ', '> ', '## ', '# ', '---', '```', '<!--', '-->', '<span style="color:red">', '</span>',
  '**', '_', '[a]: http://x', '[a]', 'Python', 'Excel', 'Power BI', 'Skills', 'Experience', 'Required Skills', 'é', '🙂', '\u2028', '{% comment %}', '|a|b|\n|-|-|'];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 3 }));
const insertText = fc.array(piece, { maxLength: 4 }).map((a) => a.join(''));
const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 12 }), text: insertText });

function applyEdit(text: string, e: { at: number; len: number; text: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.text + text.slice(Math.min(text.length, at + e.len));
}

function snapshot(text: string) {
  const doc = parseDocument(text, { uri: 'file:///x.md', chunkCache });
  return JSON.stringify({ ...doc, source: undefined });
}

function assertInside(text: string): void {
  const doc = parseDocument(text);
  assert.deepEqual(doc.lineStarts, computeLineStarts(text));
  for (const b of doc.blocks) for (const o of b.offsets) assert.ok(o >= 0 && o < text.length, `offset ${o} outside the text`);
  const lines = doc.lineStarts.length;
  for (const s of doc.sections) for (const r of [s.range, s.headingRange]) {
    if (!r) continue;
    assert.ok(r.start.line < lines && r.end.line < lines, 'section range past the last line');
    assert.ok(offsetAt(doc.lineStarts, r.end) <= text.length, 'section range past the end');
  }
}

test('an incremental parse (warm chunk cache) equals a cold parse of the same text', () => {
  fc.assert(
    fc.property(fc.constantFrom(...BASE), fc.array(edit, { minLength: 1, maxLength: 8 }), (base, edits) => {
      clearChunkCache();
      let text = base;
      parseDocument(text, { uri: 'file:///x.md', chunkCache });
      for (const e of edits) {
        text = applyEdit(text, e);
        const warm = snapshot(text);
        clearChunkCache();
        assert.equal(warm, snapshot(text));
        assertInside(text);
      }
    }),
    { numRuns: RUNS },
  );
});

test('a bare CR is a line break everywhere: lines, blocks and dedented documents agree', () => {
  const text = '    # Ana\r    ## Skills\r    - Python\r    - Excel\r';
  const doc = parseDocument(text);
  assert.equal(doc.lineStarts.length, 5);
  const excel = doc.blocks.find((b) => b.text.includes('Excel'))!;
  assert.equal(text.slice(excel.offsets[0], excel.offsets[excel.offsets.length - 1] + 1), 'Excel');
  const crlf = parseDocument('# Ana\r\n\r\n## Skills\r\n\r\n- Python\r\n- Excel\r\n');
  const cr = parseDocument('# Ana\r\r## Skills\r\r- Python\r- Excel\r');
  const lf = parseDocument('# Ana\n\n## Skills\n\n- Python\n- Excel\n');
  const shape = (d: typeof lf) => d.blocks.map((b) => [b.text, b.type]);
  assert.deepEqual(shape(cr), shape(lf));
  assert.deepEqual(shape(crlf), shape(lf));
});

test('a fenced block after a bare CR is one chunk: a blank line inside it does not cut it', () => {
  const before = '# A\n\nOne.\n\nTwo.\n\nThree.\n\n';
  const text = before + 'Intro\r```\rcode Python\n\nmore SQL\n```\n';
  clearChunkCache();
  snapshot(before);
  const warm = snapshot(text);
  clearChunkCache();
  assert.equal(warm, snapshot(text));
  assert.ok(!parseDocument(text).blocks.some((b) => /Python|SQL/.test(b.text)), 'code is not prose');
});

test('a continuation line keeps its indentation in the block text, so text and source range agree', () => {
  const text = '## Skills\n- Excel\n  and Power BI\n';
  const doc = parseDocument(text);
  const b = doc.blocks.find((x) => x.text.includes('Excel'))!;
  assert.equal(b.text, text.slice(b.offsets[0], b.offsets[b.offsets.length - 1] + 1));
});

test('an indented paragraph after a blank line stays in its list item', () => {
  const doc = parseDocument('## Skills\n\n- Excel\n\n  Power BI\n');
  const b = doc.blocks.find((x) => x.text.includes('Power BI'))!;
  assert.equal(b.type, 'item');
});

/** Best of a few runs, per input character. */
function costPerChar(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    clearChunkCache();
    const t = performance.now();
    parseDocument(text);
    best = Math.min(best, performance.now() - t);
  }
  return best / text.length;
}

test('deeply nested lists parse in time linear in their length (500 and 5,000 levels)', () => {
  const indented = (n: number) => { let s = '## Skills\n\n'; for (let i = 0; i < n; i++) s += '  '.repeat(i) + '- item ' + i + '\n'; return s; };
  const inline = (n: number) => '## Skills\n\n' + '- '.repeat(n) + 'deep\n';
  const quoted = (n: number) => '## Skills\n\n' + '> '.repeat(n) + 'deep\n';
  for (const [name, make] of [['indented', indented], ['inline', inline], ['quoted', quoted]] as const) {
    const small = costPerChar(make(500), 3);
    const large = costPerChar(make(5000), name === 'indented' ? 1 : 3);
    // quadratic would be ~10x per character at 10x the depth; linear is ~1x
    assert.ok(large < small * 4 + 0.001, `${name}: ${large.toFixed(5)} ms/char at 5,000 levels vs ${small.toFixed(5)} at 500`);
  }
  const started = performance.now();
  parseDocument(indented(500));
  assert.ok(performance.now() - started < 5000, '500 levels parse well under the 7-19 s it took');
});

// Class: one long run of word characters with no space (a pasted hash, a minified line, a URL
// without its scheme): the contact-line test once backtracked over it from every position
test('a long unbroken run of word characters parses in time linear in its length (5,000 and 50,000 characters)', () => {
  const runs = {
    letters: (n: number) => '# Jane Doe\n## Skills\n- SQL\n\n' + 'a'.repeat(n) + '\n',
    dotted: (n: number) => '# Jane Doe\n\n' + 'ab.'.repeat(Math.floor(n / 3)) + '\n',
    digits: (n: number) => '## Experience\n\n' + '1'.repeat(n) + '\n',
  };
  for (const [name, make] of Object.entries(runs)) {
    const small = costPerChar(make(5000), 3);
    const large = costPerChar(make(50000), 3);
    // quadratic would be ~10x per character at 10x the length; linear is ~1x
    assert.ok(large < small * 4 + 0.001, `${name}: ${large.toFixed(5)} ms/char at 50,000 vs ${small.toFixed(5)} at 5,000`);
  }
});
