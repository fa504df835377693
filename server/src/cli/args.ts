// A small argument parser: positionals, --flag, --opt value, --opt=value, --no-flag, -h, and
// `--` to end options. Each command declares its options; anything else is a usage error.

export class CliError extends Error {
  /** 2: usage or input error; 1: the work itself failed */
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export type OptionType = 'boolean' | 'string' | 'number';

export interface OptionSpec {
  type: OptionType;
  /** one-letter alias, without the dash */
  short?: string;
  /** shown in --help */
  description: string;
  /** placeholder for the value in --help */
  value?: string;
  /** allowed values for a string option */
  choices?: readonly string[];
}

export interface CommandSpec {
  name: string;
  /** `<file>`, `[<file>]`, `<title...>` (rest) */
  positionals: string[];
  summary: string;
  options: Record<string, OptionSpec>;
  /** extra lines for --help */
  details?: string;
}

export interface Parsed {
  positionals: string[];
  options: Record<string, string | number | boolean | undefined>;
  help: boolean;
}

/** Options every engine-using command accepts. */
export const ENGINE_OPTIONS: Record<string, OptionSpec> = {
  models: { type: 'string', value: 'DIR', description: 'folder with graph/, the ONNX models and manifest.json (default: $HRDOCS_MODELS or $HRDOCS_MODELS_DIR, else the repo\'s models/)' },
  device: { type: 'string', value: 'auto|cpu|cuda', choices: ['auto', 'cpu', 'cuda'], description: 'execution provider for the models (default: auto)' },
  'no-models': { type: 'boolean', description: 'the rule engine only, no ONNX models' },
  'reference-month': { type: 'string', value: 'YYYY-MM', description: 'the month "Present" means (default: this month)' },
  verbose: { type: 'boolean', short: 'v', description: 'log engine messages to stderr' },
};

/** Commands that read documents apply the workspace's vocabulary, as the editor does. */
export const WORKSPACE_OPTION: Record<string, OptionSpec> = {
  workspace: {
    type: 'string', value: 'DIR',
    description: 'folder whose .hrdocs/skills.txt (custom skills) and .hrdocs/not-skills.txt (not skills) apply (default: the working folder)',
  },
};

export function parseArgs(spec: CommandSpec, argv: readonly string[]): Parsed {
  const options: Parsed['options'] = {};
  const positionals: string[] = [];
  let help = false;
  const byShort = new Map<string, string>();
  for (const [name, o] of Object.entries(spec.options)) if (o.short) byShort.set(o.short, name);

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length === 2 && !/^-\d$/.test(arg))) {
      let name: string;
      let inline: string | undefined;
      if (arg.startsWith('--')) {
        const eq = arg.indexOf('=');
        name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
        inline = eq < 0 ? undefined : arg.slice(eq + 1);
      } else {
        const long = byShort.get(arg.slice(1));
        if (!long) throw new CliError(`${spec.name}: unknown option ${arg} (see hrdocs ${spec.name} --help)`);
        name = long;
      }
      const o = spec.options[name];
      if (!o && name.startsWith('no-') && spec.options[name.slice(3)]?.type === 'boolean' && inline === undefined) {
        options[name.slice(3)] = false;
        continue;
      }
      if (!o) throw new CliError(`${spec.name}: unknown option --${name} (see hrdocs ${spec.name} --help)`);
      if (o.type === 'boolean') {
        if (inline !== undefined) {
          if (!/^(true|false|1|0)$/.test(inline)) throw new CliError(`${spec.name}: --${name} takes no value`);
          options[name] = inline === 'true' || inline === '1';
        } else {
          options[name] = true;
        }
        continue;
      }
      let value = inline;
      if (value === undefined) {
        if (i + 1 >= argv.length) throw new CliError(`${spec.name}: --${name} needs a value${o.value ? ` (${o.value})` : ''}`);
        value = argv[++i];
      }
      if (o.type === 'number') {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n)) throw new CliError(`${spec.name}: --${name} must be a number, got "${value}"`);
        options[name] = n;
      } else {
        if (o.choices && !o.choices.includes(value)) {
          throw new CliError(`${spec.name}: --${name} must be one of ${o.choices.join(', ')}, got "${value}"`);
        }
        options[name] = value;
      }
      continue;
    }
    positionals.push(arg);
  }
  if (help) return { positionals, options, help };

  const required = spec.positionals.filter((p) => p.startsWith('<')).length;
  const rest = spec.positionals.some((p) => p.endsWith('...>') || p.endsWith('...]'));
  if (positionals.length < required) {
    const missing = spec.positionals[positionals.length];
    throw new CliError(`${spec.name}: missing ${missing} (usage: ${usageLine(spec)})`);
  }
  if (!rest && positionals.length > spec.positionals.length) {
    throw new CliError(`${spec.name}: unexpected argument "${positionals[spec.positionals.length]}" (usage: ${usageLine(spec)})`);
  }
  return { positionals, options, help };
}

export function usageLine(spec: CommandSpec): string {
  const opts = Object.keys(spec.options).length ? ' [options]' : '';
  return `hrdocs ${spec.name}${spec.positionals.length ? ' ' + spec.positionals.join(' ') : ''}${opts}`;
}

export function helpText(spec: CommandSpec): string {
  const lines = [`usage: ${usageLine(spec)}`, '', spec.summary];
  if (spec.details) lines.push('', spec.details);
  const entries: Array<[string, OptionSpec]> = [
    ...Object.entries(spec.options),
    ['help', { type: 'boolean', short: 'h', description: 'show this help' }],
  ];
  lines.push('', 'options:');
  const left = entries.map(([name, o]) => `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`);
  const width = Math.min(36, Math.max(...left.map((l) => l.length)) + 2);
  entries.forEach(([, o], i) => lines.push(`  ${left[i].padEnd(width)}${o.description}`));
  return lines.join('\n') + '\n';
}

/** A positive integer option, with bounds. */
export function intOption(parsed: Parsed, name: string, fallback: number, min: number, max: number, command: string): number {
  const v = parsed.options[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new CliError(`${command}: --${name} must be an integer from ${min} to ${max}`);
  }
  return v;
}
