// Compiles ESCO, O*NET and the RJDB train split into one compact, deterministic artifact,
// models/graph/graph.json.gz, read by SkillGraph (src/engine/graph/graph.ts).
//
//   npm run build:graph                     (data from $HRDOCS_DATA or ../shared/data)
//   node server/out/scripts/build-graph.js --data DIR [--out DIR]
//
// Every alias is normalizeTerm(label) and every title key titleKey(label), the forms the engine builds from a
// document's words, so a key found here is a key the matcher can find. The output holds only
// derived facts (normalized keys, names, short descriptions, weights, indices); no source file
// is copied. Rebuilding from the same data gives the same bytes: inputs are sorted, nothing
// depends on time or locale, and gzip writes no timestamp.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { matchKey, normalizeTerm, tokenizeWords } from '../../server/src/engine/text/normalize.js';
import { titleKey } from '../../server/src/engine/text/title-key.js';
import { contentWords } from '../../server/src/engine/match/similarity.js';
import {
  GRAPH_FILE, GRAPH_FORMAT, GRAPH_VERSION, OCCUPATION_SOURCES, REUSE_LEVELS, SkillFlag,
  type GraphArtifact, type GraphMeta, type OccupationSource, type SourceInfo,
} from '../../server/src/engine/graph/artifact.js';

// ---------------------------------------------------------------------------------------------
// Tuning. Each value is a judgement call; the comment says what it trades.

/** Hover text budget: the first sentence of a description, cut at a word if longer. */
const MAX_DESCRIPTION_CHARS = 160;
/** Longer ESCO alternative labels are sentences ("ability to comprehend spoken and written
 * English and to ...") that never occur verbatim in a document, and they widen the matcher's
 * window for nothing. A skill's own name is kept whatever its length. */
const MAX_ALIAS_WORDS = 8;
/** A one-word alias is "ambiguous" (an ordinary word that needs extra evidence to count as a
 * skill) when at least this share of reference-corpus documents use it written in lower case.
 * 0.0004 (1 document in 2,500) flags "analysis", "communication", "design", "windows", "it"
 * and "go", and leaves product names ("Python", "SQL", "Excel"), which prose writes
 * capitalized if at all, alone. */
const COMMON_WORD_DOC_RATE = 0.0004;
/** RJDB train documents that must use a name before a skill is shown by it (one use is often a typo). */
const MIN_RJDB_NAME_USES = 2;
/** O*NET importance (IM, 1-5) from which a basic skill or knowledge area counts for an occupation. */
const ONET_MIN_IMPORTANCE = 3.0;
/** ... and from which it is essential. */
const ONET_ESSENTIAL_IMPORTANCE = 4.0;
/** Core task statements kept per O*NET occupation, for generated responsibilities. */
const MAX_TASKS = 8;
/** A first word that starts at least this many O*NET tool names is a vendor ("Microsoft", "Autodesk"). */
const MIN_VENDOR_PRODUCTS = 5;

/** Edge weights in [0, 1]; stored as whole percents. */
const WEIGHT = {
  escoEssential: 1.0,
  escoOptional: 0.5,
  /** O*NET Technology Skills: a tool listed for the occupation ... */
  onetTool: 0.45,
  /** ... plus this when it is a Hot Technology ... */
  onetHotBonus: 0.1,
  /** ... plus this when employers ask for it in this occupation's postings (In Demand); at
   * most 0.8, so a tool never outweighs the occupation's most important knowledge. */
  onetInDemandBonus: 0.25,
} as const;

// ---------------------------------------------------------------------------------------------
// Paths and arguments

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

interface Options { dataDir: string; outDir: string }

function parseArgs(argv: string[]): Options {
  let dataDir = process.env.HRDOCS_DATA || join(REPO_ROOT, '..', 'shared', 'data');
  let outDir = join(REPO_ROOT, 'models', 'graph');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (!v) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--data') dataDir = value();
    else if (flag === '--out') outDir = value();
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: build-graph [--data DIR] [--out DIR]\n  DIR defaults: $HRDOCS_DATA or ../shared/data; models/graph');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return { dataDir: resolve(dataDir), outDir: resolve(outDir) };
}

// ---------------------------------------------------------------------------------------------
// Readers

type Row = Record<string, string>;

function readCsv(file: string, required: string[]): Row[] {
  const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
  checkColumns(file, rows, required);
  return rows;
}

/** O*NET text files: tab-separated, no quoting, column names on the first line. */
function readTsv(file: string, required: string[]): Row[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const header = lines[0].split('\t');
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const cells = lines[i].split('\t');
    if (cells.length !== header.length) throw new Error(`${file}:${i + 1}: ${cells.length} columns, expected ${header.length}`);
    const row: Row = {};
    header.forEach((name, c) => { row[name] = cells[c]; });
    rows.push(row);
  }
  checkColumns(file, rows, required);
  return rows;
}

function checkColumns(file: string, rows: Row[], required: string[]): void {
  if (rows.length === 0) throw new Error(`${file}: no rows`);
  const missing = required.filter((name) => !(name in rows[0]));
  if (missing.length) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
}

function requireFile(file: string): string {
  if (!existsSync(file)) throw new Error(`missing input ${file}`);
  return file;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function splitLines(field: string | undefined): string[] {
  return (field ?? '').split('\n').map((s) => s.trim()).filter(Boolean);
}

/** First sentence, at most MAX_DESCRIPTION_CHARS, cut at a word boundary with an ellipsis. */
function shortDescription(text: string | undefined): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!clean) return '';
  // A sentence ends at . ! ? followed by a capital (so "e.g. a" and "3.5" do not end it).
  const end = /[.!?](?=\s+["'(]?[A-Z])/.exec(clean);
  const sentence = end ? clean.slice(0, end.index + 1) : clean;
  if (sentence.length <= MAX_DESCRIPTION_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_DESCRIPTION_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_DESCRIPTION_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '') + '…';
}

/** "Research Skills" -> "Research"; a name that is only the suffix stays. */
function withoutSkillSuffix(name: string): string {
  const bare = name.trim().replace(/\s+(?:skills?|abilities)$/i, '');
  return bare || name.trim();
}

/**
 * The name RJDB train uses most for a skill, when it should replace the taxonomy's label; else
 * undefined. names: the RJDB names joined to the node, each with the documents using it.
 */
function rjdbDisplayName(node: SkillNode, names: ReadonlyArray<readonly [string, number]>): string | undefined {
  // "Research" and "Research Skills" are one name, shown without the suffix when someone
  // writes it so ("Analytical Skills" stays: nobody writes "Analytical")
  const forms = new Map<string, { uses: number; spellings: Map<string, number> }>();
  for (const [name, uses] of names) {
    const lower = withoutSkillSuffix(name).toLowerCase();
    const form = forms.get(lower) ?? { uses: 0, spellings: new Map() };
    form.uses += uses;
    form.spellings.set(name.trim(), (form.spellings.get(name.trim()) ?? 0) + uses);
    forms.set(lower, form);
  }
  for (const [lower, form] of forms) {
    const bare = [...form.spellings].filter(([n]) => n.toLowerCase() === lower);
    if (!bare.length && node.name.toLowerCase() !== lower) continue;
    const suffixed = [...form.spellings].filter(([n]) => n.toLowerCase() !== lower);
    form.spellings = new Map(bare.length ? bare : [[node.name, 0]]);
    for (const [n, uses] of suffixed) {
      const b = withoutSkillSuffix(n);
      if (form.spellings.has(b)) form.spellings.set(b, form.spellings.get(b)! + uses);
    }
  }
  // ties keep a name that is the taxonomy's own, then the first in code-point order
  const own = (n: string): number => Number(normalizeTerm(n) === normalizeTerm(node.name));
  const [lower, form] = [...forms].sort((a, b) => b[1].uses - a[1].uses || own(b[0]) - own(a[0]) || byString(a[0], b[0]))[0];
  // the spelling most used, one with capitals on a tie; an all-lower-case one takes the
  // taxonomy's capitals where the taxonomy's name holds it ("chef" -> "Chef")
  let best = [...form.spellings].sort((a, b) => b[1] - a[1] || Number(/[A-Z]/.test(b[0])) - Number(/[A-Z]/.test(a[0])) || byString(a[0], b[0]))[0][0];
  const at = node.name.toLowerCase().indexOf(lower);
  if (best === best.toLowerCase() && at >= 0 && withoutSkillSuffix(best).length === best.length) best = node.name.slice(at, at + lower.length);
  // a difference in case only ("GIT" for Git) keeps the taxonomy's spelling
  if (form.uses < MIN_RJDB_NAME_USES || best.toLowerCase() === node.name.toLowerCase() || !/^[A-Za-z0-9]/.test(best)) return undefined;
  // only another wording of the same name: ESCO lists products under their category
  // ("PowerShell" under computer programming), and a category is not renamed after one of them
  const words = contentWords(best);
  if (![node.name, ...node.strongKeys].some((n) => [...contentWords(n)].some((w) => words.has(w)))) return undefined;
  return best;
}

/** "Python (computer programming)" -> "Python"; undefined when there is nothing to strip. */
function withoutParenthetical(label: string): string | undefined {
  const stripped = label.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return stripped && stripped !== label.trim() ? stripped : undefined;
}

/** Keys too short to be told apart from ordinary text ("c", "r"), or bare numbers. */
function isUsableKey(key: string): boolean {
  return key.length >= 2 && !/^[\d .,]+$/.test(key);
}

const wordCount = (key: string): number => (key ? key.split(' ').length : 0);

const CONNECTIVES = new Set(['of', 'for', 'and', 'the', 'to', 'in', 'on', '&']);
/** Words after an acronym that do not narrow what it names ("Amazon Web Services AWS software"). */
const GENERIC_PRODUCT_WORDS = new Set(['software', 'language', 'programming', 'platform']);

/**
 * O*NET writes many tool names as expansion + acronym: "Structured query language SQL",
 * "Amazon Web Services AWS software", "Python Tools for Visual Studio (PTVS)". Returns the
 * acronym and its expansion when the initials of the preceding words (connectives skipped)
 * spell the acronym.
 */
function acronymExpansion(label: string): { acronym: string; expansion: string } | undefined {
  const words = label.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  for (let i = 1; i < words.length; i++) {
    const acronym = words[i];
    if (!/^[A-Z]{2,6}$/.test(acronym)) continue;
    let initials = '';
    let start = i;
    while (start > 0 && initials.length < acronym.length) {
      start--;
      if (CONNECTIVES.has(words[start].toLowerCase())) continue;
      initials = words[start][0].toUpperCase() + initials;
    }
    // Only when acronym and expansion name the whole product: "AWS CloudFormation" is not AWS.
    const rest = words.slice(i + 1).map((w) => w.toLowerCase());
    const namesWhole = rest.every((w) => GENERIC_PRODUCT_WORDS.has(w));
    if (initials === acronym && namesWhole) return { acronym, expansion: words.slice(start, i).join(' ') };
  }
  return undefined;
}

/** 'onet:tech:microsoft-excel', 'onet:tech:c++': readable, stable, and unique among tools. */
function uniqueToolId(name: string, taken: Set<string>): string {
  const base = `onet:tech:${name.toLowerCase().replace(/[^a-z0-9+#.]+/g, '-').replace(/^-+|-+$/g, '') || 'tool'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

// ---------------------------------------------------------------------------------------------
// Which single words are ordinary English (the common-word guard)

/**
 * Document frequency of words written in lower case in prose about work: ESCO descriptions,
 * O*NET descriptions and task statements, the 18F postings. Lower case only, because a
 * product name ("Python", "Excel", "Windows 10") is capitalized in running text while a plain
 * word ("analysis", "windows" of a building) is not.
 */
class PlainWordFrequency {
  private readonly docFreq = new Map<string, number>();
  private docs = 0;

  addDocument(text: string): void {
    if (!text.trim()) return;
    this.docs++;
    const seen = new Set<string>();
    for (const token of tokenizeWords(text)) {
      if (/[A-Z]/.test(token.text)) continue;
      seen.add(matchKey(token.text));
    }
    for (const word of seen) this.docFreq.set(word, (this.docFreq.get(word) ?? 0) + 1);
  }

  get documents(): number { return this.docs; }

  rate(word: string): number {
    return this.docs ? (this.docFreq.get(word) ?? 0) / this.docs : 0;
  }

  /** A one-word key used as a plain word often enough that finding it proves little. */
  isAmbiguousKey(key: string): boolean {
    return key !== '' && !key.includes(' ') && this.rate(key) >= COMMON_WORD_DOC_RATE;
  }
}

/** 18F postings: Markdown with YAML front matter (comment lines) and Liquid comment blocks. */
function postingParagraphs(markdown: string): string[] {
  const text = markdown
    .replace(/{%-?\s*comment\s*-*\s*%}[\s\S]*?{%-?\s*endcomment\s*-?%}/g, ' ')
    .replace(/{%[\s\S]*?%}|{{[\s\S]*?}}/g, ' ')
    .split('\n').filter((line) => !line.startsWith('#') || /^#{1,6}\s/.test(line)).join('\n');
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Skill nodes

type SkillKind = 'skill' | 'knowledge';

interface SkillNode {
  index: number;
  ids: string[];
  name: string;
  kind: SkillKind;
  flags: number;
  reuse: number;
  description: string;
  /** normalizeTerm keys that name this node itself (its name, and its name without a
   * parenthetical): the node ranks first for them, and other sources merge into it on them */
  strongKeys: Set<string>;
  aliases: Set<string>;
  /** number of occupations listing the skill: breaks ties between nodes sharing an alias */
  degree: number;
}

class SkillTable {
  readonly nodes: SkillNode[] = [];
  /** full name key -> node: ESCO concepts with the same normalized preferred label are one node */
  private readonly byNameKey = new Map<string, SkillNode>();
  private readonly byStrongKey = new Map<string, SkillNode>();
  private readonly byAlias = new Map<string, SkillNode[]>();

  constructor(private readonly words: PlainWordFrequency) {}

  create(id: string, name: string, kind: SkillKind, flags: number): SkillNode {
    const node: SkillNode = {
      index: this.nodes.length, ids: [id], name, kind, flags, reuse: 0, description: '',
      strongKeys: new Set(), aliases: new Set(), degree: 0,
    };
    this.nodes.push(node);
    const key = normalizeTerm(name);
    if (!this.byNameKey.has(key)) this.byNameKey.set(key, node);
    this.addStrongKey(node, key);
    return node;
  }

  addId(node: SkillNode, id: string, flag: number): void {
    if (!node.ids.includes(id)) node.ids.push(id);
    node.flags |= flag;
  }

  withNameKey(key: string): SkillNode | undefined { return this.byNameKey.get(key); }
  withStrongKey(key: string): SkillNode | undefined { return this.byStrongKey.get(key); }
  /** the best node any alias with this key points to */
  withAlias(key: string): SkillNode | undefined { return this.rankedNodes(key)[0]; }

  addStrongKey(node: SkillNode, key: string): void {
    if (!isUsableKey(key)) return;
    node.strongKeys.add(key);
    if (!this.byStrongKey.has(key)) this.byStrongKey.set(key, node);
    this.addAliasKey(node, key);
  }

  /**
   * Adds normalizeTerm(label) and, for "X (qualifier)", normalizeTerm(X) too. An alternative
   * label that is one ordinary word is left out: ESCO files "care" under attend to detail,
   * "paint" under express yourself creatively and "soap" under cleaning products, and a
   * document that says "care" or "soap" almost never means those. The word still counts for a
   * skill *named* by it ("Communication").
   */
  addLabel(node: SkillNode, label: string): void {
    const isName = label === node.name;
    for (const variant of [label, withoutParenthetical(label)]) {
      if (!variant) continue;
      const key = normalizeTerm(variant);
      if (isName) this.addStrongKey(node, key);
      else if (wordCount(key) <= MAX_ALIAS_WORDS && !this.isAmbiguous(key)) this.addAliasKey(node, key);
    }
  }

  addAliasKey(node: SkillNode, key: string): void {
    if (!isUsableKey(key) || node.aliases.has(key)) return;
    node.aliases.add(key);
    const list = this.byAlias.get(key);
    if (list) list.push(node);
    else this.byAlias.set(key, [node]);
  }

  /** Nodes for an alias key, best first: nodes named by it, then those more sources know,
   * then those more occupations ask for ("manage projects": perform project management before
   * project commissioning). */
  rankedNodes(key: string): SkillNode[] {
    const nodes = this.byAlias.get(key) ?? [];
    // a node whose own name holds the key ("Microsoft PowerShell" for "powershell") before one
    // that only lists it among alternative labels (ESCO's computer programming lists 50 languages)
    const holds = (n: SkillNode): number => Number(` ${[...n.strongKeys].join('  ')} `.includes(` ${key} `));
    return [...nodes].sort((a, b) =>
      Number(b.strongKeys.has(key)) - Number(a.strongKeys.has(key))
      || holds(b) - holds(a)
      || sourceCount(b.flags) - sourceCount(a.flags)
      || b.degree - a.degree
      || a.index - b.index);
  }

  aliasKeys(): string[] { return [...this.byAlias.keys()].sort(byString); }

  isAmbiguous(key: string): boolean { return this.words.isAmbiguousKey(key); }
}

function sourceCount(flags: number): number {
  return Number(!!(flags & SkillFlag.esco)) + Number(!!(flags & SkillFlag.onet)) + Number(!!(flags & SkillFlag.rjdb));
}

// ---------------------------------------------------------------------------------------------
// Occupations

interface OccupationNode {
  index: number;
  id: string;
  title: string;
  source: OccupationSource;
  description: string;
  tasks: string[];
  /** skill index -> edge; duplicates (two ids merged into one node) keep the stronger edge */
  edges: Map<number, { weight: number; essential: boolean }>;
}

class OccupationTable {
  readonly nodes: OccupationNode[] = [];
  /** title key -> the occupations it names -> how strongly O*NET lists it for each (0: a label, or not listed) */
  private readonly titleIndex = new Map<string, Map<number, number>>();

  constructor(private readonly skills: SkillTable) {}

  create(id: string, title: string, source: OccupationSource, description = '', tasks: string[] = []): OccupationNode {
    const node: OccupationNode = { index: this.nodes.length, id, title, source, description, tasks, edges: new Map() };
    this.nodes.push(node);
    this.addTitle(node, title);
    return node;
  }

  /** `strength`: how strongly the source lists this title for the occupation (O*NET only; 0 for a label) */
  addTitle(node: OccupationNode, title: string, strength = 0): void {
    for (const key of new Set([title, withoutParenthetical(title)].filter((v): v is string => !!v).map((v) => titleKey(v)))) {
      if (!isUsableKey(key)) continue;
      let named = this.titleIndex.get(key);
      if (!named) this.titleIndex.set(key, (named = new Map()));
      named.set(node.index, (named.get(node.index) ?? 0) + strength);
    }
  }

  addEdge(node: OccupationNode, skill: number, weight: number, essential: boolean): void {
    const w = Math.max(0, Math.min(1, weight));
    const old = node.edges.get(skill);
    if (old) {
      node.edges.set(skill, { weight: Math.max(old.weight, w), essential: old.essential || essential });
    } else {
      node.edges.set(skill, { weight: w, essential });
      this.skills.nodes[skill].degree++;
    }
  }

  /** title keys sorted; per key the occupations whose own title has that key first; per key and
   * occupation how strongly O*NET lists the title for it (0 where O*NET does not list it) */
  titleColumns(): { keys: string[]; occupations: number[][]; strength: number[][] } {
    const ownKey = this.nodes.map((n) => titleKey(n.title));
    const keys = [...this.titleIndex.keys()].sort(byString);
    const occupations = keys.map((key) => [...this.titleIndex.get(key)!.keys()].sort((a, b) =>
      Number(ownKey[b] === key) - Number(ownKey[a] === key) || a - b));
    const strength = keys.map((key, k) => occupations[k].map((o) => this.titleIndex.get(key)!.get(o)!));
    return { keys, occupations, strength };
  }
}

// ---------------------------------------------------------------------------------------------
// RJDB job titles

/**
 * The title of an RJDB job description. Most start "## Job title\n<title>", but some have no
 * Markdown headings ("Job Title\n...", "**Job Title**: ...", "Job title: ..."), one starts
 * with a stray ":" line. Falls back to the first non-empty line.
 */
export function rjdbJobTitle(markdown: string): string | undefined {
  const lines = markdown.split('\n').map((line) => line.replace(/^[\s#>*_-]+/, '').replace(/[*_]+/g, '').trim());
  const clean = (s: string): string => s.replace(/^[:\s-]+|[:\s]+$/g, '').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < lines.length; i++) {
    const m = /^job\s*title\b\s*[:\-–]?\s*(.*)$/i.exec(lines[i]);
    if (!m) continue;
    if (clean(m[1])) return clean(m[1]);
    const next = lines.slice(i + 1).find((line) => clean(line));
    return next ? clean(next) : undefined;
  }
  const first = lines.find((line) => clean(line));
  return first ? clean(first) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Build

interface BuildReport { artifact: GraphArtifact; counts: Record<string, number>; notes: string[] }

function build(dataDir: string): BuildReport {
  const esco = (f: string): string => requireFile(join(dataDir, 'esco', f));
  const onet = (f: string): string => requireFile(join(dataDir, 'onet', f));
  const notes: string[] = [];

  // --- Inputs ---------------------------------------------------------------------------------
  const escoSkills = readCsv(esco('skills_en.csv'), ['conceptUri', 'preferredLabel', 'altLabels', 'hiddenLabels', 'skillType', 'reuseLevel', 'description'])
    .sort((a, b) => byString(a.conceptUri, b.conceptUri));
  const escoOccupations = readCsv(esco('occupations_en.csv'), ['conceptUri', 'preferredLabel', 'altLabels', 'description'])
    .sort((a, b) => byString(a.conceptUri, b.conceptUri));
  const escoRelations = readCsv(esco('occupationSkillRelations.csv'), ['occupationUri', 'relationType', 'skillUri']);
  const escoBroader = readCsv(esco('broaderRelationsSkillPillar.csv'), ['conceptType', 'conceptUri', 'broaderType', 'broaderUri']);
  const escoGroups = readCsv(esco('skillGroups_en.csv'), ['conceptUri', 'preferredLabel', 'code'])
    .sort((a, b) => byString(a.conceptUri, b.conceptUri));

  const onetOccupations = readTsv(onet('Occupation Data.tsv'), ['O*NET-SOC Code', 'Title', 'Description'])
    .sort((a, b) => byString(a['O*NET-SOC Code'], b['O*NET-SOC Code']));
  const onetRatingColumns = ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'Recommend Suppress'];
  const onetSkills = readTsv(onet('Skills.tsv'), onetRatingColumns);
  const onetKnowledge = readTsv(onet('Knowledge.tsv'), onetRatingColumns);
  const onetTech = readTsv(onet('Technology Skills.tsv'), ['O*NET-SOC Code', 'Example', 'Commodity Title', 'Hot Technology', 'In Demand']);
  const onetTasks = readTsv(onet('Task Statements.tsv'), ['O*NET-SOC Code', 'Task ID', 'Task', 'Task Type']);
  const onetAltTitles = readTsv(onet('Alternate Titles.tsv'), ['O*NET-SOC Code', 'Alternate Title', 'Short Title', 'Source(s)']);
  const onetReported = readTsv(onet('Sample of Reported Titles.tsv'), ['O*NET-SOC Code', 'Reported Job Title', 'Shown in My Next Move']);

  // Train split only: dev is for evaluation and must not leak into the graph.
  const rjdbRows = readFileSync(requireFile(join(dataDir, 'rjdb', 'train.jsonl')), 'utf8').split('\n')
    .filter((line) => line.trim()).map((line, i) => {
      const row = JSON.parse(line) as { 'Job-Description'?: string; Skills?: string[] };
      if (typeof row['Job-Description'] !== 'string' || !Array.isArray(row.Skills)) throw new Error(`rjdb/train.jsonl:${i + 1}: no Job-Description or Skills`);
      return { jd: row['Job-Description'], skills: row.Skills.filter((s): s is string => typeof s === 'string' && s.trim() !== '') };
    });

  // --- Common-word guard ------------------------------------------------------------------------
  const words = new PlainWordFrequency();
  for (const row of escoSkills) words.addDocument(row.description);
  for (const row of escoOccupations) words.addDocument(row.description);
  for (const row of onetOccupations) words.addDocument(row.Description);
  for (const row of onetTasks) words.addDocument(row.Task);
  const postingsDir = join(dataDir, 'jobs-18f');
  const postingFiles = existsSync(postingsDir)
    ? readdirSync(postingsDir).filter((f) => f.endsWith('.md') && !f.startsWith('_') && f !== 'LICENSE.md').sort(byString)
    : [];
  if (!postingFiles.length) notes.push('jobs-18f/ not found: the common-word guard uses ESCO and O*NET text only');
  for (const file of postingFiles) {
    for (const paragraph of postingParagraphs(readFileSync(join(postingsDir, file), 'utf8'))) words.addDocument(paragraph);
  }

  const skills = new SkillTable(words);

  // --- ESCO skills -----------------------------------------------------------------------------
  const nodeByEscoUri = new Map<string, SkillNode>();
  for (const row of escoSkills) {
    const name = row.preferredLabel.trim();
    const kind: SkillKind = row.skillType === 'knowledge' ? 'knowledge' : 'skill';
    let node = skills.withNameKey(normalizeTerm(name));
    if (node) skills.addId(node, row.conceptUri, SkillFlag.esco);
    else node = skills.create(row.conceptUri, name, kind, SkillFlag.esco | (kind === 'knowledge' ? SkillFlag.knowledge : 0));
    nodeByEscoUri.set(row.conceptUri, node);
    if (!node.description) node.description = shortDescription(row.description);
    const reuse = REUSE_LEVELS.indexOf(row.reuseLevel as (typeof REUSE_LEVELS)[number]);
    if (reuse > 0 && !node.reuse) node.reuse = reuse;
    for (const label of [name, ...splitLines(row.altLabels), ...splitLines(row.hiddenLabels)]) skills.addLabel(node, label);
  }

  // ESCO hierarchy: skill -> broader skill, skill -> skill group, group -> broader group.
  const groupIndex = new Map(escoGroups.map((row, i) => [row.conceptUri, i]));
  const groupBroader: Array<Set<number>> = escoGroups.map(() => new Set());
  const skillBroader = new Map<SkillNode, Set<number>>();
  const skillGroups = new Map<SkillNode, Set<number>>();
  const addTo = <K>(map: Map<K, Set<number>>, key: K, value: number): void => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(value);
  };
  for (const row of escoBroader) {
    if (row.conceptType === 'SkillGroup') {
      const child = groupIndex.get(row.conceptUri);
      const parent = groupIndex.get(row.broaderUri);
      if (child !== undefined && parent !== undefined && child !== parent) groupBroader[child].add(parent);
      continue;
    }
    const node = nodeByEscoUri.get(row.conceptUri);
    if (!node) continue;
    if (row.broaderType === 'SkillGroup') {
      const group = groupIndex.get(row.broaderUri);
      if (group !== undefined) addTo(skillGroups, node, group);
    } else {
      const broader = nodeByEscoUri.get(row.broaderUri);
      if (broader && broader !== node) addTo(skillBroader, node, broader.index);
    }
  }

  // --- O*NET basic skills and knowledge areas --------------------------------------------------
  const nodeByOnetElement = new Map<string, SkillNode>();
  const onetElements = new Map<string, { name: string; kind: SkillKind }>();
  for (const row of onetSkills) onetElements.set(row['Element ID'], { name: row['Element Name'], kind: 'skill' });
  for (const row of onetKnowledge) onetElements.set(row['Element ID'], { name: row['Element Name'], kind: 'knowledge' });
  for (const [elementId, { name, kind }] of [...onetElements].sort((a, b) => byString(a[0], b[0]))) {
    const id = `onet:${elementId}`;
    const node = skills.withStrongKey(normalizeTerm(name));
    if (node) skills.addId(node, id, SkillFlag.onet);
    nodeByOnetElement.set(elementId, node ?? skills.create(id, name, kind, SkillFlag.onet | (kind === 'knowledge' ? SkillFlag.knowledge : 0)));
  }

  // --- O*NET Technology Skills (tools) ---------------------------------------------------------
  interface ToolInfo { commodities: Map<string, number>; hot: boolean }
  const tools = new Map<string, ToolInfo>();
  for (const row of onetTech) {
    const name = row.Example.trim();
    if (!name) continue;
    let info = tools.get(name);
    if (!info) tools.set(name, (info = { commodities: new Map(), hot: false }));
    info.commodities.set(row['Commodity Title'], (info.commodities.get(row['Commodity Title']) ?? 0) + 1);
    info.hot ||= row['Hot Technology'] === 'Y';
  }
  // Vendors: a capitalized one-word first word shared by several products and never written
  // in lower case in the reference prose ("Microsoft", "Autodesk"; not "Scientific", "Vector").
  // "Microsoft Excel" also answers to "Excel", the way people write it.
  const productsByFirstWord = new Map<string, number>();
  for (const name of tools.keys()) {
    const parts = name.split(/\s+/);
    if (parts.length > 1) productsByFirstWord.set(parts[0], (productsByFirstWord.get(parts[0]) ?? 0) + 1);
  }
  const vendors = new Set([...productsByFirstWord].filter(([word, n]) => {
    const key = normalizeTerm(word);
    return n >= MIN_VENDOR_PRODUCTS && /^[A-Z]/.test(word) && isUsableKey(key) && !key.includes(' ') && words.rate(key) === 0;
  }).map(([word]) => word));

  // Other names a tool goes by. They become aliases, but they may only merge the tool into a
  // node that is *named* by them and is an ESCO or O*NET concept ("Structured query language
  // SQL" -> ESCO "SQL", "Oracle Java" -> ESCO "Java (computer programming)"): acronyms and
  // product names repeat across vendors (CMS, PMS, "Cisco IOS" vs "Apple iOS"), so two tools
  // never merge with each other through them.
  interface DerivedName { key: string; fromVendor: boolean }
  const derivedNames = new Map<string, DerivedName[]>();
  const vendorlessProducers = new Map<string, number>();
  for (const name of tools.keys()) {
    const key = normalizeTerm(name);
    const labels: DerivedName[] = [];
    const acronym = acronymExpansion(name);
    if (acronym) labels.push({ key: normalizeTerm(acronym.acronym), fromVendor: false }, { key: normalizeTerm(acronym.expansion), fromVendor: false });
    const parts = name.split(/\s+/);
    if (parts.length > 1 && vendors.has(parts[0])) {
      const product = (withoutParenthetical(name) ?? name).split(/\s+/).slice(1).join(' ');
      labels.push({ key: normalizeTerm(product), fromVendor: true });
      // Resumes and ESCO ("MS Visual C++") abbreviate the one vendor everyone knows.
      if (parts[0] === 'Microsoft') labels.push({ key: normalizeTerm(`MS ${product}`), fromVendor: true });
    }
    // A derived one-word plain word ("Microsoft Access" -> "access") would match everywhere.
    const usable = labels.filter((d) => d.key !== key && isUsableKey(d.key) && !words.isAmbiguousKey(d.key));
    derivedNames.set(name, usable);
    for (const d of usable) if (d.fromVendor) vendorlessProducers.set(d.key, (vendorlessProducers.get(d.key) ?? 0) + 1);
  }

  const nodeByTool = new Map<string, SkillNode>();
  const toolIds = new Set<string>();
  for (const name of [...tools.keys()].sort(byString)) {
    const info = tools.get(name)!;
    const key = normalizeTerm(name);
    const derived = derivedNames.get(name)!;
    const stripped = withoutParenthetical(name);
    // "Digivey software (point of sale feature)" and "(expert system feature)" are one product.
    let node = skills.withStrongKey(key) ?? (stripped ? skills.withStrongKey(normalizeTerm(stripped)) : undefined);
    for (const d of derived) {
      if (node) break;
      const target = skills.withStrongKey(d.key);
      const isConcept = !!target && (target.flags & SkillFlag.esco || (target.flags & SkillFlag.onet && !(target.flags & SkillFlag.tool)));
      if (target && isConcept && (!d.fromVendor || vendorlessProducers.get(d.key) === 1)) node = target;
    }
    const id = uniqueToolId(name, toolIds);
    if (node) skills.addId(node, id, SkillFlag.onet | SkillFlag.tool);
    else node = skills.create(id, name, 'knowledge', SkillFlag.onet | SkillFlag.tool | SkillFlag.knowledge);
    if (info.hot) node.flags |= SkillFlag.hot;
    if (!node.description) {
      const [commodity] = [...info.commodities].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0];
      node.description = shortDescription(commodity);
    }
    skills.addLabel(node, name);
    for (const d of derived) skills.addAliasKey(node, d.key);
    nodeByTool.set(name, node);
  }

  // --- ESCO and O*NET occupations ------------------------------------------------------------
  // Before the RJDB skills, so that an RJDB name that only an alias knows joins the most
  // connected of the nodes sharing that alias (SkillNode.degree).
  const occupations = new OccupationTable(skills);

  const occByEscoUri = new Map<string, OccupationNode>();
  for (const row of escoOccupations) {
    const occ = occupations.create(row.conceptUri, row.preferredLabel.trim(), 'esco', shortDescription(row.description));
    for (const label of splitLines(row.altLabels)) occupations.addTitle(occ, label);
    occByEscoUri.set(row.conceptUri, occ);
  }
  let escoMissingEdges = 0;
  for (const row of escoRelations) {
    const occ = occByEscoUri.get(row.occupationUri);
    const skill = nodeByEscoUri.get(row.skillUri);
    if (!occ || !skill) { escoMissingEdges++; continue; }
    const essential = row.relationType === 'essential';
    occupations.addEdge(occ, skill.index, essential ? WEIGHT.escoEssential : WEIGHT.escoOptional, essential);
  }
  if (escoMissingEdges) notes.push(`${escoMissingEdges} ESCO occupation-skill relations name an unknown occupation or skill (skipped)`);

  const tasksByCode = new Map<string, Array<{ id: number; task: string; core: boolean }>>();
  for (const row of onetTasks) {
    const list = tasksByCode.get(row['O*NET-SOC Code']) ?? [];
    list.push({ id: Number(row['Task ID']), task: row.Task.trim(), core: row['Task Type'] === 'Core' });
    tasksByCode.set(row['O*NET-SOC Code'], list);
  }
  const occByOnetCode = new Map<string, OccupationNode>();
  for (const row of onetOccupations) {
    const code = row['O*NET-SOC Code'];
    // Core tasks in O*NET's order; occupations with no core task rated fall back to any task.
    const all = (tasksByCode.get(code) ?? []).sort((a, b) => a.id - b.id);
    const core = all.filter((t) => t.core);
    const tasks = (core.length ? core : all).slice(0, MAX_TASKS).map((t) => t.task);
    occByOnetCode.set(code, occupations.create(`onet:${code}`, row.Title.trim(), 'onet', shortDescription(row.Description), tasks));
  }
  // How strongly O*NET lists a title for an occupation: one point per source that reports it as
  // an alternate title, one for a title incumbents reported, two when My Next Move shows it. A
  // title many occupations list ("Sales Associate": retail salespersons, cashiers, securities
  // sales agents) reads as the one most sources name (generate.ts titleOccupation).
  for (const row of onetAltTitles) {
    const occ = occByOnetCode.get(row['O*NET-SOC Code']);
    if (!occ) continue;
    const sources = Math.max(1, (row['Source(s)'] ?? '').split(',').filter((x) => x.trim()).length);
    for (const title of new Set([row['Alternate Title'], row['Short Title']].map((t) => t?.trim()).filter(Boolean))) occupations.addTitle(occ, title!, sources);
  }
  for (const row of onetReported) {
    const occ = occByOnetCode.get(row['O*NET-SOC Code']);
    if (occ && row['Reported Job Title'].trim()) occupations.addTitle(occ, row['Reported Job Title'].trim(), row['Shown in My Next Move'] === 'Y' ? 2 : 1);
  }
  for (const row of [...onetSkills, ...onetKnowledge]) {
    if (row['Scale ID'] !== 'IM' || row['Recommend Suppress'] === 'Y') continue;
    const occ = occByOnetCode.get(row['O*NET-SOC Code']);
    const node = nodeByOnetElement.get(row['Element ID']);
    const importance = Number(row['Data Value']);
    if (!occ || !node || !(importance >= ONET_MIN_IMPORTANCE)) continue;
    // IM 1..5 -> 0..1, so IM 3 is 0.5 (an optional ESCO skill) and IM 5 is 1.
    occupations.addEdge(occ, node.index, (importance - 1) / 4, importance >= ONET_ESSENTIAL_IMPORTANCE);
  }
  for (const row of onetTech) {
    const occ = occByOnetCode.get(row['O*NET-SOC Code']);
    const node = nodeByTool.get(row.Example.trim());
    if (!occ || !node) continue;
    const hot = row['Hot Technology'] === 'Y';
    const inDemand = row['In Demand'] === 'Y';
    const weight = WEIGHT.onetTool + (hot ? WEIGHT.onetHotBonus : 0) + (inDemand ? WEIGHT.onetInDemandBonus : 0);
    occupations.addEdge(occ, node.index, weight, inDemand);
  }

  // --- RJDB skills (train) ---------------------------------------------------------------------
  // An RJDB name joins the node named by it, or the node any alias already gives it, trying the
  // name without a trailing "skills" ("Communication Skills" -> communication) too; otherwise
  // it is a new node. A one-word ordinary word only joins a node *named* by it: ESCO lists
  // "soap" under cleaning products and "reporting" under journalism, which is not what a job
  // ad asking for SOAP or Reporting means.
  const nodeByRjdbSkill = new Map<string, SkillNode>();
  const rjdbNames = [...new Set(rjdbRows.flatMap((row) => row.skills.map((s) => s.trim())))].sort(byString);
  let rjdbNewNodes = 0;
  for (const name of rjdbNames) {
    const key = normalizeTerm(name);
    if (!isUsableKey(key)) continue;
    const bare = key.replace(/ skill$/, '');
    const keys = bare !== key && bare ? [key, bare] : [key];
    let node: SkillNode | undefined;
    for (const k of keys) node ??= skills.withStrongKey(k) ?? (words.isAmbiguousKey(k) ? undefined : skills.withAlias(k));
    const id = `rjdb:${name}`;
    if (node) skills.addId(node, id, SkillFlag.rjdb);
    else {
      node = skills.create(id, name, 'skill', SkillFlag.rjdb);
      rjdbNewNodes++;
    }
    for (const k of keys) skills.addAliasKey(node, k);
    nodeByRjdbSkill.set(name, node);
  }

  // The name a skill is shown by: what job ads and resumes write most ("Troubleshooting",
  // "Attention to Detail", "Java"), when RJDB names it often enough, rather than the
  // taxonomy's label ("troubleshoot", "attend to detail", "Java (computer programming)").
  // The taxonomy label stays an alias and the ids stay ESCO's and O*NET's.
  let shownByRjdbName = 0;
  const rjdbNameCounts = new Map<string, number>();
  for (const row of rjdbRows) for (const name of new Set(row.skills.map((s) => s.trim()))) rjdbNameCounts.set(name, (rjdbNameCounts.get(name) ?? 0) + 1);
  const namesByNode = new Map<SkillNode, Array<[string, number]>>();
  for (const [name, node] of nodeByRjdbSkill) {
    const list = namesByNode.get(node) ?? [];
    list.push([name, rjdbNameCounts.get(name) ?? 0]);
    namesByNode.set(node, list);
  }
  for (const [node, names] of [...namesByNode].sort((a, b) => a[0].index - b[0].index)) {
    const shown = rjdbDisplayName(node, names);
    if (shown === undefined) continue;
    node.name = shown;
    skills.addStrongKey(node, normalizeTerm(shown));
    shownByRjdbName++;
  }
  notes.push(`${shownByRjdbName} skills are shown by the name RJDB uses most for them`);

  // --- RJDB occupations -------------------------------------------------------------------------
  // One occupation-like profile per normalized job title; weight = the share of that
  // title's postings that ask for the skill.
  const profiles = new Map<string, { titles: Map<string, number>; rows: number; skills: Map<number, number> }>();
  let untitled = 0;
  for (const row of rjdbRows) {
    const title = rjdbJobTitle(row.jd);
    const key = title ? normalizeTerm(title) : '';
    if (!title || !isUsableKey(key)) { untitled++; continue; }
    let profile = profiles.get(key);
    if (!profile) profiles.set(key, (profile = { titles: new Map(), rows: 0, skills: new Map() }));
    profile.rows++;
    profile.titles.set(title, (profile.titles.get(title) ?? 0) + 1);
    for (const skill of new Set(row.skills.map((s) => nodeByRjdbSkill.get(s.trim())?.index))) {
      if (skill !== undefined) profile.skills.set(skill, (profile.skills.get(skill) ?? 0) + 1);
    }
  }
  if (untitled) notes.push(`${untitled} RJDB job descriptions without a recognizable title (skipped)`);
  for (const [key, profile] of [...profiles].sort((a, b) => byString(a[0], b[0]))) {
    const [title] = [...profile.titles].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0];
    const occ = occupations.create(`rjdb:${key}`, title, 'rjdb');
    for (const variant of profile.titles.keys()) occupations.addTitle(occ, variant);
    for (const [skill, count] of profile.skills) occupations.addEdge(occ, skill, count / profile.rows, count / profile.rows >= 0.5);
  }

  // --- Columns ---------------------------------------------------------------------------------
  const aliasKeys = skills.aliasKeys();
  const aliasSkills = aliasKeys.map((key) => skills.rankedNodes(key).map((n) => n.index));
  const ambiguous = aliasKeys.flatMap((key, i) => (skills.isAmbiguous(key) ? [i] : []));
  for (const node of skills.nodes) if (skills.isAmbiguous(normalizeTerm(node.name))) node.flags |= SkillFlag.ambiguous;
  const shortNames: Record<string, number[]> = {};
  for (const node of skills.nodes) {
    const surface = (withoutParenthetical(node.name) ?? node.name).trim();
    if (/^[A-Z]$/.test(surface)) (shortNames[surface] ??= []).push(node.index);
  }
  const sortedIndices = (set: Set<number> | undefined): number[] => [...(set ?? [])].sort((a, b) => a - b);
  const percent = (w: number): number => Math.round(w * 100);

  const titles = occupations.titleColumns();
  const artifact: GraphArtifact = {
    format: GRAPH_FORMAT,
    version: GRAPH_VERSION,
    sources: SOURCES,
    skills: {
      ids: skills.nodes.map((n) => n.ids),
      names: skills.nodes.map((n) => n.name),
      flags: skills.nodes.map((n) => n.flags),
      reuse: skills.nodes.map((n) => n.reuse),
      descriptions: skills.nodes.map((n) => n.description),
      broader: skills.nodes.map((n) => sortedIndices(skillBroader.get(n))),
      groups: skills.nodes.map((n) => sortedIndices(skillGroups.get(n))),
    },
    skillGroups: {
      ids: escoGroups.map((row) => row.conceptUri),
      codes: escoGroups.map((row) => row.code ?? ''),
      labels: escoGroups.map((row) => row.preferredLabel.trim()),
      broader: groupBroader.map((set) => sortedIndices(set)),
    },
    aliases: { keys: aliasKeys, skills: aliasSkills, ambiguous, shortNames },
    occupations: {
      ids: occupations.nodes.map((o) => o.id),
      titles: occupations.nodes.map((o) => o.title),
      sources: occupations.nodes.map((o) => OCCUPATION_SOURCES.indexOf(o.source)),
      descriptions: occupations.nodes.map((o) => o.description),
      tasks: occupations.nodes.map((o) => o.tasks),
      skills: occupations.nodes.map((o) => [...o.edges]
        .map(([skill, e]) => [skill, percent(e.weight), e.essential ? 1 : 0] as const)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .flat()),
    },
    titles,
  };

  const countSource = (s: OccupationSource): number => occupations.nodes.filter((o) => o.source === s).length;
  const counts: Record<string, number> = {
    skills: skills.nodes.length,
    skillsFromEsco: skills.nodes.filter((n) => n.flags & SkillFlag.esco).length,
    skillsFromOnet: skills.nodes.filter((n) => n.flags & SkillFlag.onet).length,
    skillsFromRjdb: skills.nodes.filter((n) => n.flags & SkillFlag.rjdb).length,
    skillsOnlyInRjdb: rjdbNewNodes,
    shownByRjdbName,
    tools: skills.nodes.filter((n) => n.flags & SkillFlag.tool).length,
    skillGroups: escoGroups.length,
    aliases: aliasKeys.length,
    ambiguousAliases: ambiguous.length,
    occupations: occupations.nodes.length,
    occupationsEsco: countSource('esco'),
    occupationsOnet: countSource('onet'),
    occupationsRjdb: countSource('rjdb'),
    edges: occupations.nodes.reduce((sum, o) => sum + o.edges.size, 0),
    titleKeys: titles.keys.length,
    tasks: occupations.nodes.reduce((sum, o) => sum + o.tasks.length, 0),
    broaderLinks: [...skillBroader.values()].reduce((sum, s) => sum + s.size, 0),
    referenceDocuments: words.documents,
    rjdbTrainRows: rjdbRows.length,
  };
  const vendorList = [...vendors].sort(byString);
  notes.push(`${vendorList.length} O*NET vendors recognized (${vendorList.slice(0, 12).join(', ')}, ...)`);
  return { artifact, counts, notes };
}

const SOURCES: SourceInfo[] = [
  {
    name: 'ESCO', version: 'v1.1', license: '(c) European Union, reuse authorised with acknowledgement (Commission Decision 2011/833/EU)',
    files: ['skills_en.csv', 'occupations_en.csv', 'occupationSkillRelations.csv', 'broaderRelationsSkillPillar.csv', 'skillGroups_en.csv'],
  },
  {
    name: 'O*NET', version: '29.3', license: 'CC BY 4.0, O*NET Resource Center, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
    files: ['Occupation Data', 'Skills', 'Knowledge', 'Technology Skills', 'Task Statements', 'Alternate Titles', 'Sample of Reported Titles'],
  },
  {
    name: 'RJDB', version: 'megagonlabs/rjdb (train split of the public release)', license: 'CC BY-SA 4.0, Megagon Labs',
    files: ['train.jsonl'],
  },
  {
    name: '18F job postings', version: '18F/join.tts.gsa.gov', license: 'CC0 1.0',
    files: ['jobs-18f/*.md (word frequencies only)'],
  },
];

// ---------------------------------------------------------------------------------------------
// Output

function attribution(counts: Record<string, number>): string {
  // Markdown would read the "*" of "O*NET" as emphasis.
  return attributionText(counts).replace(/O\*NET/g, 'O\\*NET');
}

function attributionText(counts: Record<string, number>): string {
  return `# Skill-occupation graph: sources and attribution

\`graph.json.gz\` is compiled by \`tools/graph/build-graph.ts\` (\`npm run build:graph\`) from
the third-party data below. It is a derived, transformed work: normalized lookup keys, names,
first sentences of descriptions, integer-indexed weighted edges, and word-frequency flags. No
source file is included.

## Sources

- **ESCO** (European Skills, Competences, Qualifications and Occupations) v1.1, English.
  (c) European Union. Reuse is authorised provided the source is acknowledged
  (Commission Decision 2011/833/EU). https://esco.ec.europa.eu/
  The European Commission is not responsible for this derived work.
- **O*NET 29.3 Database** by the U.S. Department of Labor, Employment and Training
  Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET(R) is a trademark of
  USDOL/ETA. This graph was modified from the original: USDOL/ETA has not approved, endorsed
  or tested these modifications. https://www.onetcenter.org/
- **RJDB** (Pezeshkpour et al., 2023, "Distilling Large Language Models using Skill-Occupation
  Graph Context for HR-Related Tasks"), Megagon Labs, CC BY-SA 4.0,
  https://github.com/megagonlabs/rjdb. Only the training split (\`train.jsonl\`,
  ${counts.rjdbTrainRows} rows) was used; the skill names and title-to-skill counts derived
  from it are shared under CC BY-SA 4.0.
- **18F / TTS job postings** (join.tts.gsa.gov), CC0 1.0: used only to count how often words
  appear in lower case.

## What was derived, and how

- **Skills** (${counts.skills}): ESCO skills and knowledge concepts (preferred, alternative and
  hidden labels; the first sentence of the description, at most ${MAX_DESCRIPTION_CHARS}
  characters; the reuse level); the 35 O*NET basic and cross-functional skills and the O*NET
  knowledge areas (ids \`onet:<Element ID>\`); O*NET Technology Skills examples as tools (ids
  \`onet:tech:<name>\`, with acronyms, expansions and vendor-less names as aliases, e.g.
  "Structured query language SQL" -> "SQL"); RJDB skill names (ids \`rjdb:<name>\`). Concepts
  whose normalized names collide are merged into one node that keeps every id. ${counts.shownByRjdbName}
  skills are shown by the name RJDB train uses most for them when that name is another wording
  of the taxonomy's label ("Attention to Detail" for ESCO's "attend to detail"); their ids stay
  ESCO's and O*NET's and the label stays an alias.
- **Aliases** (${counts.aliases}): \`normalizeTerm(label)\` of every label (lower case, inflections
  folded). Labels longer than ${MAX_ALIAS_WORDS} words, keys shorter than 2 characters and bare
  numbers are dropped. ${counts.ambiguousAliases} one-word aliases are flagged as ordinary words
  because at least ${COMMON_WORD_DOC_RATE * 100}% of ${counts.referenceDocuments} reference
  documents (ESCO and O*NET descriptions, O*NET task statements, 18F posting paragraphs) use them
  written in lower case.
- **Occupations** (${counts.occupations}): ESCO occupations (${counts.occupationsEsco}) with
  essential (weight 1.0) and optional (0.5) skills; O*NET occupations (${counts.occupationsOnet})
  with basic skills and knowledge of importance >= ${ONET_MIN_IMPORTANCE} (weight (IM - 1) / 4,
  essential from ${ONET_ESSENTIAL_IMPORTANCE}), tools (weight ${WEIGHT.onetTool}, +${WEIGHT.onetHotBonus} Hot
  Technology, +${WEIGHT.onetInDemandBonus} In Demand) and up to ${MAX_TASKS} core task statements;
  one profile per normalized RJDB job title (${counts.occupationsRjdb}) weighted by the share of
  that title's rows listing the skill. ${counts.edges} edges in all.
- **Titles** (${counts.titleKeys} keys): ESCO preferred and alternative labels, O*NET titles,
  alternate, short and reported titles, RJDB job titles.
- **Skill hierarchy**: ESCO broader-skill links (${counts.broaderLinks}) and skill groups
  (${counts.skillGroups}).
`;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.dataDir)) throw new Error(`data folder not found: ${options.dataDir} (use --data DIR or HRDOCS_DATA)`);
  const started = Date.now();
  const { artifact, counts, notes } = build(options.dataDir);

  const json = JSON.stringify(artifact);
  const gz = gzipSync(Buffer.from(json, 'utf8'), { level: 9 });
  const sha256 = createHash('sha256').update(gz).digest('hex');
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, GRAPH_FILE), gz);
  const meta: GraphMeta = { file: GRAPH_FILE, sha256, bytes: gz.length, sources: artifact.sources, counts };
  writeFileSync(join(options.outDir, 'graph.meta.json'), JSON.stringify(meta, null, 2) + '\n');
  writeFileSync(join(options.outDir, 'ATTRIBUTION.md'), attribution(counts));

  const mb = (n: number): string => (n / 1048576).toFixed(2) + ' MB';
  console.log(`skill graph -> ${join(options.outDir, GRAPH_FILE)}`);
  for (const [name, value] of Object.entries(counts)) console.log(`  ${name.padEnd(20)} ${value}`);
  console.log(`  ${'json'.padEnd(20)} ${mb(json.length)}`);
  console.log(`  ${'gzip'.padEnd(20)} ${mb(gz.length)} (${gz.length} bytes)`);
  console.log(`  ${'sha256'.padEnd(20)} ${sha256}`);
  for (const note of notes) console.log(`  note: ${note}`);
  console.log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Run only as a script, so tests can import rjdbJobTitle without building the graph.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(`build-graph: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
