// Opening the engine from the command line: where the models are, which device, what to log.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadEngine } from '../engine/index.js';
import { GraphFileError } from '../engine/graph/artifact.js';
import type { Engine, EngineOptions } from '../engine/api.js';
import type { Vocabulary } from '../engine/index.js';
import { readVocabulary } from '../files/vocabulary.js';
import type { DocKind, DocumentAnalysis, Logger } from '../engine/types.js';
import { CliError, type Parsed } from './args.js';

/** Walks up from this module (server/out/src/cli or server/dist) to the folder holding server/ and models/. */
export function repoRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'server', 'package.json')) && existsSync(join(dir, 'models'))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** server/bin/hrdocs.mjs, for commands that spawn the CLI itself (bench, tests). */
export function binPath(): string | undefined {
  const root = repoRoot();
  const p = root && join(root, 'server', 'bin', 'hrdocs.mjs');
  return p && existsSync(p) ? p : undefined;
}

export function stderrLogger(verbose: boolean): Logger {
  return {
    info: (m) => { if (verbose) process.stderr.write(`hrdocs: ${m}\n`); },
    warn: (m) => { process.stderr.write(`hrdocs: warning: ${m}\n`); },
    error: (m) => { process.stderr.write(`hrdocs: error: ${m}\n`); },
  };
}

function modelsChoice(flag: string | undefined): [string, string | undefined] {
  if (flag) return ['--models', flag];
  for (const name of ['HRDOCS_MODELS', 'HRDOCS_MODELS_DIR']) if (process.env[name]) return [`$${name}`, process.env[name]];
  return ['', undefined];
}

export function engineOptions(parsed: Parsed, quiet = false): EngineOptions {
  const o = parsed.options;
  // the flag, else the environment (HRDOCS_MODELS_DIR is the name the engine and the server read),
  // else the checkout's own models/
  const [source, models] = modelsChoice(o.models as string | undefined);
  const root = repoRoot();
  const modelsDir = models ? resolve(models) : root ? join(root, 'models') : undefined;
  if (models && !existsSync(modelsDir!)) throw new CliError(`${source}: ${models}: no such folder`);
  const referenceMonth = o['reference-month'] as string | undefined;
  if (referenceMonth !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(referenceMonth)) {
    throw new CliError(`--reference-month must be YYYY-MM, got "${referenceMonth}"`);
  }
  const verbose = o.verbose === true;
  return {
    modelsDir,
    device: (o.device as EngineOptions['device']) ?? 'auto',
    useModels: o['no-models'] !== true,
    referenceMonth,
    logger: quiet && !verbose ? { info() {}, warn() {}, error: stderrLogger(false).error } : stderrLogger(verbose),
  };
}

export async function openEngine(parsed: Parsed, quiet = false): Promise<Engine> {
  const options = engineOptions(parsed, quiet);
  try {
    return await loadEngine(options);
  } catch (e) {
    if (e instanceof GraphFileError) throw new CliError(e.message, 2); // the user's file to restore
    throw new CliError(`cannot start the engine: ${e instanceof Error ? e.message : String(e)}`, 1);
  }
}

/** Runs `fn` with an engine opened from the command line's options, disposed afterwards. */
export async function withEngine<T>(parsed: Parsed, fn: (engine: Engine) => Promise<T>, quiet = false): Promise<T> {
  const engine = await openEngine(parsed, quiet);
  try {
    return await fn(engine);
  } finally {
    await engine.dispose();
  }
}

/**
 * The workspace vocabulary a document command applies: `.hrdocs/skills.txt` and
 * `.hrdocs/not-skills.txt` of --workspace DIR, else of the working folder (missing files: none).
 */
export async function cliVocabulary(parsed: Parsed): Promise<Vocabulary> {
  const dir = parsed.options.workspace;
  if (dir !== undefined && (typeof dir !== 'string' || !existsSync(dir) || !statSync(dir).isDirectory())) {
    throw new CliError(`--workspace: ${String(dir)}: no such folder`);
  }
  return readVocabulary([resolve(typeof dir === 'string' ? dir : '.')]);
}

/** The engine with the vocabulary as every analysis's default (a caller's own `vocabulary` wins). */
export function withVocabulary(engine: Engine, vocabulary: Vocabulary): Engine {
  if (!vocabulary.key) return engine;
  const analyze: Engine['analyze'] = (text, uri, options = {}) => engine.analyze(text, uri, { vocabulary, ...options });
  return Object.assign(Object.create(engine) as Engine, { analyze });
}

/** withEngine for the document commands: the workspace vocabulary applies to every analysis. */
export async function withWorkspaceEngine<T>(parsed: Parsed, fn: (engine: Engine) => Promise<T>, quiet = false): Promise<T> {
  const vocabulary = await cliVocabulary(parsed);
  return withEngine(parsed, (engine) => fn(withVocabulary(engine, vocabulary)), quiet);
}

/** A file's analysis, with its URI and working-folder-relative path (what file-name hints read). */
export function analyzeFile(engine: Engine, input: { path: string; text: string }, kind?: DocKind): Promise<DocumentAnalysis> {
  const abs = resolve(input.path);
  return engine.analyze(input.text, pathToFileURL(abs).href, { kind, relativePath: relative(process.cwd(), abs) });
}
