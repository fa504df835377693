// Every finding a user can see can be dismissed from the lightbulb: "Ignore on this line"
// inserts a suppression comment (the engine then filters the finding, never the analysis), and
// "Turn off" sets the rule's severity to off for the workspace through the client.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { ClientCommands, ServerCommands } from 'hrdocs-protocol';
import { SOURCE } from './diagnostics.js';
import { lineEnding } from '../engine/index.js';

export const DismissKinds = {
  notSkill: `${CodeActionKind.QuickFix}.hrdocs.notSkill`,
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

function skillText(d: Diagnostic): string | undefined {
  const data = d.data as { text?: unknown } | undefined;
  return typeof data?.text === 'string' && data.text.trim() ? data.text.trim() : undefined;
}
