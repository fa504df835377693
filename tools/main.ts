// Development tools that are not part of the product: dataset evaluation and benchmarks. The
// hrdocs CLI hands `hrdocs eval` and `hrdocs bench` to this module when a checkout has built it.
import { CliError, helpText, parseArgs } from '../server/src/cli/args.js';
import { benchSpec, runBench } from './bench/bench.js';
import { evalSpec, runEval } from './eval/command.js';

const TOOLS = {
  eval: { spec: evalSpec, run: runEval },
  bench: { spec: benchSpec, run: runBench },
} as const;

export type ToolName = keyof typeof TOOLS;

export function toolSummary(name: ToolName): string {
  return TOOLS[name].spec.summary;
}

export async function runTool(name: ToolName, argv: readonly string[]): Promise<number> {
  const tool = TOOLS[name];
  const parsed = parseArgs(tool.spec, argv);
  if (parsed.help) {
    process.stdout.write(helpText(tool.spec));
    return 0;
  }
  return (await tool.run(parsed)) ?? 0;
}

export { CliError };
