// `hrdocs eval links tools/devsets/skill-links.jsonl`: skill linking on hand-labelled mentions in
// real sentences (tools/devsets/README.md). Reports accuracy@1 (a no-link row is right when
// nothing is linked), RP@5 over rows with gold skills, and no-link precision/recall, for the
// engine's linker and, in the same run, a literal lookup of graph labels and aliases.
import { readFileSync } from 'node:fs';
import { SkillGraph } from '../../server/src/engine/graph/graph.js';
import { loadModels } from '../../server/src/engine/models/registry.js';
import { OnnxSkillLinker } from '../../server/src/engine/models/linker.js';

interface Row { corpus: string; id: string; occupation: string; mention: string; gold: string[]; trap?: boolean }

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

export async function evaluateLinks(file: string, modelsDir: string): Promise<Record<string, unknown>> {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const graph = SkillGraph.load(modelsDir);
  const models = await loadModels({ modelsDir, graph, device: 'cpu' });
  const ids = (skill: number) => graph.skills[skill].ids;
  const literal = tally();
  const engine = tally();
  const traps = { literal: tally(), engine: tally() };
  const links = await models.linker.link(rows.map((r) => r.mention));
  const nearest = models.linker instanceof OnnxSkillLinker ? await models.linker.nearest(rows.map((r) => r.mention), 5) : rows.map(() => []);
  rows.forEach((r, i) => {
    const gold = new Set(r.gold);
    const hit = graph.lookupSkill(r.mention);
    const lit1 = hit ? hit.ids.find((x) => gold.has(x)) ?? hit.id : undefined;
    add(literal, gold, lit1, hit ? hit.ids : []);
    const link = links[i];
    const eng1 = link.skill >= 0 && link.confidence >= models.thresholds.link ? ids(link.skill).find((x) => gold.has(x)) ?? ids(link.skill)[0] : undefined;
    const top5 = nearest[i].flatMap((n) => ids(n.skill));
    add(engine, gold, eng1, top5);
    if (r.trap) {
      add(traps.literal, gold, lit1, hit ? hit.ids : []);
      add(traps.engine, gold, eng1, top5);
    }
  });
  return {
    file, linker: models.linker.name, threshold: models.thresholds.link,
    engine: report(engine), literalLookup: report(literal),
    crossFieldTraps: { engine: report(traps.engine), literalLookup: report(traps.literal) },
  };
}
