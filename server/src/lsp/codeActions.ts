// Code actions from engine.fix edits: per unlisted-skill diagnostic a preferred quick fix that
// adds what the resume already shows, per missing-skill diagnostic a non-preferred one worded as
// the owner's claim (quickfix.hrdocs.addSkill), the preferred ones at once (source.fixAll.hrdocs),
// and the engine's bullet rewrites (refactor.rewrite). Titles and edits come from the engine,
// which never touches dates, employers or years.
import {
  CodeActionKind,
  CodeActionTriggerKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { DocumentAnalysis, ResumeEdit } from '../engine/types.js';
import { DiagnosticCodes } from 'hrdocs-protocol';
import { isHrDiagnostic, type MissingSkillData } from './diagnostics.js';
import type { MatchService } from './matches.js';
import { computeLineStarts, positionAt as positionOf } from '../engine/document/positions.js';
import { comparePositions, rangesIntersect } from './util.js';
import type { WorkspaceStore } from './workspace.js';
import { DismissKinds, addWorkspaceSkillAction, dismissActions, selectedPhrase } from './dismiss.js';
import { fixAllTitle, phraseKey } from '../engine/index.js';

export const ActionKinds = {
  addSkill: `${CodeActionKind.QuickFix}.hrdocs.addSkill`,
  fixAll: `${CodeActionKind.SourceFixAll}.hrdocs`,
  rewrite: CodeActionKind.RefactorRewrite,
} as const;

export const PROVIDED_KINDS = [
  ActionKinds.addSkill, ActionKinds.fixAll, ActionKinds.rewrite, DismissKinds.notSkill, DismissKinds.addWorkspaceSkill, DismissKinds.ignore, DismissKinds.disableRule,
];

export class CodeActionFeature {
  /** set from the client capabilities: versioned TextDocumentEdits are understood */
  documentChanges = false;

  constructor(
    private readonly store: WorkspaceStore,
    private readonly matches: MatchService,
  ) {}

  async provide(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
    if (!PROVIDED_KINDS.some(wants)) return [];
    if (!this.store.has(uri) || this.store.isTooLarge(uri)) return [];
    // computed for one revision and labelled with its version; if the text changes meanwhile the
    // answer is empty: an edit for older text must never be offered for newer text
    const snap = this.store.snapshot(uri);
    if (!snap) return [];
    const dismissals = this.dismissals(params, snap.text, wants);
    const selection = wants(DismissKinds.addWorkspaceSkill) ? await this.selectionActions(params, snap.text, dismissals) : [];
    const actions = [...(await this.compute(params, snap.text)), ...dismissals, ...selection];
    return this.store.revision(uri) === snap.rev ? actions.map((a) => withVersion(a, uri, snap.version, this.documentChanges)) : [];
  }

  /** "Ignore on this line" and "Turn off" for every hrdocs diagnostic of the request. */
  private dismissals(params: CodeActionParams, text: string, wants: (kind: string) => boolean): CodeAction[] {
    const uri = params.textDocument.uri;
    const edit = (edits: TextEdit[]) => this.workspaceEdit(uri, edits);
    return dismissActions(text, computeLineStarts(text), params.context.diagnostics, edit).filter((a) => wants(a.kind!));
  }

  /**
   * "Add to workspace skills" for a phrase selected in a resume or a job, diagnostic or not (unless
   * a skill finding's action already offers the same words).
   */
  private async selectionActions(params: CodeActionParams, text: string, offered: CodeAction[]): Promise<CodeAction[]> {
    const phrase = selectedPhrase(text, computeLineStarts(text), params.range);
    if (!phrase) return [];
    const kind = (await this.store.parse(params.textDocument.uri))?.kind;
    if (kind !== 'resume' && kind !== 'job') return [];
    const already = offered.some((a) => a.kind === DismissKinds.addWorkspaceSkill && phraseKey(String((a.command?.arguments?.[0] as { phrase?: unknown })?.phrase ?? '')) === phraseKey(phrase));
    return already ? [] : [addWorkspaceSkillAction(phrase)];
  }

  private async compute(params: CodeActionParams, text: string): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
    const resume = await this.store.analyze(uri);
    if (!resume || resume.doc.kind !== 'resume' || resume.doc.source !== text) return [];

    const skillDiags = params.context.diagnostics.filter((d) => isHrDiagnostic(d, DiagnosticCodes.missingSkill) || isHrDiagnostic(d, DiagnosticCodes.unlistedSkill));
    const job = await this.jobFor(resume, skillDiags);
    if (!job) return [];
    const fix = await this.matches.fix(resume, job);
    if (!fix) return [];
    const addEdits = fix.edits.filter((e) => e.kind === 'add-skill');
    const actions: CodeAction[] = [];

    if (wants(ActionKinds.addSkill)) {
      for (const d of skillDiags) {
        const skill = skillOf(d);
        if (!skill) continue;
        // a missing skill's fix is the owner's claim; an unlisted one's repeats the resume
        const claim = d.code === DiagnosticCodes.unlistedSkill ? 'evidenced' : 'unevidenced';
        const edits = addEdits.filter((e) => e.claim === claim && sameSkill(e.skill, skill));
        if (edits.length === 0) continue;
        actions.push({
          title: edits[0].title,
          kind: ActionKinds.addSkill,
          diagnostics: [d],
          isPreferred: edits[0].preferred,
          edit: this.workspaceEdit(uri, edits),
        });
      }
    }

    // Adding skills is never done silently on save (codeActionsOnSave asks with triggerKind
    // Automatic): a resume must not change without its owner asking. Fix-all adds only what the
    // resume already shows; the engine's FixResult.text has exactly those applied.
    const onSave = params.context.triggerKind === CodeActionTriggerKind.Automatic && !!only?.length;
    const title = fixAllTitle(fix.edits);
    if (wants(ActionKinds.fixAll) && title && !onSave) {
      // insertions at one point are merged in FixResult.text (one Skills section, consistent
      // numbering); the per-skill edits cannot simply be concatenated
      const whole = diffEdit(resume.doc.source, fix.text);
      if (whole) {
        actions.push({
          title,
          kind: ActionKinds.fixAll,
          diagnostics: skillDiags.filter((d) => d.code === DiagnosticCodes.unlistedSkill),
          edit: this.workspaceEdit(uri, [whole]),
        });
      }
    }

    if (wants(ActionKinds.rewrite)) {
      for (const e of fix.edits) {
        if (e.kind !== 'strengthen-bullet' || !rangesIntersect(e.edit.range, params.range)) continue;
        actions.push({ title: e.title, kind: ActionKinds.rewrite, isPreferred: false, edit: this.workspaceEdit(uri, [e]) });
      }
    }
    return actions;
  }

  private async jobFor(resume: DocumentAnalysis, diagnostics: Diagnostic[]): Promise<DocumentAnalysis | undefined> {
    const jobUri = diagnostics.map((d) => (d.data as Partial<MissingSkillData> | undefined)?.jobUri).find((u) => typeof u === 'string');
    if (jobUri && (await this.store.load(jobUri))) {
      const job = await this.store.analyze(jobUri, 'job');
      if (job) return job;
    }
    return (await this.matches.targetJob(resume))?.analysis;
  }

  private workspaceEdit(uri: string, edits: Array<ResumeEdit | TextEdit>): WorkspaceEdit {
    const textEdits: TextEdit[] = edits
      .map((e) => ('edit' in e ? e.edit : e))
      .map((e) => ({ range: e.range, newText: e.newText }))
      .sort((a, b) => comparePositions(a.range.start, b.range.start));
    return { changes: { [uri]: textEdits } };
  }
}

/** The action's edit as a versioned TextDocumentEdit for the version it was computed for. */
function withVersion(action: CodeAction, uri: string, version: number | null, documentChanges: boolean): CodeAction {
  const edits = action.edit?.changes?.[uri];
  if (!edits || !documentChanges) return action;
  return { ...action, edit: { ...action.edit, documentChanges: [{ textDocument: { uri, version }, edits }] } };
}

/** One edit turning `before` into `after` (common prefix and suffix kept); undefined when equal. */
export function diffEdit(before: string, after: string | undefined): TextEdit | undefined {
  if (after === undefined || after === before) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // never split a surrogate pair or a CRLF at either end
  const splits = (i: number) => i > 0 && i < before.length && (isLowSurrogate(before.charCodeAt(i)) || (before[i - 1] === '\r' && before[i] === '\n'));
  while (splits(prefix)) prefix--;
  while (suffix > 0 && splits(before.length - suffix)) suffix--;
  return {
    range: { start: positionAt(before, prefix), end: positionAt(before, before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** LSP position of an offset: \n, \r\n and a bare \r all end a line. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  return positionOf(computeLineStarts(text), offset);
}

function skillOf(d: Diagnostic): string | undefined {
  const data = d.data as Partial<MissingSkillData> | undefined;
  if (typeof data?.skill === 'string') return data.skill;
  // a client that drops `data`: the message names the skill as the job writes it
  return /^(?:Missing required skill|Required skill not in Skills): (.+)$/.exec(d.message)?.[1];
}

function sameSkill(a: string | undefined, b: string): boolean {
  return a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}
