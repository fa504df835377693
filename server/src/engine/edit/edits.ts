// Resume edits: add a required skill to the Skills section in that list's own style, or a new
// Skills section after the summary when there is none. Edits only ever insert text; they never
// rewrite a line holding dates, employers or years. Which skills may be added, and on what
// grounds, is decided in skill-additions.ts: only an addition the resume already evidences is
// preferred and applied by fix-all; one it does not is worded as the owner's own claim.
import type { DocumentAnalysis, FixResult, MatchResult, ResumeEdit, Section, TextBlock, TextEdit } from '../types.js';
import { offsetAt, positionAt } from '../document/positions.js';
import { tokenizeWords } from '../text/normalize.js';
import { planSkillAdditions, type SkillAddition } from './skill-additions.js';

export interface FixOptions {
  /** also apply the additions the resume does not evidence (the owner vouches for them) */
  addUnevidenced?: boolean;
}

/** Edits that add each required skill a fix may add; inserted text uses the document's own line ending. */
export function addMissingSkillEdits(resume: DocumentAnalysis, match: MatchResult): ResumeEdit[] {
  const eol = lineEnding(resume.doc.source);
  return lfSkillEdits(resume, match).map((e) => withLineEnding(e, eol));
}

/** The line ending a document uses (its first one), so an insertion never mixes CRLF, CR and LF. */
export function lineEnding(source: string): '\r\n' | '\r' | '\n' {
  const i = source.search(/[\r\n]/);
  if (i < 0 || source[i] === '\n') return '\n';
  return source[i + 1] === '\n' ? '\r\n' : '\r';
}

function withLineEnding<T extends { edit: TextEdit } | TextEdit>(e: T, eol: string): T {
  if (eol === '\n') return e;
  const convert = (t: TextEdit): TextEdit => ({ ...t, newText: t.newText.replace(/\n/g, eol) });
  return ('edit' in e ? { ...e, edit: convert(e.edit) } : convert(e as TextEdit)) as T;
}

/** The title of the action that applies every preferred edit at once. */
export function fixAllTitle(edits: readonly ResumeEdit[]): string | undefined {
  const added = [...new Set(edits.filter((e) => e.preferred && e.kind === 'add-skill').map((e) => e.written ?? e.skill))];
  if (!added.length) return undefined;
  return added.length === 1 ? `Add '${added[0]}' to Skills (the resume already shows it)` : `Add ${added.length} skills the resume already shows to Skills`;
}

// edits are built with '\n' (so merging can reason about one line ending), converted at the end
function lfSkillEdits(resume: DocumentAnalysis, match: MatchResult): ResumeEdit[] {
  const doc = resume.doc;
  const additions = planSkillAdditions(resume, match);
  if (!additions.length) return [];
  const section = skillsListSection(doc.sections);
  if (section) return additions.map((a) => addToSection(resume, section, a));
  // no Skills section: add one after the summary, a sibling of the headings around it
  const at = newSectionPoint(resume);
  const heading = `${'#'.repeat(at.level)} Skills`;
  return additions.map((a) => ({
    ...additionFields(a, 'a new Skills section'),
    edit: { range: { start: at.position, end: at.position }, newText: `${at.leadingNewline ? '\n' : ''}${heading}\n\n- ${a.written}\n\n` },
  }));
}

/**
 * The section a skill is added to: the one whose heading names skills ("Skills", "Technical
 * Skills") where a resume has one, else the first section read as skills ("Highlights", "Core
 * Qualifications"): a resume with highlights at the top and its Skills list at the end keeps its
 * skills in that list, not among its highlighted courses.
 */
export function skillsListSection(sections: readonly Section[]): Section | undefined {
  const skills = sections.filter((s) => s.kind === 'skills');
  return skills.find((s) => /\bskills?\b/i.test(s.heading ?? '')) ?? skills[0];
}

function additionFields(a: SkillAddition, where: string): Omit<ResumeEdit, 'edit'> {
  const evidenced = a.claim === 'evidenced';
  const title = evidenced
    ? `Add '${a.written}' to ${where} (shown on line ${(a.evidence?.start.line ?? 0) + 1})`
    : `I have ${a.written}: add it to ${where}`;
  return { title, kind: 'add-skill', skill: a.skill, written: a.written, claim: a.claim, ...(a.evidence ? { evidence: a.evidence } : {}), preferred: evidenced };
}

function addToSection(resume: DocumentAnalysis, section: Section, addition: SkillAddition): ResumeEdit {
  // the edit is keyed by the canonical name (diagnostics carry it); the text added is `written`
  const skill = addition.written;
  const doc = resume.doc;
  const blocks = section.blocks.map((i) => doc.blocks[i]).filter((b) => b.offsets.length && b.text.trim());
  // a list of one item per line runs to its last item: what follows in the section may be another
  // heading written as a plain line ("Core Accomplishments") and its paragraphs
  const last = section.listStyle === 'lines' ? lastLineItem(blocks) : blocks[blocks.length - 1];
  const fields = additionFields(addition, section.heading || 'Skills');
  const edit = (e: TextEdit): ResumeEdit => ({ ...fields, edit: e });
  if (!last) {
    const end = offsetAt(doc.lineStarts, section.headingRange?.end ?? section.range.start);
    const pos = positionAt(doc.lineStarts, end);
    return edit({ range: { start: pos, end: pos }, newText: `\n\n- ${skill}` });
  }
  const lastEnd = lineEndOffset(doc.source, last.offsets[last.offsets.length - 1]);
  const pos = positionAt(doc.lineStarts, lastEnd);
  const insert = (newText: string): TextEdit => ({ range: { start: pos, end: pos }, newText });
  const lineStart = doc.lineStarts[pos.line];
  const lastLine = doc.source.slice(lineStart, lastEnd);
  const eol = '\n';
  switch (section.listStyle) {
    case 'numbered': {
      const m = /^(\s*)(\d+)([.)])\s+/.exec(lastLine);
      const indent = m?.[1] ?? '';
      const n = m ? Number(m[2]) + 1 : blocks.length + 1;
      return edit(insert(`${eol}${indent}${n}${m?.[3] ?? section.listMarker ?? '.'} ${skill}`));
    }
    case 'bullet': {
      const m = /^(\s*)([-*+])\s+/.exec(lastLine);
      return edit(insert(`${eol}${m?.[1] ?? ''}${m?.[2] ?? section.listMarker ?? '-'} ${skill}`));
    }
    case 'lines': {
      // one item per line, no bullets: a line of its own, indented as the last, and a paragraph of
      // its own where the items are (a blank line between items)
      const indent = /^\s*/.exec(lastLine)![0];
      const at = blocks.indexOf(last);
      const apart = at > 0 && /\n[ \t]*\r?\n/.test(doc.source.slice(blocks[at - 1].offsets[blocks[at - 1].offsets.length - 1], last.offsets[0]));
      return edit(insert(`${eol}${apart ? eol : ''}${indent}${skill}`));
    }
    case 'comma': {
      const trimmed = lastLine.replace(/\s+$/, '');
      // a series closed by "and" / "or" is a sentence's ("Proficient in Epic, Cerner and
      // Meditech."), not an open list: the skill goes in a paragraph of its own after it, not
      // after the sentence's last item (an explanation judge found one spliced in after a product)
      if (/\s(?:and|or|&)\s+[^,;]+[.,;]?$/i.test(trimmed)) return edit(insert(`${eol}${eol}${skill}`));
      // the list's own separator, and its closing mark ("SQL, Excel.", "SQL, Excel,") stays last
      const closing = /[.,;]$/.test(trimmed) ? 1 : 0;
      const separator = (trimmed.match(/;/g)?.length ?? 0) > (trimmed.match(/,/g)?.length ?? 0) ? ';' : ',';
      const at = positionAt(doc.lineStarts, lineStart + trimmed.length - closing);
      return edit({ range: { start: at, end: at }, newText: `${separator} ${skill}` });
    }
    default:
      return edit(insert(`${eol}- ${skill}`));
  }
}

/**
 * The last item of a list written one item a line: the run of short lines the section opens with,
 * less a last line that heads a paragraph after it ("Core Accomplishments" above a sentence).
 */
function lastLineItem(blocks: readonly TextBlock[]): TextBlock {
  const short = (b: TextBlock) => tokenizeWords(b.text).length <= LINE_ITEM_WORDS;
  let run = 0;
  while (run < blocks.length && short(blocks[run])) run++;
  if (run === blocks.length || run === 0) return blocks[blocks.length - 1];
  return blocks[run - (run > 1 ? 2 : 1)];
}
/** the most words of a line read as an item of a list, not a sentence */
const LINE_ITEM_WORDS = 8;

/** Offset of the line break (CR, LF or CRLF) ending the line that holds `offset`. */
function lineEndOffset(source: string, offset: number): number {
  const rest = source.slice(offset).search(/[\r\n]/);
  return rest < 0 ? source.length : offset + rest;
}

/**
 * Where a new Skills section goes: right after the summary, else before the first section after
 * the name and contact lines, else at the end; at the level of the heading it sits beside, so
 * no heading after it changes parent.
 */
function newSectionPoint(resume: DocumentAnalysis): { position: { line: number; character: number }; level: number; leadingNewline: boolean } {
  const doc = resume.doc;
  const sections = doc.sections;
  const before = (i: number, level: number) => ({ position: sections[i].range.start, level, leadingNewline: false });
  const atEnd = (level: number) => {
    const eol = lineEnding(doc.source);
    return { position: positionAt(doc.lineStarts, doc.source.length), level, leadingNewline: !doc.source.endsWith(eol + eol) };
  };
  const summary = sections.findIndex((s) => s.kind === 'summary' && s.headingRange);
  if (summary >= 0) {
    const level = Math.max(1, sections[summary].level);
    const next = sections.findIndex((t, j) => j > summary && t.headingRange && t.level <= level);
    return next >= 0 ? before(next, level) : atEnd(level);
  }
  const first = sections.findIndex((s) => s.headingRange && s.level > 1 && s.kind !== 'contact' && s.kind !== 'title');
  return first >= 0 ? before(first, sections[first].level) : atEnd(2);
}

/** Apply non-overlapping edits (sorted from the end so earlier offsets stay valid). */
export function applyEdits(text: string, lineStarts: number[], edits: TextEdit[]): string {
  const sorted = edits
    .map((e) => ({ start: offsetAt(lineStarts, e.range.start), end: offsetAt(lineStarts, e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let lastStart = Infinity;
  for (const e of sorted) {
    if (e.end > lastStart) continue; // overlapping: keep the later one only
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    lastStart = e.start;
  }
  return out;
}

/**
 * All preferred edits applied at once (with `addUnevidenced`, the owner's claims too); insertions
 * at the same point are merged in order. `edits` lists every edit offered, applied or not.
 */
export function fixResume(resume: DocumentAnalysis, match: MatchResult, options: FixOptions = {}): FixResult {
  const eol = lineEnding(resume.doc.source);
  const edits = lfSkillEdits(resume, match);
  const preferred = edits.filter((e) => e.preferred || (options.addUnevidenced && e.claim === 'unevidenced'));
  // several insertions at one point: concatenate, keeping the list numbering consistent
  const merged = mergeInsertions(preferred).map((e) => withLineEnding(e, eol));
  return { text: applyEdits(resume.doc.source, resume.doc.lineStarts, merged), edits: edits.map((e) => withLineEnding(e, eol)) };
}

function mergeInsertions(edits: ResumeEdit[]): TextEdit[] {
  const byPoint = new Map<string, ResumeEdit[]>();
  for (const e of edits) {
    const k = `${e.edit.range.start.line}:${e.edit.range.start.character}`;
    byPoint.set(k, [...(byPoint.get(k) ?? []), e]);
  }
  const out: TextEdit[] = [];
  for (const group of byPoint.values()) {
    if (group.length === 1) { out.push(group[0].edit); continue; }
    const first = group[0].edit;
    if (/^\s*\n?#+ Skills/.test(first.newText)) {
      const skills = group.map((g) => `- ${g.written ?? g.skill}`).join('\n');
      out.push({ range: first.range, newText: first.newText.replace(/- .*\n\n$/, `${skills}\n\n`) });
      continue;
    }
    let text = '';
    group.forEach((g, i) => {
      let t = g.edit.newText;
      const num = /^(\r?\n\s*)(\d+)([.)])/.exec(t);
      if (num) t = t.replace(/^(\r?\n\s*)(\d+)/, `$1${Number(num[2]) + i}`);
      text += t;
    });
    out.push({ range: first.range, newText: text });
  }
  return out;
}
