// The extension with the real hrdocs language server (server/bin/hrdocs.mjs lsp --stdio): diagnostics,
// code lenses, quick fixes, generation commands, status, restart. Every wait is on an event or a
// condition with a deadline; nothing sleeps.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension, codeOf, describe, open, waitFor, waitForDiagnostics, workspaceUri, years, skillsSection,
  type HrdocsApi,
} from './helpers';

interface GeneratedJob { title: string; score?: number; occupationId?: string; markdown: string }
interface MatchSummary { resumeUri: string; jobUri: string; jobTitle: string; score: number; match: boolean; explanation: string }

const resumeUri = workspaceUri('jordan-lee-resume.md');
const jobUri = workspaceUri('jobs', 'data-analyst.md');

/** The skill a missing-skill diagnostic is about: from its data ({ skill }), else its message
 *  ("Missing required skill: X"), else the first quoted text of the message. */
function skillName(d: vscode.Diagnostic): string | undefined {
  const data = (d as vscode.Diagnostic & { data?: unknown }).data as Record<string, unknown> | undefined;
  const fromData = (v: unknown): string | undefined => {
    if (typeof v === 'string' && v.trim()) return v;
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return fromData(o.label) ?? fromData(o.name) ?? fromData(o.preferredLabel);
    }
    return undefined;
  };
  const quoted = (s: string | undefined) => s?.match(/["“'`‘]([^"”'`’]+)["”'`’]/)?.[1];
  return (data && (fromData(data.text) ?? fromData(data.skillLabel) ?? fromData(data.label) ?? fromData(data.skill) ?? fromData(data.name)))
    ?? d.message.match(/^missing required skill:\s*(.+?)(?:\s+\(|$)/i)?.[1] ?? quoted(d.message);
}

function mentions(d: vscode.Diagnostic, skill: string): boolean {
  const data = JSON.stringify((d as vscode.Diagnostic & { data?: unknown }).data ?? '').toLowerCase();
  return d.message.toLowerCase().includes(skill.toLowerCase()) || data.includes(`"${skill.toLowerCase()}"`);
}

suite('language server', () => {
  let api: HrdocsApi;
  let codes: HrdocsApi['protocol']['DiagnosticCodes'];
  let commands: HrdocsApi['protocol']['ClientCommands'];

  suiteSetup(async function () {
    this.timeout(120_000);
    api = await activateExtension();
    codes = api.protocol.DiagnosticCodes;
    commands = api.protocol.ClientCommands;
    await api.ready();
  });

  test('status item shows the engine once the server is ready', async () => {
    const status = await waitFor('hrdocs/status ready', () => (api.status?.state === 'ready' ? api.status : undefined), {
      timeoutMs: 90_000, events: [api.onDidChangeStatus], explain: () => `${JSON.stringify(api.status)} / ${api.statusText}`,
    });
    assert.ok(['models', 'rules'].includes(status.engine), JSON.stringify(status));
    assert.match(api.statusText, /^hrdocs: (models \((CPU|CUDA)\)|rules)$/);
  });

  test('diagnostics: skills are hints, missing job skills are information', async () => {
    await open(jobUri);
    await open(resumeUri);
    const diags = await waitForDiagnostics(resumeUri, 'a skill hint and a missing-skill diagnostic on the resume',
      ds => ds.some(d => codeOf(d) === codes.skill) && ds.some(d => codeOf(d) === codes.missingSkill));
    for (const d of diags.filter(x => codeOf(x) === codes.skill)) {
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Hint, `skill diagnostics are hints:\n  ${describe([d])}`);
    }
    const missing = diags.filter(x => codeOf(x) === codes.missingSkill);
    for (const d of missing) {
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information, `missing-skill diagnostics are information:\n  ${describe([d])}`);
    }
    // The resume lacks Tableau and A/B testing, which the job requires.
    assert.ok(missing.some(d => /tableau|a\/b/i.test(d.message + JSON.stringify((d as { data?: unknown }).data ?? ''))),
      `a missing-skill diagnostic for Tableau or A/B testing:\n  ${describe(missing)}`);
    await waitForDiagnostics(jobUri, 'skill hints on the job', ds => ds.some(d => codeOf(d) === codes.skill));
  });

  test('code lens on the resume shows the match score', async () => {
    const lens = await waitFor('a resolved code lens whose title has a %', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', resumeUri, 20);
      return lenses?.find(l => l.command?.title.includes('%'));
    }, { timeoutMs: 60_000, intervalMs: 1000 });
    assert.match(lens.command!.title, /\d+\s?%/);
    if (lens.command!.command === commands.showMatch) {
      const summary = await vscode.commands.executeCommand<MatchSummary>(lens.command!.command, ...(lens.command!.arguments ?? []));
      assert.ok(summary, 'hrdocs.showMatch returns the MatchSummary');
      assert.strictEqual(typeof summary.score, 'number');
      assert.ok(summary.explanation.trim().length > 0, 'an explanation');
    }
  });

  test('a missing skill\'s quick fix asks the owner, is not preferred, adds it to Skills and changes no date', async () => {
    const doc = (await open(resumeUri)).document;
    const before = doc.getText();
    const missing = (await waitForDiagnostics(resumeUri, 'a missing-skill diagnostic',
      ds => ds.some(d => codeOf(d) === codes.missingSkill))).filter(d => codeOf(d) === codes.missingSkill);
    const target = missing[0];
    const skill = skillName(target);
    assert.ok(skill, `the skill name of ${describe([target])}`);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', resumeUri, target.range, undefined, 20);
    // Gap diagnostics share one anchor (the Skills heading), and actions returned by
    // vscode.executeCodeActionProvider carry no diagnostics: find the fix for this skill by its title.
    // The resume never shows the skill, so only its owner can vouch for it: the fix is worded as
    // the owner's claim and is never the preferred (auto-applicable) one.
    const fix = (actions ?? []).find(a => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind)
      && a.title.toLowerCase() === `i have ${skill.toLowerCase()}: add it to skills`);
    assert.ok(fix, `an "I have ${skill}: add it to Skills" quick fix; got: ${(actions ?? []).map(a => `${a.kind?.value} ${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join('; ')}`);
    assert.ok(!fix.isPreferred, 'not preferred');
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const after = doc.getText();
    assert.notStrictEqual(after, before, 'the document changed');
    assert.ok(skillsSection(after).toLowerCase().includes(skill.toLowerCase()), `"${skill}" in the Skills section:\n${skillsSection(after)}`);
    assert.deepStrictEqual(years(after), years(before), 'every year string unchanged');
    for (const line of before.split('\n').filter(l => /\b(19|20)\d{2}\b/.test(l))) {
      assert.ok(after.includes(line), `date line kept verbatim: ${line}`);
    }
    await waitForDiagnostics(resumeUri, `the missing-skill diagnostic for "${skill}" to disappear`,
      ds => ds.some(d => codeOf(d) === codes.skill) && !ds.some(d => codeOf(d) === codes.missingSkill && mentions(d, skill)));
  });

  test('generate matching jobs without picking returns scored Markdown jobs', async () => {
    const jobs = await vscode.commands.executeCommand<GeneratedJob[]>(commands.generateMatchingJobs, { uri: resumeUri.toString(), count: 3, pick: 'none' });
    assert.ok(Array.isArray(jobs) && jobs.length >= 1, `at least one job: ${JSON.stringify(jobs)?.slice(0, 300)}`);
    for (const job of jobs) {
      assert.ok(job.title.trim(), 'a title');
      assert.ok(typeof job.score === 'number' && job.score >= 0 && job.score <= 1, `score in [0,1]: ${job.score}`);
      assert.match(job.markdown, /^#{1,2}\s+\S/m, 'Markdown with a heading');
      assert.ok(job.markdown.length > 100, 'a real job description');
    }
  });

  test('generate matching jobs with pick "all" opens them as untitled Markdown named jobs/<slug>.md', async () => {
    const jobs = await vscode.commands.executeCommand<GeneratedJob[]>(commands.generateMatchingJobs, { uri: resumeUri.toString(), count: 2, pick: 'all' });
    assert.ok(jobs.length >= 1);
    const active = vscode.window.activeTextEditor?.document;
    assert.ok(active && active.uri.scheme === 'untitled' && active.languageId === 'markdown', `an untitled Markdown editor is active: ${active?.uri}`);
    const untitled = vscode.workspace.textDocuments.filter(d => d.uri.scheme === 'untitled' && d.languageId === 'markdown');
    const jobsFolder = workspaceUri('jobs').path;
    for (const job of jobs) {
      const doc = untitled.find(d => d.getText() === job.markdown);
      assert.ok(doc, `"${job.title}" opened as an untitled Markdown document`);
      // the suggested file name: saving the draft proposes <workspace>/jobs/<slug>.md
      assert.match(doc.uri.path.slice(jobsFolder.length), /^\/[a-z0-9]+(-[a-z0-9]+)*\.md$/, `named after its title in jobs/: ${doc.uri.path}`);
      assert.ok(doc.uri.path.startsWith(`${jobsFolder}/`), `in the workspace's jobs/ folder: ${doc.uri.path}`);
    }
  });

  test('generated jobs saved into jobs/ never overwrite a file', async () => {
    const jobsFolder = workspaceUri('jobs');
    const names = async () => (await vscode.workspace.fs.readDirectory(jobsFolder)).map(([name]) => name);
    const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const before = await names();
    const existing = await read(jobUri);
    const saved: vscode.Uri[] = [];
    try {
      // twice the same title: the second save must not replace the first (nor jobs/data-analyst.md)
      for (let i = 0; i < 2; i++) {
        const [job] = await vscode.commands.executeCommand<GeneratedJob[]>(commands.generateJobDescription, { title: 'Data Analyst', save: true });
        const added = (await names()).filter(n => !before.includes(n) && !saved.some(u => u.path.endsWith(`/${n}`)));
        assert.strictEqual(added.length, 1, `one new file in jobs/: ${added}`);
        const uri = vscode.Uri.joinPath(jobsFolder, added[0]);
        saved.push(uri);
        assert.strictEqual(await read(uri), job.markdown, `${added[0]} holds the generated job`);
        const active = vscode.window.activeTextEditor?.document;
        assert.strictEqual(active?.uri.toString(), uri.toString(), 'the saved file is open');
      }
      assert.notStrictEqual(saved[0].toString(), saved[1].toString());
      assert.strictEqual(await read(jobUri), existing, 'jobs/data-analyst.md unchanged');
    } finally {
      // the workspace's jobs as they were, for the tests that follow
      for (const uri of saved) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('generate a job description from a title', async () => {
    const jobs = await vscode.commands.executeCommand<GeneratedJob[]>(commands.generateJobDescription, { title: 'Data Analyst', open: false });
    assert.ok(Array.isArray(jobs) && jobs.length >= 1, 'a job description');
    assert.match(jobs[0].markdown, /^#{1,2}\s+\S/m);
  });

  test('settings reach the server: hrdocs.diagnostics.showSkills off hides skill hints', async () => {
    await open(resumeUri);
    await waitForDiagnostics(resumeUri, 'skill hints', ds => ds.some(d => codeOf(d) === codes.skill));
    const config = () => vscode.workspace.getConfiguration('hrdocs');
    await config().update('diagnostics.showSkills', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(resumeUri, 'no skill hints once showSkills is off',
        ds => !ds.some(d => codeOf(d) === codes.skill));
    } finally {
      await config().update('diagnostics.showSkills', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(resumeUri, 'skill hints back once showSkills is reset', ds => ds.some(d => codeOf(d) === codes.skill));
  });

  test('restart server: diagnostics come back', async () => {
    await vscode.commands.executeCommand(commands.restartServer);
    await api.ready();
    await open(resumeUri);
    await waitForDiagnostics(resumeUri, 'skill hints after the restart', ds => ds.some(d => codeOf(d) === codes.skill));
  });
});
