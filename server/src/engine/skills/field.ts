// A document's field: its occupation distribution in the skill-occupation graph, from its title
// and the skills it names, and how well a skill fits it. The skill linker reads it as context, so
// "ventilation" in a nurse's resume is weighed against respiratory care, not building HVAC.
import type { SkillGraph } from '../graph/graph.js';
import { keepingFieldWords } from '../lang/en/stem-collisions.js';

/** occupation index -> weight, summing to 1 (empty: no evidence) */
export type OccupationDistribution = ReadonlyMap<number, number>;

const TITLE_HITS = 5;
const TOP_OCCUPATIONS = 50;

/**
 * The document's occupations: its title's best occupations count as much as all its skills
 * together; each skill spreads over the occupations that list it, a large occupation's share
 * damped by the square root of its size. The top 50, normalized.
 */
export function documentOccupations(graph: SkillGraph, title: string | undefined, skills: Iterable<number>): OccupationDistribution {
  const raw = new Map<number, number>();
  const add = (o: number, v: number) => raw.set(o, (raw.get(o) ?? 0) + v);
  if (title && title.trim()) for (const hit of keepingFieldWords(graph, title, graph.findOccupationsByTitle(title, TITLE_HITS))) add(hit.occupation, hit.score);
  const bySkill = new Map<number, number>();
  const seen = new Set<number>();
  for (const s of skills) {
    if (seen.has(s) || s < 0 || s >= graph.skills.length) continue;
    seen.add(s);
    for (const { occupation, weight } of graph.occupationsForSkill(s)) {
      bySkill.set(occupation, (bySkill.get(occupation) ?? 0) + weight / Math.sqrt(Math.max(4, occupationSize(graph, occupation))));
    }
  }
  const skillTotal = [...bySkill.values()].reduce((a, b) => a + b, 0);
  if (skillTotal > 0) for (const [o, w] of bySkill) add(o, w / skillTotal);
  const top = [...raw.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TOP_OCCUPATIONS);
  const total = top.reduce((s, [, w]) => s + w, 0);
  return new Map(total > 0 ? top.map(([o, w]) => [o, w / total]) : []);
}

/** How much of the distribution lists the skill: sum of weight x edge weight, in [0, 1]. */
export function fieldFit(graph: SkillGraph, dist: OccupationDistribution, skill: number): number {
  if (!dist.size) return 0;
  let fit = 0;
  for (const { occupation, weight } of graph.occupationsForSkill(skill)) {
    const q = dist.get(occupation);
    if (q !== undefined) fit += q * weight;
  }
  return Math.min(1, fit);
}

/** A short key of the distribution (its top occupations), for caches keyed by context. */
export function distributionKey(dist: OccupationDistribution | undefined): string {
  if (!dist || !dist.size) return '';
  return [...dist.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([o, w]) => `${o}:${Math.round(w * 20)}`).join(',');
}

const sizes = new WeakMap<SkillGraph, Map<number, number>>();
function occupationSize(graph: SkillGraph, occupation: number): number {
  let m = sizes.get(graph);
  if (!m) { m = new Map(); sizes.set(graph, m); }
  let n = m.get(occupation);
  if (n === undefined) { n = graph.skillsForOccupation(occupation).length; m.set(occupation, n); }
  return n;
}
