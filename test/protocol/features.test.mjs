// The real hrdocs server over stdio, driven like an editor would: diagnostics, code lenses, hover,
// code actions, commands, shutdown. Run: npm run build && node --test test/protocol/
import assert from 'node:assert/strict';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { applyEdits, copyFixtures, dateTokens, sectionText, startServer } from './client.mjs';

const RESUME = 'resumes/jordan-lee-resume.md';
const JOB = 'jobs/icu-nurse.md';
const DOCS = 'https://github.com/hrdocs/hrdocs#diagnostics';
// with no minConfidence set, hints are cut where the skill calibrator was trained to cut them
const HINT_THRESHOLD = JSON.parse(readFileSync(new URL('../../models/skill-calibrator.json', import.meta.url), 'utf8')).thresholds.hint;

describe('hrdocs language server (protocol)', () => {
  let ws;
  let client;
  let resumeUri;
  let resumeText;
  let diagnostics;

  before(async () => {
    ws = copyFixtures();
    client = await startServer({ folder: ws.dir, settings: {} });
    resumeUri = ws.uri(RESUME);
    resumeText = readFileSync(ws.path(RESUME), 'utf8');
    await client.open(resumeUri, resumeText);
    diagnostics = await client.waitForDiagnostics(
      resumeUri,
      (d) => d.some((x) => x.code === 'missing-skill'),
      { what: 'missing-skill diagnostics on the resume' },
    );
  });

  after(async () => {
    client?.kill();
    ws?.dispose();
  });

  test('initialize advertises the features', async () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.hoverProvider);
    assert.equal(caps.codeLensProvider.resolveProvider, true);
    assert.ok(caps.codeActionProvider.codeActionKinds.includes('source.fixAll.hrdocs'));
    assert.ok(caps.codeActionProvider.codeActionKinds.includes('quickfix.hrdocs.addSkill'));
    assert.deepEqual(
      [...caps.executeCommandProvider.commands].sort(),
      ['hrdocs.server.addNotSkill', 'hrdocs.server.addWorkspaceSkill', 'hrdocs.server.explainMatch', 'hrdocs.server.generateJobDescription', 'hrdocs.server.generateMatchingJobs', 'hrdocs.server.setTargetJob'],
    );
    assert.ok(client.configurationRequests >= 1, 'settings are pulled with workspace/configuration');
    const watch = await client.waitFor(
      'registration',
      () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      'a dynamic registration for watched files',
    );
    assert.deepEqual(watch.registerOptions.watchers, [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/.hrdocs/{not-skills,skills}.txt' }]);
  });

  test('status notification reports the engine', async () => {
    const ready = await client.waitForStatus('ready');
    assert.ok(['cpu', 'cuda', 'none'].includes(ready.device));
    assert.ok(['models', 'rules'].includes(ready.engine));
    assert.ok(client.statuses.some((s) => s.state === 'loading'), 'loading is reported first');
    assert.ok(client.progressTokens.length >= 1, 'work-done progress while loading');
    assert.ok(client.progress.some((p) => p.value?.kind === 'begin'));
  });

  test('skills are hints with code, codeDescription and data', () => {
    const skills = diagnostics.filter((d) => d.code === 'skill');
    assert.ok(skills.length > 0, 'at least one skill hint');
    for (const d of skills) {
      assert.equal(d.severity, 4, 'Hint');
      assert.equal(d.source, 'hrdocs');
      assert.equal(d.codeDescription.href, `${DOCS}-skill`);
      assert.match(d.message, /^Skill: .+ \(.+, \d+%\)$/);
      assert.equal(d.data.kind, 'skill');
      assert.equal(typeof d.data.name, 'string');
      assert.equal(typeof d.data.id, 'string');
      assert.ok(d.data.confidence >= HINT_THRESHOLD, 'the calibrator\'s hint threshold is the default');
    }
  });

  test('missing required skills of the target job are Information on the Skills heading', () => {
    const missing = diagnostics.filter((d) => d.code === 'missing-skill');
    assert.ok(missing.length > 0);
    const skillsHeadingLine = resumeText.split('\n').findIndex((l) => /^## Skills/.test(l));
    for (const d of missing) {
      assert.equal(d.severity, 3, 'Information');
      assert.equal(d.source, 'hrdocs');
      assert.equal(d.codeDescription.href, `${DOCS}-missing-skill`);
      assert.equal(d.data.kind, 'missing-skill');
      assert.equal(typeof d.data.skill, 'string');
      assert.equal(d.data.jobUri, ws.uri(JOB));
      assert.equal(d.range.start.line, skillsHeadingLine);
    }
  });

  test('every diagnostic has source hrdocs and a stable documented code', () => {
    const codes = new Set(['skill', 'missing-skill', 'unlisted-skill', 'experience-short', 'experience-missing']);
    for (const d of diagnostics) {
      assert.equal(d.source, 'hrdocs');
      assert.ok(codes.has(d.code), `known code ${d.code}`);
      assert.equal(d.codeDescription.href, `${DOCS}-${d.code}`);
    }
  });

  test('experience short of the requirement is a Warning on the dates', () => {
    const short = diagnostics.filter((d) => d.code === 'experience-short' || d.code === 'experience-missing');
    assert.ok(short.length > 0, 'the 5-year requirement is not met by ~3 years');
    for (const d of short) assert.equal(d.severity, 2, 'Warning');
    const s = short.find((d) => d.code === 'experience-short');
    if (s) assert.match(s.message, /\d+\.\d of \d+(\.\d)? years as .+ required by .+ job/);
  });

  test('code lens: cheap lenses, score in resolve', async () => {
    const lenses = (await client.request('textDocument/codeLens', { textDocument: { uri: resumeUri } })).filter((l) => l.data);
    assert.ok(lenses.length >= 1 && lenses.length <= 3);
    assert.equal(lenses[0].range.start.line, 0);
    assert.equal(lenses[0].command, undefined, 'the score is left to codeLens/resolve');
    assert.equal(lenses[0].data.jobUri, ws.uri(JOB));
    const resolved = await client.request('codeLens/resolve', lenses[0]);
    assert.match(resolved.command.title, /^Match \d{1,3}% · (strong fit|partial|different field) · .+ · 📌 target$/, 'the pinned target is marked');
    assert.equal(resolved.command.command, 'hrdocs.showMatch');
    assert.deepEqual(resolved.command.arguments, [{ resumeUri, jobUri: ws.uri(JOB) }]);
  });

  test('code lens on a job lists its best resumes', async () => {
    const jobUri = ws.uri(JOB);
    await client.open(jobUri, readFileSync(ws.path(JOB), 'utf8'));
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: jobUri } });
    assert.ok(lenses.length >= 1);
    const resolved = await client.request('codeLens/resolve', lenses[0]);
    assert.match(resolved.command.title, /^Match \d{1,3}% · /);
    await client.close(jobUri);
  });

  test('hover on a skill shows its canonical name and source', async () => {
    const skill = diagnostics.find((d) => d.code === 'skill');
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: resumeUri },
      position: { line: skill.range.start.line, character: skill.range.start.character + 1 },
    });
    assert.ok(hover, 'a hover');
    assert.equal(hover.contents.kind, 'markdown');
    assert.ok(hover.contents.value.includes(escapeMd(skill.data.name)), hover.contents.value);
    assert.match(hover.contents.value, /Confidence \d+%/);
    // plain words: where the name comes from, how it was found; no internal names or ids
    assert.match(hover.contents.value, /Name from|Listed as|In no classification/);
    assert.match(hover.contents.value, /listed|read from a sentence|its name is written/);
    assert.doesNotMatch(hover.contents.value, /section-item|requiredSkills|`rjdb:|`new:|found by/);
  });

  test('a skill ESCO names by an action the resume does not state is shown in the resume\'s words, its entry named in the hover', async () => {
    const uri = ws.uri('resumes/pr-resume.md');
    const text = [
      '---', 'hrdocs: resume', '---', '', '# Sam Okafor', '', '## Summary', '',
      'Communications officer for a regional charity.', '', '## Skills', '', '- Marketing Strategy', '- Press releases', '',
    ].join('\n');
    await client.open(uri, text);
    const d = await client.waitForDiagnostics(uri, (x) => x.some((y) => y.code === 'skill' && /marketing strategy/i.test(y.data.text)), { what: 'the Marketing Strategy hint' });
    const pr = d.find((x) => x.code === 'skill' && /marketing strategy/i.test(x.data.text));
    assert.equal(pr.data.name, 'Marketing Strategy');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: pr.range.start.line, character: pr.range.start.character + 1 } });
    assert.match(hover.contents.value, /\*\*Marketing Strategy\*\*/);
    assert.match(hover.contents.value, /Listed as “implement marketing strategies” in ESCO/);
    await client.close(uri);
  });

  test('hover on the Skills heading explains the match', async () => {
    const missing = diagnostics.find((d) => d.code === 'missing-skill');
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: resumeUri },
      position: { line: missing.range.start.line, character: 3 },
    });
    assert.ok(hover);
    assert.match(hover.contents.value, /Match \d+% with /);
  });

  test('a missing skill\'s quick fix is the owner\'s claim: not preferred, asked as a question, inside Skills, no date touched', async () => {
    const missing = diagnostics.find((d) => d.code === 'missing-skill');
    assert.match(missing.message, /^Missing required skill: .+$/);
    assert.equal(missing.relatedInformation?.[0]?.location.uri, ws.uri(JOB), 'the job in related information');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: resumeUri },
      range: missing.range,
      context: { diagnostics: [missing], only: ['quickfix'], triggerKind: 1 },
    });
    const fix = actions.find((a) => a.kind === 'quickfix.hrdocs.addSkill');
    assert.ok(fix, `a quickfix.hrdocs.addSkill action in ${JSON.stringify(actions.map((a) => a.kind))}`);
    assert.equal(fix.isPreferred, false, 'the resume does not show it: only its owner can vouch for it');
    assert.equal(fix.title, `I have ${missing.data.text}: add it to Skills`);
    assert.equal(fix.diagnostics[0].data.skill, missing.data.skill);
    const edits = fix.edit.changes[resumeUri];
    assert.ok(edits?.length > 0);
    assert.equal(fix.edit.documentChanges[0].textDocument.version, 1, 'versioned edit for a VS Code-like client');
    const fixed = applyEdits(resumeText, edits);
    const skills = sectionText(fixed, 'Skills');
    assert.ok(skills.toLowerCase().includes(missing.data.text.toLowerCase()), `Skills section now lists ${missing.data.text}:\n${skills}`);
    assert.deepEqual(dateTokens(fixed), dateTokens(resumeText), 'dates and years untouched');
    assert.equal(sectionText(fixed, 'Experience'), sectionText(resumeText, 'Experience'));
  });

  test('source.fixAll.hrdocs is not offered when the resume shows none of the missing skills', async () => {
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: resumeUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 1 },
    });
    assert.deepEqual(actions.filter((a) => a.kind === 'source.fixAll.hrdocs'), [], 'fix-all never claims a skill for the owner');
  });

  test('fixAll on a resume without a Skills section adds one, after the summary, with only what the resume shows', async () => {
    const uri = ws.uri('resumes/no-skills-resume.md');
    const text = [
      '---', 'hrdocs: resume', 'target: ../jobs/icu-nurse.md', '---', '', '# Alex Rivera', '',
      '## Summary', '', 'Registered Nurse focused on patient assessment and medication administration.', '',
      '## Experience', '', '### Registered Nurse — Northside Hospital', '*Feb 2020 – Jan 2023*', '',
      '- Performed patient assessment on a telemetry unit.', '- Provided hemodynamic monitoring for post-operative patients.', '',
      '## Education', '', 'BSN, State University, 2019', '',
    ].join('\n');
    await client.open(uri, text);
    const d = await client.waitForDiagnostics(uri, (x) => x.some((y) => y.code === 'unlisted-skill'), { what: 'gaps on a resume without Skills' });
    const unlisted = d.filter((x) => x.code === 'unlisted-skill');
    const hemodynamic = unlisted.find((x) => /hemodynamic monitoring/i.test(x.data.text));
    assert.ok(hemodynamic, JSON.stringify(unlisted.map((x) => x.message)));
    assert.equal(hemodynamic.range.start.line, 17, 'on the bullet that shows it');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: hemodynamic.range,
      context: { diagnostics: d.filter((x) => x.code === 'missing-skill' || x.code === 'unlisted-skill'), only: ['source.fixAll.hrdocs'], triggerKind: 1 },
    });
    assert.equal(actions.length, 1);
    const fixed = applyEdits(text, actions[0].edit.changes[uri]);
    assert.equal(fixed.match(/^## Skills/gm)?.length, 1, `one Skills section:\n${fixed}`);
    assert.ok(fixed.indexOf('## Summary') < fixed.indexOf('## Skills') && fixed.indexOf('## Skills') < fixed.indexOf('## Experience'), fixed);
    assert.deepEqual(fixed.match(/^#+ .*/gm).filter((h) => h !== '## Skills'), text.match(/^#+ .*/gm), 'no heading moved or re-levelled');
    const skills = sectionText(fixed, 'Skills').toLowerCase();
    assert.ok(skills.includes('hemodynamic monitoring'));
    for (const m of d.filter((x) => x.code === 'missing-skill')) assert.ok(!skills.includes(m.data.text.toLowerCase()), `${m.data.text} is not claimed`);
    assert.deepEqual(dateTokens(fixed), dateTokens(text));
    // the evidenced skill's own quick fix is the preferred one
    const quick = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: hemodynamic.range,
      context: { diagnostics: [hemodynamic], only: ['quickfix'] },
    });
    const add = quick.find((a) => a.kind === 'quickfix.hrdocs.addSkill');
    assert.equal(add.isPreferred, true);
    assert.ok(sectionText(applyEdits(text, add.edit.changes[uri]), 'Skills').toLowerCase().includes('hemodynamic monitoring'));
    await client.close(uri);
  });

  test('generateMatchingJobs returns jobs with title, score and Markdown', async () => {
    const result = await client.request('workspace/executeCommand', {
      command: 'hrdocs.server.generateMatchingJobs',
      arguments: [{ uri: resumeUri, count: 2 }],
    });
    assert.ok(result.jobs.length >= 1);
    for (const j of result.jobs) {
      assert.equal(typeof j.title, 'string');
      assert.ok(j.title.length > 0);
      assert.equal(typeof j.score, 'number');
      assert.ok(j.markdown.includes('## '), 'Markdown with sections');
    }
  });

  test('generateJobDescription for a title', async () => {
    const result = await client.request('workspace/executeCommand', {
      command: 'hrdocs.server.generateJobDescription',
      arguments: [{ title: 'Registered Nurse' }],
    });
    assert.equal(result.jobs.length, 1);
    assert.ok(result.jobs[0].title.length > 0);
    assert.ok(result.jobs[0].markdown.includes('## '));
  });

  test('the generate commands accept what LSP clients send: a bare URI, [uri, count], a bare title', async () => {
    const bare = await client.request('workspace/executeCommand', { command: 'hrdocs.server.generateMatchingJobs', arguments: [resumeUri] });
    assert.ok(bare.jobs.length >= 1);
    const counted = await client.request('workspace/executeCommand', { command: 'hrdocs.server.generateMatchingJobs', arguments: [resumeUri, 1] });
    // count is the number of suggested roles; the one stretch role a step up comes on top of them
    assert.equal(counted.jobs.filter((j) => !j.stretch).length, 1);
    assert.ok(counted.jobs.filter((j) => j.stretch).length <= 1);
    const title = await client.request('workspace/executeCommand', { command: 'hrdocs.server.generateJobDescription', arguments: ['Registered Nurse'] });
    assert.equal(title.jobs.length, 1);
    assert.ok(title.jobs[0].markdown.includes('## '));
  });

  test('hrdocs.rules sets a rule\'s severity, or turns it off', async () => {
    const since = client.publishedCount(resumeUri);
    client.settings = { rules: { 'missing-skill': 'warning', skill: 'off' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const d = await client.waitForDiagnostics(resumeUri, (x) => x.some((y) => y.code === 'missing-skill' && y.severity === 2), { since, what: 'missing-skill as warnings' });
    assert.ok(!d.some((x) => x.code === 'skill'), 'skill hints are off');
    client.settings = {};
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(resumeUri, (x) => x.some((y) => y.code === 'missing-skill' && y.severity === 3), { since: since + 1, what: 'missing-skill back to information' });
  });

  test('explainMatch returns the summary the code lens shows', async () => {
    const jobUri = ws.uri(JOB);
    const s = await client.request('workspace/executeCommand', {
      command: 'hrdocs.server.explainMatch',
      arguments: [{ resumeUri, jobUri }],
    });
    assert.equal(s.resumeUri, resumeUri);
    assert.equal(s.jobUri, jobUri);
    assert.ok(s.score >= 0 && s.score <= 1);
    assert.equal(typeof s.match, 'boolean');
    assert.ok(s.jobTitle.length > 0);
    assert.ok(s.explanation.length > 0);
  });

  test('commands with bad arguments answer InvalidParams', async () => {
    const bad = [
      ['hrdocs.server.generateMatchingJobs', []],
      ['hrdocs.server.generateMatchingJobs', [{ uri: 42 }]],
      ['hrdocs.server.generateMatchingJobs', [{ uri: resumeUri, count: 0 }]],
      ['hrdocs.server.generateMatchingJobs', [{ uri: ws.uri('nope/missing.md') }]],
      ['hrdocs.server.generateJobDescription', [{ title: '' }]],
      ['hrdocs.server.explainMatch', [{ resumeUri }]],
      ['hrdocs.server.noSuchCommand', []],
    ];
    for (const [command, args] of bad) {
      await assert.rejects(
        client.request('workspace/executeCommand', { command, arguments: args }),
        (err) => err.code === -32602 && typeof err.message === 'string' && err.message.length > 10,
        `${command} ${JSON.stringify(args)}`,
      );
    }
  });

  test('settings change re-reads configuration and re-publishes', async () => {
    const since = client.publishedCount(resumeUri);
    client.settings = { diagnostics: { showSkills: false } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const d = await client.waitForDiagnostics(resumeUri, (x) => !x.some((y) => y.code === 'skill'), { since, what: 'diagnostics without skill hints' });
    assert.ok(d.some((x) => x.code === 'missing-skill'), 'gaps still reported');
    client.settings = {};
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(resumeUri, (x) => x.some((y) => y.code === 'skill'), { since: since + 1, what: 'skill hints back' });
  });

  test('a new inference.device re-creates the engine and re-publishes', async () => {
    const readyBefore = client.statuses.filter((x) => x.state === 'ready').length;
    const since = client.publishedCount(resumeUri);
    client.settings = { inference: { device: 'cpu' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('status', () => client.statuses.filter((x) => x.state === 'ready').length > readyBefore, 'a second ready status');
    assert.equal(client.statuses.at(-2).state, 'loading');
    assert.notEqual(client.statuses.at(-1).device, 'cuda');
    // identical diagnostics are not re-sent; an edit shows the new engine serving
    const version = client.change(resumeUri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: ' ' }]);
    const d = await client.waitForDiagnostics(resumeUri, (_x, p) => p.version === version, { since, what: 'diagnostics from the new engine' });
    assert.ok(d.some((x) => x.code === 'skill'));
    assert.ok(d.some((x) => x.code === 'missing-skill'));
    client.change(resumeUri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } }, text: '' }]);
    client.settings = {};
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('status', () => client.statuses.filter((x) => x.state === 'ready').length > readyBefore + 1, 'back to auto');
  });

  test('suppression comments hide diagnostics', async () => {
    const since = client.publishedCount(resumeUri);
    const skillsLine = client.text(resumeUri).split('\n').findIndex((l) => /^## Skills/.test(l));
    const version = client.change(resumeUri, [
      { range: { start: { line: skillsLine, character: 0 }, end: { line: skillsLine, character: 0 } }, text: '<!-- hrdocs-disable-next-line missing-skill -->\n' },
    ]);
    const d = await client.waitForDiagnostics(resumeUri, (_x, p) => p.version === version, { since, what: `diagnostics for version ${version}` });
    assert.ok(!d.some((x) => x.code === 'missing-skill'), 'missing-skill suppressed on the next line');
    assert.ok(d.some((x) => x.code === 'skill'), 'other codes stay');
    // undo
    const v2 = client.change(resumeUri, [
      { range: { start: { line: skillsLine, character: 0 }, end: { line: skillsLine + 1, character: 0 } }, text: '' },
    ]);
    await client.waitForDiagnostics(resumeUri, (x, p) => p.version === v2 && x.some((y) => y.code === 'missing-skill'), { since, what: 'gaps back' });
  });

  test('a changed target job re-publishes the resume', async () => {
    const jobUri = ws.uri(JOB);
    const jobText = readFileSync(ws.path(JOB), 'utf8');
    const missing = client.latestDiagnostics(resumeUri).diagnostics.filter((d) => d.code === 'missing-skill');
    const since = client.publishedCount(resumeUri);
    await client.open(jobUri, jobText);
    // the job stops requiring anything the resume lacks: drop the Requirements section
    const lines = jobText.split('\n');
    const start = lines.findIndex((l) => l.startsWith('## Requirements'));
    const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
    client.change(jobUri, [{ range: { start: { line: start, character: 0 }, end: { line: end, character: 0 } }, text: '## Requirements\n\n- Patient assessment\n\n' }]);
    const d = await client.waitForDiagnostics(
      resumeUri,
      (x) => x.filter((y) => y.code === 'missing-skill').length < missing.length,
      { since, what: 'resume diagnostics after the job changed' },
    );
    assert.ok(d.filter((y) => y.code === 'missing-skill').length < missing.length);
    await client.close(jobUri);
  });

  test('job descriptions added and deleted on disk are picked up (didChangeWatchedFiles)', async () => {
    const rel = 'jobs/med-surg-nurse.md';
    const uri = ws.uri(rel);
    writeFileSync(
      ws.path(rel),
      '---\nhrdocs: job\n---\n\n# Medical-Surgical Registered Nurse\n\n## Requirements\n\n- 2 years of experience as a Registered Nurse\n- Patient assessment\n- Wound care\n- Medication administration\n',
    );
    let refreshes = client.codeLensRefreshes;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    await client.waitFor('codeLensRefresh', () => client.codeLensRefreshes > refreshes, 'workspace/codeLens/refresh after a new job');
    let lenses = await client.request('textDocument/codeLens', { textDocument: { uri: resumeUri } });
    assert.ok(lenses.some((l) => l.data?.jobUri === uri), 'the new job is listed');
    assert.ok(lenses.some((l) => l.data?.jobUri === ws.uri(JOB) && l.data.pinned), 'the explicit target is listed, marked');
    refreshes = client.codeLensRefreshes;
    unlinkSync(ws.path(rel));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await client.waitFor('codeLensRefresh', () => client.codeLensRefreshes > refreshes, 'workspace/codeLens/refresh after a deletion');
    lenses = await client.request('textDocument/codeLens', { textDocument: { uri: resumeUri } });
    assert.ok(!lenses.some((l) => l.data?.jobUri === uri), 'the deleted job is gone');
  });

  test('shutdown and exit are clean', async () => {
    const result = await client.shutdown();
    assert.equal(result.code, 0);
  });
});

function escapeMd(s) {
  return s.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}
