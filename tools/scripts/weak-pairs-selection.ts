// Which real documents the weakly labelled matcher pairs are drawn from (tools/scripts/dump-weak-pairs.ts):
// the occupation groups of tools/devsets/select-real-pairs.mjs drawn under this script's own
// seed, every dev-set id excluded, each document split train/tune by a hash of its id. A module
// of its own so that any model trained for the matcher can leave these documents out.
import { join } from 'node:path';
import { devSetIds } from '../devsets/held-out.js';

export interface Candidate { corpus: string; id: string; title: string }
interface Side { take: number; pools: unknown[] }
interface Group { name: string; resumes: Side; postings: Side; near?: Side }
export interface Selection {
  GROUPS: Group[];
  candidates(side: Side, group: string): Candidate[];
  shuffle<T>(list: T[], seed: string): T[];
  hashSeed(s: string): number;
  loadCorpus(corpus: string): Array<{ id: string; text: string; title: string }>;
}

export const WEAK_SEED = 'hrdocs-matcher-weak-20261201';
export type WeakResume = Candidate & { group: string };
export type WeakPosting = Candidate & { group: string; near: boolean };

export async function loadSelection(repo: string): Promise<Selection> {
  return (await import(join(repo, 'tools', 'devsets', 'select-real-pairs.mjs'))) as Selection;
}

/** The weak-pair documents, per group, in draw order. */
export function selectWeakDocuments(selection: Selection, repo: string, perResumes = 30, perPostings = 25): { resumes: WeakResume[]; postings: WeakPosting[] } {
  const excluded = devSetIds(repo);
  const resumes: WeakResume[] = [];
  const postings: WeakPosting[] = [];
  const seen = new Set<string>();
  for (const g of selection.GROUPS) {
    const draw = (side: Side, sideName: string, n: number) => selection.shuffle(selection.candidates(side, g.name), `${WEAK_SEED}/${g.name}/${sideName}`)
      .filter((c) => !excluded.has(c.id) && !seen.has(c.id)).slice(0, n);
    for (const c of draw(g.resumes, 'resumes', perResumes)) { seen.add(c.id); resumes.push({ ...c, group: g.name }); }
    for (const c of draw(g.postings, 'postings', perPostings)) { seen.add(c.id); postings.push({ ...c, group: g.name, near: false }); }
    if (g.near) for (const c of draw(g.near, 'near', Math.ceil(perPostings / 3))) { seen.add(c.id); postings.push({ ...c, group: g.name, near: true }); }
  }
  return { resumes, postings };
}

/** train (80%) or tune (20%), by a hash of the document id */
export function weakSplit(selection: Selection, id: string): 'train' | 'tune' {
  return selection.hashSeed(`${WEAK_SEED}/split/${id}`) % 5 === 0 ? 'tune' : 'train';
}
