// Hover: on a skill mention, what the engine knows about the skill; on the place where gap
// diagnostics sit (the Skills heading) or the document's first line, the explanation of the match
// against the resume's target job (or its best job).
import type { CancellationToken, Hover, HoverParams, Position } from 'vscode-languageserver';
import type { Engine } from '../engine/api.js';
import type { DocumentAnalysis, SkillMention } from '../engine/types.js';
import type { HrdocsSettings } from 'hrdocs-protocol';
import { sectionAnchor, skillOrigin } from '../engine/index.js';
import type { EngineHost } from './engineHost.js';
import { titleOf, type MatchService } from './matches.js';
import { percent, rangeContains, unlessCancelled } from './util.js';
import { isHrDocument, type WorkspaceStore } from './workspace.js';

/** Optional engine extension: graph facts about a skill id (see the report to the lead). */
interface SkillInfoProvider {
  skillInfo?(id: string): { description?: string } | undefined;
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
    const mention = mentionAt(analysis, pos, this.settings().diagnostics.minConfidence);
    if (mention) parts.push(await this.skillMarkdown(mention));
    if (analysis.doc.kind === 'resume' && (pos.line === 0 || rangeContains(sectionAnchor(analysis, 'skills'), pos))) {
      const explanation = await this.explanationMarkdown(analysis);
      if (explanation) parts.push(explanation);
    }
    if (parts.length === 0) return null;
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, ...(mention ? { range: mention.range } : {}) };
  }

  private async skillMarkdown(m: SkillMention): Promise<string> {
    const lines = [`**${escapeMarkdown(m.name)}** · ${escapeMarkdown(skillOrigin(m))}`];
    if (m.text.trim().toLowerCase() !== m.name.toLowerCase()) lines.push(`Written as “${escapeMarkdown(m.text)}”`);
    const description = await this.description(m.id);
    if (description) lines.push(escapeMarkdown(description));
    const id = /^https?:\/\//.test(m.id) ? `[${m.id}](${m.id})` : `\`${m.id.replace(/`/g, "'")}\``;
    lines.push(`Source: ${id}`);
    lines.push(`Confidence ${percent(m.confidence)} · found by ${m.source} in ${m.section}`);
    return lines.join('\n\n');
  }

  private async description(id: string): Promise<string | undefined> {
    const engine = (await this.host.get()) as (Engine & SkillInfoProvider) | undefined;
    try {
      const d = typeof engine?.skillInfo === 'function' ? engine.skillInfo(id)?.description : undefined;
      return d?.trim() || undefined;
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

function mentionAt(a: DocumentAnalysis, pos: Position, minConfidence: number): SkillMention | undefined {
  let best: SkillMention | undefined;
  for (const m of a.mentions) {
    if (m.confidence < minConfidence || !rangeContains(m.range, pos)) continue;
    if (!best || m.confidence > best.confidence) best = m;
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
