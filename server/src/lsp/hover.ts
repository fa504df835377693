// Hover: on a skill mention, what the engine knows about the skill; on the place where gap
// diagnostics sit (the Skills heading) or the document's first line, the explanation of the match
// against the resume's target job (or its best job).
import type { CancellationToken, Hover, HoverParams, Position } from 'vscode-languageserver';
import type { Engine } from '../engine/api.js';
import type { DocumentAnalysis, SkillMention } from '../engine/types.js';
import type { HrdocsSettings } from 'hrdocs-protocol';
import { sectionAnchor, shownConfidence, skillOrigin, UNCALIBRATED_THRESHOLDS } from '../engine/index.js';
import type { EngineHost } from './engineHost.js';
import { titleOf, type MatchService } from './matches.js';
import { percent, rangeContains, unlessCancelled } from './util.js';
import { isHrDocument, type WorkspaceStore } from './workspace.js';

/** Optional engine extension: graph facts about a skill id (see the report to the lead). */
interface SkillInfoProvider {
  skillInfo?(id: string): { name?: string; description?: string } | undefined;
}

export class HoverFeature {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly matches: MatchService,
    private readonly host: EngineHost,
    private readonly settings: () => HrdocsSettings,
  ) {}

  async provide(params: HoverParams, token?: CancellationToken): Promise<Hover | null> {
    if (!isPosition(params?.position)) return null;
    const uri = params.textDocument.uri;
    if (!this.store.has(uri) || this.store.isTooLarge(uri)) return null;
    const analysis = await unlessCancelled(this.store.analyze(uri), token);
    if (!analysis || !isHrDocument(analysis.doc)) return null;
    const pos = params.position;
    const parts: string[] = [];
    const hintAt = this.settings().diagnostics.minConfidence ?? (await this.host.get())?.skillThresholds.hint ?? UNCALIBRATED_THRESHOLDS.hint;
    const mention = mentionAt(analysis, pos, hintAt);
    if (mention) parts.push(await this.skillMarkdown(mention, analysis));
    if (analysis.doc.kind === 'resume' && (pos.line === 0 || rangeContains(sectionAnchor(analysis, 'skills'), pos))) {
      const explanation = await this.explanationMarkdown(analysis);
      if (explanation) parts.push(explanation);
    }
    if (parts.length === 0) return null;
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, ...(mention ? { range: mention.range } : {}) };
  }

  /**
   * A skill in plain words: its name and what kind of skill it is, how it was written, one line
   * of what it is, where the name comes from (a link where there is a page), whether the target
   * job asks for it, and how sure the reading is.
   */
  private async skillMarkdown(m: SkillMention, analysis: DocumentAnalysis): Promise<string> {
    const lines = [`**${escapeMarkdown(m.name)}** · ${escapeMarkdown(skillOrigin(m))}`];
    if (m.text.trim().toLowerCase() !== m.name.toLowerCase()) lines.push(`Written as “${escapeMarkdown(m.text.replace(/\s+/g, ' ').trim())}”`);
    const info = await this.info(m.id);
    const description = firstSentence(info?.description);
    if (description) lines.push(escapeMarkdown(description));
    lines.push(sourceLine(m.id, info?.name && info.name !== m.name ? info.name : undefined));
    const wanted = await this.wantedBy(m, analysis);
    if (wanted) lines.push(wanted);
    lines.push(`Confidence ${percent(shownConfidence(m))} · ${howFound(m, analysis)}`);
    return lines.join('\n\n');
  }

  /** For a resume: whether its target job asks for the skill; for a posting: whether it is required or preferred. */
  private async wantedBy(m: SkillMention, analysis: DocumentAnalysis): Promise<string | undefined> {
    const same = (r: SkillMention) => r.id === m.id || r.name.toLowerCase() === m.name.toLowerCase();
    if (analysis.doc.kind === 'job') {
      if (analysis.requiredSkills.some(same)) return 'This posting requires it.';
      return m.zone === 'preferred' ? 'This posting would like it (preferred, not required).' : undefined;
    }
    const target = await this.matches.targetJob(analysis);
    if (!target) return undefined;
    const title = escapeMarkdown(titleOf(target.analysis));
    return target.analysis.requiredSkills.some(same) ? `Required by your target job, ${title}.` : `Not asked for by your target job, ${title}.`;
  }

  private async info(id: string): Promise<{ name?: string; description?: string } | undefined> {
    const engine = (await this.host.get()) as (Engine & SkillInfoProvider) | undefined;
    try {
      return typeof engine?.skillInfo === 'function' ? engine.skillInfo(id) : undefined;
    } catch {
      return undefined;
    }
  }

  private async explanationMarkdown(resume: DocumentAnalysis): Promise<string | undefined> {
    let job = (await this.matches.targetJob(resume))?.analysis;
    if (!job && this.store.indexed) job = (await this.matches.rankJobs(resume, 1, () => false))[0]?.analysis;
    if (!job) return undefined;
    const m = await this.matches.match(resume, job);
    if (!m) return undefined;
    const verdict = this.matches.isMatch(m) ? 'a match' : 'not a match';
    return `**Match ${percent(m.score)} with ${escapeMarkdown(titleOf(job))}** (${verdict})\n\n${m.explanation}`;
  }
}

/**
 * Where a skill's name comes from, with a link to its page where it has one. A skill shown in the
 * document's own words (ESCO names it by an action the document does not state) names its entry.
 */
function sourceLine(id: string, entry?: string): string {
  const listed = entry ? `Listed as “${escapeMarkdown(entry)}” in` : 'Name from';
  if (/^https?:\/\/data\.europa\.eu\/esco\//.test(id)) return `${listed} ESCO, the European skills classification: [open its page](${id})`;
  if (id.startsWith('onet:')) return `${listed} O*NET, the US occupational database: [O*NET OnLine](https://www.onetonline.org/)`;
  if (id.startsWith('rjdb:')) return 'Name from skills listed in job advertisements (no classification page).';
  if (id.startsWith('workspace:')) return 'One of this workspace\'s own skills (`.hrdocs/skills.txt`).';
  return 'In no classification: kept in the words of the document.';
}

/** How the skill was found, in words: listed under a heading, read from a sentence, or matched by name. */
function howFound(m: SkillMention, analysis: DocumentAnalysis): string {
  const heading = [...analysis.doc.sections].reverse().find((s) => s.heading && rangeContains(s.range, m.range.start))?.heading;
  const where = heading ? ` under “${escapeMarkdown(heading.replace(/[#*_:]/g, '').trim())}”` : '';
  if (m.source === 'section-item') return `listed${where}`;
  if (m.source === 'workspace') return `written as a workspace skill${where}`;
  if (m.source === 'tagger') return `read from a sentence${where}`;
  return `its name is written${where}`;
}

/** The first sentence of a description, short enough for one line of a hover. */
function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const first = /^(.{20,}?[.!?])(?:\s|$)/.exec(text.trim())?.[1] ?? text.trim();
  return first.length > 200 ? `${first.slice(0, 197).replace(/\s+\S*$/, '')}…` : first;
}

function mentionAt(a: DocumentAnalysis, pos: Position, minConfidence: number): SkillMention | undefined {
  let best: SkillMention | undefined;
  for (const m of a.mentions) {
    if (shownConfidence(m) < minConfidence || !rangeContains(m.range, pos)) continue;
    if (!best || shownConfidence(m) > shownConfidence(best)) best = m;
  }
  return best;
}

function isPosition(p: unknown): p is Position {
  const q = p as Position | null | undefined;
  return Number.isInteger(q?.line) && Number.isInteger(q?.character);
}

export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}
