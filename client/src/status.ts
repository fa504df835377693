// The language status item (shown next to "Markdown" in the status bar): engine, execution
// provider and state, fed by the server's `hrdocs/status` notification and the client's state.
import * as vscode from 'vscode';
import { LANGUAGE_ID, type StatusParams } from 'hrdocs-protocol';

export const SHOW_OUTPUT_COMMAND = 'hrdocs.showOutput';

export class HrdocsStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly emitter = new vscode.EventEmitter<StatusParams>();
  /** Fires on every `hrdocs/status` notification. */
  readonly onDidChange = this.emitter.event;
  private last: StatusParams | undefined;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('hrdocs.status', { language: LANGUAGE_ID });
    this.item.name = 'hrdocs';
    this.item.command = { title: 'Show output', command: SHOW_OUTPUT_COMMAND };
    this.starting();
  }

  /** The last status the server sent, if any. */
  get current(): StatusParams | undefined { return this.last; }
  get text(): string { return this.item.text; }

  starting(): void {
    this.set('hrdocs: starting', 'Starting the language server', vscode.LanguageStatusSeverity.Information, true);
  }

  /** The server is up but has not reported its engine yet. */
  running(): void {
    if (this.last) return;
    this.set('hrdocs', 'Language server running. Runs offline: nothing leaves this machine.', vscode.LanguageStatusSeverity.Information, false);
  }

  stopped(reason?: string): void {
    this.last = undefined;
    this.set('hrdocs: stopped', reason ?? 'The language server is not running. Run "hrdocs: Restart server".',
      vscode.LanguageStatusSeverity.Warning, false);
  }

  failed(message: string): void {
    this.set('hrdocs: error', message, vscode.LanguageStatusSeverity.Error, false);
  }

  /** Applies the server's `hrdocs/status` notification. */
  update(p: StatusParams): void {
    this.last = p;
    const offline = 'Runs offline: nothing leaves this machine.';
    switch (p.state) {
      case 'loading':
        this.set('hrdocs: loading models', p.message ?? 'Loading models', vscode.LanguageStatusSeverity.Information, true);
        break;
      case 'error':
        this.set('hrdocs: error', p.message ?? 'The language server reported an error', vscode.LanguageStatusSeverity.Error, false);
        break;
      case 'ready': {
        const text = p.engine === 'models'
          ? `hrdocs: models (${p.device === 'none' ? 'no device' : p.device.toUpperCase()})`
          : 'hrdocs: rules';
        const detail = p.message ?? (p.engine === 'models'
          ? `Skill and match models on ${p.device === 'cuda' ? 'CUDA' : 'CPU'}. ${offline}`
          : `Rule-based engine (no models loaded). ${offline}`);
        this.set(text, detail, vscode.LanguageStatusSeverity.Information, false);
        break;
      }
    }
    this.emitter.fire(p);
  }

  private set(text: string, detail: string, severity: vscode.LanguageStatusSeverity, busy: boolean): void {
    this.item.text = text;
    this.item.detail = detail;
    this.item.severity = severity;
    this.item.busy = busy;
  }

  dispose(): void {
    this.item.dispose();
    this.emitter.dispose();
  }
}
