// The extension itself: activation, contributed commands and settings. Needs no language server.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, open, workspaceUri } from './helpers';

suite('extension', () => {
  test('activates on a Markdown document and registers its commands', async () => {
    await open(workspaceUri('jordan-lee-resume.md'));
    const api = await activateExtension();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'extension active');
    const commands = await vscode.commands.getCommands(true);
    for (const c of Object.values(api.protocol.ClientCommands)) assert.ok(commands.includes(c), `command ${c} registered`);
    assert.ok(commands.includes('hrdocs.showOutput'), 'command hrdocs.showOutput registered');
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string; category: string }[]);
    for (const c of Object.values(api.protocol.ClientCommands)) {
      assert.ok(contributed.some(x => x.command === c && x.category === 'hrdocs'), `${c} contributed with category hrdocs`);
    }
  });

  test('contributes every setting with its default', () => {
    const c = vscode.workspace.getConfiguration('hrdocs');
    assert.strictEqual(c.get('run'), 'onType');
    assert.strictEqual(c.get('inference.device'), 'auto');
    assert.ok(Array.isArray(c.get('documentPatterns.resume')) && c.get<string[]>('documentPatterns.resume')!.length > 0);
    assert.ok(Array.isArray(c.get('documentPatterns.job')) && c.get<string[]>('documentPatterns.job')!.length > 0);
    assert.strictEqual(c.get('diagnostics.showSkills'), true);
    // empty: the skill calibrator's own hint threshold
    assert.strictEqual(c.get('diagnostics.minConfidence'), null);
    assert.strictEqual(typeof c.get('maxDocumentLength'), 'number');
    assert.strictEqual(c.get('server.path'), '');
    // the section the client synchronizes to the server has the nested shape of HrdocsSettings
    assert.strictEqual((c as unknown as { inference: { device: string } }).inference.device, 'auto');
  });
});
