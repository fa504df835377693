// `hrdocs eval links tools/devsets/skill-links.jsonl`: skill linking on hand-labelled mentions in
// real sentences (tools/devsets/README.md). Reports accuracy@1 (a no-link row is right when
// nothing is linked), RP@5 over rows with gold skills, and no-link precision/recall, for the
// engine's linker and, in the same run, a literal lookup of graph labels and aliases. The linker
// reads each mention in its document's field, as the engine does: the document is loaded from
// its corpus (--data) and analyzed, and its occupation distribution is the linker's context
// (--no-context: none). ECE: calibration of the linker's confidence in its top-1 link.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../../server/src/engine/load.js';
import { loadCorpora } from './real-docs.js';
import type { LinkContext } from '../../server/src/engine/models/tasks.js';
import { SkillGraph } from '../../server/src/engine/graph/graph.js';
import { loadModels } from '../../server/src/engine/models/registry.js';
import { OnnxSkillLinker } from '../../server/src/engine/models/linker.js';

export interface Row { corpus: string; id: string; occupation: string; mention: string; gold: string[]; gold_names?: string[]; trap?: boolean }

interface Tally { n: number; right: number; linkedRows: number; rp5: number; predictedNone: number; noneRight: number; goldNone: number }
const tally = (): Tally => ({ n: 0, right: 0, linkedRows: 0, rp5: 0, predictedNone: 0, noneRight: 0, goldNone: 0 });

function add(t: Tally, gold: Set<string>, top1: string | undefined, top5: string[]): void {
  t.n++;
  if (!gold.size) t.goldNone++;
  if (top1 === undefined) {
    t.predictedNone++;
    if (!gold.size) { t.noneRight++; t.right++; }
  } else if (gold.has(top1)) t.right++;
  if (gold.size) {
    t.linkedRows++;
    t.rp5 += top5.slice(0, 5).filter((x) => gold.has(x)).length / Math.min(5, gold.size);
  }
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
function report(t: Tally) {
  return {
    rows: t.n, accuracyAt1: r3(t.right / t.n), rpAt5: r3(t.rp5 / Math.max(1, t.linkedRows)),
    noLinkPrecision: t.predictedNone ? r3(t.noneRight / t.predictedNone) : null, noLinkRecall: t.goldNone ? r3(t.noneRight / t.goldNone) : null,
  };
}

/** Expected calibration error over 10 equal-width bins of confidence. */
export function expectedCalibrationError(items: Array<{ p: number; right: boolean }>): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (const it of items) {
    const b = bins[Math.min(9, Math.floor(it.p * 10))];
    b.n++;
    b.p += it.p;
    b.y += it.right ? 1 : 0;
  }
  return items.length ? bins.reduce((s, b) => s + (b.n ? (b.n / items.length) * Math.abs(b.p / b.n - b.y / b.n) : 0), 0) : 0;
}

/** Each row's mention linked as the engine links it, in its document's field (the document is
 * loaded from its corpus and analyzed; without the corpus, or `useContext` false, no field). */
export async function linkRows(rows: Row[], modelsDir: string, dataDir = '../shared/data', useContext = true) {
  const graph = SkillGraph.load(modelsDir);
  const models = await loadModels({ modelsDir, graph, device: 'cpu' });
  // each row's document, analyzed by the engine: its field is the linker's context
  const contexts: Array<LinkContext | undefined> = rows.map(() => undefined);
  let withContext = 0;
  if (useContext && existsSync(join(dataDir, `${rows[0]?.corpus ?? 'x'}.jsonl.gz`))) {
    const docs = loadCorpora(dataDir, rows.map((r) => r.corpus));
    const engine = await loadEngine({ modelsDir, device: 'cpu' });
    const byDoc = new Map<string, LinkContext>();
    for (const [i, r] of rows.entries()) {
      const key = `${r.corpus}:${r.id}`;
      let ctx = byDoc.get(key);
      const doc = docs.get(key);
      if (!ctx && doc) {
        const analysis = await engine.analyze(doc.text, `file:///${key}.md`, { kind: r.corpus.startsWith('resumes/') ? 'resume' : 'job' });
        ctx = { occupations: analysis.occupations };
        byDoc.set(key, ctx);
      }
      contexts[i] = ctx;
      if (ctx?.occupations?.size) withContext++;
    }
    await engine.dispose();
  }
  const links: Array<{ skill: number; confidence: number; probability?: number; nearest?: number }> = [];
  for (const [i, r] of rows.entries()) links.push(...await models.linker.link([r.mention], undefined, contexts[i]));
  const ids = (skill: number) => graph.skills[skill].ids;
  // the best candidate, linked or not, its probability, and whether it is a gold skill
  const best = rows.map((r, i) => {
    const link = links[i];
    const p = link.probability ?? (link.skill >= 0 ? link.confidence : undefined);
    const skill = link.skill >= 0 ? link.skill : link.nearest ?? -1;
    return { p, skill, right: skill >= 0 && ids(skill).some((x) => r.gold.includes(x)), goldNone: r.gold.length === 0 };
  });
  return { graph, models, contexts, withContext, links, best, ids };
}

/** Rows of one label file, or of every `*.jsonl` file of a folder (in name order). */
export function readRows(fileOrFolder: string): Row[] {
  const files = statSync(fileOrFolder).isDirectory()
    ? readdirSync(fileOrFolder).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(fileOrFolder, f))
    : [fileOrFolder];
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row));
}

export async function evaluateLinks(file: string, modelsDir: string, dataDir = '../shared/data', useContext = true): Promise<Record<string, unknown>> {
  const rows = readRows(file);
  const { graph, models, contexts, withContext, links, best: bests, ids } = await linkRows(rows, modelsDir, dataDir, useContext);
  const calibration: Array<{ p: number; right: boolean }> = [];
  // HRDOCS_LINKS_DUMP=FILE: one line per row (mention, gold names, best candidate, its probability), for reading errors
  const dump: string[] | undefined = process.env.HRDOCS_LINKS_DUMP ? [] : undefined;
  const literal = tally();
  const engine = tally();
  const traps = { literal: tally(), engine: tally() };
  const linker = models.linker;
  const nearest: number[][] = linker instanceof OnnxSkillLinker ? await linker.ranked(rows.map((r) => r.mention), 5, contexts) : rows.map(() => []);
  rows.forEach((r, i) => {
    const gold = new Set(r.gold);
    const hit = graph.lookupSkill(r.mention);
    const lit1 = hit ? hit.ids.find((x) => gold.has(x)) ?? hit.id : undefined;
    add(literal, gold, lit1, hit ? hit.ids : []);
    const link = links[i];
    const eng1 = link.skill >= 0 && link.confidence >= models.thresholds.link ? ids(link.skill).find((x) => gold.has(x)) ?? ids(link.skill)[0] : undefined;
    const top5 = nearest[i].flatMap((n) => ids(n));
    add(engine, gold, eng1, top5);
    // confidence that the top-1 link is right (probability of the best candidate, linked or not)
    const { p: best, skill: bestSkill, right } = bests[i];
    if (best !== undefined && bestSkill >= 0) calibration.push({ p: best, right });
    dump?.push(JSON.stringify({ mention: r.mention, occupation: r.occupation, gold: r.gold_names ?? [], trap: !!r.trap, best: bestSkill >= 0 ? graph.skills[bestSkill].name : null,
      p: best === undefined ? null : r3(best), right, linked: eng1 !== undefined, literal: hit?.name ?? null }));
    if (r.trap) {
      add(traps.literal, gold, lit1, hit ? hit.ids : []);
      add(traps.engine, gold, eng1, top5);
    }
  });
  if (dump) writeFileSync(process.env.HRDOCS_LINKS_DUMP!, dump.join('\n') + '\n');
  return {
    file, linker: models.linker.name, threshold: models.thresholds.link, rowsWithField: withContext,
    ece: r3(expectedCalibrationError(calibration)),
    engine: report(engine), literalLookup: report(literal),
    crossFieldTraps: { engine: report(traps.engine), literalLookup: report(traps.literal) },
  };
}
