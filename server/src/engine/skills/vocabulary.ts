// The workspace's own word on skills, an input of the analysis like the text itself:
//   .hrdocs/skills.txt      custom skills, one a line, aliases after a colon:
//                           `Case-Ware: CaseWare, Caseware IDEA`
//   .hrdocs/not-skills.txt  phrases that are not skills, one a line
// (`#` at the start of a line or after a space starts a comment; case does not matter). Custom skills are found literally, on word
// boundaries, in resumes and jobs alike, and named as the file names them; a dismissed phrase is
// dropped from the mentions before the document's skills, a job's requirements and the match are
// read from them. The hosts read the files (server/src/files/vocabulary.ts); the engine only
// parses and applies them. `key` goes into the analysis cache key.
import { createHash } from 'node:crypto';
import { blockRange } from '../document/positions.js';
import { readingOf } from '../document/zones.js';
import type { HrDocument, Range, SkillMention } from '../types.js';
import { readsSkills } from './extract.js';

export interface CustomSkill {
  /** the name the skill is reported by, as the file writes it */
  name: string;
  /** other spellings found as the same skill */
  aliases: string[];
}

export interface Vocabulary {
  /** a digest of the content: equal vocabularies have equal keys ('' when empty) */
  readonly key: string;
  /** phrases that are not skills, lower case with single spaces */
  readonly notSkills: ReadonlySet<string>;
  readonly skills: readonly CustomSkill[];
}

export const EMPTY_VOCABULARY: Vocabulary = { key: '', notSkills: new Set(), skills: [] };

/** Lower case, one space between words, no space at either end: how phrases are compared. */
export function phraseKey(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').trim().toLowerCase();
}

function contentLines(text: string): string[] {
  // `#` starts a comment at the start of a line or after a space: "C#" and "F#" are names
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(/(?:^|\s)#.*$/, '').trim()).filter(Boolean);
}

/** not-skills.txt: one phrase a line. */
export function parseNotSkills(text: string): string[] {
  return contentLines(text).map(phraseKey);
}

/** skills.txt: `Name` or `Name: alias, alias` a line; a name given twice merges its aliases. */
export function parseCustomSkills(text: string): CustomSkill[] {
  const byName = new Map<string, CustomSkill>();
  for (const line of contentLines(text)) {
    const colon = line.indexOf(':');
    const name = (colon < 0 ? line : line.slice(0, colon)).replace(/\s+/g, ' ').trim();
    if (!name) continue;
    const aliases = colon < 0 ? [] : line.slice(colon + 1).split(',').map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const entry = byName.get(phraseKey(name)) ?? { name, aliases: [] };
    for (const a of aliases) if (!entry.aliases.some((x) => phraseKey(x) === phraseKey(a))) entry.aliases.push(a);
    byName.set(phraseKey(name), entry);
  }
  return [...byName.values()];
}

export function createVocabulary(input: { notSkills?: Iterable<string>; skills?: readonly CustomSkill[] } = {}): Vocabulary {
  const notSkills = new Set([...(input.notSkills ?? [])].map(phraseKey).filter(Boolean));
  const skills = (input.skills ?? []).filter((s) => s.name.trim());
  if (!notSkills.size && !skills.length) return EMPTY_VOCABULARY;
  const canonical = JSON.stringify([[...notSkills].sort(), skills.map((s) => [s.name, ...s.aliases])]);
  return { key: createHash('sha1').update(canonical).digest('base64'), notSkills, skills };
}

/** Whether the user said this mention is not a skill: by its name or by its text. */
export function isDismissed(m: Pick<SkillMention, 'name' | 'text'>, vocabulary: Vocabulary): boolean {
  return vocabulary.notSkills.size > 0 && (vocabulary.notSkills.has(phraseKey(m.name)) || vocabulary.notSkills.has(phraseKey(m.text)));
}

/** The graph-free id of a custom skill. */
export function customSkillId(skill: CustomSkill): string {
  return `workspace:${phraseKey(skill.name)}`;
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern for all spellings, longest first; word boundaries that also hold for "C++" or ".NET". */
function customPattern(skills: readonly CustomSkill[]): { re: RegExp; skillOf: Map<string, CustomSkill> } | undefined {
  const skillOf = new Map<string, CustomSkill>();
  for (const s of skills) for (const spelling of [s.name, ...s.aliases]) if (!skillOf.has(phraseKey(spelling))) skillOf.set(phraseKey(spelling), s);
  const spellings = [...skillOf.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!spellings.length) return undefined;
  const alternatives = spellings.map((s) => {
    const body = s.split(' ').map(escapeRegExp).join('\\s+');
    // a boundary only where the spelling itself starts or ends with a word character
    return `${/^[\p{L}\p{N}_]/u.test(s) ? `(?<!${WORD_CHAR})` : ''}${body}${/[\p{L}\p{N}_]$/u.test(s) ? `(?!${WORD_CHAR})` : ''}`;
  });
  return { re: new RegExp(alternatives.join('|'), 'giu'), skillOf };
}

export interface CustomHit { start: number; end: number; skill: CustomSkill }

/** Every spelling of a custom skill in a text, left to right, longest at a place, never overlapping. */
export function findCustomSkills(text: string, skills: readonly CustomSkill[]): CustomHit[] {
  const pattern = customPattern(skills);
  if (!pattern) return [];
  const hits: CustomHit[] = [];
  for (const m of text.matchAll(pattern.re)) {
    const skill = pattern.skillOf.get(phraseKey(m[0]));
    if (skill) hits.push({ start: m.index!, end: m.index! + m[0].length, skill });
  }
  return hits;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/**
 * The mentions as the workspace reads them: custom skills found in the blocks the extractor reads
 * (replacing any mention they overlap: the user's word over the model's), then every dismissed
 * mention dropped. Document order.
 */
export function applyVocabulary(doc: HrDocument, mentions: SkillMention[], vocabulary: Vocabulary): SkillMention[] {
  if (!vocabulary.key) return mentions;
  const custom: SkillMention[] = [];
  if (vocabulary.skills.length) {
    doc.blocks.forEach((block, index) => {
      if (!readsSkills(doc, index)) return;
      for (const hit of findCustomSkills(block.text, vocabulary.skills)) {
        // a spelling across markup has no range whose text is what it says
        if (block.offsets[hit.end - 1] - block.offsets[hit.start] !== hit.end - 1 - hit.start) continue;
        custom.push({
          name: hit.skill.name, text: block.text.slice(hit.start, hit.end), kind: 'skill', id: customSkillId(hit.skill), confidence: 1,
          range: blockRange(doc.lineStarts, block.offsets, hit.start, hit.end), section: readingOf(doc, block), zone: block.zone, source: 'workspace',
        });
      }
    });
  }
  const kept = mentions.filter((m) => !custom.some((c) => overlaps(c.range, m.range)));
  return [...kept, ...custom]
    .filter((m) => !isDismissed(m, vocabulary))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
