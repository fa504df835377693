// A posting's prose asks things of the candidate outside its requirement sections: "As the ideal
// candidate you would be an RMN qualified nurse with excellent communication skills" sits in a
// summary paragraph of many real postings. A sentence that addresses the candidate's qualities
// reads as a requirement; one that offers something ("you will have the opportunity to ...", "we
// will provide ...") or names a nice-to-have ("desirable") does not.
import type { HrDocument, Position, TextBlock } from '../types.js';
import { lineAt } from './positions.js';

/** zones of a posting whose prose may ask something of the candidate (a company blurb's never does) */
export const PROSE_ZONES: ReadonlySet<string> = new Set(['summary', 'other', 'responsibilities', 'title']);

// who is asked: the reader, or the candidate the posting wants
const SUBJECT = String.raw`(?:you|(?:the\s+)?(?:ideal|successful|suitable|right|perfect)\s+(?:candidate|applicant|person|individual)s?|(?:all\s+)?(?:applicants?|candidates?))`;
const MODAL = String.raw`(?:\s+(?:will|would|should|must|shall)(?:\s+(?:also|ideally|need\s+to|be\s+required\s+to|be\s+expected\s+to))?|\s+need\s+to|['’]ll)`;
// a quality the candidate is to be, not a duty ("will be responsible for", "will be working on")
const QUALITY = String.raw`(?:an?\s|able|experienced|qualified|registered|educated|confident|comfortable|proficient|skilled|familiar|fluent|competent|knowledgeable|organi[sz]ed|motivated|self-motivated|passionate|committed|flexible|enthusiastic|someone|dynamic|resilient|adaptable)`;
const ASKS = new RegExp([
  String.raw`\b${SUBJECT}${MODAL}\s+(?:have|hold|possess|need|bring|demonstrate|show)\b`,
  String.raw`\b${SUBJECT}${MODAL}\s+be\s+${QUALITY}`,
  String.raw`\b(?:looking|searching)\s+for\s+(?:someone|a person|an individual|individuals|candidates?|people|applicants?)\s+(?:with|who)\b`,
  String.raw`\bmust\s+(?:have|hold|possess|be able to|demonstrate)\b`,
  // "A knowledge of ORMIS is essential.": the sentence ends on it
  String.raw`\b(?:is|are)\s+(?:essential|required|a\s+must)\s*[.!]?\s*$`,
].join('|'), 'i');
// an offer ("you will have the opportunity to ...", "we provide access to ...") or a nice-to-have
const OFFERS = /\b(?:(?:have|get|gain|be given|receive|offer(?:s|ed|ing)?|provide[sd]?|give)\s+(?:you\s+)?(?:with\s+)?(?:the|an?|full|excellent|great)?\s*(?:opportunit(?:y|ies)|chance|access|support|training)|we\s+(?:will\s+)?(?:offer|provide|give)|in return|benefit from|desirable|an advantage|a plus|preferred|would be nice)\b/i;

/** Whether a sentence asks something of the candidate (and offers nothing in the same breath). */
export function asksOfCandidate(sentence: string): boolean {
  return ASKS.test(sentence) && !OFFERS.test(sentence);
}

/** Where the sentence an offset falls in starts, in its block's text. */
export function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  return Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n')) + 1;
}

/** The sentence of a block's text around a character index. */
export function sentenceAround(text: string, at: number): string {
  const start = sentenceStart(text, at);
  const rest = text.slice(at);
  const end = rest.search(/[.!?](?:\s|$)|\n/);
  return text.slice(start, end < 0 ? text.length : at + end + 1).trim();
}

// a document's blocks that hold text, and where each starts: found by the same search as a line
const placedBlocks = new WeakMap<HrDocument, { blocks: HrDocument['blocks']; starts: number[] }>();

/**
 * The sentence a source position falls in, in its block's text; undefined outside any block.
 * Blocks come in document order, so the block is found by binary search over their starts (a
 * posting's every mention asks this).
 */
export function sentenceAt(doc: HrDocument, position: Position): string | undefined {
  return placeAt(doc, position)?.sentence;
}

/** The block a source position falls in, and the sentence around it in the block's text. */
function placeAt(doc: HrDocument, position: Position): { block: TextBlock; sentence: string } | undefined {
  const offset = (doc.lineStarts[position.line] ?? 0) + position.character;
  let placed = placedBlocks.get(doc);
  if (!placed) {
    const blocks = doc.blocks.filter((b) => b.offsets.length);
    placedBlocks.set(doc, (placed = { blocks, starts: blocks.map((b) => b.offsets[0]) }));
  }
  const block = placed.blocks[lineAt(placed.starts, offset)];
  if (!block || offset < block.offsets[0] || offset > block.offsets[block.offsets.length - 1]) return undefined;
  let at = block.offsets.findIndex((o) => o >= offset);
  if (at < 0) at = block.offsets.length - 1;
  return { block, sentence: sentenceAround(block.text, at) };
}

/**
 * Whether a position of a posting's prose that asks (a paragraph of its summary or of its
 * requirements) is in a sentence that offers the candidate something:
 * "We offer training for extended skills that will allow you to build on your confidence, clinical
 * practice ...", "You will also have the opportunity to gain your Advanced Life Support
 * certificate". What is offered is not asked. The paragraph's other sentences ("You must be able
 * to work under pressure"), list items and duties are read as before.
 */
export function offeredInProse(doc: HrDocument, position: Position): boolean {
  const place = placeAt(doc, position);
  return !!place && place.block.type === 'paragraph' && ASKING_PROSE_ZONES.has(place.block.zone) && OFFERED_TO_YOU.test(place.sentence);
}
/**
 * Whether a position of a posting's prose that asks is in a sentence stating the employer's own
 * aims, beliefs or mission, not the candidate's: "KCE is focused on three key priorities - (1)
 * continue to test and implement a customized approach to engaging voters ... (3) define and build a
 * respectful work environment", "We believe that democracy works best when ...", "Our mission is to
 * ...". What the employer strives for is no skill asked of the reader; a sentence about the
 * candidate ("You are committed to patient care") is read as before.
 */
export function statesEmployerAim(doc: HrDocument, position: Position): boolean {
  const place = placeAt(doc, position);
  return !!place && place.block.type === 'paragraph' && ASKING_PROSE_ZONES.has(place.block.zone) && employerAimSentence(place.sentence);
}

/** Whether a sentence states what its subject, the employer, aims for (its aim's verb early, no candidate named before it, nothing sought). */
export function employerAimSentence(sentence: string): boolean {
  const aim = EMPLOYER_AIM.exec(sentence);
  if (!aim || SEEKS_CANDIDATE.test(sentence)) return false;
  const subject = sentence.slice(0, aim.index);
  return subject.split(/\s+/).filter(Boolean).length <= AIM_SUBJECT_WORDS && !CANDIDATE_SUBJECT.test(subject);
}
// the employer's aims, beliefs and mission, in the words postings use for them
const EMPLOYER_AIM = /\b(?:(?:is|are)\s+(?:(?:deeply|fully|strongly|also)\s+)?(?:committed|dedicated|focused|devoted)\s+(?:to|on)|believes?\s+(?:that|in)|strives?\s+to|(?:mission|vision|purpose|ethos)\s+is\s+to|(?:key|three|four|five|strategic)\s+priorities)\b/i;
/** the most words before the aim's verb: its subject and a lead-in ("As a leader in providing inclusive elections, KCE") */
const AIM_SUBJECT_WORDS = 12;
// a candidate as the subject: "someone who is committed to ...", "professionals who are committed to ..."
// (the reader, "you", is any sentence's, SEEKS_CANDIDATE)
const CANDIDATE_SUBJECT = /\b(?:who|someone|individuals?|person|candidates?|applicants?|post[\s-]?holder|jobholder|professionals?)\b/i;
// a sentence that also seeks or requires something of the reader, or speaks to the reader, asks it
const SEEKS_CANDIDATE = /\b(?:looking\s+for|seeking|search(?:ing)?\s+for|must|essential|required|requires?|you|your)\b/i;

// an offer made to the reader: "we offer / provide", "you will have the opportunity to", "in
// return"; not a duty written the same way ("provides support to counties") nor a nice-to-have
// ("preferred" qualifies its own item, not the long sentence around it)
const OFFERED_TO_YOU = /\b(?:you(?:\s+will|['’]ll)?(?:\s+also)?\s+(?:have|get|gain|be\s+given|receive|benefit\s+from)\s+(?:the\s+|an?\s+|full\s+|excellent\s+|great\s+|plenty\s+of\s+)?(?:opportunit(?:y|ies)|chance|access|support|training)|we\s+(?:will\s+)?(?:also\s+)?(?:offer|provide|give)|(?:offer|provide|give)s?\s+you\b|in\s+return\b)/i;
// (a duty paragraph's "provide support to the team" is work, not an offer)
const ASKING_PROSE_ZONES: ReadonlySet<string> = new Set(['summary', 'required']);

/**
 * Whether the clause a span of text stands in says it is wanted, not required: "3+ years cooking
 * experience, preferably some Italian cuisine", "ideally SAP", "Spanish is a plus", "MBA
 * desirable". The clause runs between commas, semicolons and sentence ends, so "Degree required,
 * MBA preferred" prefers the MBA only, and "1 year in a care setting (palliative care highly
 * desirable)" the palliative care.
 */
export function niceToHaveAt(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const after = text.slice(end);
  const to = after.search(/[,;(]|[.!?](?:\s|$)|\n/);
  // (the span itself may open with the wish: a list item cut at its commas reads "preferably knife skills")
  return NICE_BEFORE.test(text.slice(from, Math.min(end, start + WISH_OPENING))) || NICE_AFTER.test(to < 0 ? after : after.slice(0, to));
}
/** Whether a text only wishes for something anywhere in it ("preferred", "ideally", "a plus"). */
export function wishesFor(text: string): boolean {
  return NICE_BEFORE.test(text) || NICE_AFTER.test(text);
}

/** how far into a span its opening wish is looked for ("preferably ") */
const WISH_OPENING = 12;
// "preferably", "ideally", "if possible" before what is wanted; "preferred", "a plus", "an
// advantage", "desirable" after it
const NICE_BEFORE = /\b(?:preferabl[ye]|ideally|if\s+possible|desirabl[ey])\b/i;
const NICE_AFTER = /\b(?:(?:is|are|would\s+be)\s+)?(?:preferred|preferable|desirable|desired|a\s+plus|an?\s+(?:added\s+|real\s+|distinct\s+|definite\s+)?(?:advantage|asset|bonus)|advantageous|beneficial|nice\s+to\s+have)\b/i;

/** Whether a span is named as what is not wanted: "a language other than English", "any system except SAP". */
export function excludedAt(text: string, start: number): boolean {
  return EXCLUDED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
const EXCLUDED_BEFORE = /\b(?:other\s+than|except(?:\s+for)?|excluding|apart\s+from|besides)\s+(?:the\s+|an?\s+)?$/i;
