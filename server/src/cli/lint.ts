// `hrdocs lint <files|folders|globs...>`: the findings the editor shows, for scripts and CI.
// Text for people, --format json for pipelines, --format sarif for code-scanning tools. A resume
// is checked against --job, else the job its front matter names (`target:`), else alone.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { Engine, Finding, RuleInfo, RuleSeverities, SeveritySetting, TargetJob } from '../engine/index.js';
import type { DocumentAnalysis } from '../engine/types.js';
import { CliError, ENGINE_OPTIONS, WORKSPACE_OPTION, type CommandSpec, type Parsed } from './args.js';
import { analyzeFile, withWorkspaceEngine } from './engine.js';
import { out, readDocument } from './io.js';
import { findingJson } from './serialize.js';

export const lintSpec: CommandSpec = {
  name: 'lint',
  positionals: ['<files...>'],
  summary: 'Findings (what the editor shows as diagnostics) for resumes and job descriptions: files, folders or globs.',
  details: 'exit status: 0 no error-level findings, 1 some, 2 bad usage. Severities: --rule ID=off|hint|info|warning|error (repeatable).',
  options: {
    job: { type: 'string', value: 'FILE', description: 'check resumes against this job (default: each resume\'s `target:` front matter)' },
    format: { type: 'string', value: 'text|json|sarif', choices: ['text', 'json', 'sarif'], description: 'output format (default text)' },
    json: { type: 'boolean', description: 'same as --format json' },
    rule: { type: 'string', value: 'ID=SEVERITY', description: 'a rule\'s severity, e.g. weak-bullet=off (comma-separated for several)' },
    ...WORKSPACE_OPTION,
    ...ENGINE_OPTIONS,
  },
};

const SKIPPED = new Set(['node_modules', 'out', 'dist']);

/** Files named, Markdown files under folders named, and files a glob matches under the working folder. */
export function expandInputs(inputs: string[], cwd = process.cwd()): string[] {
  const files = new Set<string>();
  const globs = inputs.filter((i) => /[*?[\]{}]/.test(i) && !existsSync(i));
  for (const input of inputs) {
    if (globs.includes(input)) continue;
    const abs = resolve(cwd, input);
    if (!existsSync(abs)) throw new CliError(`${input}: no such file or folder`);
    if (statSync(abs).isDirectory()) walk(abs, (f) => files.add(f));
    else files.add(abs);
  }
  if (globs.length) {
    const matches = picomatch(globs, { dot: false });
    walk(cwd, (f) => { if (matches(relative(cwd, f).split('\\').join('/'))) files.add(f); });
  }
  return [...files].sort();
}

function walk(dir: string, visit: (file: string) => void): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || SKIPPED.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, visit);
    else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) visit(p);
  }
}

function severities(spec: string | undefined): RuleSeverities {
  if (!spec) return {};
  const out: RuleSeverities = {};
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([\w-]+)=(off|hint|info|warning|error)$/.exec(part);
    if (!m) throw new CliError(`--rule: expected ID=off|hint|info|warning|error, got "${part}"`);
    out[m[1]] = m[2] as SeveritySetting;
  }
  return out;
}

interface FileFindings { file: string; findings: Finding[] }

const analyzeAt = (engine: Engine, file: string, kind?: 'job'): Promise<DocumentAnalysis> =>
  analyzeFile(engine, { path: file, text: readDocument(file) }, kind);

/** --job, else the resume's `target:` (a Markdown file beside or below it), else none. */
async function targetOf(engine: Engine, resume: DocumentAnalysis, file: string, jobFile?: string): Promise<TargetJob | undefined> {
  const named = jobFile ?? (typeof resume.doc.frontMatter.target === 'string' ? resolve(dirname(file), resume.doc.frontMatter.target) : undefined);
  if (!named || !/\.(md|markdown)$/i.test(named) || !existsSync(named)) return undefined;
  const job = await analyzeAt(engine, named, 'job');
  return { uri: pathToFileURL(named).href, title: job.title || job.doc.title || named, analysis: job, match: await engine.match(resume, job) };
}

export async function runLint(parsed: Parsed): Promise<number> {
  const files = expandInputs(parsed.positionals);
  if (!files.length) throw new CliError('no Markdown files to lint');
  const format = parsed.options.json === true ? 'json' : ((parsed.options.format as string | undefined) ?? 'text');
  const rules = severities(parsed.options.rule as string | undefined);
  const jobFile = parsed.options.job ? resolve(parsed.options.job as string) : undefined;
  return withWorkspaceEngine(parsed, async (engine) => {
    const results: FileFindings[] = [];
    for (const file of files) {
      const analysis = await analyzeAt(engine, file);
      const target = analysis.doc.kind === 'resume' ? await targetOf(engine, analysis, file, jobFile) : undefined;
      results.push({ file, findings: engine.lint(analysis, { target, severities: rules }) });
    }
    if (format === 'json') out(JSON.stringify({ files: results.map((r) => ({ file: relative(process.cwd(), r.file), findings: r.findings.map(findingJson) })) }, null, 2) + '\n');
    else if (format === 'sarif') out(JSON.stringify(toSarif(results, engine.rules), null, 2) + '\n');
    else out(textReport(results));
    return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  }, format !== 'text');
}

function textReport(results: FileFindings[]): string {
  const lines: string[] = [];
  const count: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const { file, findings } of results) {
    if (!findings.length) continue;
    lines.push(relative(process.cwd(), file));
    for (const f of findings) {
      count[f.severity]++;
      const at = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`  ${at.padEnd(8)}${f.severity.padEnd(9)}${f.message}  ${f.rule}`);
    }
    lines.push('');
  }
  const total = Object.values(count).reduce((a, b) => a + b, 0);
  lines.push(`${total} finding${total === 1 ? '' : 's'} (${count.error} errors, ${count.warning} warnings, ${count.info} info, ${count.hint} hints) in ${results.length} file${results.length === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, the format code-scanning services read. */
export function toSarif(results: FileFindings[], rules: readonly RuleInfo[]): unknown {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'hrdocs',
          informationUri: 'https://github.com/hrdocs/hrdocs',
          rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.docs }, defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] } })),
        },
      },
      results: results.flatMap(({ file, findings }) => findings.map((f) => ({
        ruleId: f.rule,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: relative(process.cwd(), file).split('\\').join('/') },
            region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
          },
        }],
      }))),
    }],
  };
}
