// The engine: one object that owns the graph and the models and turns text into analyses,
// matches, edits and generated jobs. Hosts (LSP server, CLI, tests) pass in a logger and options.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzeOptions, Engine, EngineOptions, EngineStatus } from './api.js';
import type { DocKind, DocumentAnalysis, HrDocument, MatchResult, SkillMention } from './types.js';
import { silentLogger } from './types.js';
import { SkillGraph } from './graph/graph.js';
import { parseDocument } from './document/parse.js';
import { extractExperience, extractRequirements, referenceOf, totalYears } from './experience/extract.js';
import { distinctSkills, extractSkills, isProseBlock } from './skills/extract.js';
import { matchAnalyses, ruleScorer, type MatchScorer } from './match/match.js';
import { fixResume } from './edit/edits.js';
import { generateJobFromTitle, generateMatchingJobs } from './generate/generate.js';
import { DEFAULT_SETTINGS } from '../protocol.js';
import { LruCache } from './cache.js';
import { ModelRuntime } from './models/runtime.js';
import { ModelMatchScorer } from './models/matcher.js';
import { SkillTagger } from './models/tagger.js';
import { SkillLinker } from './models/linker.js';

interface StudentModels { runtime: ModelRuntime; tagger?: SkillTagger; matcher?: ModelMatchScorer; linker?: SkillLinker }

/**
 * The trained students, each optional: a model that is missing or fails its hash check is
 * reported and the first (rule) engine does that part instead, so the server never dies of it.
 */
async function loadModels(modelsDir: string, graph: SkillGraph, device: EngineOptions['device'], logger: EngineOptions['logger'] & object): Promise<{ models?: StudentModels; problems: string[] }> {
  const problems: string[] = [];
  let runtime: ModelRuntime;
  try {
    runtime = await ModelRuntime.load({ modelsDir, device: device ?? 'auto', logger });
  } catch (err) {
    return { problems: [errorText(err)] };
  }
  const models: StudentModels = { runtime };
  const attempt = async <T>(name: string, load: () => Promise<T>): Promise<T | undefined> => {
    if (!runtime.manifest.models[name]) { problems.push(`model '${name}' is not in the manifest`); return undefined; }
    try { return await load(); } catch (err) { problems.push(errorText(err)); return undefined; }
  };
  models.tagger = await attempt('skill-tagger', () => SkillTagger.create({ runtime }));
  models.matcher = await attempt('matcher', () => ModelMatchScorer.create(runtime));
  models.linker = await attempt('skill-linker', () => SkillLinker.create(runtime, graph));
  return { models, problems };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The repo's models/ folder, found by walking up from this file (works from src, out and dist). */
export function defaultModelsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'models', 'graph'))) return join(dir, 'models');
    dir = dirname(dir);
  }
  return resolve(process.cwd(), 'models');
}

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const logger = options.logger ?? silentLogger;
  const modelsDir = options.modelsDir ?? defaultModelsDir();
  const t0 = performance.now();
  const graph = SkillGraph.load(modelsDir);
  const graphMs = performance.now() - t0;
  const stats = graph.stats();
  logger.info(`hrdocs: skill graph loaded (${stats.skills} skills, ${stats.occupations} occupations) in ${Math.round(graphMs)} ms`);
  const defaultReference = referenceOf(options.referenceMonth);
  const patterns = options.documentPatterns ?? DEFAULT_SETTINGS.documentPatterns;
  const loaded = options.useModels === false ? { models: undefined, problems: ['models disabled by settings'] } : await loadModels(modelsDir, graph, options.device, logger);
  const models = loaded.models;
  for (const problem of loaded.problems) if (options.useModels !== false) logger.warn(`hrdocs: ${problem}; using the first (rule) engine for it`);
  const scorer: MatchScorer = models?.matcher ?? ruleScorer;
  const tagger = models?.tagger;
  const linker = models?.linker;
  // phrase vectors, shared by matching and linking: the same skill lines come back on every keystroke
  const vectors = new LruCache<string, Float32Array>(16384);
  const encode = async (texts: string[]): Promise<Float32Array[]> => {
    const missing = [...new Set(texts.filter((t) => vectors.get(t) === undefined))];
    if (missing.length) (await linker!.encode(missing)).forEach((v, i) => vectors.set(missing[i], v));
    return texts.map((t) => vectors.get(t)!);
  };
  // a skill no alias names ("Proven talent in making critical decisions") gets the canonical name
  // the linker is confident of; the text as written stays the mention's surface
  // high: a wrong canonical name misleads more than none (train F1 is flat from 0.5 to 0.9)
  const LINK_AT = 0.9;
  const links = new LruCache<string, { skill: number; confidence: number }>(16384);
  const linkNewSkills = async (mentions: SkillMention[]): Promise<void> => {
    const open = mentions.filter((m) => m.id.startsWith('new:'));
    const missing = [...new Set(open.map((m) => m.text).filter((t) => links.get(t) === undefined))];
    if (missing.length) (await linker!.link(missing)).forEach((l, i) => links.set(missing[i], { skill: l.skill, confidence: l.confidence }));
    for (const m of open) {
      const l = links.get(m.text);
      if (!l || l.skill < 0 || l.confidence < LINK_AT) continue;
      const skill = graph.skills[l.skill];
      m.name = skill.name;
      m.id = skill.id;
      m.kind = skill.kind;
      m.confidence = Math.round(Math.min(m.confidence, l.confidence) * 100) / 100;
    }
  };
  const sameSkill = linker ? async (wanted: string[], held: string[]): Promise<number[][]> => {
    const [w, h] = await Promise.all([encode(wanted), encode(held)]);
    return w.map((a) => h.map((b) => linker.sameSkillProbability(linker.similarity(a, b))));
  } : undefined;
  const status: EngineStatus = {
    engine: models?.matcher || tagger || linker ? 'models' : 'rules',
    device: models?.matcher || tagger || linker ? models!.runtime.device ?? 'cpu' : 'none',
    message: loaded.problems.length ? loaded.problems.join('; ') : undefined,
    graph: { skills: stats.skills, occupations: stats.occupations, loadMs: Math.round(graphMs) },
  };
  if (status.engine === 'models') logger.info(`hrdocs: student models running on ${status.device.toUpperCase()}`);

  // parse and analysis results are immutable: the same text with the same options is served from here
  const parsed = new LruCache<string, HrDocument>(64);
  const analyzed = new LruCache<string, Promise<DocumentAnalysis>>(64);
  const cacheKey = (text: string, uri: string | undefined, opts: { kind?: DocKind; relativePath?: string }) =>
    `${uri ?? ''}\u0000${opts.kind ?? ''}\u0000${opts.relativePath ?? ''}\u0000${text}`;
  const parse = (text: string, uri?: string, opts: { kind?: DocKind; relativePath?: string } = {}): HrDocument => {
    const key = cacheKey(text, uri, opts);
    let doc = parsed.get(key);
    if (!doc) {
      doc = parseDocument(text, { uri, kind: opts.kind, relativePath: opts.relativePath, documentPatterns: patterns });
      parsed.set(key, doc);
    }
    return doc;
  };

  const analyzeDocument = async (doc: HrDocument, referenceMonth?: string): Promise<DocumentAnalysis> => {
    const reference = referenceMonth ? referenceOf(referenceMonth) : defaultReference;
    const timings: Record<string, number> = {};
    let t = performance.now();
    // only prose goes through the tagger (which caches per text, so an edit re-tags one paragraph)
    const tagged = tagger ? await tagger.tag(doc.blocks.map((b, i) => (isProseBlock(doc, i) ? b.text : ''))) : undefined;
    timings.tagger = performance.now() - t;
    const mentions = extractSkills(doc, graph, { tagged });
    if (linker) await linkNewSkills(mentions);
    timings.skills = performance.now() - t;
    t = performance.now();
    const experience = doc.kind === 'resume' ? extractExperience(doc, reference) : [];
    const experienceRequirements = doc.kind === 'job' ? extractRequirements(doc) : [];
    timings.experience = performance.now() - t;
    // a document that lists its skills is taken at its word; prose mentions elsewhere stay
    // diagnostics (hints), not the document's skill set
    const listed = mentions.filter((m) => m.section === 'skills' || m.section === 'requiredSkills');
    const skills = distinctSkills(listed.length ? listed : mentions);
    const hasRequired = mentions.some((m) => m.section === 'requiredSkills');
    const requiredSkills = doc.kind === 'job' ? distinctSkills(hasRequired ? mentions.filter((m) => m.section === 'requiredSkills') : mentions) : [];
    const title = doc.kind === 'job' ? doc.title : doc.title ?? experience[0]?.title;
    const occupation = title ? graph.findOccupationsByTitle(title, 1)[0] : undefined;
    return {
      doc, mentions, skills, experience, totalYears: Math.round(totalYears(experience) * 10) / 10,
      experienceRequirements, requiredSkills, title,
      occupationId: occupation ? graph.occupations[occupation.occupation].id : undefined,
      timings,
    };
  };

  const analyze = (text: string, uri?: string, opts: AnalyzeOptions = {}): Promise<DocumentAnalysis> => {
    const key = `${opts.referenceMonth ?? ''}\u0000${cacheKey(text, uri, opts)}`;
    let result = analyzed.get(key);
    if (!result) {
      result = (async () => {
        const t = performance.now();
        const doc = parse(text, uri, opts);
        const parseMs = performance.now() - t;
        const analysis = await analyzeDocument(doc, opts.referenceMonth);
        analysis.timings.parse = parseMs;
        return analysis;
      })();
      analyzed.set(key, result);
      // a failed analysis is not remembered
      result.catch(() => analyzed.delete(key));
    }
    return result;
  };

  // a title names an occupation only when the graph knows it exactly
  const occupationCache = new LruCache<string, string | null>(2048);
  const occupationOf = (title: string): string | undefined => {
    let id = occupationCache.get(title);
    if (id === undefined) {
      const hit = graph.findOccupationsByTitle(title, 1)[0];
      id = hit && hit.score >= 0.99 ? graph.occupations[hit.occupation].id : null;
      occupationCache.set(title, id);
    }
    return id ?? undefined;
  };
  const match = async (resume: DocumentAnalysis, job: DocumentAnalysis): Promise<MatchResult> => matchAnalyses(resume, job, scorer, { occupationOf, sameSkill });

  return {
    status,
    parse,
    analyze,
    match,
    async fix(resume, job, result) {
      return fixResume(resume, result ?? (await match(resume, job)));
    },
    async generateMatchingJobs(resume, count = 5) {
      return generateMatchingJobs(graph, resume, count, {
        judge: async (markdown) => match(resume, await analyze(markdown, undefined, { kind: 'job' })),
      });
    },
    async generateJobDescription(title) {
      if (!title.trim()) throw new Error('a job title is required');
      return generateJobFromTitle(graph, title);
    },
    skillInfo(id) {
      const skill = graph.skillById(id);
      if (!skill) return undefined;
      const url = skill.ids.find((x) => x.startsWith('http://data.europa.eu/esco/'));
      return { name: skill.name, kind: skill.kind, description: skill.description, sources: skill.sources, url };
    },
    async dispose() { /* sessions are released with the process */ },
  };
}
