// GIRL's alignment step at our scale (rejection sampling): for each RJDB train resume, the roles
// the engine suggests, each posting written line by line by the supervised writer (several samples
// per line, checked), a few assemblies judged by the matcher against the resume plus the posting
// checks (the reward), and the best kept. The kept posting's written lines (never the lines the
// engine states for a skill no sample named) become the fine-tuning texts of
// train_writer.py --finetune, each weighted by its posting's reward.
// RJDB resumes are generated documents (CC BY-SA 4.0), not the real resumes of ../shared/data,
// which never train a text generator.
// With --report, nothing is written: the mean matcher score of the first and of the kept sample
// per role on the given rows (RJDB dev), to compare the supervised and the fine-tuned writer.
// usage: node tools/out/tools/writer/girl-samples.js RJDB.jsonl OUT_DIR [--samples 4] [--roles 2] [--limit N] [--seed 11]
//        node tools/out/tools/writer/girl-samples.js RJDB_DEV.jsonl --report [--limit N]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { defaultModelsDir } from '../../server/src/engine/index.js';
import { SkillGraph } from '../../server/src/engine/graph/graph.js';
import { StageCache } from '../../server/src/engine/cache.js';
import { loadModels } from '../../server/src/engine/models/registry.js';
import { createEngine } from '../../server/src/engine/engine.js';
import { suggestRoles } from '../../server/src/engine/generate/generate.js';
import { writePostings, writerPlan } from '../../server/src/engine/generate/write.js';
import { END_TOKEN, linePrompt, type WriterPlan } from '../../server/src/engine/generate/writer-format.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const [input, outDir] = args;
const report = args.includes('--report');
if (!input || (!outDir && !report)) { console.error('usage: girl-samples RJDB.jsonl OUT_DIR | RJDB.jsonl --report'); process.exit(2); }
const samples = opt('--samples', 4);
const rolesPerResume = opt('--roles', 2);
const limit = opt('--limit', Infinity);
const seed = opt('--seed', 11);
const BATCH_RESUMES = 6;

const modelsDir = defaultModelsDir();
const graph = SkillGraph.load(modelsDir);
const models = await loadModels({ modelsDir, graph, device: 'cpu' });
if (!models.writer) throw new Error(`no writer model: ${models.problems.join('; ')}`);
const engine = createEngine({ graph, models, cache: new StageCache(), graphLoadMs: 0, referenceMonth: '2024-06' });

const rows = readFileSync(input, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as Record<string, string>);
const kept: Array<{ text: string; reward: number }> = [];
const firstScores: number[] = [], keptScores: number[] = [];
for (let from = 0; from < rows.length; from += BATCH_RESUMES) {
  const jobs: Array<{ plan: WriterPlan; occupationId: string; resume: Awaited<ReturnType<typeof engine.analyze>> }> = [];
  for (const row of rows.slice(from, from + BATCH_RESUMES)) {
    const resume = await engine.analyze(row['Resume-matched'], undefined, { kind: 'resume' });
    for (const r of suggestRoles(graph, resume, rolesPerResume, models.ranker, models.titles).filter((x) => !x.stretch).slice(0, rolesPerResume)) {
      jobs.push({ plan: writerPlan(graph, r.occupation, r.title, r.seniority, r.years, resume), occupationId: graph.occupations[r.occupation].id, resume });
    }
  }
  const judge = async (job: (typeof jobs)[number], markdown: string) => engine.match(job.resume, await engine.analyze(markdown, undefined, { kind: 'job' }));
  // one role at a time, as the server writes a resume's suggestions: its assemblies are judged against its own resume
  for (const [i, job] of jobs.entries()) {
    const [best] = await writePostings(models.writer, [{ plan: job.plan, occupationId: job.occupationId }], { samples, seed: seed + from + i, judge: (md) => judge(job, md) });
    firstScores.push(best.firstScore ?? 0);
    keptScores.push(best.score ?? 0);
    for (const line of best.lines) kept.push({ text: `${linePrompt(line.request.title, line.request.seniority, line.request.section, line.request.key)}${line.text}`, reward: best.reward });
  }
  process.stderr.write(`\r${Math.min(from + BATCH_RESUMES, rows.length)}/${rows.length} resumes`);
}
process.stderr.write('\n');
const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / Math.max(1, x.length);
const summary = { resumes: rows.length, roles: keptScores.length, samples, meanFirstScore: +mean(firstScores).toFixed(4), meanKeptScore: +mean(keptScores).toFixed(4) };
if (report) {
  console.log(JSON.stringify(summary));
} else {
  mkdirSync(outDir, { recursive: true });
  const tokenizer = new Tokenizer(JSON.parse(readFileSync(join(modelsDir, 'writer', 'tokenizer.json'), 'utf8')), JSON.parse(readFileSync(join(modelsDir, 'writer', 'tokenizer_config.json'), 'utf8')));
  const endId = tokenizer.encode(END_TOKEN, { add_special_tokens: false }).ids[0];
  const ids: number[] = [];
  const weights: number[] = [];
  for (const k of kept) {
    ids.push(...tokenizer.encode(k.text, { add_special_tokens: false }).ids, endId);
    weights.push(k.reward);
  }
  writeFileSync(join(outDir, 'girl.bin'), Buffer.from(new Uint16Array(ids).buffer));
  writeFileSync(join(outDir, 'girl-weights.json'), JSON.stringify(weights) + '\n');
  writeFileSync(join(outDir, 'girl.jsonl'), kept.map((k) => JSON.stringify(k)).join('\n') + '\n');
  console.log(JSON.stringify({ ...summary, kept: kept.length, tokens: ids.length }));
}
