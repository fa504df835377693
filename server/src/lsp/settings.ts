// Settings: pulled from the client (`workspace/configuration`, section `hrdocs`) when it supports
// that, else taken from initializationOptions / didChangeConfiguration pushes; always merged
// over DEFAULT_SETTINGS and sanitized, so a typo in settings.json never breaks the server.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type HrdocsSettings } from 'hrdocs-protocol';
import { errorMessage } from './util.js';
import { validSeverities } from '../engine/index.js';

export const SETTINGS_SECTION = 'hrdocs';

type Listener = (next: HrdocsSettings, previous: HrdocsSettings) => void;

export class SettingsManager {
  private current: HrdocsSettings = cloneDefaults();
  private pullSupported = false;
  private readonly listeners: Listener[] = [];
  private markReady!: () => void;
  /** resolves after the first settings are known (pulled, or the defaults when they cannot be pulled) */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(private readonly connection: Connection) {}

  get value(): HrdocsSettings {
    return this.current;
  }

  /** Called from onInitialize. `initializationOptions` may hold the settings directly or under `settings`/`hrdocs`. */
  initialize(pullSupported: boolean, initializationOptions: unknown): void {
    this.pullSupported = pullSupported;
    const fromInit = pickSettingsObject(initializationOptions);
    if (fromInit) this.current = sanitizeSettings(fromInit);
    if (!pullSupported) this.markReady();
  }

  onDidChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Re-read the settings (pull model) or take the pushed ones; notifies listeners on change. */
  async refresh(pushed?: unknown): Promise<void> {
    try {
      await this.read(pushed);
    } finally {
      this.markReady();
    }
  }

  private async read(pushed?: unknown): Promise<void> {
    let raw: unknown;
    if (this.pullSupported) {
      try {
        raw = await this.connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
      } catch (err) {
        this.connection.console.warn(`hrdocs: could not read settings, keeping the current ones: ${errorMessage(err)}`);
        return;
      }
    } else {
      raw = pickSettingsObject(pushed);
      if (raw === undefined) return;
    }
    this.set(sanitizeSettings(raw));
  }

  private set(next: HrdocsSettings): void {
    const previous = this.current;
    if (JSON.stringify(previous) === JSON.stringify(next)) return;
    this.current = next;
    for (const l of this.listeners) {
      try {
        l(next, previous);
      } catch (err) {
        this.connection.console.error(`hrdocs: settings listener failed: ${errorMessage(err)}`);
      }
    }
  }
}

function cloneDefaults(): HrdocsSettings {
  return JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as HrdocsSettings;
}

/** didChangeConfiguration pushes `{ settings: { hrdocs: {...} } }`; initializationOptions may be either shape. */
function pickSettingsObject(value: unknown): Record<string, unknown> | undefined {
  if (!isObject(value)) return undefined;
  if ('settings' in value) return isObject(value.settings) ? pickSettingsObject(value.settings) : undefined;
  if (isObject(value[SETTINGS_SECTION])) return value[SETTINGS_SECTION];
  return value;
}

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function sanitizeSettings(raw: unknown): HrdocsSettings {
  const s = cloneDefaults();
  if (!isObject(raw)) return s;
  if (raw.run === 'onType' || raw.run === 'onSave') s.run = raw.run;
  const device = isObject(raw.inference) ? raw.inference.device : undefined;
  if (device === 'auto' || device === 'cpu' || device === 'cuda') s.inference.device = device;
  if (isObject(raw.documentPatterns)) {
    const strings = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);
    s.documentPatterns.resume = strings(raw.documentPatterns.resume) ?? s.documentPatterns.resume;
    s.documentPatterns.job = strings(raw.documentPatterns.job) ?? s.documentPatterns.job;
  }
  if (isObject(raw.diagnostics)) {
    if (typeof raw.diagnostics.showSkills === 'boolean') s.diagnostics.showSkills = raw.diagnostics.showSkills;
    const mc = raw.diagnostics.minConfidence;
    if (typeof mc === 'number' && Number.isFinite(mc)) s.diagnostics.minConfidence = Math.max(0, Math.min(1, mc));
    else if (mc === null) s.diagnostics.minConfidence = null;
  }
  if (isObject(raw.rules)) s.rules = validSeverities(raw.rules) as HrdocsSettings['rules'];
  const max = raw.maxDocumentLength;
  if (typeof max === 'number' && Number.isFinite(max) && max > 0) s.maxDocumentLength = Math.floor(max);
  const th = raw.matchThreshold;
  if (typeof th === 'number' && Number.isFinite(th)) s.matchThreshold = Math.max(0, Math.min(1, th));
  const writer = isObject(raw.generate) ? raw.generate.writer : undefined;
  if (writer === 'default' || writer === 'model' || writer === 'template') s.generate.writer = writer;
  return s;
}

/** Settings that need a new engine when they change. */
export function engineSettingsKey(s: HrdocsSettings): string {
  return JSON.stringify({ device: s.inference.device, patterns: s.documentPatterns });
}
