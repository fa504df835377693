// Resume edits: add a missing skill to the Skills section in that list's own style, or a new
// Skills section when there is none. Edits only ever insert text; they never rewrite a line
// holding dates, employers or years.
import type { DocumentAnalysis, FixResult, MatchResult, ResumeEdit, Section, TextEdit } from '../types.js';
import { offsetAt, positionAt } from '../document/positions.js';
import { contentWords, jaccard } from '../match/similarity.js';

/** Edits that add each missing skill; inserted text uses the document's own line ending. */
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

// edits are built with '\n' (so merging can reason about one line ending), converted at the end
function lfSkillEdits(resume: DocumentAnalysis, match: MatchResult): ResumeEdit[] {
  const doc = resume.doc;
  const missing = dedupeSkills(match.skills.filter((e) => e.similarity === 0).map((e) => ({ skill: e.skill, written: e.written })));
  if (!missing.length) return [];
  const section = doc.sections.find((s) => s.kind === 'skills');
  const edits: ResumeEdit[] = [];
  if (!section) {
    // no Skills section: add one after the summary (or the name/contact block), before experience
    const at = insertionPointForNewSection(resume);
    const body = missing.map((s) => `- ${s.written}`).join('\n');
    const text = `${at.leadingNewline ? '\n' : ''}## Skills\n\n${body}\n\n`;
    for (const { skill, written } of missing) {
      edits.push({ title: `Add '${written}' to a new Skills section`, kind: 'add-skill', skill, written, preferred: true, edit: { range: { start: at.position, end: at.position }, newText: `${at.leadingNewline ? '\n' : ''}## Skills\n\n- ${written}\n\n` } });
    }
    edits.push({ title: `Add a Skills section with ${missing.length} missing skills`, kind: 'add-skill', preferred: false, edit: { range: { start: at.position, end: at.position }, newText: text } });
    return edits;
  }
  for (const skill of missing) edits.push(addToSection(resume, section, skill));
  return edits;
}

interface MissingSkill { skill: string; written: string }

function dedupeSkills(skills: MissingSkill[]): MissingSkill[] {
  const out: MissingSkill[] = [];
  for (const s of skills) if (!out.some((o) => jaccard(contentWords(o.written), contentWords(s.written)) >= 0.99)) out.push(s);
  return out;
}

function addToSection(resume: DocumentAnalysis, section: Section, missing: MissingSkill): ResumeEdit {
  // the edit is keyed by the canonical name (diagnostics carry it); the text added is the job's wording
  const { skill: key, written: skill } = missing;
  const doc = resume.doc;
  const blocks = section.blocks.map((i) => doc.blocks[i]).filter((b) => b.offsets.length && b.text.trim());
  const last = blocks[blocks.length - 1];
  const title = `Add '${skill}' to ${section.heading || 'Skills'}`;
  const edit = (e: TextEdit): ResumeEdit => ({ title, kind: 'add-skill', skill: key, written: skill, preferred: true, edit: e });
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
    case 'comma': {
      const trimmed = lastLine.replace(/\s+$/, '');
      const endsWithPeriod = trimmed.endsWith('.');
      const at = positionAt(doc.lineStarts, lineStart + trimmed.length - (endsWithPeriod ? 1 : 0));
      return edit({ range: { start: at, end: at }, newText: `, ${skill}` });
    }
    default:
      return edit(insert(`${eol}- ${skill}`));
  }
}

/** Offset of the line break (CR, LF or CRLF) ending the line that holds `offset`. */
function lineEndOffset(source: string, offset: number): number {
  const rest = source.slice(offset).search(/[\r\n]/);
  return rest < 0 ? source.length : offset + rest;
}

function insertionPointForNewSection(resume: DocumentAnalysis): { position: { line: number; character: number }; leadingNewline: boolean } {
  const doc = resume.doc;
  const after = doc.sections.find((s) => s.kind === 'experience' || s.kind === 'education');
  if (after) return { position: after.range.start, leadingNewline: false };
  const end = positionAt(doc.lineStarts, doc.source.length);
  const eol = lineEnding(doc.source);
  return { position: end, leadingNewline: !doc.source.endsWith(eol + eol) };
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

/** All preferred edits applied at once; insertions at the same point are merged in order. */
export function fixResume(resume: DocumentAnalysis, match: MatchResult): FixResult {
  const eol = lineEnding(resume.doc.source);
  const edits = lfSkillEdits(resume, match);
  const preferred = edits.filter((e) => e.preferred);
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
    if (/^\s*\n?## Skills/.test(first.newText)) {
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
