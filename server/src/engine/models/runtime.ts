// Loads the trained models listed in models/manifest.json: checks each file's sha256 before
// use and opens onnxruntime sessions on the requested device, falling back to the CPU when
// CUDA is not there. onnxruntime-node is a native module, so it is imported lazily: the rest
// of the engine keeps working on machines where it cannot load.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InferenceSession } from 'onnxruntime-node';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export type DeviceRequest = 'auto' | 'cpu' | 'cuda';
export type Device = 'cpu' | 'cuda';

export interface ModelFileEntry {
  /** path relative to the models directory */
  file: string;
  sha256: string;
  bytes: number;
}

export interface ManifestEntry extends ModelFileEntry {
  /** a companion file (vocabulary, labels, CRF transitions) verified like the model */
  sidecar?: ModelFileEntry;
  seed?: number;
  metrics?: Record<string, number>;
  [key: string]: unknown;
}

export interface Manifest {
  models: Record<string, ManifestEntry>;
}

export interface ModelRuntimeOptions {
  /** folder holding manifest.json; default: $HRDOCS_MODELS_DIR, else the nearest models/manifest.json above this module */
  modelsDir?: string;
  device?: DeviceRequest;
  logger?: Logger;
  /** threads per session; small, because the engine runs small batches and shares the machine */
  intraOpNumThreads?: number;
}

const SILENT: Logger = { info() {}, warn() {}, error() {} };

type OrtModule = typeof import('onnxruntime-node');

let ortPromise: Promise<OrtModule> | undefined;

/** The onnxruntime-node module, imported on first use. */
export function loadOnnxRuntime(): Promise<OrtModule> {
  // onnxruntime-node phones home with usage events unless told not to; hosts that import the
  // engine directly (tests, other tools) get the same guarantee as the CLI entry point
  process.env.ORT_DISABLE_TELEMETRY = '1';
  ortPromise ??= import('onnxruntime-node').then(
    (mod) => {
      const ort = (mod as { InferenceSession?: unknown }).InferenceSession ? mod : (mod as unknown as { default: OrtModule }).default;
      // onnxruntime's own stderr logging (process-wide, fixed at the first session): fatal only.
      // Failures reach us as exceptions, which callers report through their logger; otherwise
      // a missing CUDA provider prints a multi-line native error beside our one-line fallback note.
      ort.env.logLevel = 'fatal';
      return ort;
    },
    (err: unknown) => {
      ortPromise = undefined;
      throw new Error(`onnxruntime-node could not be loaded (${errorMessage(err)}); the ML models are unavailable`);
    },
  );
  return ortPromise;
}

export function findModelsDir(): string {
  const fromEnv = process.env.HRDOCS_MODELS_DIR;
  if (fromEnv) return resolve(fromEnv);
  // walk up from this file: works from server/src, server/out/src and a bundled server/dist
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'models', 'manifest.json');
    if (existsSync(candidate)) return join(dir, 'models');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('models/manifest.json not found above ' + fileURLToPath(import.meta.url) + '; set HRDOCS_MODELS_DIR');
    dir = parent;
  }
}

export class ModelRuntime {
  readonly modelsDir: string;
  readonly manifest: Manifest;
  readonly requestedDevice: DeviceRequest;
  private readonly logger: Logger;
  private readonly intraOpNumThreads: number;
  private actualDevice: Device | undefined;
  private readonly sessions = new Map<string, Promise<InferenceSession>>();

  private constructor(modelsDir: string, manifest: Manifest, options: ModelRuntimeOptions) {
    this.modelsDir = modelsDir;
    this.manifest = manifest;
    this.requestedDevice = options.device ?? 'auto';
    this.logger = options.logger ?? SILENT;
    this.intraOpNumThreads = options.intraOpNumThreads ?? 1;
    if (this.requestedDevice === 'cpu') this.actualDevice = 'cpu';
  }

  static async load(options: ModelRuntimeOptions = {}): Promise<ModelRuntime> {
    const modelsDir = resolve(options.modelsDir ?? findModelsDir());
    const manifestPath = join(modelsDir, 'manifest.json');
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    } catch (err) {
      throw new Error(`cannot read model manifest ${manifestPath}: ${errorMessage(err)}`);
    }
    if (!manifest || typeof manifest.models !== 'object') throw new Error(`model manifest ${manifestPath} has no "models" object`);
    return new ModelRuntime(modelsDir, manifest, options);
  }

  /** The device sessions actually run on; undefined until the first session decides it under 'auto'/'cuda'. */
  get device(): Device | undefined {
    return this.actualDevice;
  }

  entry(name: string): ManifestEntry {
    const entry = this.manifest.models[name];
    if (!entry) throw new Error(`model '${name}' is not listed in ${join(this.modelsDir, 'manifest.json')}`);
    return entry;
  }

  /** Reads a file listed in the manifest and checks its size and sha256. */
  async readVerified(file: ModelFileEntry): Promise<Buffer> {
    const path = join(this.modelsDir, file.file);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      throw new Error(`model file ${path} is missing or unreadable: ${errorMessage(err)}`);
    }
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== file.sha256 || (file.bytes !== undefined && bytes.length !== file.bytes)) {
      throw new Error(
        `model file ${path} is corrupt or out of date: sha256 ${digest} (${bytes.length} bytes), ` +
          `manifest expects ${file.sha256} (${file.bytes} bytes); rebuild it with models/training/train.sh`,
      );
    }
    return bytes;
  }

  /** The verified sidecar JSON of a model. */
  async sidecar<T>(name: string): Promise<T> {
    const entry = this.entry(name);
    if (!entry.sidecar) throw new Error(`model '${name}' has no sidecar file in the manifest`);
    return JSON.parse((await this.readVerified(entry.sidecar)).toString('utf8')) as T;
  }

  /** One session per model, created on first request. */
  session(name: string): Promise<InferenceSession> {
    let session = this.sessions.get(name);
    if (!session) {
      session = this.createSession(name);
      session.catch(() => this.sessions.delete(name));
      this.sessions.set(name, session);
    }
    return session;
  }

  private async createSession(name: string): Promise<InferenceSession> {
    const bytes = await this.readVerified(this.entry(name));
    const ort = await loadOnnxRuntime();
    const options: InferenceSession.SessionOptions = {
      intraOpNumThreads: this.intraOpNumThreads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionMode: 'sequential',
    };
    if (this.actualDevice !== 'cpu') {
      try {
        const session = await ort.InferenceSession.create(bytes, { ...options, executionProviders: ['cuda'] });
        this.actualDevice = 'cuda';
        return session;
      } catch (err) {
        // once per runtime: later sessions go straight to the CPU
        this.actualDevice = 'cpu';
        const line = `models: CUDA unavailable (${firstLine(errorMessage(err))}); running on CPU`;
        if (this.requestedDevice === 'cuda') this.logger.warn(line);
        else this.logger.info(line);
      }
    }
    return ort.InferenceSession.create(bytes, { ...options, executionProviders: ['cpu'] });
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function firstLine(s: string): string {
  const line = s.split('\n')[0];
  return line.length > 200 ? line.slice(0, 200) + '...' : line;
}
