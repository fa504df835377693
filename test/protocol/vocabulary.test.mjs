// The workspace vocabulary from the lightbulb, end to end over stdio: a skill finding offers the
// three dismissals ("Not a skill", "Ignore here", "Add to workspace skills"); "Not a skill" takes
// the phrase out of the analysis, so the match stops counting it (and counts it again when the
// file is emptied by hand); "Add to workspace skills" on a selected phrase makes it a skill of
// both documents, which the match then cites. Invented text only ("Quokkaflow").
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { copyFixtures, startServer } from './client.mjs';

const RESUME = 'resumes/jordan-lee-resume.md';
const JOB = 'jobs/icu-nurse.md';
const PHRASE = 'Quokkaflow';

/** "N of M required skills found" of an explanation, as [N, M]. */
function counts(explanation) {
  const m = /(\d+) of (\d+) required skills found/.exec(explanation);
  assert.ok(m, explanation);
  return [Number(m[1]), Number(m[2])];
}

describe('workspace skills and non-skills from the lightbulb', () => {
  let ws;
  let client;
  let resumeUri;
  let jobUri;
  const explain = async () => (await client.request('workspace/executeCommand', { command: 'hrdocs.server.explainMatch', arguments: [{ resumeUri, jobUri }] })).explanation;
  const actionsAt = (uri, range, diagnostics) => client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });

  before(async () => {
    ws = copyFixtures('hrdocs-vocabulary-');
    client = await startServer({ folder: ws.dir, settings: {} });
    resumeUri = ws.uri(RESUME);
    jobUri = ws.uri(JOB);
    const resume = readFileSync(ws.path(RESUME), 'utf8').replace('- Provided wound care and discharge teaching.\n', `$&- Charted every shift in ${PHRASE}.\n`);
    const job = readFileSync(ws.path(JOB), 'utf8').replace('- Basic Life Support (BLS)\n', `$&- Experience with ${PHRASE}\n`);
    await client.open(jobUri, job);
    await client.open(resumeUri, resume);
    await client.waitForDiagnostics(jobUri, (d) => d.some((x) => x.code === 'skill'), { what: 'job skill hints' });
    await client.waitForDiagnostics(resumeUri, (d) => d.some((x) => x.code === 'missing-skill'), { what: 'resume gaps' });
  });
  after(() => {
    client?.kill();
    ws?.dispose();
  });

  test('a skill finding offers "Not a skill", "Ignore here" and "Add to workspace skills", with the words as written', async () => {
    const skill = client.latestDiagnostics(resumeUri).diagnostics.find((d) => d.code === 'skill');
    const actions = await actionsAt(resumeUri, skill.range, [skill]);
    const kinds = actions.map((a) => a.kind);
    for (const kind of ['quickfix.hrdocs.notSkill', 'quickfix.hrdocs.ignore', 'quickfix.hrdocs.addWorkspaceSkill']) assert.ok(kinds.includes(kind), `${kind} in ${JSON.stringify(kinds)}`);
    const add = actions.find((a) => a.kind === 'quickfix.hrdocs.addWorkspaceSkill');
    assert.deepEqual(add.command, { title: 'Add to workspace skills', command: 'hrdocs.server.addWorkspaceSkill', arguments: [{ phrase: skill.data.text }] });
    assert.equal(add.title, `Add '${skill.data.text}' to workspace skills`);
    assert.deepEqual(add.diagnostics, [skill]);
  });

  test('"Not a skill" on a job requirement: the match stops counting it; emptying the file by hand brings it back', async () => {
    const explanation = await explain();
    const [, total] = counts(explanation);
    // a requirement of the job the explanation lists, under the words the hint carries
    const required = client.latestDiagnostics(jobUri).diagnostics
      .filter((d) => d.code === 'skill' && d.data.text !== PHRASE)
      .find((d) => explanation.includes(`✗ ${d.data.text}:`) || explanation.includes(`✓ ${d.data.text}:`));
    assert.ok(required, `a job skill hint listed in:\n${explanation}`);
    const phrase = required.data.text;
    const actions = await actionsAt(jobUri, required.range, [required]);
    const notSkill = actions.find((a) => a.kind === 'quickfix.hrdocs.notSkill');
    const sinceJob = client.publishedCount(jobUri);
    const sinceResume = client.publishedCount(resumeUri);
    await client.request('workspace/executeCommand', notSkill.command);
    const file = join(ws.dir, '.hrdocs', 'not-skills.txt');
    assert.ok(readFileSync(file, 'utf8').toLowerCase().includes(phrase.toLowerCase()));
    await client.waitForDiagnostics(jobUri, (d) => d.length > 0 && !d.some((x) => x.code === 'skill' && x.data?.text === phrase), { since: sinceJob, what: 'the hint gone from the job' });
    await client.waitForDiagnostics(resumeUri, (d) => !d.some((x) => x.code === 'missing-skill' && x.data?.text === phrase), { since: sinceResume, what: 'no gap for it in the resume' });
    const dismissed = await explain();
    assert.equal(counts(dismissed)[1], total - 1, dismissed);
    assert.ok(!dismissed.includes(`✗ ${phrase}:`) && !dismissed.includes(`✓ ${phrase}:`), dismissed);

    const since = client.publishedCount(jobUri);
    writeFileSync(file, '# emptied\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    await client.waitForDiagnostics(jobUri, (d) => d.some((x) => x.code === 'skill' && x.data?.text === phrase), { since, what: 'the hint back' });
    assert.equal(counts(await explain())[1], total);
  });

  test('"Add to workspace skills" on a selected phrase: a skill of both documents, named as written, and the match cites it', async () => {
    const before = await explain();
    const text = client.text(jobUri);
    const line = text.split('\n').findIndex((l) => l.includes(`with ${PHRASE}`));
    const character = text.split('\n')[line].indexOf(PHRASE);
    const range = { start: { line, character }, end: { line, character: character + PHRASE.length } };
    const actions = await actionsAt(jobUri, range, []);
    const add = actions.find((a) => a.kind === 'quickfix.hrdocs.addWorkspaceSkill');
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(add.command.arguments, [{ phrase: PHRASE }]);
    const sinceJob = client.publishedCount(jobUri);
    const sinceResume = client.publishedCount(resumeUri);
    await client.request('workspace/executeCommand', add.command);
    assert.match(readFileSync(join(ws.dir, '.hrdocs', 'skills.txt'), 'utf8'), new RegExp(`^${PHRASE}$`, 'm'));
    const isCustom = (d) => d.some((x) => x.code === 'skill' && x.data?.id === `workspace:${PHRASE.toLowerCase()}` && x.data?.name === PHRASE && x.data?.confidence === 1);
    await client.waitForDiagnostics(jobUri, isCustom, { since: sinceJob, what: 'the phrase a skill of the job' });
    await client.waitForDiagnostics(resumeUri, isCustom, { since: sinceResume, what: 'the phrase a skill of the resume' });
    const after = await explain();
    const resumeLine = client.text(resumeUri).split('\n').findIndex((l) => l.includes(PHRASE)) + 1;
    assert.ok(after.includes(`✓ ${PHRASE}: "${PHRASE}" (line ${resumeLine})`), after);
    assert.notEqual(after, before);
  });
});
