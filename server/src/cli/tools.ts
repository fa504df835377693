// `hrdocs eval` and `hrdocs bench` run the development tools (tools/), which are not part of the
// product bundle: a checkout builds them with `npm run build`; an installed extension has none.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError, type CommandSpec } from './args.js';
import { repoRoot } from './engine.js';

interface ToolsModule { runTool(name: string, argv: readonly string[]): Promise<number> }

export function toolsEntry(): string | undefined {
  const root = repoRoot();
  const entry = root && join(root, 'tools', 'out', 'tools', 'main.js');
  return entry && existsSync(entry) ? entry : undefined;
}

export function toolCommand(name: 'eval' | 'bench', summary: string) {
  const spec: CommandSpec = { name, positionals: [], summary, options: {} };
  return {
    spec,
    raw: async (argv: readonly string[]): Promise<number> => {
      const entry = toolsEntry();
      if (!entry) throw new CliError(`hrdocs ${name} is a development tool: in a checkout, build it with \`npm run build\` (tools/)`, 2);
      const tools = (await import(pathToFileURL(entry).href)) as ToolsModule;
      return tools.runTool(name, argv);
    },
  };
}
