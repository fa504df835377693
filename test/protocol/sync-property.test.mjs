// Property-based document sync: random incremental edits (bare CR, CRLF, markup, skill words,
// unicode) to a resume and its job, single or in bursts with code action requests in between,
// and after each sequence: the server's text is the client's, diagnostics of the final version
// equal a fresh analysis of the same text in a second server, every range lies inside the
// document, a skill's range text is its surface text, and every code action is labelled with the
// version it was computed for and applies cleanly to that version.
// Run: node --test test/protocol/sync-property.test.mjs
// More: HRDOCS_SYNC_SEQUENCES=10000 (HRDOCS_SYNC_SEED to replay; HRDOCS_SYNC_PARALLEL sequences at once per server).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, copyFixtures, startServer } from './client.mjs';

const SEQUENCES = Number(process.env.HRDOCS_SYNC_SEQUENCES ?? 500);
const PER_SERVER = Number(process.env.HRDOCS_SYNC_PER_SERVER ?? 250);
const PARALLEL = Number(process.env.HRDOCS_SYNC_PARALLEL ?? 25);
const SEED = Number(process.env.HRDOCS_SYNC_SEED ?? 20261201);
const SETTLE_MS = 15_000;
const MAX_FAILURES = Number(process.env.HRDOCS_SYNC_MAX_FAILURES ?? 5);

const PIECES = ['\r', '\r\n', '\n', '\n\n', ' ', '- ', '1. ', '> ', '## ', '## Skills\n', '---\n', '```', '<!--', '-->',
  '<span style="color:red">', '</span>', '**', '_', 'Tableau', 'SQL', 'Excel', 'Power BI', 'critical care', 'ACLS',
  'Python', 'BLS', 'é', '🙂', '\u2028', '\t'];
const text = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 2 }) }), { maxLength: 3 })
  .map((a) => a.join(''));
const edit = fc.record({ job: fc.boolean(), at: fc.nat(), len: fc.oneof(fc.constant(0), fc.nat({ max: 20 })), text });
const step = fc.oneof(
  { weight: 3, arbitrary: edit.map((e) => ({ kind: 'edit', edit: e })) },
  { weight: 1, arbitrary: fc.array(fc.oneof(edit, fc.constant('codeAction')), { minLength: 2, maxLength: 6 }).map((items) => ({ kind: 'burst', items })) },
);
const sequence = fc.record({ variant: fc.nat({ max: 3 }), steps: fc.array(step, { minLength: 1, maxLength: 8 }), pauseMs: fc.nat({ max: 30 }) });

describe('document sync under random edits', () => {
  let ws;
  const servers = [];
  let resumeText;
  let jobText;

  before(() => {
    ws = copyFixtures('hrdocs-sync-');
    resumeText = readFileSync(ws.path('resumes/jordan-lee-resume.md'), 'utf8');
    jobText = readFileSync(ws.path('jobs/icu-nurse.md'), 'utf8');
  });

  after(() => {
    for (const s of servers) s.kill();
    ws?.dispose();
  });

  /** The starting documents: as written, CRLF, bare CR, and a short resume. */
  function variants(n, id) {
    const resume = resumeText.replace('../jobs/icu-nurse.md', `../jobs/p${id}.md`);
    switch (n) {
      case 1: return { resume: resume.replace(/\n/g, '\r\n'), job: jobText.replace(/\n/g, '\r\n') };
      case 2: return { resume: resume.replace(/\n\n/g, '\n\r'), job: jobText.replace(/\n- /g, '\r- ') };
      case 3: return {
        resume: `---\ntarget: ../jobs/p${id}.md\n---\n# Ana\n\n## Summary\n\nAnalyst.\n\n## Skills\n\n- Excel\n  and Power BI\n\n  Tableau, SQL and Python\n- <b>SQL</b>\n`,
        job: '# Analyst\n\n## Requirements\n\n- Tableau\n\n  SQL and Python\n\n## About\n\nWe are hiring.\n',
      };
      default: return { resume, job: jobText };
    }
  }

  test(`${SEQUENCES} random edit sequences keep server and client in sync`, { timeout: 30 * 60_000 }, async () => {
    const samples = fc.sample(sequence, { numRuns: SEQUENCES, seed: SEED });
    const failures = [];
    for (let from = 0; from < samples.length; from += PER_SERVER) {
      // the reference server sees only final texts: its caches never held an intermediate version
      const [client, reference] = await Promise.all([
        startServer({ folder: ws.dir, env: { HRDOCS_DEBUG_SYNC: '1' } }),
        startServer({ folder: ws.dir }),
      ]);
      servers.push(client, reference);
      const batch = samples.slice(from, from + PER_SERVER).map((s, i) => [from + i, s]);
      let next = 0;
      const worker = async () => {
        while (next < batch.length && failures.length < MAX_FAILURES) {
          const [id, seq] = batch[next++];
          try {
            await runSequence(client, reference, id, seq);
          } catch (err) {
            failures.push(`sequence ${id} (seed ${SEED}): ${err.message}\n${JSON.stringify(seq)}`);
          }
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      client.kill();
      reference.kill();
      if (failures.length) break;
    }
    if (markupSpanning) console.log(`# ${markupSpanning} skill mentions span inline markup (engine/skills limit)`);
    assert.deepEqual(failures, [], failures.join('\n\n'));
  });

  async function runSequence(client, reference, id, seq) {
    const uris = { resume: ws.uri(`resumes/p${id}-resume.md`), job: ws.uri(`jobs/p${id}.md`) };
    const start = variants(seq.variant, id);
    const history = { resume: new Map([[1, start.resume]]), job: new Map([[1, start.job]]) };
    await client.open(uris.job, start.job);
    await client.open(uris.resume, start.resume);
    const pendingActions = [];
    const change = (e) => {
      const which = e.job ? 'job' : 'resume';
      const doc = client.docs.get(uris[which]);
      const t = doc.getText();
      const at = e.at % (t.length + 1);
      const range = { start: doc.positionAt(at), end: doc.positionAt(Math.min(t.length, at + e.len)) };
      const version = client.change(uris[which], [{ range, text: e.text }]);
      history[which].set(version, client.text(uris[which]));
    };
    const askActions = () => {
      const version = client.docs.get(uris.resume).version;
      const whole = { start: { line: 0, character: 0 }, end: client.docs.get(uris.resume).positionAt(client.text(uris.resume).length) };
      const diagnostics = (client.latestDiagnostics(uris.resume)?.diagnostics ?? []).filter((d) => d.code === 'missing-skill');
      pendingActions.push(client.request('textDocument/codeAction', { textDocument: { uri: uris.resume }, range: whole, context: { diagnostics } }).then((actions) => ({ version, actions })));
    };
    for (const s of seq.steps) {
      if (s.kind === 'edit') change(s.edit);
      else for (const item of s.items) (item === 'codeAction' ? askActions() : change(item));
      if (seq.pauseMs) await new Promise((r) => setTimeout(r, seq.pauseMs));
    }
    askActions();
    for (const { version, actions } of await Promise.all(pendingActions)) checkActions(actions, version, history.resume, uris.resume);

    for (const which of ['job', 'resume']) {
      const uri = uris[which];
      const final = client.text(uri);
      const version = client.docs.get(uri).version;
      // a server without HRDOCS_DEBUG_SYNC support (an older build) is checked by its diagnostics alone
      const debug = await client.request('hrdocs/debugSync', { uri }).catch(() => undefined);
      if (debug) {
        assert.equal(debug.text, final, `${which}: server text differs from client text`);
        assert.equal(debug.version, version);
      }
      await client.waitForDiagnostics(uri, (_d, p) => p.version === version, { what: `${which} diagnostics for v${version}`, timeout: SETTLE_MS });
      checkRanges(client.latestDiagnostics(uri).diagnostics, final, `${which} diagnostics`);
      if (debug?.mentions) checkMentions(debug.mentions, final, which);
    }
    // a fresh analysis of the final texts under the same URIs in the reference server (job first:
    // the resume is measured against it)
    await reference.open(uris.job, client.text(uris.job));
    await reference.open(uris.resume, client.text(uris.resume));
    for (const uri of [uris.job, uris.resume]) {
      const expected = await reference.waitForDiagnostics(uri, () => true, { what: 'fresh diagnostics', timeout: SETTLE_MS });
      // the edited document's final diagnostics: a dependent re-check may still be on its way
      await client.waitForDiagnostics(uri, (d, p) => p.version === client.docs.get(uri).version && same(d, expected), {
        what: `diagnostics of ${uri} equal to a fresh analysis\nfresh: ${JSON.stringify(expected)}\nlatest: ${JSON.stringify(client.latestDiagnostics(uri))}`, timeout: SETTLE_MS,
      });
    }
    for (const uri of [uris.resume, uris.job]) {
      await client.close(uri);
      await reference.close(uri);
    }
  }
});

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function lineLengths(text) {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function checkRange(range, lengths, what) {
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lengths.length, `${what}: line ${p.line} past the last line (${lengths.length})`);
    assert.ok(p.character >= 0 && p.character <= lengths[p.line], `${what}: character ${p.character} past the end of line ${p.line}`);
  }
  assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what}: range ends before it starts`);
}

function checkRanges(diagnostics, text, what) {
  const lengths = lineLengths(text);
  for (const d of diagnostics) checkRange(d.range, lengths, `${what} ${d.code}`);
}

function rangeText(text, range) {
  const doc = TextDocument.create('file:///t.md', 'markdown', 1, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

/** `short` is `long` with characters (the markup) left out */
function isSubsequence(short, long) {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}
let markupSpanning = 0;

function checkMentions(mentions, text, which) {
  const lengths = lineLengths(text);
  for (const m of mentions) {
    checkRange(m.range, lengths, `${which} skill '${m.text}'`);
    const written = rangeText(text, m.range);
    // known limit, owned by engine/skills: a mention joined across inline markup (emphasis, HTML)
    // has the markup in its range but not in its text; counted, not failed
    if (written !== m.text && /[<>*_`[\]\\]/.test(written) && isSubsequence(m.text, written)) {
      markupSpanning++;
      continue;
    }
    assert.equal(written, m.text, `${which}: skill range text differs from its surface text`);
  }
}

/** Labelled with the version the request was sent for (or empty), and applies cleanly to that version. */
function checkActions(actions, version, history, uri) {
  for (const a of actions) {
    // a command-only action (turn a rule off, not a skill) edits no text
    if (!a.edit && a.command) continue;
    const dc = a.edit?.documentChanges;
    assert.ok(dc?.length, `code action '${a.title}' without documentChanges`);
    for (const change of dc) {
      assert.equal(change.textDocument.uri, uri);
      assert.equal(change.textDocument.version, version, `code action '${a.title}' computed for v${version} labelled v${change.textDocument.version}`);
      const text = history.get(version);
      const lengths = lineLengths(text);
      for (const e of change.edits) checkRange(e.range, lengths, `code action '${a.title}'`);
      const applied = applyEdits(text, change.edits);
      assert.ok(applied.length >= text.length, `code action '${a.title}' removes text`);
    }
  }
}
