// hrdocs command line: the engine from a terminal. `main(argv)` returns the exit code, or
// undefined for a command that keeps running (the language server).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, ENGINE_OPTIONS, helpText, parseArgs, type CommandSpec, type Parsed } from './args.js';
import { batchSpec, runBatch } from './batch.js';
import {
  analyzeSpec, fixSpec, generateSpec, jdSpec, matchSpec, runAnalyze, runFix, runGenerate, runJd, runMatch,
} from './commands.js';
import { engineOptions, repoRoot } from './engine.js';
import { toolCommand } from './tools.js';
import { lintSpec, runLint } from './lint.js';

const lspSpec: CommandSpec = {
  name: 'lsp',
  positionals: [],
  summary: 'Runs the language server (what the VS Code extension and other editors start).',
  options: {
    stdio: { type: 'boolean', description: 'talk LSP over stdin/stdout (the default transport)' },
    'node-ipc': { type: 'boolean', description: 'talk over a Node IPC channel' },
    socket: { type: 'number', value: 'PORT', description: 'talk over a socket' },
    pipe: { type: 'string', value: 'NAME', description: 'talk over a named pipe' },
    clientProcessId: { type: 'number', value: 'PID', description: 'exit when this process exits' },
    models: ENGINE_OPTIONS.models,
    'no-models': ENGINE_OPTIONS['no-models'],
    'reference-month': ENGINE_OPTIONS['reference-month'],
  },
};

async function runLsp(parsed: Parsed): Promise<undefined> {
  // vscode-languageserver reads the transport (--stdio, --node-ipc, --socket=) from process.argv.
  if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    process.argv.push('--stdio');
  }
  // the engine's own default models folder is relative to its source file, which the bundle
  // moves: name the repo's models/ (or --models) explicitly; device and patterns come from settings
  const { modelsDir, useModels, referenceMonth } = engineOptions(parsed);
  const { startServer } = await import('../lsp/server.js');
  await startServer(undefined, {
    engineOptions: {
      ...(modelsDir ? { modelsDir } : {}),
      ...(useModels === false ? { useModels } : {}),
      ...(referenceMonth ? { referenceMonth } : {}),
    },
  });
  return undefined;
}

type Command =
  | { spec: CommandSpec; run: (parsed: Parsed) => Promise<number | undefined> }
  /** commands that parse their own arguments (the development tools) */
  | { spec: CommandSpec; raw: (argv: readonly string[]) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  analyze: { spec: analyzeSpec, run: runAnalyze },
  match: { spec: matchSpec, run: runMatch },
  fix: { spec: fixSpec, run: runFix },
  generate: { spec: generateSpec, run: runGenerate },
  jd: { spec: jdSpec, run: runJd },
  lint: { spec: lintSpec, run: runLint },
  batch: { spec: batchSpec, run: runBatch },
  eval: toolCommand('eval', 'Measures the engine on a labelled dataset (RJDB, SkillSpan); a development tool.'),
  bench: toolCommand('bench', 'Latency, LSP round trip, cold start, throughput and memory, with a CPU baseline; a development tool.'),
  lsp: { spec: lspSpec, run: runLsp },
};

function version(): string {
  try {
    const root = repoRoot();
    if (root) return (JSON.parse(readFileSync(join(root, 'server', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    /* fall through */
  }
  return 'unknown';
}

export function usage(): string {
  const w = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 2;
  return [
    'usage: hrdocs <command> [options]',
    '',
    'Resumes and job descriptions in Markdown: skills, matching, explanations, fixes. Runs offline.',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(w)}${c.spec.summary}`),
    '',
    'hrdocs <command> --help shows a command\'s options. Exit status: 0 ok, 1 failure, 2 bad usage or input.',
  ].join('\n') + '\n';
}

let epipeHandled = false;

export async function main(argv: readonly string[]): Promise<number | undefined> {
  if (!epipeHandled) {
    epipeHandled = true;
    // `hrdocs analyze x | head`: a closed stdout ends the run quietly
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
    });
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] && COMMANDS[rest[0]]) {
      process.stdout.write(helpText(COMMANDS[rest[0]].spec));
      return 0;
    }
    (name === undefined ? process.stderr : process.stdout).write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`hrdocs ${version()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`hrdocs: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}; see hrdocs --help)\n`);
    return 2;
  }
  try {
    if ('raw' in command) return await command.raw(rest);
    const parsed = parseArgs(command.spec, rest);
    if (parsed.help) {
      process.stdout.write(helpText(command.spec));
      return 0;
    }
    return await command.run(parsed);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`hrdocs: ${e.message}\n`);
      return e.exitCode;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`hrdocs: ${name} failed: ${msg}\n`);
    if (process.env.HRDOCS_DEBUG && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
    return 1;
  }
}
