// Owns the engine instance: creates it lazily with the current settings, re-creates it when the
// settings that shape it change (device, document patterns), reports hrdocs/status and work-done
// progress while it loads, and never lets a load failure take the server down.
import type { Connection } from 'vscode-languageserver';
import type { Engine, EngineOptions } from '../engine/api.js';
import type { Logger } from '../engine/types.js';
import { StatusNotification, type HrdocsSettings, type StatusParams } from 'hrdocs-protocol';
import { engineSettingsKey } from './settings.js';
import { errorMessage } from './util.js';

export type EngineFactory = (options: EngineOptions) => Promise<Engine>;

interface Loaded {
  key: string;
  generation: number;
  promise: Promise<Engine | undefined>;
  engine?: Engine;
  /** the load threw: a settings change retries it */
  failed?: boolean;
}

export class EngineHost {
  private current?: Loaded;
  private generationCounter = 0;
  private readonly logger: Logger;
  private lastStatus?: StatusParams;

  constructor(
    private readonly connection: Connection,
    private readonly factory: EngineFactory,
    private readonly settings: () => HrdocsSettings,
    /** resolves once the client's settings are known, so the first engine is built with them */
    private readonly settingsReady: Promise<void>,
    private readonly extraOptions: Partial<EngineOptions> = {},
  ) {
    const prefixed = (m: string) => (m.startsWith('hrdocs') ? m : `hrdocs: ${m}`);
    this.logger = {
      info: (m) => connection.console.info(prefixed(m)),
      warn: (m) => connection.console.warn(prefixed(m)),
      error: (m) => connection.console.error(prefixed(m)),
    };
  }

  /** Changes whenever a new engine is created: caches keyed on it go stale. */
  get generation(): number {
    return this.current?.generation ?? 0;
  }

  get status(): StatusParams | undefined {
    return this.lastStatus;
  }

  /** The engine for the current settings; undefined when it could not be loaded (already reported). */
  async get(): Promise<Engine | undefined> {
    await this.settingsReady;
    const settings = this.settings();
    const key = engineSettingsKey(settings);
    if (!this.current || this.current.key !== key) this.load(settings, key);
    return this.current!.promise;
  }

  /** Re-creates the engine when `settings` need a different one; true when it did. */
  update(settings: HrdocsSettings): boolean {
    const key = engineSettingsKey(settings);
    if (this.current && this.current.key === key && !this.current.failed) return false;
    const hadOne = this.current !== undefined;
    this.load(settings, key);
    return hadOne;
  }

  private load(settings: HrdocsSettings, key: string): void {
    const previous = this.current;
    const generation = ++this.generationCounter;
    const loaded: Loaded = { key, generation, promise: Promise.resolve(undefined) };
    this.current = loaded;
    this.sendStatus({ state: 'loading', device: 'none', engine: 'rules', message: 'Loading the skill graph and models' });
    const progress = this.connection.window.createWorkDoneProgress().catch(() => undefined);
    void progress.then((p) => p?.begin('hrdocs: loading the engine', undefined, 'skill graph and models', false));
    const started = Date.now();

    loaded.promise = (async () => {
      if (previous) await this.disposeLoaded(previous);
      try {
        const engine = await this.factory({
          ...this.extraOptions,
          logger: this.logger,
          device: settings.inference.device,
          documentPatterns: settings.documentPatterns,
        });
        if (this.current !== loaded) {
          // superseded while loading: the newer load reports its own status
          await engine.dispose().catch(() => undefined);
          return undefined;
        }
        loaded.engine = engine;
        const st = engine.status;
        this.logger.info(
          `engine ready in ${Date.now() - started} ms: ${st.engine} on ${st.device}; graph ${st.graph.skills} skills, ` +
            `${st.graph.occupations} occupations${st.message ? ` (${st.message})` : ''}`,
        );
        this.sendStatus({ state: 'ready', device: st.device, engine: st.engine, message: st.message });
        return engine;
      } catch (err) {
        loaded.failed = true;
        this.logger.error(`the engine failed to load: ${errorMessage(err)}`);
        if (this.current === loaded) {
          this.sendStatus({ state: 'error', device: 'none', engine: 'rules', message: firstLine(err) });
        }
        return undefined;
      } finally {
        void progress.then((p) => p?.done());
      }
    })();
  }

  private async disposeLoaded(l: Loaded): Promise<void> {
    const engine = l.engine ?? (await l.promise.catch(() => undefined));
    try {
      await engine?.dispose();
    } catch (err) {
      this.logger.warn(`engine dispose failed: ${errorMessage(err)}`);
    }
  }

  private sendStatus(s: StatusParams): void {
    this.lastStatus = s;
    void this.connection.sendNotification(StatusNotification, s).catch(() => undefined);
  }

  async dispose(): Promise<void> {
    const c = this.current;
    this.current = undefined;
    if (c) await this.disposeLoaded(c);
  }
}

function firstLine(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.split('\n')[0] ?? m;
}
