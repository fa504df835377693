// Types of the protocol test client, for TypeScript consumers (tools/bench).
import type { ChildProcess } from 'node:child_process';

export const REPO: string;
export const FIXTURES: string;
export const TIMEOUT_MS: number;

export interface StartOptions {
  folder?: string;
  settings?: unknown;
  capabilities?: unknown;
  initializationOptions?: unknown;
  initialize?: boolean;
  script?: string;
  args?: string[];
  cwd?: string;
  env?: Record<string, string | undefined>;
  wrap?: string[];
}

export interface PublishedDiagnostics { uri: string; version?: number | null; diagnostics: unknown[] }

export declare class TestClient {
  readonly child: ChildProcess;
  readonly stderr: string[];
  published: Map<string, PublishedDiagnostics[]>;
  request<T = unknown>(method: string, params: unknown): Promise<T>;
  notify(method: string, params: unknown): Promise<void>;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  change(uri: string, changes: Array<{ text: string } | { range: unknown; text: string }>): number;
  close(uri: string): Promise<void>;
  waitFor<T>(event: string, probe: () => T | undefined | false, what: string, timeout?: number): Promise<T>;
  waitForDiagnostics(uri: string, predicate?: (diagnostics: unknown[], params: PublishedDiagnostics) => boolean, options?: { since?: number; timeout?: number; what?: string }): Promise<unknown[]>;
  publishedCount(uri: string): number;
  onDiagnostics(listener: (params: PublishedDiagnostics) => void): void;
  shutdown(timeout?: number): Promise<{ code: number | string | null }>;
  kill(): void;
}

export function startServer(options?: StartOptions): Promise<TestClient>;
