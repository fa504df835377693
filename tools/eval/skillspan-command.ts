// `hrdocs eval skillspan <file>`: the engine's document skills (as batch analyze reports them) as the SkillSpan evaluator's tag
// function. Each sentence is analyzed as a job description; a mention's source range becomes
// the predicted character span, labeled with the mention's kind (skill or knowledge).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../server/src/engine/api.js';
import { evalSkillspan, type PRF, type PredictedSpan, type SkillspanResult, type TagFunction } from './skillspan.js';
import { intOption, type Parsed } from '../../server/src/cli/args.js';
import { openEngine } from '../../server/src/cli/engine.js';
import { jsonOut, out } from '../../server/src/cli/io.js';

/** Character offset of an LSP position in `text`. */
function offsetOf(lineStarts: readonly number[], text: string, p: { line: number; character: number }): number {
  const start = lineStarts[Math.min(p.line, lineStarts.length - 1)] ?? 0;
  return Math.min(text.length, start + p.character);
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function engineTagger(engine: Engine): TagFunction {
  return async (texts) => {
    const result: PredictedSpan[][] = [];
    for (const text of texts) {
      if (!text.trim()) {
        result.push([]);
        continue;
      }
      const a = await engine.analyze(text, undefined, { kind: 'job' });
      const starts = a.doc.lineStarts?.length ? a.doc.lineStarts : lineStartsOf(text);
      // the document's skills, as `hrdocs batch` analyze reports them (hints below the threshold are not claims)
      result.push(a.skills.map((m) => ({
        start: offsetOf(starts, text, m.range.start),
        end: offsetOf(starts, text, m.range.end),
        kind: m.kind,
      })));
    }
    return result;
  };
}

export async function runSkillspanEval(parsed: Parsed, file: string): Promise<number> {
  let path = file;
  let tmp: string | undefined;
  const limit = parsed.options.limit === undefined ? undefined : intOption(parsed, 'limit', 0, 1, 10_000_000, 'eval');
  if (limit !== undefined) {
    tmp = mkdtempSync(join(tmpdir(), 'hrdocs-skillspan-'));
    path = join(tmp, 'limited.json');
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit);
    writeFileSync(path, lines.join('\n') + '\n');
  }
  const t0 = performance.now();
  const engine = await openEngine(parsed, true);
  const startMs = performance.now() - t0;
  let result: SkillspanResult;
  try {
    result = await evalSkillspan(path, engineTagger(engine));
  } catch (e) {
    if (e instanceof SyntaxError) throw new Error(`${file}: not SkillSpan JSON lines (${e.message})`);
    throw e;
  } finally {
    await engine.dispose();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  const status = engine.status;
  const report = {
    ...result,
    file,
    engine: { engine: status.engine, device: status.device, ...(status.message ? { message: status.message } : {}) },
    timings: { engineStartMs: startMs, tagSeconds: result.tagSeconds, msPerSentence: result.sentences ? (result.tagSeconds * 1000) / result.sentences : 0 },
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
  };
  if (parsed.options.json) {
    await jsonOut(report);
    return 0;
  }
  const f = (x: number) => x.toFixed(3);
  const row = (label: string, p: PRF) =>
    `  ${label.padEnd(20)}${f(p.precision).padStart(7)}${f(p.recall).padStart(8)}${f(p.f1).padStart(8)}   (matched ${p.matched}, pred ${p.predicted}, gold ${p.gold})`;
  await out([
    `SkillSpan evaluation: ${file} (${result.sentences} sentences; engine: ${status.engine}, ${status.device}${status.message ? `; ${status.message}` : ''})`,
    '',
    `spans (SKILL ∪ KNOWLEDGE)      P       R      F1`,
    row('strict', result.strict),
    row('loose', result.loose),
    row('SKILL strict', result.skill.strict),
    row('SKILL loose', result.skill.loose),
    row('KNOWLEDGE strict', result.knowledge.strict),
    row('KNOWLEDGE loose', result.knowledge.loose),
    '',
    `timings: engine start ${(startMs / 1000).toFixed(2)} s; tagging ${result.tagSeconds.toFixed(1)} s (${report.timings.msPerSentence.toFixed(2)} ms/sentence)`,
    `machine: ${report.machine.cpu}, ${report.machine.cores} cores, node ${report.machine.node}`,
  ].join('\n'));
  return 0;
}
