// The engine: one object that turns text into analyses, matches, findings, edits and generated
// jobs. Everything it uses comes in as an argument (the graph, the models, the cache), so tests
// build one from a small synthetic graph and fake models; ./load.ts builds the real one from disk.
import type { AnalyzeOptions, Engine, EngineDeps, EngineStatus, SkillInfo } from './api.js';
import { analyzeDocument, type AnalysisDeps } from './analyze.js';
import { StageCache, contentKey } from './cache.js';
import { isCancelled, throwIfCancelled, type CancellationToken } from './cancel.js';
import type { SkillGraph } from './graph/graph.js';
import { parseDocument, type ChunkCache } from './document/parse.js';
import { warmChunks } from './document/chunks.js';
import { fixResume } from './edit/edits.js';
import { referenceOf } from './experience/extract.js';
import { generateJobFromTitle, generateMatchingJobs } from './generate/generate.js';
import type { JobWriter } from './models/tasks.js';
import { matchAnalyses } from './match/match.js';
import { RULES } from './rules/index.js';
import { lint } from './rules/lint.js';
import type { DocKind, DocumentAnalysis, HrDocument, Logger, MatchResult } from './types.js';
import { silentLogger } from './types.js';
import { DEFAULT_DOCUMENT_PATTERNS } from './document/patterns.js';
import { UNCALIBRATED_THRESHOLDS } from './skills/calibrate.js';

export function createEngine(deps: EngineDeps): Engine {
  const { graph, models } = deps;
  const cache = deps.cache ?? new StageCache();
  const status = engineStatus(deps, deps.logger ?? silentLogger);
  const occupationOf = occupationLookup(graph, cache);
  const skillThresholds = models.calibrator?.thresholds ?? UNCALIBRATED_THRESHOLDS;
  const { parse, analyze } = documentReader({ graph, models, cache, occupationOf }, deps);

  const match = (resume: DocumentAnalysis, job: DocumentAnalysis, token?: CancellationToken): Promise<MatchResult> => {
    throwIfCancelled(token);
    return matchAnalyses(resume, job, models.scorer, {
      occupationOf: (title) => occupationOf(title),
      sameSkill: (wanted, held) => models.linker.sameSkill(wanted, held, token),
      graph,
      idf: models.words,
      ranker: models.ranker,
      titles: models.titles,
      requirementCut: skillThresholds.requirement,
    });
  };

  return {
    status,
    rules: RULES.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, docs: r.docs })),
    skillThresholds,
    parse,
    analyze,
    match,
    lint(analysis, request = {}) {
      throwIfCancelled(request.token);
      return lint(
        { analysis, target: request.target, minConfidence: request.minConfidence ?? skillThresholds.hint },
        { severities: request.severities, dismissals: request.dismissals },
      );
    },
    async fix(resume, job, result, token, options) {
      return fixResume(resume, result ?? (await match(resume, job, token)), options);
    },
    async generateMatchingJobs(resume, count = 5, token, options = {}) {
      return generateMatchingJobs(graph, resume, count, {
        judge: async (markdown) => {
          throwIfCancelled(token);
          return match(resume, await analyze(markdown, undefined, { kind: 'job', token }), token);
        },
        writer: chooseWriter(models.writer, options.writer), seed: options.seed, onProgress: options.onProgress, token, asked: models.postingSkills,
      }, models.ranker, models.titles);
    },
    async generateJobDescription(title, token, options = {}) {
      throwIfCancelled(token);
      if (!title.trim()) throw new Error('a job title is required');
      return generateJobFromTitle(graph, title, models.ranker, { writer: chooseWriter(models.writer, options.writer), seed: options.seed, onProgress: options.onProgress, token, asked: models.postingSkills });
    },
    skillInfo: (id) => skillInfo(graph, id),
    cacheSizes: () => cache.sizes(),
    async dispose() {
      cache.clear();
      await models.dispose?.();
    },
  };
}

function engineStatus(deps: EngineDeps, logger: Logger): EngineStatus {
  const { graph, models } = deps;
  const stats = graph.stats();
  const learned = models.tagger.learned || models.linker.learned || models.scorer.name === 'model';
  const status: EngineStatus = {
    engine: learned ? 'models' : 'rules',
    device: learned ? (models.device === 'none' ? 'cpu' : models.device) : 'none',
    message: models.problems.length ? models.problems.join('; ') : undefined,
    graph: { skills: stats.skills, occupations: stats.occupations, loadMs: Math.round(deps.graphLoadMs ?? graph.loadMs) },
  };
  if (learned) logger.info(`hrdocs: student models running on ${status.device.toUpperCase()}`);
  return status;
}

/** A title's graph occupation: any nearest one (minScore 0), or only an exact name (0.99). */
function occupationLookup(graph: SkillGraph, cache: StageCache) {
  return (title: string, minScore = 0.99): string | undefined => {
    const id = cache.through<string | null>('occupations', `${minScore}\u0000${title}`, () => {
      const hit = graph.findOccupationsByTitle(title, 1)[0];
      return hit && hit.score >= minScore ? graph.occupations[hit.occupation].id : null;
    });
    return id ?? undefined;
  };
}

/** A front matter `as-of: 2024-06` (or a full date) as 'YYYY-MM'. */
function asOfMonth(value: unknown): string | undefined {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : undefined;
  const m = text && /^(\d{4})-(\d{2})/.exec(text.trim());
  return m ? `${m[1]}-${m[2]}` : undefined;
}

/** Texts longer than this are parsed in slices before analysis (a few pages parse in one go). */
const WARM_CHUNKS_FROM = 20_000;

/** parse and analyze, both served from the cache by content. */
function documentReader(analysisDeps: AnalysisDeps, deps: EngineDeps) {
  const { cache } = analysisDeps;
  const patterns = deps.documentPatterns ?? DEFAULT_DOCUMENT_PATTERNS;
  const defaultReference = referenceOf(deps.referenceMonth);
  const parseKey = (text: string, uri: string | undefined, opts: { kind?: DocKind; relativePath?: string }) =>
    contentKey(uri ?? '', opts.kind ?? '', opts.relativePath ?? '', text);
  const { classifier, zoner } = analysisDeps.models;
  const chunkCache: ChunkCache = { get: (k) => cache.get('chunks', k), set: (k, v) => cache.set('chunks', k, v) };
  /** The parser reads the sections for a kind; the classifier decides the kind unless the caller or the front matter did. */
  const parse = (text: string, uri?: string, opts: { kind?: DocKind; relativePath?: string } = {}): HrDocument =>
    cache.through('parse', parseKey(text, uri, opts), () => {
      const read = (kind?: DocKind) => parseDocument(text, { uri, kind, relativePath: opts.relativePath, documentPatterns: patterns, chunkCache });
      const doc = read(opts.kind);
      const decided = opts.kind || doc.kindReason === 'front-matter' ? doc : reclassify(doc, read);
      zoner.label(decided);
      return decided;
    });
  /** The classifier's kind, where it may override the parser's reading. */
  const reclassify = (doc: HrDocument, read: (kind?: DocKind) => HrDocument): HrDocument => {
    const { kind, confidence } = classifier.classify(doc);
    if (kind === doc.kind) return doc;
    // a file name the user's globs give a kind is a hint only a confident classifier overrides
    if (doc.kindReason === 'file-name' && confidence < analysisDeps.models.thresholds.kindOverride) return doc;
    if (kind === 'other') return { ...doc, kind, kindReason: 'classifier' };
    return { ...read(kind), kindReason: 'classifier' };
  };

  const analyze = (text: string, uri?: string, opts: AnalyzeOptions = {}): Promise<DocumentAnalysis> => {
    const key = contentKey(opts.referenceMonth ?? '', opts.vocabulary?.key ?? '', parseKey(text, uri, opts));
    const cached = cache.get<Promise<DocumentAnalysis>>('analysis', key);
    // an analysis in flight is shared; if another caller's token stops it, a caller whose own
    // token is live starts it again rather than inherit the cancellation
    if (cached) return cached.catch((err) => (isCancelled(err) && !opts.token?.isCancellationRequested ? analyze(text, uri, opts) : Promise.reject(err)));
    const result = (async () => {
      throwIfCancelled(opts.token);
      const t = performance.now();
      // long texts are parsed chunk by chunk between yields first, so parse() below only assembles
      if (text.length > WARM_CHUNKS_FROM) await warmChunks(text, chunkCache, opts.token);
      const doc = parse(text, uri, opts);
      const parseMs = performance.now() - t;
      // "Present" counts to the caller's month, else the document's own `as-of`, else the engine's
      const asOf = asOfMonth(doc.frontMatter['as-of']);
      const [reference, referenceSource] = opts.referenceMonth ? [referenceOf(opts.referenceMonth), 'caller' as const]
        : asOf ? [referenceOf(asOf), 'as-of' as const] : [defaultReference, deps.referenceMonth ? 'caller' as const : 'today' as const];
      const analysis = await analyzeDocument(analysisDeps, doc, reference, opts.token, opts.vocabulary);
      analysis.reference = { month: `${reference.year}-${String(reference.month).padStart(2, '0')}`, source: referenceSource };
      analysis.timings.parse = parseMs;
      return analysis;
    })();
    cache.set('analysis', key, result);
    // a failed or cancelled analysis is not remembered
    result.catch(() => cache.delete('analysis', key));
    return result;
  };
  return { parse, analyze };
}

/** The writer a generation uses: the one asked for, else the trained one when it is the default. */
function chooseWriter(writer: JobWriter | undefined, asked: 'model' | 'template' | undefined): JobWriter | undefined {
  if (asked === 'template') return undefined;
  if (asked === 'model') {
    if (!writer) throw new Error('the writer model is not available (models/writer/ missing or not loaded); generate with the template instead');
    return writer;
  }
  return writer?.byDefault ? writer : undefined;
}

function skillInfo(graph: SkillGraph, id: string): SkillInfo | undefined {
  const skill = graph.skillById(id);
  if (!skill) return undefined;
  const url = skill.ids.find((x) => x.startsWith('http://data.europa.eu/esco/'));
  return { name: skill.name, kind: skill.kind, description: skill.description, sources: skill.sources, url };
}
