// The benchmark's language-server client: the protocol tests' client (test/protocol/client.mjs),
// with the few measurements the benchmark adds (time since spawn, the server's memory).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestClient } from '../../test/protocol/client.mjs';
import { repoRoot } from '../../server/src/cli/engine.js';

type ClientModule = typeof import('../../test/protocol/client.mjs');
let clientModule: Promise<ClientModule> | undefined;

/** The protocol tests' client, loaded from the checkout (tsc does not copy .mjs files into out/). */
function protocolClient(): Promise<ClientModule> {
  const root = repoRoot();
  if (!root) throw new Error('bench: the repository root (with test/protocol/client.mjs) was not found');
  clientModule ??= import(pathToFileURL(join(root, 'test', 'protocol', 'client.mjs')).href) as Promise<ClientModule>;
  return clientModule;
}

export interface Diag { uri: string; version?: number | null; diagnostics: unknown[] }

export class BenchClient {
  private constructor(readonly client: TestClient, readonly spawnedAt: number) {}

  /** Starts `node <bin> lsp --stdio <extraArgs>` in `workspace` and runs the initialize handshake. */
  static async start(bin: string, workspace: string, extraArgs: string[] = []): Promise<BenchClient> {
    const { startServer } = await protocolClient();
    const spawnedAt = performance.now();
    const client = await startServer({ script: bin, args: ['lsp', '--stdio', ...extraArgs], cwd: workspace, folder: workspace, settings: null });
    return new BenchClient(client, spawnedAt);
  }

  open(uri: string, text: string): Promise<void> {
    return this.client.open(uri, text);
  }

  /** Replaces the whole text; returns the new version. */
  change(uri: string, text: string): number {
    return this.client.change(uri, [{ text }]);
  }

  /** The first diagnostics published for `uri` at `minVersion` or later. */
  async waitDiagnostics(uri: string, minVersion: number, timeoutMs: number): Promise<Diag> {
    await this.client.waitForDiagnostics(uri, (_d, p) => (p.version ?? minVersion) >= minVersion, { timeout: timeoutMs, what: `diagnostics for v${minVersion}` });
    const list = this.client.published.get(uri) ?? [];
    return list.find((p) => (p.version ?? minVersion) >= minVersion)!;
  }

  /** Every diagnostics notification, as it arrives. */
  onDiagnostics(listener: (d: Diag) => void): void {
    this.client.onDiagnostics(listener);
  }

  /** VmHWM and VmRSS of the server process, in MiB (Linux). */
  memory(): { peakMiB: number; rssMiB: number } | undefined {
    try {
      const s = readFileSync(`/proc/${this.client.child.pid}/status`, 'utf8');
      const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)\\s+kB`, 'm').exec(s)?.[1] ?? NaN);
      return { peakMiB: kb('VmHWM') / 1024, rssMiB: kb('VmRSS') / 1024 };
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    const r = await this.client.shutdown(5000).catch(() => ({ code: 'error' }));
    if (r.code === 'timeout' || r.code === 'error') this.client.kill();
  }
}
