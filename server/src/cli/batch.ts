// `hrdocs batch`: JSON lines in, one JSON line out per input line, in order, one engine for
// the whole run. A bad line or request gets {"id", "error"} and the batch goes on.
import { createInterface } from 'node:readline';
import type { Engine } from '../engine/api.js';
import type { DocKind } from '../engine/types.js';
import { ENGINE_OPTIONS, WORKSPACE_OPTION, type CommandSpec, type Parsed } from './args.js';
import { cliVocabulary, openEngine, withVocabulary } from './engine.js';
import { sanitizeText, textProblem, write } from './io.js';
import { analyzeJson, findingJson, fixJson, generatedJson, matchJson } from './serialize.js';

export const batchSpec: CommandSpec = {
  name: 'batch',
  positionals: [],
  summary: 'Reads JSON requests, one per line, from stdin; writes one JSON answer per line, in order.',
  details: [
    'requests (id is echoed back; any JSON value):',
    '  {"id":1,"op":"analyze","text":"...","kind":"resume"|"job"}   -> {"id":1,"kind","skills":[...],"experience":[...]}',
    '  {"id":2,"op":"match","resume":"...","job":"..."}            -> {"id":2,"score","match","matchedSkills","similarWordingSkills","missingSkills","experience","explanation"}',
    '  {"id":3,"op":"fix","resume":"...","job":"...","addUnevidenced"?:false} -> {"id":3,"text","edits"}',
    '  {"id":4,"op":"generate","resume":"...","count":5,"seed":0}  -> {"id":4,"jobs":[{"title","score","markdown"}]}',
    '  {"id":5,"op":"jd","title":"..."}                            -> {"id":5,"title","markdown"}',
    '  {"id":6,"op":"lint","text":"...","kind"?,"job"?:"..."}       -> {"id":6,"findings":[{"rule","severity","message","range"}]}',
    'a line that is not a valid request -> {"id":...,"error":"why"}; exit 0 at the end of input.',
  ].join('\n'),
  options: { ...WORKSPACE_OPTION, ...ENGINE_OPTIONS },
};

type Json = Record<string, unknown>;

class RequestError extends Error {}

/** optional "referenceMonth": "YYYY-MM" (or "referenceYear": 2023): what "Present" means in the resume */
function referenceMonth(req: Json): string | undefined {
  const m = req.referenceMonth;
  if (typeof m === 'string') {
    if (!/^\d{4}-\d{2}$/.test(m)) throw new RequestError('"referenceMonth" must look like "2023-12"');
    return m;
  }
  const y = req.referenceYear;
  if (typeof y === 'number' && Number.isInteger(y)) return `${y}-12`;
  return undefined;
}

function str(req: Json, field: string): string {
  const v = req[field];
  if (typeof v !== 'string') throw new RequestError(`"${field}" must be a string`);
  const problem = textProblem(v);
  if (problem) throw new RequestError(`"${field}": ${problem}`);
  return sanitizeText(v);
}

export async function handleRequest(engine: Engine, req: Json): Promise<Json> {
  const op = req.op;
  switch (op) {
    case 'analyze': {
      const text = str(req, 'text');
      const kind = req.kind;
      if (kind !== undefined && kind !== null && kind !== 'resume' && kind !== 'job') {
        throw new RequestError('"kind" must be "resume" or "job"');
      }
      const a = await engine.analyze(text, undefined, { kind: (kind ?? undefined) as DocKind | undefined, referenceMonth: referenceMonth(req) });
      return { ...analyzeJson(a, engine.skillThresholds.hint) };
    }
    case 'match': {
      const resume = str(req, 'resume');
      const job = str(req, 'job');
      const r = await engine.analyze(resume, undefined, { kind: 'resume', referenceMonth: referenceMonth(req) });
      const j = await engine.analyze(job, undefined, { kind: 'job' });
      return { ...matchJson(await engine.match(r, j)) };
    }
    case 'fix': {
      const resume = str(req, 'resume');
      const job = str(req, 'job');
      const r = await engine.analyze(resume, undefined, { kind: 'resume', referenceMonth: referenceMonth(req) });
      const j = await engine.analyze(job, undefined, { kind: 'job' });
      const m = await engine.match(r, j);
      // text: only the skills the resume already shows added, unless the caller vouches for the rest
      if (req.addUnevidenced !== undefined && typeof req.addUnevidenced !== 'boolean') throw new RequestError('"addUnevidenced" must be true or false');
      return { ...fixJson(await engine.fix(r, j, m, undefined, { addUnevidenced: req.addUnevidenced === true })) };
    }
    case 'generate': {
      const resume = str(req, 'resume');
      let count = 5;
      if (req.count !== undefined && req.count !== null) {
        if (typeof req.count !== 'number' || !Number.isInteger(req.count) || req.count < 1 || req.count > 50) {
          throw new RequestError('"count" must be an integer from 1 to 50');
        }
        count = req.count;
      }
      const r = await engine.analyze(resume, undefined, { kind: 'resume', referenceMonth: referenceMonth(req) });
      const jobs = await engine.generateMatchingJobs(r, count, undefined, { seed: seedOf(req), writer: writerOf(req) });
      return { jobs: jobs.map((j) => ({ ...generatedJson(j), title: sanitizeText(j.title) })) };
    }
    case 'jd': {
      const title = req.title;
      if (typeof title !== 'string' || !title.trim()) throw new RequestError('"title" must be a non-empty string');
      if (title.length > 200) throw new RequestError('"title" is too long (200 characters at most)');
      const job = await engine.generateJobDescription(sanitizeText(title.trim()), undefined, { seed: seedOf(req), writer: writerOf(req) });
      return { title: sanitizeText(job.title), markdown: job.markdown };
    }
    case 'lint': {
      const text = str(req, 'text');
      const kind = req.kind === 'resume' || req.kind === 'job' ? req.kind : undefined;
      const a = await engine.analyze(text, undefined, { kind, referenceMonth: referenceMonth(req) });
      let target;
      if (req.job !== undefined && a.doc.kind === 'resume') {
        const j = await engine.analyze(str(req, 'job'), undefined, { kind: 'job' });
        target = { uri: 'job', title: j.title ?? 'the job', analysis: j, match: await engine.match(a, j) };
      }
      return { findings: engine.lint(a, { target }).map(findingJson) };
    }
    case undefined:
      throw new RequestError('missing "op" (analyze, match, fix, generate, jd or lint)');
    default:
      throw new RequestError(`unknown op ${JSON.stringify(op)} (analyze, match, fix, generate, jd or lint)`);
  }
}

/** Requests are objects one or two levels deep; deeper JSON would only exhaust the stack. */
export const MAX_JSON_DEPTH = 64;
/** One answer line at most (characters); a bigger answer becomes an error answer. */
export const MAX_ANSWER_CHARS = 16 * 1024 * 1024;

/** A request's writer seed: a non-negative integer, 0 when absent. */
function seedOf(req: Record<string, unknown>): number {
  if (req.seed === undefined || req.seed === null) return 0;
  if (typeof req.seed !== 'number' || !Number.isInteger(req.seed) || req.seed < 0 || req.seed > 2 ** 31 - 1) throw new RequestError('"seed" must be a non-negative integer');
  return req.seed;
}

/** A request's writer: "model", "template" or absent (the manifest's choice). */
function writerOf(req: Record<string, unknown>): 'model' | 'template' | undefined {
  if (req.writer === undefined || req.writer === null) return undefined;
  if (req.writer !== 'model' && req.writer !== 'template') throw new RequestError('"writer" must be "model" or "template"');
  return req.writer;
}

/** Nesting depth of a JSON text, counted without parsing (brackets inside strings do not count). */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) { if (++depth > max && (max = depth) > limit) return max; }
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** One answer for one input line; never throws. */
export async function answerLine(engine: Engine, line: string): Promise<Json> {
  if (line.charCodeAt(0) === 0xfeff) line = line.slice(1); // a BOM from a Windows editor or pipe
  if (jsonDepth(line, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return { id: null, error: `invalid request: JSON nested deeper than ${MAX_JSON_DEPTH} levels` };
  }
  let req: unknown;
  try {
    req = JSON.parse(line);
  } catch (e) {
    const why = line.trim() === '' ? 'empty line' : (e as Error).message;
    return { id: null, error: `invalid JSON: ${sanitizeText(why.slice(0, 200))}` };
  }
  if (req === null || typeof req !== 'object' || Array.isArray(req)) {
    return { id: null, error: 'invalid request: expected a JSON object' };
  }
  const r = req as Json;
  const id = r.id === undefined ? null : r.id;
  try {
    return { id, ...(await handleRequest(engine, r)) };
  } catch (e) {
    if (e instanceof RequestError) return { id, error: e.message };
    const msg = e instanceof Error ? e.message : String(e);
    return { id, error: `internal error: ${msg}` };
  }
}

/** The answer as one JSON line; an answer too large to send becomes an error line with its id. */
export function answerText(answer: Json): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(answer);
  } catch (e) {
    // "Invalid string length" past V8's string limit
    if (!(e instanceof RangeError)) throw e;
  }
  if (text !== undefined && text.length <= MAX_ANSWER_CHARS) return text;
  const size = text === undefined ? 'over 512 MB' : `${(text.length / 1024 / 1024).toFixed(1)} MB`;
  const id = JSON.stringify(answer.id ?? null);
  return JSON.stringify({
    id: id.length <= 200 ? answer.id ?? null : null,
    error: `answer too large (${size}; the limit is ${MAX_ANSWER_CHARS / 1024 / 1024} MB): split the input into smaller documents`,
  });
}

/** answerLine + answerText, with a last guard so that one line can never end the batch. */
async function answerOne(engine: Engine, line: string): Promise<string> {
  try {
    return answerText(await answerLine(engine, line));
  } catch (e) {
    return JSON.stringify({ id: null, error: `internal error: ${sanitizeText(e instanceof Error ? e.message : String(e))}` });
  }
}

export async function runBatch(parsed: Parsed): Promise<number> {
  const vocabulary = await cliVocabulary(parsed);
  const opened = await openEngine(parsed, true);
  const engine = withVocabulary(opened, vocabulary);
  try {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    // Requests run one at a time, so answers come out in input order; `write` waits for
    // 'drain' when the reader of stdout is slower than we are, and readline's iterator
    // pauses stdin while lines wait, so neither side buffers without bound.
    for await (const line of rl) {
      await write(process.stdout, (await answerOne(engine, line)) + '\n');
    }
  } finally {
    await opened.dispose();
  }
  return 0;
}
