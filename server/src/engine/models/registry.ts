// Reads the manifest and builds the engine's ModelSet: for each task, the trained model the
// manifest lists for it (hash-checked by the runtime), else the rule-based implementation. A
// model that is missing or fails to load is reported and its task falls back, so the engine
// never dies of a model. Adding a model: a class implementing the task's interface, one entry
// in TASK_LOADERS, one manifest entry (written by its training script).
import type { StageCache } from '../cache.js';
import type { SkillGraph } from '../graph/graph.js';
import type { Logger } from '../types.js';
import { OnnxSkillLinker } from './linker.js';
import { ModelMatchScorer } from './matcher.js';
import { GraphPhraseTagger, HeadingZoneClassifier, LexicalSkillLinker, SectionKindClassifier, ruleMatchScorer } from './rules.js';
import { LearnedZoneClassifier } from './zone-classifier.js';
import { KindClassifier, LearnedKindClassifier } from './kind-classifier.js';
import { ModelRuntime, type DeviceRequest, type ManifestEntry } from './runtime.js';
import { SkillTagger } from './tagger.js';
import { OnnxJobWriter } from './writer.js';
import { TitleLexicon, type TitleLexiconJson } from '../experience/lexicon.js';
import { WordIdf, type WordIdfJson } from '../match/lexical.js';
import { OccupationRanker } from '../generate/ranker.js';
import { SkillCalibrator, type SkillCalibratorJson } from '../skills/calibrate.js';
import { PostingSkills, type PostingSkillsJson } from '../generate/posting-skills.js';
import { PostingTerms, type PostingTermsJson } from '../skills/terms.js';
import { DEFAULT_THRESHOLDS, type ModelSet, type Thresholds } from './tasks.js';

export type Task = 'document-classifier' | 'zone-classifier' | 'span-tagger' | 'skill-linker' | 'match-scorer' | 'title-lexicon' | 'word-idf' | 'occupation-ranker' | 'job-writer' | 'skill-calibrator' | 'posting-skills' | 'posting-terms';

interface LoadContext { runtime: ModelRuntime; name: string; entry: ManifestEntry; graph: SkillGraph; cache?: StageCache }

const TASK_LOADERS: { [T in Task]: (c: LoadContext) => Promise<ModelSet[TaskSlot<T>]> } = {
  'document-classifier': async (c) => new LearnedKindClassifier(KindClassifier.fromJson(JSON.parse((await c.runtime.readVerified(c.entry)).toString('utf8')))),
  'zone-classifier': async (c) => LearnedZoneClassifier.fromJson(JSON.parse((await c.runtime.readVerified(c.entry)).toString('utf8'))),
  'span-tagger': (c) => SkillTagger.create({ runtime: c.runtime, model: c.name }),
  'skill-linker': (c) => OnnxSkillLinker.create(c.runtime, c.graph, { model: c.name, cache: c.cache }),
  'match-scorer': (c) => ModelMatchScorer.create(c.runtime, c.name),
  'title-lexicon': async (c) => TitleLexicon.fromJson(JSON.parse((await c.runtime.readVerified(c.entry)).toString('utf8')) as TitleLexiconJson),
  'word-idf': async (c) => WordIdf.fromJson(JSON.parse((await c.runtime.readVerified(c.entry)).toString('utf8')) as WordIdfJson),
  'occupation-ranker': async (c) => OccupationRanker.fromJson(JSON.parse((await c.runtime.readVerified(c.entry)).toString('utf8')), c.graph),
  'job-writer': (c) => OnnxJobWriter.create(c.runtime, c.name),
  'skill-calibrator': async (c) => SkillCalibrator.fromJson(JSON.parse((await c.runtime.readVerified(c.entry)).toString('utf8')) as SkillCalibratorJson),
  'posting-skills': async (c) => PostingSkills.fromJson(JSON.parse((await c.runtime.readVerified(c.entry)).toString('utf8')) as PostingSkillsJson, c.graph),
  'posting-terms': async (c) => PostingTerms.fromJson(JSON.parse((await c.runtime.readVerified(c.entry)).toString('utf8')) as PostingTermsJson),
};

type TaskSlot<T extends Task> = T extends 'document-classifier' ? 'classifier' : T extends 'zone-classifier' ? 'zoner' : T extends 'span-tagger' ? 'tagger' : T extends 'skill-linker' ? 'linker' : T extends 'title-lexicon' ? 'titles' : T extends 'word-idf' ? 'words' : T extends 'occupation-ranker' ? 'ranker' : T extends 'job-writer' ? 'writer' : T extends 'skill-calibrator' ? 'calibrator' : T extends 'posting-skills' ? 'postingSkills' : T extends 'posting-terms' ? 'terms' : 'scorer';
const SLOT: { [T in Task]: TaskSlot<T> } = { 'document-classifier': 'classifier', 'zone-classifier': 'zoner', 'span-tagger': 'tagger', 'skill-linker': 'linker', 'match-scorer': 'scorer', 'title-lexicon': 'titles', 'word-idf': 'words', 'occupation-ranker': 'ranker', 'job-writer': 'writer', 'skill-calibrator': 'calibrator', 'posting-skills': 'postingSkills', 'posting-terms': 'terms' };

/** The rule-based ModelSet: no ONNX, nothing to load. */
export function ruleModels(graph: SkillGraph, problems: string[] = []): ModelSet {
  return {
    classifier: new SectionKindClassifier(),
    zoner: new HeadingZoneClassifier(),
    tagger: new GraphPhraseTagger(graph),
    linker: new LexicalSkillLinker(graph),
    scorer: ruleMatchScorer,
    titles: TitleLexicon.builtin(),
    thresholds: { ...DEFAULT_THRESHOLDS },
    device: 'none',
    problems,
  };
}

export interface LoadModelsOptions {
  modelsDir: string;
  graph: SkillGraph;
  device?: DeviceRequest;
  logger?: Logger;
  cache?: StageCache;
}

/** The trained models the manifest lists, each task falling back to its rules on failure. */
export async function loadModels(options: LoadModelsOptions): Promise<ModelSet> {
  const set = ruleModels(options.graph);
  let runtime: ModelRuntime;
  try {
    runtime = await ModelRuntime.load({ modelsDir: options.modelsDir, device: options.device ?? 'auto', logger: options.logger });
  } catch (err) {
    set.problems.push(errorText(err));
    return set;
  }
  const wanted = Object.keys(SLOT) as Task[];
  for (const task of wanted) {
    const listed = Object.entries(runtime.manifest.models).find(([, entry]) => entry.task === task);
    if (!listed) {
      set.problems.push(`no model for task '${task}' in the manifest`);
      continue;
    }
    const [name, entry] = listed;
    try {
      const model = await TASK_LOADERS[task]({ runtime, name, entry, graph: options.graph, cache: options.cache });
      (set as unknown as Record<string, unknown>)[SLOT[task]] = model;
      Object.assign(set.thresholds, thresholdsOf(entry));
    } catch (err) {
      set.problems.push(errorText(err));
    }
  }
  set.device = runtime.device ?? 'cpu';
  return set;
}

function thresholdsOf(entry: ManifestEntry): Partial<Thresholds> {
  const t = entry.thresholds as Record<string, unknown> | undefined;
  const out: Partial<Thresholds> = {};
  if (typeof t?.link === 'number') out.link = t.link;
  if (typeof t?.linkRequirement === 'number') out.linkRequirement = t.linkRequirement;
  if (typeof t?.linkMatch === 'number') out.linkMatch = t.linkMatch;
  if (typeof t?.kindOverride === 'number') out.kindOverride = t.kindOverride;
  return out;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
