// The rule-based implementation of each task: what runs when no trained model is listed or one
// fails to load, and the reference the trained students are measured against.
import type { CancellationToken } from '../cancel.js';
import type { SkillGraph } from '../graph/graph.js';
import type { MatchFeatures } from '../match/features.js';
import { contentWords, jaccard } from '../match/similarity.js';
import { graphPhraseSpans } from '../skills/phrase.js';
import type { DocumentClassifier, ZoneClassifier, MatchScorer, SkillLink, SkillLinker, SpanTagger, TaggedSpan } from './tasks.js';
import type { DocKind, HrDocument, SectionKind } from '../types.js';
import { labelZonesByHeadings } from '../document/zones.js';

/** Skill spans are the graph's own names (labels and aliases) found in the text. */
export class GraphPhraseTagger implements SpanTagger {
  readonly name = 'graph-phrases';
  readonly learned = false;
  constructor(private readonly graph: SkillGraph) {}

  async tag(texts: string[]): Promise<TaggedSpan[][]> {
    return texts.map((text) => (text ? graphPhraseSpans(this.graph, text) : []));
  }
}

/** Links only a phrase the graph names exactly; two phrases are the same skill as far as their words agree. */
export class LexicalSkillLinker implements SkillLinker {
  readonly name = 'lexical';
  readonly learned = false;
  constructor(private readonly graph: SkillGraph) {}

  async link(texts: string[]): Promise<SkillLink[]> {
    return texts.map((text) => {
      const skill = this.graph.lookupSkill(text);
      return skill ? { skill: skill.index, confidence: 1 } : { skill: -1, confidence: 1 };
    });
  }

  async sameSkill(wanted: string[], held: string[], _token?: CancellationToken): Promise<number[][]> {
    const heldWords = held.map((h) => contentWords(h));
    return wanted.map((w) => {
      const words = contentWords(w);
      return heldWords.map((h) => jaccard(words, h));
    });
  }
}

/** The first engine's hand-set weights over the evidence features. */
export const ruleMatchScorer: MatchScorer = {
  name: 'rules',
  threshold: 0.7,
  async score(f: MatchFeatures) {
    return clamp01(0.5 * f.skillCoverage + 0.35 * f.experienceCoverage + 0.15 * f.titleFit - 0.1 * f.experienceMissingShare);
  },
};

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

const HR_SECTIONS = new Set<SectionKind>([
  'summary', 'skills', 'experience', 'education', 'certifications', 'projects',
  'requiredSkills', 'preferredSkills', 'requiredExperience', 'responsibilities', 'about', 'benefits',
]);

/** Zones from the headings alone: every block takes its section's zone. */
export class HeadingZoneClassifier implements ZoneClassifier {
  readonly name = 'headings';
  readonly learned = false;

  label(doc: HrDocument): void {
    labelZonesByHeadings(doc);
  }
}

/**
 * The parser's reading (front matter, file name, headings), with one guard: a document read from
 * its headings alone needs two resume or job sections, else a README or design note would pass.
 */
export class SectionKindClassifier implements DocumentClassifier {
  readonly name = 'sections';
  readonly learned = false;

  classify(doc: HrDocument): { kind: DocKind; confidence: number } {
    if (doc.kindReason !== 'headings') return { kind: doc.kind, confidence: 1 };
    const kinds = new Set(doc.sections.map((s) => s.kind).filter((k) => HR_SECTIONS.has(k)));
    return kinds.size >= 2 ? { kind: doc.kind, confidence: 0.7 } : { kind: 'other', confidence: 0.6 };
  }
}
