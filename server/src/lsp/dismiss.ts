// Every finding a user can see can be dismissed from the lightbulb: "Ignore on this line"
// inserts a suppression comment (the engine then filters the finding, never the analysis), and
// "Turn off" sets the rule's severity to off for the workspace through the client. A skill
// finding also offers "Not a skill" (.hrdocs/not-skills.txt: it leaves the analysis and stops
// counting in matching) and "Add to workspace skills" (.hrdocs/skills.txt: the words as written
// become a skill of their own, for a wrong link); a selected phrase can be added the same way.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { ClientCommands, ServerCommands } from 'hrdocs-protocol';
import { SOURCE } from './diagnostics.js';
import { lineEnding } from '../engine/index.js';

export const DismissKinds = {
  notSkill: `${CodeActionKind.QuickFix}.hrdocs.notSkill`,
  addWorkspaceSkill: `${CodeActionKind.QuickFix}.hrdocs.addWorkspaceSkill`,
  ignore: `${CodeActionKind.QuickFix}.hrdocs.ignore`,
  disableRule: `${CodeActionKind.QuickFix}.hrdocs.disableRule`,
} as const;

/** Notices about the document as a whole, which no comment placement could silence. */
const NOT_DISMISSIBLE = new Set(['document-too-large', 'document-too-complex', 'findings-capped']);

export function ignoreEdit(text: string, lineStarts: number[], line: number, rule: string): TextEdit {
  const start = lineStarts[line] ?? text.length;
  const end = lineStarts[line + 1] ?? text.length;
  const indent = /^[ \t]*/.exec(text.slice(start, end))![0];
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}<!-- hrdocs-disable-next-line ${rule} -->${lineEnding(text)}`,
  };
}

/**
 * Dismissal actions for the hrdocs diagnostics of a request: one "ignore here" per line and rule,
 * one "turn off" per rule. `edit` wraps text edits into the versioned WorkspaceEdit of the caller.
 */
export function dismissActions(
  text: string,
  lineStarts: number[],
  diagnostics: Diagnostic[],
  edit: (edits: TextEdit[]) => CodeAction['edit'],
): CodeAction[] {
  const actions: CodeAction[] = [];
  const seenLines = new Set<string>();
  const seenRules = new Set<string>();
  for (const d of diagnostics) {
    const rule = typeof d.code === 'string' ? d.code : undefined;
    if (d.source !== SOURCE || !rule || NOT_DISMISSIBLE.has(rule)) continue;
    const phrase = rule === 'skill' ? skillText(d) : undefined;
    if (phrase) {
      actions.push({
        title: `Not a skill: '${phrase}' (add to the workspace dictionary)`, kind: DismissKinds.notSkill, diagnostics: [d],
        command: { title: 'Not a skill', command: ServerCommands.addNotSkill, arguments: [{ phrase }] },
      });
      actions.push(addWorkspaceSkillAction(phrase, [d]));
    }
    const line = d.range.start.line;
    if (!seenLines.has(`${line}:${rule}`)) {
      seenLines.add(`${line}:${rule}`);
      actions.push({ title: `Ignore '${rule}' on this line`, kind: DismissKinds.ignore, diagnostics: [d], edit: edit([ignoreEdit(text, lineStarts, line, rule)]) });
    }
    if (!seenRules.has(rule)) {
      seenRules.add(rule);
      actions.push({
        title: `Turn off '${rule}' in this workspace`, kind: DismissKinds.disableRule, diagnostics: [d],
        command: { title: `Turn off '${rule}'`, command: ClientCommands.setRuleSeverity, arguments: [{ rule, severity: 'off' }] },
      });
    }
  }
  return actions;
}

/** "Add 'X' to workspace skills": for a skill finding (its words as written) or a selected phrase. */
export function addWorkspaceSkillAction(phrase: string, diagnostics?: Diagnostic[]): CodeAction {
  return {
    title: `Add '${phrase}' to workspace skills`, kind: DismissKinds.addWorkspaceSkill, ...(diagnostics ? { diagnostics } : {}),
    command: { title: 'Add to workspace skills', command: ServerCommands.addWorkspaceSkill, arguments: [{ phrase }] },
  };
}

/** The longest phrase "Add to workspace skills" takes from a selection: a skill's name, not a sentence. */
export const MAX_SKILL_PHRASE = 80;
const MAX_SKILL_WORDS = 6;

/** A selection that can be a skill's name: one line, a few words, some letter; undefined otherwise. */
export function selectedPhrase(text: string, lineStarts: number[], range: { start: { line: number; character: number }; end: { line: number; character: number } }): string | undefined {
  if (range.start.line !== range.end.line || range.end.character <= range.start.character) return undefined;
  const lineStart = lineStarts[range.start.line];
  if (lineStart === undefined) return undefined;
  const phrase = text.slice(lineStart + range.start.character, lineStart + range.end.character).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  if (!phrase || phrase.length > MAX_SKILL_PHRASE || phrase.split(' ').length > MAX_SKILL_WORDS || !/\p{L}/u.test(phrase) || phrase.includes(':')) return undefined;
  return phrase;
}

function skillText(d: Diagnostic): string | undefined {
  const data = d.data as { text?: unknown } | undefined;
  return typeof data?.text === 'string' && data.text.trim() ? data.text.trim() : undefined;
}
