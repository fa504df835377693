// The skill-occupation graph, read from models/graph/graph.json.gz (built by
// tools/graph/build-graph.ts). Loading is synchronous and cheap: the artifact is already indexed
// and sorted, so only a few hash maps are built here; the reverse skill->occupation index and
// the title-token index are built on first use.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HOLDERS_OF_SKILLS } from '../lang/en/person-words.js';
import { normalizeTerm } from '../text/normalize.js';
import { titleKey } from '../text/title-key.js';
import {
  GRAPH_FILE, GRAPH_FORMAT, verifyGraphFile, GRAPH_VERSION, OCCUPATION_SOURCES, REUSE_LEVELS, SkillFlag,
  type GraphArtifact, type OccupationSource, type ReuseLevel,
} from './artifact.js';

export type { OccupationSource, ReuseLevel } from './artifact.js';
export type SkillSource = 'esco' | 'onet' | 'rjdb';

/** the fewest letters of a tool's one-word name found also when written as two words ("Power Point"): shorter joins are chance ("Go Pro") */
const CLOSED_COMPOUND_CHARS = 6;

export interface GraphSkill {
  index: number;
  /** primary id: ESCO URI, 'onet:<Element ID>', 'onet:tech:<name>' or 'rjdb:<name>' */
  id: string;
  /** every id merged into this node, the primary one first */
  ids: string[];
  name: string;
  kind: 'skill' | 'knowledge';
  sources: SkillSource[];
  description?: string;
  /** the skill's own name is one ordinary English word ("Communication", "Design") */
  ambiguous: boolean;
  /** a named product or technology (O*NET Technology Skills) */
  tool: boolean;
  /** an O*NET Hot Technology */
  hot: boolean;
  /** ESCO reuse level, when ESCO knows the skill */
  reuse?: ReuseLevel;
}

export interface GraphOccupation {
  index: number;
  /** ESCO URI, 'onet:<O*NET-SOC code>' or 'rjdb:<normalized title>' */
  id: string;
  title: string;
  source: OccupationSource;
  description?: string;
  /** up to 8 core task statements (O*NET occupations only) */
  tasks: string[];
}

export interface GraphSkillGroup {
  index: number;
  id: string;
  /** ESCO group code ('S1.2', '0613'), '' when none */
  code: string;
  label: string;
  broader: number[];
}

export interface OccupationSkill { skill: number; weight: number; essential: boolean }
export interface SkillOccupation { occupation: number; weight: number }
export interface TitleMatch { occupation: number; score: number }

export interface GraphStats { skills: number; aliases: number; occupations: number; edges: number; loadMs: number }

const SOURCE_BITS = SkillFlag.esco | SkillFlag.onet | SkillFlag.rjdb;
/** One shared `sources` array per combination of source bits, instead of one per skill. */
const SOURCE_LISTS: SkillSource[][] = Array.from({ length: SOURCE_BITS + 1 }, (_, bits) => [
  ...(bits & SkillFlag.esco ? ['esco' as const] : []),
  ...(bits & SkillFlag.onet ? ['onet' as const] : []),
  ...(bits & SkillFlag.rjdb ? ['rjdb' as const] : []),
]);

/** skill -> occupations, compressed rows: entries start[s] .. start[s + 1] - 1, heaviest first. */
interface SkillOccupationIndex { start: Int32Array; occupation: Int32Array; weight: Uint8Array }

/** Token postings and IDF weights over all title keys, for fuzzy title lookups. */
interface TitleTokenIndex {
  idf: Map<string, number>;
  /** idf of a token no title contains: as rare as can be */
  unknownIdf: number;
  postings: Map<string, number[]>;
  /** per title key: sum of the idf of its distinct tokens */
  keyWeight: Float64Array;
}

export class SkillGraph {
  readonly skills: GraphSkill[];
  readonly occupations: GraphOccupation[];
  readonly skillGroups: GraphSkillGroup[];
  /** the longest alias, in words: the matcher's window */
  readonly maxAliasWords: number;
  readonly loadMs: number;

  private readonly data: GraphArtifact;
  private readonly aliasIndex = new Map<string, number>();
  /** one-word aliases of tools ("powerpoint", "quickbooks"), by key: found also when written open ("Power Point") */
  private readonly closedToolAliases = new Map<string, number>();
  private readonly ambiguousAliases: Set<number>;
  private titleIndex?: Map<string, number>;
  private idIndex?: Map<string, number>;
  private occupationIdIndex?: Map<string, number>;
  private ownTitleKeys?: Map<number, string>;
  private skillOccupations?: SkillOccupationIndex;
  private skillAliases?: string[][];
  private aliasSuffixCounts?: Map<string, number>;
  private titleTokens?: TitleTokenIndex;
  private occupationTitles?: string[][];
  private readonly edgeCount: number;

  /** Reads `<modelsDir>/graph/graph.json.gz`. Throws an Error saying what to do when it is missing or corrupt. */
  static load(modelsDir: string): SkillGraph {
    const started = performance.now();
    const file = join(modelsDir, 'graph', GRAPH_FILE);
    let compressed: Buffer;
    try {
      compressed = readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new Error(`hrdocs skill graph not found: ${file}. Build it with \`npm run build:graph\`.`);
      throw new Error(`hrdocs skill graph cannot be read: ${file}: ${(err as Error).message}`);
    }
    verifyGraphFile(file, compressed);
    let artifact: unknown;
    try {
      artifact = JSON.parse(gunzipSync(compressed).toString('utf8'));
    } catch (err) {
      throw new Error(`hrdocs skill graph is corrupt: ${file}: ${(err as Error).message}. Rebuild it with \`npm run build:graph\`.`);
    }
    try {
      return new SkillGraph(artifact, started);
    } catch (err) {
      throw new Error(`hrdocs skill graph is corrupt: ${file}: ${(err as Error).message}. Rebuild it with \`npm run build:graph\`.`);
    }
  }

  /** From an already parsed artifact (tests, tools). Throws when its shape is wrong. */
  static fromArtifact(artifact: unknown): SkillGraph {
    return new SkillGraph(artifact, performance.now());
  }

  private constructor(artifact: unknown, started: number) {
    this.data = validate(artifact);
    const { skills, aliases, occupations, skillGroups } = this.data;

    this.skills = skills.names.map((name, index): GraphSkill => {
      const flags = skills.flags[index];
      const skill: GraphSkill = {
        index, id: skills.ids[index][0], ids: skills.ids[index], name,
        kind: flags & SkillFlag.knowledge ? 'knowledge' : 'skill', sources: SOURCE_LISTS[flags & SOURCE_BITS],
        ambiguous: !!(flags & SkillFlag.ambiguous), tool: !!(flags & SkillFlag.tool), hot: !!(flags & SkillFlag.hot),
      };
      if (skills.descriptions[index]) skill.description = skills.descriptions[index];
      if (skills.reuse[index]) skill.reuse = REUSE_LEVELS[skills.reuse[index]] as ReuseLevel;
      return skill;
    });

    this.occupations = occupations.titles.map((title, index): GraphOccupation => {
      const occupation: GraphOccupation = {
        index, id: occupations.ids[index], title, source: OCCUPATION_SOURCES[occupations.sources[index]],
        tasks: occupations.tasks[index],
      };
      if (occupations.descriptions[index]) occupation.description = occupations.descriptions[index];
      return occupation;
    });

    this.skillGroups = skillGroups.ids.map((id, index) => ({
      index, id, code: skillGroups.codes[index], label: skillGroups.labels[index], broader: skillGroups.broader[index],
    }));

    let maxWords = 0;
    aliases.keys.forEach((key, i) => {
      this.aliasIndex.set(key, i);
      let words = 1;
      for (let c = key.indexOf(' '); c !== -1; c = key.indexOf(' ', c + 1)) words++;
      if (words > maxWords) maxWords = words;
      if (words === 1 && key.length >= CLOSED_COMPOUND_CHARS && aliases.skills[i].some((k) => this.skills[k]?.tool)) this.closedToolAliases.set(key, i);
    });
    // "an excellent communicator", "a team player": the holder of a skill names the skill, where no
    // alias names the holder otherwise (a word of the language, not of a taxonomy)
    for (const [holder, skill] of HOLDERS_OF_SKILLS) {
      const named = this.aliasIndex.get(normalizeTerm(skill));
      const key = normalizeTerm(holder);
      if (named !== undefined && !this.aliasIndex.has(key)) this.aliasIndex.set(key, named);
    }
    this.maxAliasWords = maxWords;
    this.ambiguousAliases = new Set(aliases.ambiguous);
    this.edgeCount = occupations.skills.reduce((sum, triples) => sum + triples.length / 3, 0);
    this.loadMs = performance.now() - started;
  }

  // --- Skills ----------------------------------------------------------------------------------

  /** Skill indices for a normalizeTerm() key (or a tool's one-word name written as two words), best first; [] when no alias has it.
   * The array is the graph's own: read it, do not modify it. */
  skillsForAlias(key: string): number[] {
    const i = this.aliasIndex.get(key);
    if (i !== undefined) return this.data.aliases.skills[i];
    // a tool's one-word name written as two words ("Power Point", "Quick Books", "Java Script")
    const space = key.indexOf(' ');
    if (space > 1 && key.length <= CLOSED_COMPOUND_CHARS * 4 && key.indexOf(' ', space + 1) === -1) {
      const closed = this.closedToolAliases.get(key.slice(0, space) + key.slice(space + 1));
      if (closed !== undefined) return this.data.aliases.skills[closed];
    }
    return [];
  }

  /**
   * How many longer aliases end with this normalizeTerm() key ("clean": "window clean", "dry
   * clean", ...): a name many skills narrow is a broad one. Counted once, on first use.
   */
  aliasesEndingWith(key: string): number {
    if (!this.aliasSuffixCounts) {
      const counts = new Map<string, number>();
      for (const alias of this.aliasIndex.keys()) {
        const words = alias.split(' ');
        for (let i = 1; i < words.length; i++) {
          const tail = words.slice(i).join(' ');
          counts.set(tail, (counts.get(tail) ?? 0) + 1);
        }
      }
      this.aliasSuffixCounts = counts;
    }
    return this.aliasSuffixCounts.get(key) ?? 0;
  }

  /** Whether this alias key is one ordinary English word, which needs extra evidence to count as a skill. */
  aliasIsAmbiguous(key: string): boolean {
    const i = this.aliasIndex.get(key);
    return i !== undefined && this.ambiguousAliases.has(i);
  }

  /**
   * The best skill for free text ("Python", "project management", "Communication skills"):
   * normalized exact alias lookup, then without a trailing "skill(s)", then the one-letter
   * names ("C", "R") written in capitals.
   */
  lookupSkill(text: string): GraphSkill | undefined {
    const key = normalizeTerm(text);
    const bare = key.replace(/ skill$/, '');
    const found = this.skillsForAlias(key)[0] ?? (bare !== key ? this.skillsForAlias(bare)[0] : undefined)
      ?? this.skillsForShortName(text.trim())[0];
    return found === undefined ? undefined : this.skills[found];
  }

  /** Skills named by one capital letter ("C", "R"), exact and case-sensitive. */
  skillsForShortName(surface: string): number[] {
    return Object.hasOwn(this.data.aliases.shortNames, surface) ? this.data.aliases.shortNames[surface] : [];
  }

  /** By any of the node's ids (an ESCO URI, 'onet:2.A.1.a', 'onet:tech:python', 'rjdb:Python'). */
  skillById(id: string): GraphSkill | undefined {
    if (!this.idIndex) {
      this.idIndex = new Map();
      this.data.skills.ids.forEach((ids, index) => { for (const id of ids) if (!this.idIndex!.has(id)) this.idIndex!.set(id, index); });
    }
    const index = this.idIndex.get(id);
    return index === undefined ? undefined : this.skills[index];
  }

  /** Every alias key that leads to this skill (first in the list or not). */
  aliasesForSkill(skill: number): string[] {
    if (!this.skillAliases) {
      const lists: string[][] = this.skills.map(() => []);
      const { keys, skills } = this.data.aliases;
      keys.forEach((key, i) => { for (const s of skills[i]) lists[s].push(key); });
      this.skillAliases = lists;
    }
    return this.skillAliases[skill] ?? [];
  }

  /** Broader skills in the ESCO hierarchy ("Python" -> "computer programming"). */
  broaderSkills(skill: number): number[] {
    return this.data.skills.broader[skill] ?? [];
  }

  /** ESCO skill groups the skill belongs to, as indices into `skillGroups`. */
  groupsForSkill(skill: number): number[] {
    return this.data.skills.groups[skill] ?? [];
  }

  // --- Occupations -----------------------------------------------------------------------------

  occupationById(id: string): GraphOccupation | undefined {
    if (!this.occupationIdIndex) this.occupationIdIndex = new Map(this.occupations.map((o) => [o.id, o.index]));
    const index = this.occupationIdIndex.get(id);
    return index === undefined ? undefined : this.occupations[index];
  }

  /** The occupation's skills, heaviest first. Weights are in [0, 1]: ESCO essential 1 and
   * optional 0.5; O*NET (importance - 1) / 4, tools 0.45 to 0.8; RJDB the share of postings. */
  skillsForOccupation(occupation: number): OccupationSkill[] {
    const triples = this.data.occupations.skills[occupation] ?? [];
    const out: OccupationSkill[] = [];
    for (let i = 0; i < triples.length; i += 3) out.push({ skill: triples[i], weight: triples[i + 1] / 100, essential: triples[i + 2] === 1 });
    return out;
  }

  /** Occupations that list this skill, heaviest edge first. */
  occupationsForSkill(skill: number): SkillOccupation[] {
    const index = (this.skillOccupations ??= buildSkillOccupationIndex(this.data.occupations.skills, this.skills.length));
    if (!(skill >= 0 && skill < this.skills.length)) return [];
    const out: SkillOccupation[] = [];
    for (let i = index.start[skill]; i < index.start[skill + 1]; i++) out.push({ occupation: index.occupation[i], weight: index.weight[i] / 100 });
    return out;
  }

  /** title key -> its row in the title columns (built on first use) */
  private titleKeyIndex(): Map<string, number> {
    return (this.titleIndex ??= new Map(this.data.titles.keys.map((k, i) => [k, i])));
  }

  /** Whether the graph knows this exact text as an occupation's title or alternate title. */
  isOccupationTitle(text: string): boolean {
    return this.titleKeyIndex().has(titleKey(text));
  }

  /**
   * Occupations for a job title, best first, score in [0, 1]. An exact title key (any ESCO
   * label, O*NET title, alternate or reported title, RJDB title) scores 1; the rest are ranked by
   * IDF-weighted word overlap with all known titles. Among occupations a key names equally, the one
   * whose own title it is comes first, then those O*NET lists it for most strongly: "Teacher" reads
   * as preschool, elementary and middle school teachers before a politics lecturer ESCO also
   * labels so, "Construction Manager" as the construction manager before an interior architect.
   */
  findOccupationsByTitle(title: string, limit = 10): TitleMatch[] {
    const key = titleKey(title);
    if (!key || limit <= 0) return [];
    // occupation -> its best score, whether the key that gave it is its own title, how strongly
    // O*NET lists it by that key, and (named by the exact key) its place in that key's stored list
    type Reading = { score: number; own: boolean; strength: number; rank: number };
    const before = (x: Reading, y: Reading) => y.score - x.score || Number(y.own) - Number(x.own) || y.strength - x.strength;
    const best = new Map<number, Reading>();
    const offer = (k: number, score: number, exactKey: boolean) => {
      const strengths = this.data.titles.strength?.[k];
      this.data.titles.occupations[k].forEach((occupation, j) => {
        const reading = { score, own: this.ownTitleKey(occupation) === this.data.titles.keys[k], strength: strengths?.[j] ?? 0, rank: exactKey ? j : Infinity };
        const held = best.get(occupation);
        if (!held || before(reading, held) < 0) best.set(occupation, reading);
      });
    };
    const exact = this.titleKeyIndex().get(key);
    if (exact !== undefined) offer(exact, 1, true);

    if (best.size < limit) {
      const index = this.titleTokenIndex();
      const tokens = [...new Set(key.split(' '))];
      const queryWeight = tokens.reduce((sum, t) => sum + (index.idf.get(t) ?? index.unknownIdf), 0);
      const shared = new Map<number, number>();
      for (const token of tokens) {
        const idf = index.idf.get(token);
        if (idf === undefined) continue;
        for (const k of index.postings.get(token)!) shared.set(k, (shared.get(k) ?? 0) + idf);
      }
      for (const [k, overlap] of shared) if (k !== exact) offer(k, Math.min(1, (2 * overlap) / (queryWeight + index.keyWeight[k])), false);
    }

    return [...best]
      // (two readings not named by the exact key both rank Infinity: NaN, which || passes over)
      .sort(([a, x], [b, y]) => before(x, y) || x.rank - y.rank || a - b)
      .slice(0, limit)
      .map(([occupation, { score }]) => ({ occupation, score }));
  }

  /** an occupation's own title as a title key (titleKey form), remembered */
  private ownTitleKey(occupation: number): string {
    const keys = (this.ownTitleKeys ??= new Map());
    let k = keys.get(occupation);
    if (k === undefined) keys.set(occupation, (k = titleKey(this.occupations[occupation].title)));
    return k;
  }

  /** Every title key (titleKey form) that names this occupation: its own title, ESCO labels, O*NET alternate and reported titles, RJDB titles. */
  titlesForOccupation(occupation: number): string[] {
    if (!this.occupationTitles) {
      const lists: string[][] = this.occupations.map(() => []);
      const { keys, occupations } = this.data.titles;
      keys.forEach((key, i) => { for (const o of occupations[i]) lists[o]?.push(key); });
      this.occupationTitles = lists;
    }
    return this.occupationTitles[occupation] ?? [];
  }

  /**
   * The occupations O*NET lists this exact title for, most strongly listed first, with that
   * strength (sources naming it as an alternate title, plus 1 for a reported title, 2 where My
   * Next Move shows it). [] for a title O*NET does not list, or a graph built without strengths.
   */
  titleListings(title: string): Array<{ occupation: number; strength: number }> {
    const k = this.titleKeyIndex().get(titleKey(title));
    const strength = this.data.titles.strength;
    if (k === undefined || !strength) return [];
    return this.data.titles.occupations[k].map((occupation, j) => ({ occupation, strength: strength[k][j] ?? 0 }))
      .filter((l) => l.strength > 0)
      .sort((a, b) => b.strength - a.strength || a.occupation - b.occupation);
  }

  /** IDF-weighted Dice overlap of the two titles' normalized words, in [0, 1]. */
  titleSimilarity(a: string, b: string): number {
    const ka = titleKey(a);
    const kb = titleKey(b);
    if (!ka || !kb) return 0;
    if (ka === kb) return 1;
    const index = this.titleTokenIndex();
    const weight = (t: string): number => index.idf.get(t) ?? index.unknownIdf;
    const ta = new Set(ka.split(' '));
    const tb = new Set(kb.split(' '));
    let shared = 0;
    let total = 0;
    for (const t of ta) { total += weight(t); if (tb.has(t)) shared += weight(t); }
    for (const t of tb) total += weight(t);
    return total ? (2 * shared) / total : 0;
  }

  stats(): GraphStats {
    return {
      skills: this.skills.length, aliases: this.aliasIndex.size, occupations: this.occupations.length,
      edges: this.edgeCount, loadMs: this.loadMs,
    };
  }

  private titleTokenIndex(): TitleTokenIndex {
    if (this.titleTokens) return this.titleTokens;
    const keys = this.data.titles.keys;
    const postings = new Map<string, number[]>();
    const keyTokens = keys.map((key, i) => {
      const tokens = [...new Set(key.split(' '))];
      for (const t of tokens) {
        const list = postings.get(t);
        if (list) list.push(i);
        else postings.set(t, [i]);
      }
      return tokens;
    });
    const idf = new Map<string, number>();
    for (const [token, list] of postings) idf.set(token, Math.log(1 + keys.length / list.length));
    const keyWeight = new Float64Array(keys.length);
    keyTokens.forEach((tokens, i) => { keyWeight[i] = tokens.reduce((sum, t) => sum + idf.get(t)!, 0); });
    this.titleTokens = { idf, unknownIdf: Math.log(1 + keys.length), postings, keyWeight };
    return this.titleTokens;
  }
}

// ---------------------------------------------------------------------------------------------

function buildSkillOccupationIndex(occupationSkills: number[][], skillCount: number): SkillOccupationIndex {
  const start = new Int32Array(skillCount + 1);
  for (const triples of occupationSkills) for (let i = 0; i < triples.length; i += 3) start[triples[i] + 1]++;
  for (let s = 0; s < skillCount; s++) start[s + 1] += start[s];
  const fill = start.slice(0, skillCount);
  const occupation = new Int32Array(start[skillCount]);
  const weight = new Uint8Array(start[skillCount]);
  occupationSkills.forEach((triples, occ) => {
    for (let i = 0; i < triples.length; i += 3) {
      const at = fill[triples[i]]++;
      occupation[at] = occ;
      weight[at] = triples[i + 1];
    }
  });
  // Occupations were added in index order; a stable sort by weight keeps that as the tie-break.
  for (let s = 0; s < skillCount; s++) {
    const from = start[s];
    const to = start[s + 1];
    if (to - from < 2) continue;
    const order = Array.from({ length: to - from }, (_, k) => from + k).sort((a, b) => weight[b] - weight[a] || occupation[a] - occupation[b]);
    const occ = order.map((k) => occupation[k]);
    const w = order.map((k) => weight[k]);
    occupation.set(occ, from);
    weight.set(w, from);
  }
  return { start, occupation, weight };
}

/** Checks the artifact's header and that every column agrees on its row count. */
function validate(value: unknown): GraphArtifact {
  const a = value as GraphArtifact;
  if (!a || typeof a !== 'object') throw new Error('not a JSON object');
  if (a.format !== GRAPH_FORMAT) throw new Error(`unexpected format ${JSON.stringify(a.format)}`);
  if (a.version !== GRAPH_VERSION) throw new Error(`format version ${a.version}, this hrdocs reads version ${GRAPH_VERSION}`);
  const sameLength = (what: string, columns: Record<string, unknown>, count: number): void => {
    for (const [name, column] of Object.entries(columns)) {
      if (!Array.isArray(column)) throw new Error(`${what}.${name} is not an array`);
      if (column.length !== count) throw new Error(`${what}.${name} has ${column.length} rows, expected ${count}`);
    }
  };
  if (!a.skills || !Array.isArray(a.skills.names)) throw new Error('no skills');
  sameLength('skills', { ...a.skills }, a.skills.names.length);
  if (!a.skillGroups || !Array.isArray(a.skillGroups.ids)) throw new Error('no skillGroups');
  sameLength('skillGroups', { ...a.skillGroups }, a.skillGroups.ids.length);
  if (!a.aliases || !Array.isArray(a.aliases.keys)) throw new Error('no aliases');
  sameLength('aliases', { keys: a.aliases.keys, skills: a.aliases.skills }, a.aliases.keys.length);
  if (!Array.isArray(a.aliases.ambiguous) || typeof a.aliases.shortNames !== 'object') throw new Error('aliases.ambiguous or shortNames missing');
  if (!a.occupations || !Array.isArray(a.occupations.ids)) throw new Error('no occupations');
  sameLength('occupations', { ...a.occupations }, a.occupations.ids.length);
  if (!a.titles || !Array.isArray(a.titles.keys)) throw new Error('no titles');
  sameLength('titles', { ...a.titles }, a.titles.keys.length);
  return a;
}
