// The on-disk shape of models/graph/graph.json.gz, shared by the build script (writer) and
// SkillGraph (reader). Column-oriented (one array per field, not one object per row) and
// integer-indexed, because that keeps the file small and JSON.parse fast.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const GRAPH_FORMAT = 'hrdocs-skill-graph';
export const GRAPH_VERSION = 2;
export const GRAPH_FILE = 'graph.json.gz';
export const GRAPH_META_FILE = 'graph.meta.json';

/** The graph file is damaged or not the one its meta describes: the user restores it; not a bug. */
export class GraphFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphFileError';
    this.stack = message; // one line wherever it is logged
  }
}

const RESTORE = 'restore it with `git checkout models/graph` or rebuild it with `npm run build:graph`';

/**
 * Checks graph.json.gz's bytes against the sha256 and size in graph.meta.json beside it (as the
 * ONNX models are checked against manifest.json). A graph without a meta file is not checked.
 */
export function verifyGraphFile(file: string, bytes: Uint8Array): void {
  const metaFile = join(dirname(file), GRAPH_META_FILE);
  if (!existsSync(metaFile)) return;
  let meta: Partial<GraphMeta>;
  try {
    meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Partial<GraphMeta>;
  } catch (err) {
    throw new GraphFileError(`skill graph meta ${metaFile} is unreadable (${(err as Error).message.split('\n')[0]}): ${RESTORE}`);
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== meta.sha256 || (meta.bytes !== undefined && bytes.length !== meta.bytes)) {
    throw new GraphFileError(
      `skill graph ${file} is damaged: sha256 ${digest.slice(0, 12)}… (${bytes.length} bytes), ` +
        `${GRAPH_META_FILE} expects ${String(meta.sha256).slice(0, 12)}… (${meta.bytes} bytes); ${RESTORE}`,
    );
  }
}

/** Bits of `SkillColumns.flags`. */
export const SkillFlag = {
  esco: 1,
  onet: 2,
  rjdb: 4,
  /** an O*NET Technology Skills example (a named tool or product) */
  tool: 8,
  /** flagged Hot Technology in O*NET for at least one occupation */
  hot: 16,
  /** kind 'knowledge' (unset: 'skill') */
  knowledge: 32,
  /** the skill's own name is one ordinary English word ("Communication", "Design") */
  ambiguous: 64,
} as const;

/** ESCO reuse levels, by their index in this list (0: unknown, e.g. an O*NET-only skill). */
export const REUSE_LEVELS = ['', 'transversal', 'cross-sector', 'sector-specific', 'occupation-specific'] as const;
export type ReuseLevel = Exclude<(typeof REUSE_LEVELS)[number], ''>;

export const OCCUPATION_SOURCES = ['esco', 'onet', 'rjdb'] as const;
export type OccupationSource = (typeof OCCUPATION_SOURCES)[number];

export interface SkillColumns {
  /** per skill: its ids, the primary one first (ESCO URI, 'onet:<Element ID>', 'onet:tech:<slug>', 'rjdb:<name>') */
  ids: string[][];
  names: string[];
  /** SkillFlag bits */
  flags: number[];
  /** index into REUSE_LEVELS */
  reuse: number[];
  /** first sentence of the description, '' when none */
  descriptions: string[];
  /** per skill: indices of broader skills (ESCO skill hierarchy), sorted */
  broader: number[][];
  /** per skill: indices into skillGroups, sorted */
  groups: number[][];
}

export interface SkillGroupColumns {
  ids: string[];
  /** ESCO group code ('S1.2', '0613'), '' when none */
  codes: string[];
  labels: string[];
  /** per group: indices of broader groups */
  broader: number[][];
}

export interface AliasColumns {
  /** normalizeTerm() keys, sorted */
  keys: string[];
  /** per key: skill indices, best match first */
  skills: number[][];
  /** indices into `keys` of aliases that are one ordinary English word (need extra evidence) */
  ambiguous: number[];
  /**
   * Skills named by one character ("C", "R"), whose keys are too short to be aliases: exact,
   * case-sensitive surface -> skill indices, for callers that see the word written as a name.
   */
  shortNames: Record<string, number[]>;
}

export interface OccupationColumns {
  /** ESCO URI, 'onet:<O*NET-SOC code>', 'rjdb:<title key>' */
  ids: string[];
  titles: string[];
  /** index into OCCUPATION_SOURCES */
  sources: number[];
  /** first sentence of the description, '' when none */
  descriptions: string[];
  /** up to 8 core task statements (O*NET only) */
  tasks: string[][];
  /**
   * per occupation: flat triples [skill, weight (0..100, percent), essential (0|1)], sorted by
   * weight descending then skill index
   */
  skills: number[][];
}

export interface TitleColumns {
  /** titleKey() keys of occupation titles and their alternates (normalizeTerm's, with the field words of text/title-key.ts keyed apart), sorted */
  keys: string[];
  /** per key: occupation indices, occupations whose own title has this key first */
  occupations: number[][];
  /** per key and occupation: how strongly O*NET lists the title for it (sources naming it as an
   * alternate title, plus 1 for a reported title, 2 where My Next Move shows it; 0 where O*NET
   * does not list it). Absent in graphs built before 2026-12-06. */
  strength?: number[][];
}

export interface SourceInfo {
  name: string;
  version: string;
  license: string;
  files: string[];
}

export interface GraphArtifact {
  format: typeof GRAPH_FORMAT;
  version: typeof GRAPH_VERSION;
  sources: SourceInfo[];
  skills: SkillColumns;
  skillGroups: SkillGroupColumns;
  aliases: AliasColumns;
  occupations: OccupationColumns;
  titles: TitleColumns;
}

export interface GraphMeta {
  file: string;
  sha256: string;
  bytes: number;
  sources: SourceInfo[];
  counts: Record<string, number>;
}
