// Which required skills a fix may add to the resume's Skills list, and on what grounds.
//  - evidenced: the resume already shows the skill (an experience bullet, the summary) but its
//    Skills list does not name it; the addition repeats the resume's own words.
//  - unevidenced: the job requires it and the resume never shows it; only the resume's owner
//    knows whether it is true, so it is offered as a question and never applied by fix-all.
// A phrase that is not a skill's name (skill-name-shape.ts: a fragment, a duty, a title, a
// licence, an employer, a benefit, a condition), a skill the resume only wishes for, a posting's
// offer or legal text, or an addition the fact guard refuses is never offered at all.
import type { DocumentAnalysis, MatchResult, Range, SkillEvidence, SectionKind, Zone } from '../types.js';
import { contentWords, coverage } from '../match/similarity.js';
import { blockRange, offsetAt } from '../document/positions.js';
import { ASPIRATION_CUE } from '../lang/en/claims.js';
import { skillNameShape } from './skill-name-shape.js';
import { factGuardAllows, folded } from './fact-guard.js';

export type SkillClaim = 'evidenced' | 'unevidenced';

export interface SkillAddition {
  /** canonical name of the required skill (the key diagnostics carry) */
  skill: string;
  /** the text the Skills list gets */
  written: string;
  claim: SkillClaim;
  /** evidenced: where the resume shows it */
  evidence?: Range;
  /** the job's requirement */
  required: SkillEvidence['required'];
}

/** Sections that already list a skill: a skill named there needs no addition to Skills. */
const LISTING_SECTIONS: ReadonlySet<SectionKind> = new Set(['skills', 'certifications', 'education']);
/** Zones of a posting that ask for a skill: only these may prompt the owner to claim one. */
const REQUIRING_ZONES: ReadonlySet<Zone> = new Set(['required', 'responsibilities']);
/** Zones of a posting that ask for nothing: no addition at all, even one the resume shows. */
const SILENT_ZONES: ReadonlySet<Zone> = new Set(['benefits', 'legal', 'apply', 'testimonial', 'about']);

export function planSkillAdditions(resume: DocumentAnalysis, match: MatchResult): SkillAddition[] {
  const out: SkillAddition[] = [];
  const listed = listedWords(resume);
  for (const e of match.skills) {
    // an item likely no skill ("Mornings", "Hardworking", "Mails out letters") is neither added
    // to a Skills list nor offered as a claim
    if (SILENT_ZONES.has(e.required.zone) || e.unlikelySkill) continue;
    // wording judged alike is no evidence of the skill itself: only its owner can claim it
    const shown = e.similarity > 0 && !e.similarWording;
    const addition = shown ? evidencedAddition(resume, e, listed) : REQUIRING_ZONES.has(e.required.zone) ? unevidencedAddition(e) : undefined;
    if (!addition || skillNameShape(addition.written) !== 'skill') continue;
    // the evidenced addition repeats the resume; the unevidenced one is the owner's own claim, but
    // neither may state a number, date, employer, title or licence the resume does not
    if (!factGuardAllows(addition.written, resume.doc.source)) continue;
    if (out.some((o) => sameWords(o.written, addition.written))) continue;
    out.push(addition);
  }
  return out;
}

function evidencedAddition(resume: DocumentAnalysis, e: SkillEvidence, listed: ReadonlySet<string>[]): SkillAddition | undefined {
  const shown = e.found ? shownByMention(e) : shownInText(resume, e);
  if (!shown || isWish(resume, shown.range)) return undefined;
  const written = asListItem(shown.text);
  if (listed.some((words) => coverage(contentWords(written), words) >= 0.99)) return undefined;
  return { skill: e.skill, written, claim: 'evidenced', evidence: shown.range, required: e.required };
}

/** The resume's mention that satisfies the requirement, unless it is already in a listing section. */
function shownByMention(e: SkillEvidence): { text: string; range: Range } | undefined {
  const found = e.found!;
  if (LISTING_SECTIONS.has(found.section) || found.source === 'section-item') return undefined;
  return { text: found.text, range: found.range };
}

/**
 * A requirement the matcher found by its words in a sentence rather than as a skill mention:
 * evidenced only when the job's wording stands in one block of the resume, word for word.
 */
function shownInText(resume: DocumentAnalysis, e: SkillEvidence): { text: string; range: Range } | undefined {
  const doc = resume.doc;
  for (const wording of [e.written, e.required.text]) {
    const wanted = folded(wording);
    if (!wanted) continue;
    for (const block of doc.blocks) {
      const section = doc.sections[block.section];
      if (!block.offsets.length || (section && LISTING_SECTIONS.has(section.kind))) continue;
      if (!` ${folded(block.text)} `.includes(` ${wanted} `)) continue;
      // the block's own characters for the wording, so the range is where the resume shows it
      const from = block.text.toLowerCase().indexOf(wording.toLowerCase());
      const range = from >= 0 ? blockRange(doc.lineStarts, block.offsets, from, from + wording.length) : blockRange(doc.lineStarts, block.offsets, 0, block.text.length);
      return { text: from >= 0 ? block.text.slice(from, from + wording.length) : wording, range };
    }
  }
  return undefined;
}

function unevidencedAddition(e: SkillEvidence): SkillAddition {
  return { skill: e.skill, written: e.written, claim: 'unevidenced', required: e.required };
}

/**
 * Whether the sentence holding `range` wishes for the skill rather than records it: the cue
 * before the mention ("Looking to grow into critical care") or inside it, where a tagged span
 * took the wish in with the skill.
 */
function isWish(resume: DocumentAnalysis, range: Range): boolean {
  const { source, lineStarts } = resume.doc;
  const start = offsetAt(lineStarts, range.start);
  const end = offsetAt(lineStarts, range.end);
  // back to the sentence's start: a full stop, a line that ends a paragraph, or a list marker
  const upTo = source.slice(Math.max(0, start - 300), end);
  const sentence = upTo.split(/[.!?;]\s|\n\s*\n|\n\s*[-*+]\s/).pop() ?? upTo;
  return ASPIRATION_CUE.test(sentence);
}

/** The content words of each item of the resume's listing sections. */
function listedWords(resume: DocumentAnalysis): ReadonlySet<string>[] {
  const out: ReadonlySet<string>[] = [];
  for (const s of resume.doc.sections) {
    if (!LISTING_SECTIONS.has(s.kind)) continue;
    for (const i of s.blocks) {
      const text = resume.doc.blocks[i].text;
      // a comma list is one block: each item counts on its own
      for (const item of text.split(/[,;]/)) { const w = contentWords(item); if (w.size) out.push(w); }
    }
  }
  return out;
}

/** "mechanical ventilation" -> "Mechanical ventilation": the resume's words, as a list item. */
function asListItem(text: string): string {
  const t = text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').replace(/^[\s.,;:-]+|[\s.,;:]+$/g, '').trim();
  return /^[a-z]/.test(t) && !/^[a-z]+[A-Z]/.test(t) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

function sameWords(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  return x.size > 0 && coverage(x, y) >= 0.99 && coverage(y, x) >= 0.99;
}
