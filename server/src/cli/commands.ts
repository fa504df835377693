// The document commands: analyze, match, fix, generate, jd. Each reads its files, asks the
// engine, and prints either a human summary or the JSON shape shared with `hrdocs batch`.
import type { Engine } from '../engine/api.js';
import { shownConfidence } from '../engine/index.js';
import type { DocKind, DocumentAnalysis, GeneratedJob, MatchResult } from '../engine/types.js';
import { CliError, ENGINE_OPTIONS, WORKSPACE_OPTION, intOption, type CommandSpec, type Parsed } from './args.js';
import { analyzeFile, withEngine, withWorkspaceEngine } from './engine.js';
import { checkWritableDocument, jsonOut, out, readDocument, readDocumentFile, writeFileAtomic } from './io.js';
import { analyzeJson, fixJson, generatedJson, matchJson, round, skillsBeyondList } from './serialize.js';

const JSON_OPTION = { json: { type: 'boolean', description: 'print JSON (the shape `hrdocs batch` answers with)' } } as const;

export const analyzeSpec: CommandSpec = {
  name: 'analyze',
  positionals: ['<file>'],
  summary: 'Skills (with where they are written), experience and the experience a job asks for.',
  options: {
    kind: { type: 'string', value: 'resume|job', choices: ['resume', 'job'], description: 'document kind (default: from front matter, file name, headings)' },
    ...JSON_OPTION,
    ...WORKSPACE_OPTION,
    ...ENGINE_OPTIONS,
  },
};

export const matchSpec: CommandSpec = {
  name: 'match',
  positionals: ['<resume>', '<job>'],
  summary: 'How well a resume fits a job: score, decision, matched and missing skills, experience, explanation.',
  options: {
    explain: { type: 'boolean', description: 'print only the explanation, the Markdown the editor\'s hover shows' },
    ...JSON_OPTION, ...WORKSPACE_OPTION, ...ENGINE_OPTIONS,
  },
};

export const fixSpec: CommandSpec = {
  name: 'fix',
  positionals: ['<resume>'],
  summary: 'Adds to the Skills list the skills the job asks for that the resume already shows elsewhere (dates, employers and years are never changed) and prints the result.',
  options: {
    job: { type: 'string', value: 'FILE', description: 'the job description to fix the resume against (required)' },
    write: { type: 'boolean', description: 'write the fixed resume back to <resume>' },
    'add-unevidenced': { type: 'boolean', description: 'also add the required skills the resume does not show anywhere (only if you have them)' },
    json: { type: 'boolean', description: 'print {"text", "edits"}' },
    ...WORKSPACE_OPTION,
    ...ENGINE_OPTIONS,
  },
};

export const generateSpec: CommandSpec = {
  name: 'generate',
  positionals: ['<resume>'],
  summary: 'Job descriptions this resume fits, best first, each with its match score.',
  options: {
    count: { type: 'number', value: 'N', description: 'how many jobs (1-50, default 5)' },
    seed: { type: 'number', value: 'N', description: 'the writer\'s seed: the same resume and seed give the same postings (default 0)' },
    writer: { type: 'string', value: 'model|template', description: 'who writes the postings: the trained writer (experimental) or the graph\'s template (default: the manifest\'s choice)' },
    ...JSON_OPTION,
    ...WORKSPACE_OPTION,
    ...ENGINE_OPTIONS,
  },
};

export const jdSpec: CommandSpec = {
  name: 'jd',
  positionals: ['<title...>'],
  summary: 'A Markdown job description for a job title.',
  details: 'example: hrdocs jd "Registered Nurse"',
  options: {
    json: { type: 'boolean', description: 'print {"title", "markdown"}' },
    seed: { type: 'number', value: 'N', description: 'the writer\'s seed: the same title and seed give the same posting (default 0)' },
    writer: { type: 'string', value: 'model|template', description: 'who writes the posting: the trained writer (experimental) or the graph\'s template (default: the manifest\'s choice)' },
    ...ENGINE_OPTIONS,
  },
};

interface Input { path: string; text: string; bom?: boolean }

function load(path: string): Input {
  return { path, text: readDocument(path) };
}

/** Writes the fixed resume back in place, keeping its BOM (the engine's edits keep its line endings). */
function writeBack(resume: Input, text: string): void {
  try {
    writeFileAtomic(resume.path, resume.bom ? '\uFEFF' + text : text);
  } catch (e) {
    throw new CliError(`${resume.path}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)}); the file is unchanged`, 1);
  }
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const pos = (r: { start: { line: number; character: number } }): string => `${r.start.line + 1}:${r.start.character + 1}`;

function table(rows: string[][], indent = '  '): string {
  if (!rows.length) return '';
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => indent + r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n');
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

/** `hintAt`: the hint threshold; given, the skills the editor shows as hints beyond the list follow it */
export function formatAnalysis(path: string, a: DocumentAnalysis, hintAt?: number): string {
  const lines: string[] = [];
  lines.push(`${path}`);
  lines.push(`  kind:  ${a.doc.kind} (${a.doc.kindReason})`);
  if (a.title) lines.push(`  title: ${a.title}`);
  lines.push('');
  lines.push(`skills (${a.skills.length}${a.mentions.length !== a.skills.length ? `; ${a.mentions.length} mentions` : ''}):`);
  if (a.skills.length) {
    lines.push(table([
      // how sure, as the editor's hover says it: the calibrated probability that the skill is right
      // (the extractor's own score, which is no probability, is in --json as `confidence`)
      ['name', 'as written', 'line:col', 'kind', 'confidence'],
      ...a.skills.map((s) => [clip(s.name, 40), clip(s.text, 40), pos(s.range), s.kind, `${Math.round(shownConfidence(s) * 100)}%`]),
    ]));
  } else {
    lines.push('  (none found)');
  }
  const beyond = hintAt === undefined ? [] : skillsBeyondList(a, hintAt);
  if (beyond.length) {
    lines.push('');
    lines.push(`also in the text (${beyond.length}; the editor's hints, not in the document's own list):`);
    lines.push(table([
      ['name', 'as written', 'line:col', 'kind', 'confidence'],
      ...beyond.map((s) => [clip(s.name, 40), clip(s.text, 40), pos(s.range), s.kind, `${Math.round(shownConfidence(s) * 100)}%`]),
    ]));
  }
  if (a.doc.kind === 'resume' || a.experience.length) {
    lines.push('');
    const countedTo = a.reference && a.experience.some((e) => e.current)
      ? `; "present" counted to ${a.reference.month}${a.reference.source === 'as-of' ? ' (the document\'s as-of)' : a.reference.source === 'today' ? ' (this month)' : ''}`
      : '';
    lines.push(`experience (${a.experience.length}; ${round(a.totalYears, 1)} years in total${countedTo}):`);
    if (a.experience.length) {
      lines.push(table(a.experience.map((e) => [
        clip(e.title, 50) + (e.employer ? `, ${clip(e.employer, 30)}` : ''),
        `${e.start} – ${e.current ? 'present' : e.end}`,
        `${round(e.years, 1)} y`,
        `line ${e.range.start.line + 1}` + (e.employment === false ? ` (${e.zone ?? 'not employment'}; not counted)` : ''),
      ])));
    } else {
      lines.push('  (none found)');
    }
  }
  if (a.doc.kind === 'job' || a.experienceRequirements.length) {
    lines.push('');
    lines.push(`experience requirements (${a.experienceRequirements.length}):`);
    if (a.experienceRequirements.length) {
      lines.push(table(a.experienceRequirements.map((r) => [
        `${r.years} y`, clip(r.subject, 50), `line ${r.range.start.line + 1}`, `"${clip(r.text, 60)}"`,
      ])));
    } else {
      lines.push('  (none found)');
    }
  }
  // what a job asks beyond skills and years, each as the sentence that asks it (as --json has them)
  for (const [label, asked] of [['education asked', a.credentials?.education], ['licences and registrations asked', a.credentials?.licences]] as const) {
    if (!asked?.length) continue;
    lines.push('');
    lines.push(`${label} (${asked.length}):`);
    lines.push(table(asked.map((r) => [`line ${r.range.start.line + 1}`, r.required ? 'required' : 'preferred', `"${clip(r.text, 90)}"`])));
  }
  if (a.doc.kind === 'job' && a.requiredSkills.length && a.requiredSkills.length !== a.skills.length) {
    lines.push('');
    lines.push(`required skills (${a.requiredSkills.length}): ${a.requiredSkills.map((s) => s.name).join(', ')}`);
  }
  return lines.join('\n');
}

export function formatMatch(m: MatchResult, resumePath: string, jobPath: string): string {
  const lines: string[] = [];
  lines.push(`${resumePath}  x  ${jobPath}`);
  lines.push(`  score:    ${pct(m.score)} (${m.score.toFixed(3)}; ${m.scorer})`);
  lines.push(`  decision: ${m.match ? 'match' : 'no match'} (threshold ${pct(m.threshold)})`);
  lines.push('');
  // as the job writes them; --json keeps the canonical names
  const asked = m.skills.filter((e) => !e.unlikelySkill);
  const matched = asked.filter((e) => e.similarity > 0).map((e) => e.written);
  const missing = asked.filter((e) => e.similarity === 0).map((e) => e.written);
  const notSkills = m.skills.filter((e) => e.unlikelySkill).map((e) => e.written);
  lines.push(`matched skills (${matched.length}): ${matched.join(', ') || '-'}`);
  lines.push(`missing skills (${missing.length}): ${missing.join(', ') || '-'}`);
  if (notSkills.length) lines.push(`likely no skill, not counted (${notSkills.length}): ${notSkills.join(', ')}`);
  lines.push('');
  lines.push(`experience (${m.experience.length} requirement${m.experience.length === 1 ? '' : 's'}):`);
  if (m.experience.length) {
    lines.push(table(m.experience.map((e) => [
      e.verdict, clip(e.subject || e.requirement, 50), `${e.requiredYears} y required`, `${round(e.foundYears, 1)} y found`,
    ])));
  } else {
    lines.push('  (the job states no years of experience)');
  }
  lines.push('');
  lines.push('explanation:');
  lines.push(m.explanation.trimEnd());
  return lines.join('\n');
}

export async function runAnalyze(parsed: Parsed): Promise<number> {
  const input = load(parsed.positionals[0]);
  const kind = parsed.options.kind as DocKind | undefined;
  return withWorkspaceEngine(parsed, async (engine) => {
    const a = await analyzeFile(engine, input, kind);
    if (parsed.options.json) await jsonOut(analyzeJson(a, engine.skillThresholds.hint));
    else await out(formatAnalysis(input.path, a, engine.skillThresholds.hint));
    return 0;
  });
}

export async function runMatch(parsed: Parsed): Promise<number> {
  const resume = load(parsed.positionals[0]);
  const job = load(parsed.positionals[1]);
  return withWorkspaceEngine(parsed, async (engine) => {
    const r = await analyzeFile(engine, resume, 'resume');
    const j = await analyzeFile(engine, job, 'job');
    const m = await engine.match(r, j);
    if (parsed.options.json) await jsonOut(matchJson(m));
    else if (parsed.options.explain) await out(m.explanation.trimEnd());
    else await out(formatMatch(m, resume.path, job.path));
    return 0;
  });
}

export async function runFix(parsed: Parsed): Promise<number> {
  const jobPath = parsed.options.job;
  if (typeof jobPath !== 'string') throw new CliError('fix: --job <file> is required (usage: hrdocs fix <resume> --job <job>)');
  const resumePath = parsed.positionals[0];
  if (parsed.options.write) checkWritableDocument(resumePath);
  const resume: Input = { path: resumePath, ...readDocumentFile(resumePath) };
  const job = load(jobPath);
  return withWorkspaceEngine(parsed, async (engine) => {
    const r = await analyzeFile(engine, resume, 'resume');
    const j = await analyzeFile(engine, job, 'job');
    const m = await engine.match(r, j);
    const addUnevidenced = parsed.options['add-unevidenced'] === true;
    const fixed = await engine.fix(r, j, m, undefined, { addUnevidenced });
    const applied = fixed.edits.filter((e) => e.preferred || (addUnevidenced && e.claim === 'unevidenced'));
    const offered = fixed.edits.filter((e) => !applied.includes(e));
    const plural = (n: number) => `${n} edit${n === 1 ? '' : 's'}`;
    const notApplied = offered.length ? `; not applied, the resume does not show ${offered.length === 1 ? 'it' : 'them'} (--add-unevidenced adds ${offered.length === 1 ? 'it' : 'them'}): ${offered.map((e) => e.written ?? e.skill).join('; ')}` : '';
    if (parsed.options.write) {
      if (fixed.text !== resume.text) writeBack(resume, fixed.text);
      process.stderr.write(`hrdocs: ${resume.path}: ${plural(applied.length)} ${fixed.text !== resume.text ? 'written' : '(nothing to change)'}${notApplied}\n`);
      if (parsed.options.json) await jsonOut(fixJson(fixed));
      return 0;
    }
    if (parsed.options.json) await jsonOut(fixJson(fixed));
    else {
      await out(fixed.text);
      process.stderr.write(`hrdocs: ${plural(applied.length)}${applied.length ? ': ' + applied.map((e) => e.title).join('; ') : ''}${notApplied}\n`);
    }
    return 0;
  });
}

function writerOption(parsed: Parsed, command: string): 'model' | 'template' | undefined {
  const w = parsed.options.writer;
  if (w === undefined) return undefined;
  if (w !== 'model' && w !== 'template') throw new CliError(`${command}: --writer must be "model" or "template"`);
  return w;
}

export async function runGenerate(parsed: Parsed): Promise<number> {
  const count = intOption(parsed, 'count', 5, 1, 50, 'generate');
  const seed = intOption(parsed, 'seed', 0, 0, 2 ** 31 - 1, 'generate');
  const resume = load(parsed.positionals[0]);
  return withWorkspaceEngine(parsed, async (engine) => {
    const r = await analyzeFile(engine, resume, 'resume');
    const jobs = await engine.generateMatchingJobs(r, count, undefined, { seed, writer: writerOption(parsed, 'generate') });
    if (parsed.options.json) {
      await jsonOut({ jobs: jobs.map(generatedJson) });
      return 0;
    }
    if (!jobs.length) {
      await out('no matching jobs found');
      return 0;
    }
    const label = (j: GeneratedJob, i: number) => `${j.stretch ? 'stretch' : `${i + 1}.`} ${j.title}${j.score === undefined ? '' : ` — ${pct(j.score)}`}`;
    const summary = (j: GeneratedJob, i: number) => [label(j, i), ...(j.why?.length ? [`   why: ${j.why.join('; ')}`] : []), ...(j.missing?.length ? [`   missing: ${j.missing.join(', ')}`] : [])].join('\n');
    const parts = jobs.map((j, i) => `======== ${label(j, i)} ========\n${j.markdown.trimEnd()}\n`);
    await out(`${jobs.map(summary).join('\n')}\n\n${parts.join('\n')}`);
    return 0;
  });
}

export async function runJd(parsed: Parsed): Promise<number> {
  const title = parsed.positionals.join(' ').trim();
  if (!title) throw new CliError('jd: the job title is empty');
  if (title.length > 200) throw new CliError('jd: the job title is too long (200 characters at most)');
  const seed = intOption(parsed, 'seed', 0, 0, 2 ** 31 - 1, 'jd');
  return withEngine(parsed, async (engine) => {
    const job = await engine.generateJobDescription(title, undefined, { seed, writer: writerOption(parsed, 'jd') });
    if (parsed.options.json) await jsonOut({ title: job.title, occupationId: job.occupationId, ...(job.seniority ? { seniority: job.seniority } : {}), markdown: job.markdown });
    else await out(job.markdown);
    return 0;
  });
}
