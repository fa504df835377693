// Fixes that never lie, and lenses that read as they sort, over the real server: fix-all adds a
// skill the resume shows elsewhere and never one it does not; code lenses are ordered by the
// score they show, carry a calibrated label and mark the pinned target; "Set as target job"
// writes the resume's front matter through workspace/applyEdit.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { applyEdits, copyFixtures, sectionText, startServer } from './client.mjs';

// synthetic: one skill of the job in a bullet but not in Skills (hemodynamic monitoring), others nowhere
const RESUME = [
  '---', 'hrdocs: resume', 'target: ../jobs/icu-nurse.md', '---', '', '# Robin Park', '',
  '## Skills', '', '- Patient assessment', '- Medication administration', '',
  '## Experience', '', '### Registered Nurse — Lakeside Hospital', '*Mar 2019 – Present*', '',
  '- Provided hemodynamic monitoring for post-operative patients.', '',
].join('\n');

const OTHER_JOB = [
  '---', 'hrdocs: job', '---', '', '# Payroll Accountant', '', '## Requirements', '',
  '- Payroll processing', '- General ledger', '- Account reconciliation', '- Excel', '',
].join('\n');

describe('honest fixes and sorted lenses (protocol)', () => {
  let ws;
  let client;
  let uri;

  before(async () => {
    ws = copyFixtures('hrdocs-honest-');
    writeFileSync(ws.path('resumes/robin-park-resume.md'), RESUME);
    writeFileSync(ws.path('jobs/payroll-accountant.md'), OTHER_JOB);
    client = await startServer({ folder: ws.dir, settings: {} });
    uri = ws.uri('resumes/robin-park-resume.md');
    await client.open(uri, RESUME);
  });

  after(async () => {
    client?.kill();
    ws?.dispose();
  });

  test('fixAll adds the skill the resume shows, and not the ones it does not', async () => {
    const d = await client.waitForDiagnostics(uri, (x) => x.some((y) => y.code === 'unlisted-skill') && x.some((y) => y.code === 'missing-skill'), { what: 'unlisted and missing skills' });
    const missing = d.filter((x) => x.code === 'missing-skill');
    const unlisted = d.filter((x) => x.code === 'unlisted-skill');
    assert.deepEqual(unlisted.map((x) => x.message), ['Required skill not in Skills: Hemodynamic monitoring']);
    assert.equal(unlisted[0].range.start.line, 17, 'on the bullet that shows it');
    assert.ok(missing.every((x) => /^Missing required skill: \S/.test(x.message)), missing.map((x) => x.message).join(' | '));
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [...missing, ...unlisted], only: ['source.fixAll'], triggerKind: 1 },
    });
    assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(actions[0].title, "Add 'Hemodynamic monitoring' to Skills (the resume already shows it)");
    const fixed = applyEdits(RESUME, actions[0].edit.changes[uri]);
    assert.equal(sectionText(fixed, 'Skills').trim(), '- Patient assessment\n- Medication administration\n- Hemodynamic monitoring');
    assert.equal(fixed.replace('\n- Hemodynamic monitoring', ''), RESUME, 'only that line inserted');
    // each missing skill gets its own question, never preferred
    const quick = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: missing[0].range, context: { diagnostics: missing, only: ['quickfix.hrdocs.addSkill'] },
    });
    assert.ok(quick.length >= 1);
    for (const a of quick) {
      assert.equal(a.isPreferred, false, a.title);
      assert.match(a.title, /^I have .+: add it to Skills$/);
    }
  });

  test('lenses are sorted by the score they show, labelled, the target marked, others can be pinned', async () => {
    let lenses;
    for (let i = 0; i < 50; i++) {
      lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
      if (lenses.filter((l) => l.data).length >= 2) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const matchLenses = lenses.filter((l) => l.data);
    assert.equal(matchLenses.length, 2, JSON.stringify(lenses));
    const resolved = await Promise.all(matchLenses.map((l) => client.request('codeLens/resolve', l)));
    const scores = resolved.map((l) => Number(/^Match (\d+)%/.exec(l.command.title)[1]));
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), resolved.map((l) => l.command.title).join(' | '));
    for (const l of resolved) assert.match(l.command.title, /^Match \d+% · (strong fit|partial|different field) · /);
    const target = resolved.find((l) => l.data.jobUri === ws.uri('jobs/icu-nurse.md'));
    assert.match(target.command.title, / · 📌 target$/);
    const other = resolved.find((l) => l.data.jobUri === ws.uri('jobs/payroll-accountant.md'));
    assert.doesNotMatch(other.command.title, /target/);
    // "Set as target job" sits right after the job it pins, and only for a job that is not the target
    const pins = lenses.filter((l) => l.command?.command === 'hrdocs.server.setTargetJob');
    assert.equal(pins.length, 1);
    assert.equal(pins[0].command.title, 'Set as target job');
    assert.deepEqual(pins[0].command.arguments, [{ resumeUri: uri, jobUri: ws.uri('jobs/payroll-accountant.md') }]);
    assert.equal(lenses[lenses.indexOf(pins[0]) - 1].data.jobUri, ws.uri('jobs/payroll-accountant.md'));

    const before = client.appliedEdits.length;
    const edit = await client.request('workspace/executeCommand', { command: pins[0].command.command, arguments: pins[0].command.arguments });
    await client.waitFor('applyEdit', () => client.appliedEdits.length > before, 'workspace/applyEdit');
    const change = edit.documentChanges[0];
    assert.equal(change.textDocument.uri, uri);
    assert.equal(applyEdits(RESUME, change.edits), RESUME.replace('target: ../jobs/icu-nurse.md', 'target: ../jobs/payroll-accountant.md'));
  });
});
