// `hrdocs eval rjdb <file.jsonl>` and `hrdocs eval skillspan <file>`: the metrics of
// docs/EVALUATION.md, computed by the same engine the editor uses.
import { readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { evaluateRjdb, parseRjdb, RjdbFormatError, type ClassReport, type Prf, type RjdbReport } from './rjdb.js';
import { CliError, ENGINE_OPTIONS, intOption, type CommandSpec, type Parsed } from '../../server/src/cli/args.js';
import { engineOptions, openEngine, withEngine } from '../../server/src/cli/engine.js';
import { jsonOut, out } from '../../server/src/cli/io.js';
import { runSkillspanEval } from './skillspan-command.js';
import { evaluateRealDocs } from './real-docs.js';
import { evaluateLinks } from './links.js';
import { evaluatePairs } from './pairs.js';
import { evaluateFixes } from './fixes.js';
import { evaluateMentions } from './mentions.js';

export const evalSpec: CommandSpec = {
  name: 'eval',
  positionals: ['<rjdb|skillspan|real-docs|links|pairs|fixes|mentions>', '<file>'],
  summary: 'Computes the metrics of docs/EVALUATION.md on a data file.',
  details: [
    'hrdocs eval rjdb ../shared/data/rjdb/dev.jsonl        match, skills, explanations, editing, generation',
    'hrdocs eval skillspan ../shared/data/skillspan/dev.json  span extraction (strict and loose F1)',
    'hrdocs eval real-docs tools/devsets/real-docs.jsonl    zones, roles, requirements, kind on real documents (--data DIR)',
    'hrdocs eval links tools/devsets/skill-links.jsonl      skill linking: accuracy@1, RP@5, no-link precision, vs a literal lookup',
    'hrdocs eval pairs tools/devsets/real-pairs.json        real resume x posting matching, next to TF-IDF cosine (--data DIR)',
    'hrdocs eval fixes tools/devsets/real-pairs.json        fix-all on real pairs: unsupported additions (must be 0), re-matched scores (--data DIR)',
    'hrdocs eval mentions tools/devsets/skill-mentions.jsonl  skill mention probabilities vs hand labels: calibration error, hint precision/recall (--data DIR)',
  ].join('\n'),
  options: {
    json: { type: 'boolean', description: 'print every number as JSON' },
    limit: { type: 'number', value: 'N', description: 'only the first N rows' },
    k: { type: 'number', value: 'K', description: 'rjdb: jobs generated per resume (default 5, the protocol\'s k)' },
    progress: { type: 'boolean', description: 'show progress on stderr (default: when stderr is a terminal)' },
    data: { type: 'string', value: 'DIR', description: 'real-docs, pairs, links: the shared data folder (default ../shared/data)' },
    'bodies-only': { type: 'boolean', description: 'pairs: postings without their title (the corpora keep it apart from the body), to measure titles read from prose' },
    'no-context': { type: 'boolean', description: 'links: link each mention alone, without its document\'s field' },
    ...ENGINE_OPTIONS,
  },
};

const MAX_DATA_BYTES = 512 * 1024 * 1024;

function readData(path: string): string {
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new CliError(`${path}: not a regular file`);
    if (st.size > MAX_DATA_BYTES) throw new CliError(`${path}: file too large`);
    const buf = readFileSync(path);
    if (buf.subarray(0, 65536).includes(0)) throw new CliError(`${path}: binary file, expected JSON lines`);
    return buf.toString('utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(e)})`}`);
  }
}

export async function runEval(parsed: Parsed): Promise<number> {
  const [task, file] = parsed.positionals;
  if (task === 'rjdb') return runRjdb(parsed, file);
  if (task === 'skillspan') return runSkillspan(parsed, file);
  const dataDir = (parsed.options.data as string | undefined) ?? '../shared/data';
  if (task === 'real-docs') return printReport(parsed, () => withEngine(parsed, (engine) => evaluateRealDocs(engine, file, dataDir), true));
  if (task === 'pairs') return printReport(parsed, () => withEngine(parsed, (engine) => evaluatePairs(engine, file, dataDir, { bodiesOnly: !!parsed.options['bodies-only'] }), true));
  if (task === 'fixes') return printReport(parsed, () => withEngine(parsed, (engine) => evaluateFixes(engine, file, dataDir), true));
  if (task === 'mentions') return printReport(parsed, () => withEngine(parsed, (engine) => evaluateMentions(engine, file, dataDir), true));
  if (task === 'links') return printReport(parsed, () => evaluateLinks(file, engineOptions(parsed).modelsDir ?? 'models', dataDir, !parsed.options['no-context']));
  throw new CliError(`eval: unknown task "${task}" (rjdb, skillspan, real-docs, links, pairs, fixes or mentions)`);
}

/** A report as JSON (one line with --json, indented otherwise). */
async function printReport(parsed: Parsed, compute: () => Promise<unknown>): Promise<number> {
  const report = await compute();
  if (parsed.options.json) jsonOut(report);
  else out(JSON.stringify(report, null, 2) + '\n');
  return 0;
}

function progressReporter(parsed: Parsed, label: string): ((done: number, total: number) => void) | undefined {
  const show = parsed.options.progress ?? process.stderr.isTTY;
  if (!show) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done === total || now - last > 500) {
      last = now;
      process.stderr.write(`\r${label}: ${done}/${total}${done === total ? '\n' : ''}`);
    }
  };
}

async function runRjdb(parsed: Parsed, file: string): Promise<number> {
  let rows;
  try {
    rows = parseRjdb(readData(file));
  } catch (e) {
    if (e instanceof RjdbFormatError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
  if (!rows.length) throw new CliError(`${file}: no rows`);
  const limit = intOption(parsed, 'limit', rows.length, 1, 1_000_000, 'eval');
  const k = intOption(parsed, 'k', 5, 1, 50, 'eval');
  rows = rows.slice(0, limit);
  const t0 = performance.now();
  const engine = await openEngine(parsed, true);
  const startMs = performance.now() - t0;
  let report: RjdbReport;
  try {
    report = await evaluateRjdb(engine, rows, { k, onRow: progressReporter(parsed, 'rjdb') });
  } finally {
    await engine.dispose();
  }
  const result = {
    file,
    ...report,
    timings: { engineStartMs: startMs, ...report.timings },
    graph: engine.status.graph,
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
  };
  if (parsed.options.json) await jsonOut(result);
  else await out(formatRjdb(result));
  return 0;
}

const f3 = (x: number | null | undefined): string => (x === null || x === undefined || Number.isNaN(x) ? '   -  ' : x.toFixed(3));
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function prfRow(label: string, p: Prf): string {
  return `  ${label.padEnd(26)}${f3(p.precision).padStart(7)}${f3(p.recall).padStart(8)}${f3(p.f1).padStart(8)}   (tp ${p.tp}, pred ${p.predicted}, gold ${p.gold})`;
}

function classLines(label: string, c: ClassReport): string[] {
  return [
    `  ${label.padEnd(26)}accuracy ${f3(c.accuracy)}   recall: dropped ${f3(c.recall.dropped)}  shortened ${f3(c.recall.shortened)}  same ${f3(c.recall.same)}`,
  ];
}

export function formatRjdb(r: RjdbReport & { file: string; timings: RjdbReport['timings'] & { engineStartMs: number }; machine: { cpu: string; cores: number; node: string } }): string {
  const L: string[] = [];
  L.push(`RJDB evaluation: ${r.file} (${r.rows} rows; engine: ${r.engine.engine}, ${r.engine.device}${r.engine.message ? `; ${r.engine.message}` : ''})`);
  if (r.errors.length) L.push(`  ${r.errors.length} row error(s); first: row ${r.errors[0].row} ${r.errors[0].stage}: ${r.errors[0].message}`);
  L.push('');
  L.push('match');
  L.push(`  pairwise accuracy         ${f3(r.match.pairwiseAccuracy)}   score(JD,M) > score(JD,U)`);
  L.push(`  ROC-AUC (2N pairs)        ${f3(r.match.rocAuc)}`);
  L.push(`  decision accuracy         ${f3(r.match.decisionAccuracy)}   on M ${f3(r.match.decisionAccuracyM)}, on U ${f3(r.match.decisionAccuracyU)}`);
  L.push(`  mean score                M ${f3(r.match.meanScoreM)}, U ${f3(r.match.meanScoreU)}`);
  L.push('');
  L.push(`skill extraction (micro)  ${'P'.padStart(7)}${'R'.padStart(8)}${'F1'.padStart(8)}`);
  L.push(prfRow('all (JD + M + U)', r.skills.all));
  L.push(prfRow('JD (gold S)', r.skills.jd));
  L.push(prfRow('M (gold S)', r.skills.matched));
  L.push(prfRow('U (gold S - F.Skills)', r.skills.unmatched));
  L.push(prfRow('[JD required skills only]', r.skills.jdRequired));
  L.push('');
  L.push(`explanation: missing skills${'P'.padStart(5)}${'R'.padStart(8)}${'F1'.padStart(8)}`);
  L.push(prfRow('all', r.missingSkills));
  L.push(prfRow('(JD,U) gold F.Skills', r.missingSkills.unmatched));
  L.push(prfRow('(JD,M) gold none', r.missingSkills.matched));
  L.push('');
  L.push(`explanation: experience (${r.experience.n} rows; gold dropped ${sumRow(r.experience, 'dropped')}, shortened ${sumRow(r.experience, 'shortened')}, same ${sumRow(r.experience, 'same')})`);
  L.push(...classLines('verdict (U vs JD and M)', r.experience));
  L.push(...classLines('[U alone]', r.experience.absolute));
  L.push(...classLines('[U vs M only]', r.experience.relative));
  L.push(`  confusion (gold -> predicted): ${(['dropped', 'shortened', 'same'] as const).map((g) => `${g}: ${(['dropped', 'shortened', 'same'] as const).map((p) => r.experience.confusion[g][p]).join('/')}`).join('  ')}`);
  L.push('');
  const e = r.editing;
  L.push(`editing (${e.rows} rows; ${e.preferredEdits} preferred edits of ${e.edits}; ${e.rowsWithoutEdits} rows without edits)`);
  L.push(`  recall of F.Skills in U'  ${f3(e.recall)}   (in U before editing: ${f3(e.recallBefore)})`);
  L.push(`  score(JD,U') >= score(JD,M) - 0.05   ${pct(e.scoreWithinMargin)}   (mean score U ${f3(e.meanScoreBefore)} -> U' ${f3(e.meanScoreAfter)})`);
  L.push(`  decision(JD,U') = match   ${pct(e.decisionMatch)}   (before: ${pct(e.decisionMatchBefore)})`);
  L.push(`  date/year violations      ${e.dateViolations} edits${e.documentDateViolations ? `, ${e.documentDateViolations} documents` : ''}${e.dateViolations || e.documentDateViolations ? '   <-- MUST BE 0' : ''}`);
  if (e.textMismatch) L.push(`  note: in ${e.textMismatch} rows FixResult.text differs from the preferred edits applied as LSP edits (e.g. list numbering); U' is the latter`);
  if (e.overlapping) L.push(`  warning: ${e.overlapping} rows with overlapping edits (U' = FixResult.text there)`);
  L.push('');
  const g = r.generation;
  L.push(`generation (${g.rows} rows, k=${g.k}; ${g.meanGenerated.toFixed(1)} jobs per resume)`);
  L.push(`  title hit@${g.k}               ${f3(g.titleHitAt5)}`);
  L.push(`  skill F1 of best JD vs S  ${f3(g.bestSkillF1)}   (P ${f3(g.bestSkillPrecision)}, R ${f3(g.bestSkillRecall)}; micro F1 ${f3(g.bestSkillMicro.f1)})`);
  L.push(`  matcher score top JD vs M ${f3(g.topScore)}${g.topReportedScore !== null ? `   (as reported by generate: ${f3(g.topReportedScore)})` : ''}`);
  L.push('');
  const st = Object.entries(r.timings.stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ');
  L.push(`timings: engine start ${(r.timings.engineStartMs / 1000).toFixed(2)} s; rows ${(r.timings.totalMs / 1000).toFixed(1)} s (${r.timings.perRowMs.toFixed(0)} ms/row; ${st})`);
  L.push(`machine: ${r.machine.cpu}, ${r.machine.cores} cores, node ${r.machine.node}`);
  return L.join('\n');
}

function sumRow(c: ClassReport, g: 'dropped' | 'shortened' | 'same'): number {
  return c.confusion[g].dropped + c.confusion[g].shortened + c.confusion[g].same;
}

async function runSkillspan(parsed: Parsed, file: string): Promise<number> {
  readData(file); // fail early, with one line, on a missing or binary file
  return runSkillspanEval(parsed, file);
}
