// What real postings of a role ask for (models/posting-skills.json, built by
// tools/scripts/build-posting-skills.ts from ../shared/data/postings): per graph occupation, the
// postings read and how many asked for each graph skill. A generated posting lists those first:
// the graph alone gives a role's competences in no order a recruiter would recognise (a nurse's
// "biology" before patient care).
import type { SkillGraph } from '../graph/graph.js';

export interface PostingSkillsJson {
  format: 'hrdocs-posting-skills/1';
  /** postings counted in all */
  postings: number;
  /** occupation id -> postings of that role read, and graph skill id -> postings that asked for it */
  occupations: Record<string, { postings: number; skills: Record<string, number> }>;
}

export interface AskedSkill {
  skill: number;
  /** share of the role's postings that ask for it */
  share: number;
}

export class PostingSkills {
  /** a role read from fewer postings says nothing of its own (a posting or two of a rare role
   * are one employer's wording, and one misread requirement is a third of what they ask) */
  static readonly MIN_POSTINGS = 10;
  /** a skill fewer postings of the role ask for is one employer's wording, or one misread line */
  static readonly MIN_ASKS = 3;
  /** nor is a skill a smaller share of them ask for (postings word a requirement many ways, and
   * the engine finds a few per posting: a nurse's "Patient Care" is named by a tenth of 608
   * nursing postings) */
  static readonly MIN_SHARE = 0.05;

  private constructor(
    private readonly byOccupation: Map<number, { postings: number; skills: Map<number, number> }>,
    private readonly overall: Map<number, number>,
    private readonly total: number,
  ) {}

  static fromJson(json: PostingSkillsJson, graph: SkillGraph): PostingSkills {
    if (json.format !== 'hrdocs-posting-skills/1') throw new Error(`posting-skills: unknown format ${String(json.format)}`);
    const occIndex = new Map(graph.occupations.map((o, i) => [o.id, i]));
    const byOccupation = new Map<number, { postings: number; skills: Map<number, number> }>();
    const overall = new Map<number, number>();
    for (const [id, entry] of Object.entries(json.occupations)) {
      const occ = occIndex.get(id);
      if (occ === undefined) continue;
      const skills = new Map<number, number>();
      for (const [skillId, n] of Object.entries(entry.skills)) {
        const node = graph.skillById(skillId);
        if (!node) continue;
        skills.set(node.index, n);
        overall.set(node.index, (overall.get(node.index) ?? 0) + n);
      }
      byOccupation.set(occ, { postings: entry.postings, skills });
    }
    return new PostingSkills(byOccupation, overall, Math.max(1, json.postings));
  }

  /** Postings read for these occupations (a role and its twin in the other taxonomy). */
  postingsFor(occupations: readonly number[]): number {
    return occupations.reduce((s, o) => s + (this.byOccupation.get(o)?.postings ?? 0), 0);
  }

  /** Share of all postings read that ask for a skill: how often real postings name it at all
   * (ESCO's "biological chemistry" is a nurse's knowledge no posting asks for). */
  popularity(skill: number): number {
    return (this.overall.get(skill) ?? 0) / this.total;
  }

  /** What postings of these occupations ask for (by at least MIN_ASKS of them and MIN_SHARE), most asked first; [] for a role read from too few. */
  askedFor(occupations: readonly number[]): AskedSkill[] {
    const n = this.postingsFor(occupations);
    if (n < PostingSkills.MIN_POSTINGS) return [];
    const counts = new Map<number, number>();
    for (const o of occupations) for (const [s, c] of this.byOccupation.get(o)?.skills ?? []) counts.set(s, (counts.get(s) ?? 0) + c);
    return [...counts]
      .filter(([, c]) => c >= PostingSkills.MIN_ASKS && c / n >= PostingSkills.MIN_SHARE)
      .map(([skill, c]) => ({ skill, share: c / n }))
      .sort((a, b) => b.share - a.share || a.skill - b.skill);
  }
}
