// Career-path examples for the occupation ranker (dump-ranker-data.ts, source "path"): a role a
// person held, read from the rest of their resume. Which roles go together in real careers (an HR
// manager was a recruiter, a head chef a sous chef) is what the suggestions' fill-ins ask of the
// ranker beside the person's own titles; the resume's own category says nothing of it.
import type { SkillGraph } from '../../server/src/engine/graph/graph.js';
import type { TitleLexicon } from '../../server/src/engine/experience/lexicon.js';
import type { DocumentAnalysis } from '../../server/src/engine/types.js';
import { heldRoleTitle } from '../../server/src/engine/generate/generate.js';
import { resumeFeatures, resumeTitles, type ResumeFeatures } from '../../server/src/engine/generate/ranker.js';
import { matchKey, normalizeTerm, tokenizeWords } from '../../server/src/engine/text/normalize.js';

export interface PathExample {
  /** the resume's features with the target role's title, and its words, taken out */
  features: ResumeFeatures;
  /** the occupations the role's title names */
  occupations: number[];
  /** one resume's weight spread over its roles, so a long career counts no more than a short one */
  weight: number;
}

/**
 * One example per distinct role title of the resume that names graph occupations (`named`), each
 * read from the other roles, the skills and the words less that title's. A resume with fewer
 * than two such roles says nothing of what goes with what, and gives none.
 */
export function careerPathExamples(graph: SkillGraph, resume: DocumentAnalysis, lexicon: TitleLexicon, named: (title: string) => number[]): PathExample[] {
  const titles = resumeTitles(resume, lexicon);
  const roles = [...titles.current, ...titles.past]
    .map((title) => ({ title, occupations: named(heldRoleTitle(title, lexicon)) }))
    .filter((r) => r.occupations.length);
  if (roles.length < 2) return [];
  const out: PathExample[] = [];
  const taken = new Set<string>();
  for (const { title, occupations } of roles) {
    const key = normalizeTerm(title);
    if (taken.has(key)) continue;
    taken.add(key);
    const without = (list: string[]) => list.filter((t) => normalizeTerm(t) !== key);
    const f = resumeFeatures(graph, resume, lexicon, { current: without(titles.current), past: without(titles.past) });
    // the other roles are the evidence: without one left there is no path to read
    if (!f.current.length && !f.past.length) continue;
    const titleWords = new Set(tokenizeWords(title).map((w) => `W:${matchKey(w.text)}`));
    out.push({ features: { ...f, words: f.words.filter((w) => !titleWords.has(w)) }, occupations, weight: 1 / roles.length });
  }
  return out;
}
