// Skill mentions of a document: list items of skills sections read as one (or a few) skills
// each, the rest of the prose through graph phrases (and, when loaded, the trained tagger).
import type { SkillGraph } from '../graph/graph.js';
import type { HrDocument, SectionKind, SkillMention, TextBlock } from '../types.js';
import { blockRange, splitLines } from '../document/positions.js';
import { NON_REQUIREMENT_ZONES, readingOf } from '../document/zones.js';
import { isStandardHeading } from '../document/sections.js';
import { isOtherLanguagePassage } from '../lang/detect.js';
import { sentenceAround } from '../document/asks.js';
import { normalizeTerm, tokenizeWords } from '../text/normalize.js';
import { namesEducationLevel } from '../lang/en/education.js';
import { asHeldSkill } from '../lang/en/person-words.js';
import {
  acronymsAgree, ASKED_HOW_MUCH, BULLETS, capitalisedMidSentence, findPhrases, graphPhraseSpans, isOrdinaryWordFor, KIND_AFTER, LEADING_BULLET, NAMES_WORK, NOT_IN_NAMES,
  SKILL_QUALIFIER as QUALIFIER, suiteSkill, type PhraseHit,
} from './phrase.js';
import type { TaggedSpan } from '../models/tasks.js';
import { namesInstitution, namesPersonsOnly, seriesNames, type PostingTerms } from './terms.js';
import { suiteNames, vendorProductAmong } from '../lang/en/shown-by.js';

export interface ExtractOptions {
  /** tagger spans per block index (same order as doc.blocks); blocks without spans are read by graph phrases */
  tagged?: TaggedSpan[][];
  /** whether the spans come from a trained tagger (weighed against graph phrases) or are graph phrases */
  learned?: boolean;
  /** the short skill terms real postings list: a one-word name of a list item the graph lacks ("auditing") */
  terms?: PostingTerms;
  /** only blocks [from, to) (the engine reads long documents in slices, to stay cancellable) */
  from?: number;
  to?: number;
}

/** Confidence of a graph phrase the tagger passed over: a specific name counts as a skill, the rest are hints. */
const PASSED_OVER_NAMED = 0.6;
const PASSED_OVER_HINT = 0.45;
/** Readings whose every phrase is asked of the candidate (a posting's requirements) or shown by them (a resume's skills and roles). */
const ASKED_FOR: SectionKind[] = ['requiredSkills', 'preferredSkills', 'requiredExperience', 'responsibilities', 'skills', 'experience'];

const LIST_SECTIONS: SectionKind[] = ['skills', 'requiredSkills', 'preferredSkills'];
// degrees name fields, not skills ("Bachelor of Science" is not the skill "science")
const SKIP_SECTIONS: SectionKind[] = ['contact', 'title', 'benefits', 'education'];
const INLINE_BULLET = new RegExp(`[${BULLETS}]`);

const CATEGORY_HEAD = /^(?:(?:technical|soft|hard|core|key|other|programming|software|computer|clinical|professional|transferable|interpersonal|language|tools?|technolog(?:y|ies)|languages?|frameworks?|libraries|platforms?|databases?|cloud|devops|packages?|suites?|office|web|ide|os|methodolog(?:y|ies)|certifications?|skills?|expertise|competenc(?:y|ies)|systems?|equipment|applications?|areas?)\s*(?:and|&|\/)?\s*)+(?:skills?)?$/i;
// a sentence that introduces a list: "Applicants should possess the following skills: ..."
const INTRO_HEAD = /\b(?:following|follows|below|these|include[sd]?|including|such as)\b(?:\s+[\w-]+){0,2}$|^(?:applicants?|candidates?|the (?:ideal |successful )?candidate|you|we|they)\b.*\b(?:should|must|will|need|have|has|possess|bring)\b/i;

interface Candidate {
  start: number;
  end: number;
  name: string;
  id: string;
  kind: 'skill' | 'knowledge';
  confidence: number;
  source: SkillMention['source'];
  /** the first clause of a long item that no graph phrase covers, taken as the skill it names */
  clause?: boolean;
}

/**
 * Whether a block of a skills section is one entry of its list: list items, and short lines or
 * comma lists. A paragraph of prose under "Qualifications" is read as prose.
 */
function isListEntry(block: TextBlock): boolean {
  if (block.type === 'item' || block.type === 'cell') return true;
  const words = tokenizeWords(block.text).length;
  if (words <= 12 || runOnCells(block.text)) return true;
  // "Python, SQL, Excel, Tableau" is a list; a sentence with a series in it ("Two years of ...
  // experience reviewing, issuing, and processing insurance documentation.") is prose
  // (a list's items are short, on average or in the middle; a sentence, ended by its full stop,
  // opens its series with a long clause)
  const parts = block.text.split(/[,;|•]/).map(wordCount).sort((a, b) => a - b);
  if (parts.length < 3) return false;
  if (!/\.\s*$/.test(block.text)) return true;
  return words / parts.length <= LIST_MEAN_WORDS || parts[Math.floor(parts.length / 2)] <= LIST_MIDDLE_WORDS;
}

/** the most words a comma list's items hold on average, and its middle item */
const LIST_MEAN_WORDS = 5;
const LIST_MIDDLE_WORDS = 3;

/**
 * A posting's company blurb, benefits, legal text, how to apply and quotes ask for no skill ("Remote
 * ready" is not remote sensing). A text of one block with no heading has no context a zone can be
 * read from (a sentence pasted alone, a one-line ad): its zone is a guess, and gates nothing.
 */
function asksForNothing(doc: HrDocument, block: TextBlock): boolean {
  return doc.kind === 'job' && NON_REQUIREMENT_ZONES.has(block.zone) && !isLoneBlock(doc);
}

/**
 * The section kind a block's skills are read as. A lone block (a sentence pasted alone, a one-line
 * ad) has no context a zone can be read from: the zone guessed for it ("title", for a short line)
 * neither skips it nor makes it a list; it is read as prose.
 */
function skillReading(doc: HrDocument, block: TextBlock): SectionKind {
  return isLoneBlock(doc) ? 'other' : readingOf(doc, block);
}

/** The document is one text block and no heading. */
export function isLoneBlock(doc: HrDocument): boolean {
  let text = 0;
  for (const b of doc.blocks) {
    if (b.type === 'heading') return false;
    if (b.text.trim() && ++text > 1) return false;
  }
  return !doc.sections.some((s) => s.heading);
}

/** Whether characters [start, end) of a block's text are one unbroken run of the source. */
function contiguous(offsets: number[], start: number, end: number): boolean {
  return end > start && offsets[end - 1] - offsets[start] === end - 1 - start;
}

/** Of the blocks skills are read from (readsSkills), those read as prose: a role's heading, or anything but a skills list's entries. */
function readsAsProse(block: TextBlock, section: SectionKind): boolean {
  return block.type === 'heading' || !(LIST_SECTIONS.includes(section) && (isListEntry(block) || linesAreItems(block.text)));
}

/** Readings whose list items ask for something, where an item no graph name covers may be a requirement of another kind. */
const REQUIREMENT_LISTS: SectionKind[] = ['requiredSkills', 'preferredSkills'];

/** A posting's requirement list: the tagger vets its items' unnamed skills. */
function isRequirementList(doc: HrDocument, section: SectionKind): boolean {
  return doc.kind === 'job' && REQUIREMENT_LISTS.includes(section);
}

/**
 * Blocks the tagger reads: prose, and the entries of a posting's requirement lists. An entry there
 * that names no graph skill ("Current employment with the City", "A letter of recommendation") is
 * a skill only when the tagger reads one in it (`gateUnnamedItems`).
 */
export function isTaggedBlock(doc: HrDocument, index: number): boolean {
  if (!readsSkills(doc, index)) return false;
  const block = doc.blocks[index];
  const section = skillReading(doc, block);
  return readsAsProse(block, section) || isRequirementList(doc, section);
}

/**
 * Keeps the first clause of a long requirement item that no graph phrase covers only where a
 * tagged span overlaps it: such a clause is as often a condition (current employment, a letter of
 * recommendation) as a skill, and the learned tagger tells them apart better than the item's
 * shape does. Short items ("Knife skills") and named skills are kept as they are.
 */
function gateUnnamedItems(candidates: Candidate[], spans: TaggedSpan[]): Candidate[] {
  return candidates.filter((c) => !c.clause || spans.some((s) => s.start < c.end && c.start < s.end));
}

/** Blocks skills are read from: not contact lines, titles, benefits or degrees, not a posting's blurb, no heading but a role's. */
export function readsSkills(doc: HrDocument, index: number): boolean {
  const block = doc.blocks[index];
  // a bilingual posting's other half: the English models cannot read it
  if (!block.text.trim() || isOtherLanguagePassage(block.text)) return false;
  const section = skillReading(doc, block);
  if (SKIP_SECTIONS.includes(section) || asksForNothing(doc, block)) return false;
  return block.type !== 'heading' || section === 'experience';
}

export function extractSkills(doc: HrDocument, graph: SkillGraph, options: ExtractOptions = {}): SkillMention[] {
  const mentions: SkillMention[] = [];
  const to = Math.min(options.to ?? doc.blocks.length, doc.blocks.length);
  // per section: whether its list explains each skill after a colon (read from all its items)
  const explainedLists = new Map<number, boolean>();
  for (let index = options.from ?? 0; index < to; index++) {
    if (!readsSkills(doc, index)) continue;
    const block = doc.blocks[index];
    const section = skillReading(doc, block);
    const listSection = LIST_SECTIONS.includes(section);
    const inList = listSection && isListEntry(block);
    const tagged = options.tagged?.[index];
    let candidates: Candidate[];
    const gate = (items: Candidate[]) => (tagged && options.learned && isRequirementList(doc, section) ? gateUnnamedItems(items, tagged) : items);
    if (listSection && linesAreItems(block.text)) {
      // a list pasted without bullets ("texas food handlers certificate\nreliable transportation"): each line an item
      candidates = gate(lineItems(block.text).flatMap((line) => listItemSkills(line.text, graph, options.terms).map((c) => ({ ...c, start: c.start + line.start, end: c.end + line.start }))));
    } else if (inList) {
      // a skills list is read item by item (the tagger, trained on prose, only vets a requirement item's unnamed skill)
      let explains = explainedLists.get(block.section);
      if (explains === undefined) explainedLists.set(block.section, (explains = listExplainsHeads(doc, block.section, graph)));
      candidates = gate(listItemSkills(block.text, graph, options.terms, explains));
      // a requirement written as a sentence that names no skill the graph knows ("Ability to travel
      // to multiple school settings within the area") is the tagger's to read: it learned from such
      // sentences of postings, where the item's first clause or opener gives a fragment ("work" of
      // "Ability to work with the public") or nothing; one that names a skill is read as a list item
      // ("SQL" of "Strong knowledge of SQL and relational databases", not a longer span around it)
      if (tagged && options.learned && isRequirementList(doc, section) && readsAsSentence(block.text) && !namesSkillAsListed(candidates, block.text)) {
        candidates = taggedProseSkills(block.text, tagged, graph, section, options.terms);
      }
    } else if (tagged && options.learned) {
      candidates = taggedProseSkills(block.text, tagged, graph, section, options.terms);
    } else {
      candidates = proseSkills(block.text, tagged ?? graphPhraseSpans(graph, block.text), graph, section);
    }
    // "A Master's degree in finance or economics may be substituted for one year of the experience":
    // what may stand in for a requirement is not asked for (its sentence is looked for only in a
    // block that offers a substitute at all)
    const offersSubstitute = doc.kind === 'job' && SUBSTITUTE.test(block.text);
    for (const c of candidates) {
      // a span across markup ("Power <b>BI</b>") has no range whose text is what it says: not reported
      if (!contiguous(block.offsets, c.start, c.end)) continue;
      if (offersSubstitute && SUBSTITUTE.test(sentenceAround(block.text, c.start))) continue;
      const text = block.text.slice(c.start, c.end);
      if (PAY_OR_TERMS.test(text) || CONDITIONS.test(text) || namesOnlyWorkingTime(text) || CAREER_STAGE.test(text)) continue;
      // "Adopt a modern data-driven", "Keen Values-driven": a phrase cut after the word that
      // describes its thing names no skill (unless the graph names the words so); the word alone
      // is a trait a resume lists ("Results-oriented")
      if (ENDS_ON_DESCRIBING_WORD.test(text) && /\s/.test(text.trim()) && c.id.startsWith('new:')) continue;
      // "Windows XP, 7, 8, 10", "A694; 392": a number alone names no skill, whatever the list around it
      if (!/\p{L}/u.test(text)) continue;
      const range = blockRange(doc.lineStarts, block.offsets, c.start, c.end);
      mentions.push({
        name: c.name, text, kind: c.kind, id: c.id,
        confidence: Math.round(c.confidence * 100) / 100, range, section, zone: block.zone, source: c.source,
      });
    }
  }
  return mentions;
}

function fromHit(hit: PhraseHit, graph: SkillGraph, confidence: number, source: SkillMention['source'] = 'phrase'): Candidate {
  const s = graph.skills[hit.skill];
  return { start: hit.start, end: hit.end, name: s.name, id: s.id, kind: s.kind, confidence, source };
}

/** Graph-phrase spans of a prose block as candidates; prose that describes work is a little less sure. */
function proseSkills(text: string, spans: TaggedSpan[], graph: SkillGraph, section: SectionKind): Candidate[] {
  const lessSure = section === 'experience' || section === 'responsibilities' || section === 'about' ? 0.05 : 0;
  return spans.filter((span) => span.skill !== undefined).map((span) => {
    const s = graph.skills[span.skill!];
    return { start: span.start, end: span.end, name: s.name, id: s.id, kind: s.kind, confidence: span.score - lessSure, source: 'phrase' as const };
  });
}

/**
 * One list item (or line) of a skills section: "Python", "Analysis: ability to ...", "**Languages:** Python, SQL", "Strong communication skills".
 * `siblingsExplainHeads`: the item's list is one of skills explained after a colon (`listExplainsHeads`).
 */
function listItemSkills(text: string, graph: SkillGraph, terms?: PostingTerms, siblingsExplainHeads = false): Candidate[] {
  // "TECHNICAL SKILLS ❖ Languages: C# ❖ Database: SQL Server": bullets typed inside one line start entries
  if (INLINE_BULLET.test(text.replace(/^\s*\S/, ' '))) {
    const out: Candidate[] = [];
    let at = 0;
    for (const piece of text.split(INLINE_BULLET)) {
      if (piece.trim()) out.push(...listItemSkills(piece, graph, terms).map((c) => ({ ...c, start: c.start + at, end: c.end + at })));
      at += piece.length + 1;
    }
    return out;
  }
  const out: Candidate[] = [];
  const item = colonItem(text);
  if (item) {
    const { head, rest, restParts } = item;
    const headWords = tokenizeWords(head).length;
    // "Education: High school diploma ...": a section's name labels what follows, it is no skill
    // ("Parent communication: timely, respectful updates to families" in a list of skills each
    // explained after its colon is read as its siblings are, unless what follows names skills)
    const labelled = headNamesCategory(head) || (readsAsShortList(item, graph) && !(siblingsExplainHeads && !restParts.some((p) => namedByGraph(p.text, graph))));
    if (labelled) {
      for (const part of restParts) out.push(...partSkills(part.text, part.start, graph, false, false, terms));
      return out;
    }
    if (headWords >= 1 && headWords <= 7) {
      // (partSkills counts the head's leading blanks itself)
      const core = partSkills(head, 0, graph, true, false, terms);
      // the explanation after the colon may name tools too ("Networking: TCP/IP, LAN/WAN")
      for (const hit of findPhrases(graph, rest)) {
        if (hit.ambiguous || hit.words < 2) continue;
        out.push(fromHit({ ...hit, start: hit.start + item.restStart, end: hit.end + item.restStart }, graph, 0.45));
      }
      return [...core, ...out];
    }
  }
  const parts = splitList(text, 0);
  // "Python, SQL, Tableau" is a list; "Current, unrestricted RN license" is one phrase
  const knownParts = parts.filter((p) => namedByGraph(p.text, graph)).length;
  if (parts.length >= 2 && parts.every((p) => wordCount(p.text) <= 5) && (parts.length >= 3 || knownParts === parts.length)) {
    for (const part of parts) out.push(...partSkills(part.text, part.start, graph, false, false, terms));
    return namingSuiteProducts(out, text, graph);
  }
  const cells = runOnCells(text);
  if (cells) return cells.flatMap((c) => partSkills(c.text, c.start, graph, false, false, terms));
  return partSkills(text, 0, graph, false, false, terms);
}

/**
 * A suite's product its list names without the vendor ("Excel, Word, Outlook"): "Word" among
 * "Excel" and "Outlook" is Microsoft Word, read as surely as its siblings. Written in lower case
 * or with no sibling of its suite, the word is left as read.
 */
function namingSuiteProducts(parts: Candidate[], text: string, graph: SkillGraph, base = 0): Candidate[] {
  const written = parts.map((c) => text.slice(c.start - base, c.end - base).trim());
  return parts.map((c, i) => {
    if (!/^\p{Lu}/u.test(written[i]) || !c.id.startsWith('new:')) return c;
    const names = vendorProductAmong(written[i], written.filter((_, j) => j !== i));
    const skill = names && suiteSkill(graph, names);
    if (skill === undefined) return c;
    const s = graph.skills[skill];
    const siblings = parts.filter((_, j) => j !== i && !parts[j].id.startsWith('new:'));
    return { ...c, name: s.name, id: s.id, kind: s.kind, confidence: Math.max(c.confidence, ...siblings.map((x) => x.confidence)) };
  });
}

/**
 * a capital opening a word after a word in lower case (not a small word inside a Title Case name,
 * "Laws and Ethics"): where one sentence-case entry ends and the next begins (the look-behind is
 * tried only before a space: tried everywhere, it rescanned a long word from each of its letters)
 */
const CELL_BOUNDARY = /(?=\s)(?<=(?:^|\s)(?!(?:and|or|of|the|to|for|in|on|with|a|an|at|by|from|as|into|via|per|vs)\s)\p{Ll}[\p{L}-]*)\s+(?=\p{Lu}\p{Ll})/gu;

/**
 * A two-column skills table flattened into one line, its entries written in sentence case ("Effective
 * leader Staff development Complex problem solving Inventory control"): one entry per capital that
 * follows a word in lower case. A line of Title Case names ("Microsoft Office Suite") or with any
 * punctuation is left whole.
 */
function runOnCells(text: string): Array<{ text: string; start: number }> | undefined {
  if (wordCount(text) < 6 || /[^\p{L}\p{N}\s'’&/+#-]/u.test(text.trim())) return undefined;
  const cuts = [...text.matchAll(CELL_BOUNDARY)].map((m) => ({ at: m.index!, end: m.index! + m[0].length }));
  if (cuts.length < 2) return undefined;
  const cells: Array<{ text: string; start: number }> = [];
  let from = text.search(/\S/);
  for (const cut of [...cuts, { at: text.trimEnd().length, end: text.length }]) {
    cells.push({ text: text.slice(from, cut.at), start: from });
    from = cut.end;
  }
  return cells;
}

/**
 * "Data cleaning: finding and fixing duplicates, gaps and inconsistent records", "Microsoft Excel:
 * pivot tables, lookups and quick models": the head is the skill and the short parts after it say
 * what it covers, unlike a label over a list of skills ("BI & Visualization: Power BI, Looker
 * Studio, matplotlib", "Analysis: statistical analysis, regression, forecasting"). Told apart by
 * what the graph names and how the parts are written: the head names a skill, at most half of the
 * parts do, and a part is a phrase joined by "and" / "or" rather than a name.
 */
function headNamesSkillExplained(head: string, parts: Array<{ text: string }>, graph: SkillGraph): boolean {
  // an explanation is a few parts; a dozen after a head are the list it labels
  if (parts.length > EXPLANATION_PARTS) return false;
  if (!parts.some((p) => /\S\s+(?:and|or)\s+\S/i.test(p.text)) || !partSkills(head, 0, graph, true).length) return false;
  const known = parts.filter((p) => namedByGraph(p.text, graph)).length;
  return known * 2 <= parts.length;
}

/** the most parts after a head that say what the head's skill covers */
const EXPLANATION_PARTS = 5;

function wordCount(s: string): number { return tokenizeWords(s).length; }

/** Whether the graph holds the words as a skill's name or alias. */
function namedByGraph(text: string, graph: SkillGraph): boolean {
  return graph.skillsForAlias(normalizeTerm(text)).length > 0;
}

interface ColonItem { head: string; rest: string; restStart: number; restParts: Array<{ text: string; start: number }> }

/** "Head: what follows", the parts of what follows offset in the item's text. */
function colonItem(text: string): ColonItem | undefined {
  // (a colon between digits tells the time, "Tues 1:30pm", and labels nothing)
  const colon = /^([^:]{1,60}):(?!\d)\s*(.*)$/s.exec(text);
  if (!colon) return undefined;
  const rest = colon[2];
  const restStart = colon[0].length - rest.length;
  return { head: colon[1], rest, restStart, restParts: splitList(rest, restStart) };
}

/** "Education", "Skills", "Key skills": a head that names a section or a kind of skill labels what follows. */
function headNamesCategory(head: string): boolean {
  const bare = head.replace(/[*_`]/g, '').trim();
  return CATEGORY_HEAD.test(bare) || INTRO_HEAD.test(bare) || isStandardHeading(bare);
}

/** A list part's words outside its brackets: "Python (NumPy, Pandas, Matplotlib)" is one name with its libraries. */
function partWords(text: string): number {
  return wordCount(text.replace(/\([^)]*\)?/g, ' '));
}

/** a list longer than an explanation with this share of short parts is a list with a few long entries (a line run into the next) */
const MOSTLY_SHORT = 0.75;

/**
 * Short parts after the head, not a skill explained ("Analysis: Python, SQL, Tableau"): the head
 * labels a list. A list longer than an explanation runs (EXPLANATION_PARTS) is one with a few
 * longer entries, as a flattened PDF runs a wrapped line or the next label into one of them
 * ("Data Science Tools: R, Base SAS, Python (NumPy, Pandas), SPSS, ..., Microsoft Access Key
 * Competencies: ..."); "Observation: showed constant alertness, noticing anything unusual, ..."
 * is an explanation of five.
 */
function readsAsShortList(item: ColonItem, graph: SkillGraph): boolean {
  const parts = item.restParts;
  const short = parts.filter((p) => partWords(p.text) <= 4).length;
  return parts.length >= 2 && (short === parts.length || (parts.length > EXPLANATION_PARTS && short >= MOSTLY_SHORT * parts.length))
    && !headNamesSkillExplained(item.head, parts, graph);
}

/**
 * Whether a section's list is one of skills explained after a colon ("Lesson planning: writing
 * clear daily plans", "Google Classroom: managing assignments, grading and feedback online"): at
 * least two of its "Head: ..." items are read with the head as the skill, and they outnumber
 * those read as a label over a list ("Languages: Python, SQL"). An item of such a list whose
 * explanation happens to be a short comma series ("Parent communication: timely, respectful
 * updates to families") is read the same way, not as a label over the words after it.
 */
function listExplainsHeads(doc: HrDocument, section: number, graph: SkillGraph): boolean {
  let explained = 0;
  let labels = 0;
  for (const b of doc.blocks) {
    if (b.section !== section || b.type !== 'item') continue;
    const item = colonItem(b.text);
    if (!item || wordCount(item.head) > 7 || !item.rest.trim()) continue;
    if (headNamesCategory(item.head) || readsAsShortList(item, graph)) labels++;
    else explained++;
  }
  return explained >= 2 && explained > labels;
}

/**
 * Whether a list item is written as a sentence: enough words for a clause, no "Name: explanation"
 * head, and not a series of short names ("Python, SQL, Tableau").
 */
function readsAsSentence(text: string): boolean {
  const words = wordCount(text);
  if (words < SENTENCE_WORDS || words > NOTE_WORDS || colonItem(text)) return false;
  // (an item of several sentences, or one as long as a paragraph, is a note on how a post is filled,
  // "Candidates will be asked to submit a driving history ... Candidates may not be eligible if ...",
  // "During the probationary period in the ... Department of Water and Power, ... may be required
  // to pass the tests for ...", or a duty explained)
  if (/[.!?]\s+[A-Z]/.test(text.trim())) return false;
  // (an item asking for years is read as the experience it asks for: "Minimum of 2 years working as
  // a data analyst, business analyst or similar role" names roles, not skills)
  if (ASKS_FOR_YEARS.test(text)) return false;
  const parts = splitList(text, 0);
  return !(parts.length >= 2 && parts.every((p) => wordCount(p.text) <= LIST_NAME_WORDS));
}

/**
 * Whether a list item's reading names a skill of the graph surely enough to show (not a clause cut
 * from it, not a weak hint). A person described by a skill they hold ("An excellent clinical decision
 * maker, with sound judgement & ability to manage risk") is a sentence's way of asking: the tagger
 * reads the rest of it too.
 */
function namesSkillAsListed(candidates: Candidate[], text: string): boolean {
  return candidates.some((c) => !c.clause && !c.id.startsWith('new:') && c.confidence >= 0.5 && asHeldSkill(text.slice(c.start, c.end)) === undefined);
}

/** the fewest words of an item written as a sentence ("Awareness and comprehension of current teaching strategies" is seven; "Excellent communication and organizational skills", five, is a name) */
const SENTENCE_WORDS = 7;
/** a number of years or months ("2 years", "one year", "6-12 months") */
const ASKS_FOR_YEARS = /\b(?:\d+(?:\.\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:-\s*\d+\s*)?(?:years?|yrs?|months?)\b/i;
/** the most words of a requirement written as a sentence (NHS person specifications write up to about 30) */
const NOTE_WORDS = 40;
/** the most words of a name in a series of names */
const LIST_NAME_WORDS = 5;

/** The lines of a block with their offsets. */
function lineItems(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const line of splitLines(text)) {
    if (line.text.trim()) out.push({ text: line.text, start });
    start += line.text.length + line.eol.length;
  }
  return out;
}

/** Two or more lines, each short, none a sentence that runs on: a list written without bullets. */
function linesAreItems(text: string): boolean {
  const lines = lineItems(text);
  return lines.length >= 2 && lines.every((l) => tokenizeWords(l.text).length <= 8 && !/[,;]\s*$/.test(l.text.trim()));
}

/**
 * Conditions of employment a candidate meets rather than skills they hold: getting to work
 * ("reliable transportation", "own vehicle"), checks ("background check", "drug screen"),
 * availability ("willing to travel", "able to commence in post promptly", "start ASAP"), and the
 * offences a record is checked for ("a conviction of a major moving violation (such as DUI)").
 */
const CONDITIONS = /\b(?:DUI|DWI|OWI|felon(?:y|ies)|misdemeanou?rs?|(?:criminal\s+)?convictions?|driving under the influence\b.*|(?:reliable|own|dependable)\s+(?:transportation|transport|vehicle|car)|(?:commence|start|begin)\s+(?:in\s+post\s+|work\s+|employment\s+)?(?:promptly|immediately|asap|as\s+soon\s+as\s+possible|at\s+short\s+notice)|immediate\s+start|(?:(?:reliable|stable|fast|high[- ]speed|good|strong)\s+(?:and\s+)?)+internet(?:\s+(?:connection|access))?|access to (?:a )?(?:car|vehicle)|background (?:check|screening)|drug (?:test|testing|screen|screening)|willing(?:ness)? to (?:travel|relocate)|moving violations?|(?:clean|good|safe) driving record|(?:work|available)\s+(?:on\s+)?(?:weekends?|evenings?|nights?|holidays)(?:\s*(?:\/|and|or|,)\s*(?:weekends?|evenings?|nights?|holidays))*|(?:work|available|commit(?:ted)?(?:\s+to)?)\s+(?:for\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|up\s+to\s+)?\d+\s*(?:weeks?|days?|hours?|months?|shifts?)\b)\b/i;

/**
 * The words of when one works: a span of these alone is availability, not a skill, however a list
 * around it was cut ("Flexible schedule, including nights, weekends, and some holidays" gave
 * "including nights", "weekends", "some holidays"; "rotating shifts", "able to work nights").
 */
const WORKING_TIMES: ReadonlySet<string> = new Set([
  'night', 'nights', 'overnight', 'overnights', 'evening', 'evenings', 'weekend', 'weekends', 'holiday', 'holidays', 'morning', 'mornings',
  'day', 'days', 'shift', 'shifts', 'rota', 'rotas', 'rotating', 'rotational', 'overtime', 'on-call', 'schedule', 'schedules', 'hours',
]);
/** the words that only join, hedge or qualify a time of work: a span must name a time besides them */
const WORKING_TIME_FILLER: ReadonlySet<string> = new Set([
  'including', 'some', 'occasional', 'occasionally', 'all', 'most', 'and', 'or', 'the', 'a', 'as', 'needed', 'required', 'work', 'working',
  'in', 'on', 'to', 'be', 'able', 'willing', 'flexible', 'flexibility', 'availability', 'available', 'public', 'bank', 'early', 'late', 'split', 'call',
]);

export function namesOnlyWorkingTime(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  return words.some((w) => WORKING_TIMES.has(w)) && words.every((w) => WORKING_TIMES.has(w) || WORKING_TIME_FILLER.has(w));
}

/** a stage of a career, qualifying the experience or registration it opens: "Post-registration experience", "newly qualified" */
const CAREER_STAGE = /^\s*(?:(?:post|pre)[\s-]?(?:registration|reg|qualification|qualifying|graduate|graduation|doctoral|basic|degree)|newly[\s-]qualified|early[\s-]career|mid[\s-]career)\s*$/i;

/** a compound word that describes a thing ("data-driven", "patient-centred", "evidence-based"), ending a span */
const ENDS_ON_DESCRIBING_WORD = /[\p{L}]-(?:driven|based|focused|oriented|minded|centred|centered|centric|led|facing|related|specific|friendly)\s*$/iu;

/** Pay, hours and contract terms are what a job offers, never a skill ("10/hr plus tips", "Full-time", "40 hours per week"). */
const PAY_OR_TERMS = /[$£€]\s?\d|\b\d+(?:\.\d+)?\s?(?:\/\s?(?:hr|hour|h)\b|(?:per|an|a)\s+(?:hour|week|year|annum)\b|k\b)|\b(?:tips|salary|wages?|per annum|full[\s_-]*time|part[\s_-]*time|hours per week)\b/i;

/** A line that speaks to or about its reader or writer is a sentence, not the name of a skill ("Who we're looking for", "We are pleased to be looking"). */
const SPEAKS_TO_READER = /\b(?:we|we're|we’re|our|us|you|your|you're|you’ll|you'll|who|my|me)\b/i;

/**
 * Written as a name of its own: capitalised, not opening a sentence, and not one word of a longer
 * capitalised name ("... uses Java, React and MySQL", not "the Mental Health Act").
 */
function writtenAsName(text: string, start: number, end: number): boolean {
  return capitalisedMidSentence(text, start, end) && !/[A-Z][\w'’&-]*\s+$/.test(text.slice(0, start)) && !/^\s+[A-Z]/.test(text.slice(end));
}

function splitList(text: string, base: number): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    // drop a leading "and"/"or" of the last element of an enumeration, or a connector opening a part ("as well as read")
    const lead = /^\s*(?:(?:and|or|&|as well as|plus|along with)\s+)?/i.exec(raw)![0].length;
    const t = raw.slice(lead).replace(/[\s.]+$/, '');
    if (t.trim()) parts.push({ text: t, start: base + from + lead });
  };
  // separators inside parentheses list the parts of one entry: "Python (pandas, NumPy)" is
  // Python, pandas and NumPy; unbalanced parentheses fall back to splitting everywhere
  const top = topLevelSeparators(text);
  if (!top) {
    const re = new RegExp(`[^,;|·${BULLETS}]+`, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) push(m.index, m.index + m[0].length);
    return parts;
  }
  let from = 0;
  for (const at of [...top, text.length]) {
    const inner = /^([^()]*?)\s*\(([^()]*[,;][^()]*)\)\s*$/.exec(text.slice(from, at));
    if (inner) {
      push(from, from + inner[1].length);
      const innerStart = from + text.slice(from, at).indexOf('(') + 1;
      let k = innerStart;
      for (const piece of inner[2].split(/[,;]/)) {
        push(k, k + piece.length);
        k += piece.length + 1;
      }
    } else {
      push(from, at);
    }
    from = at + 1;
  }
  return parts;
}

/** Offsets of the list separators outside parentheses, or undefined when they do not balance. */
function topLevelSeparators(text: string): number[] | undefined {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') { if (--depth < 0) return undefined; }
    else if (depth === 0 && ((',;|·' + BULLETS).includes(c) || (c === '.' && endsSentenceInList(text, i)))) out.push(i);
  }
  return depth === 0 ? out : undefined;
}

/**
 * A full stop after a lowercase word, before a capitalised one, ends a sentence inside a list
 * ("ECG, and leadership. Production Worker, Inspector"): the entries on either side are two. An
 * abbreviation's stop ("Dr. Lee", "U.S. Army", "Sr. Analyst") follows a capital.
 */
function endsSentenceInList(text: string, at: number): boolean {
  return /(?<![\p{L}.'’-])\p{Ll}{3,}$/u.test(text.slice(Math.max(0, at - 40), at)) && /^\s+\p{Lu}/u.test(text.slice(at + 1, at + 4));
}

// the work a title may also be written as ("Coaching", "Nursing", "Dispatch", "Technical Support"), which is a
// skill (NAMES_WORK and these), and things a title word also names (a "Server", a "Model")
const TITLE_WORD_NAMES_WORK = /(?:patch|support|server|model)$/i;

/**
 * A list item that names a role the graph knows ("Purchasing Manager", "Staff Nurse", "Trainer"),
 * roles joined ("Servers & Bartenders", "Babysitter and Nanny"), or a role of two or more words
 * after words describing its holder ("Full Stack Java Developer") is a post held or sought, not a skill.
 */
export function namesRole(item: string, graph: SkillGraph): boolean {
  const conjuncts = item.split(/\s*(?:[,&/]|\band\b|\bor\b)\s*/i).map((c) => c.trim()).filter(Boolean);
  if (conjuncts.length > 1) return conjuncts.every((c) => namesOneRole(c, graph));
  return namesOneRole(item, graph);
}

/** the most words before a role that may describe its holder ("Full Stack") */
const HOLDER_WORDS = 2;

function namesOneRole(item: string, graph: SkillGraph): boolean {
  const words = item.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (NAMES_WORK.test(last) || TITLE_WORD_NAMES_WORK.test(last)) return false;
  if (graph.isOccupationTitle(item)) return true;
  // written as a title, every word capitalised: a duty's verb and object are not ("Coordinated utility service providers")
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  for (let drop = 1; drop <= HOLDER_WORDS && words.length - drop >= 2; drop++) if (graph.isOccupationTitle(words.slice(drop).join(' '))) return true;
  return false;
}

/**
 * Skills of one part of an item. A short part is a skill by itself (named by the graph when an
 * alias covers it, else kept as written: a skill no taxonomy lists); a long one yields its
 * graph phrases, the first clause's first.
 */
function partSkills(part: string, base: number, graph: SkillGraph, isHead = false, isConjunct = false, terms?: PostingTerms): Candidate[] {
  // bullets typed as characters ("• SQL", "-Python", "1) Excel") are not part of the skill
  const clean = part.replace(/[*_`]/g, ' ').replace(LEADING_BULLET, (m) => ' '.repeat(m.length));
  // "High school diploma or GED", "Bachelor's degree": a level of education, read as a credential, names no skill;
  // "TECHNICAL SKILLS", "Programming Languages": the label of a list, standing as an item of it
  if (namesEducationLevel(clean) || LIST_LABEL.test(clean.trim().replace(/[\s:]+$/, ''))) return [];
  // "... Windows XP, 7, 8, 10. ACHIEVEMENT": the next section's heading, run into the list when a PDF was flattened
  if (isShoutedHeading(clean)) return [];
  // "Prior experience preferred": experience of no named kind; "Certification preferred", "or equivalent":
  // a credential of none; "Minimum 2 yrs", "at least 6 months": only how long
  const bare = clean.trim().replace(/[\s.!:;]+$/, '').replace(ASKED_HOW_MUCH, '');
  // "Either online or in person", "Remote": where the work is done, a condition of the post
  // "Lift 50 lbs", "stand for long periods": a physical demand of the post, with its measure
  // "Must be 21+": an age the post asks for
  // "Performs other duties as assigned", "other necessary knowledge, skills, and abilities": the catch-all of a list
  // "Must have": an obligation with nothing after it (a line broken before what it asks)
  if (ANY_EXPERIENCE.test(bare) || ANY_CREDENTIAL.test(bare) || ONLY_HOW_LONG.test(bare) || WORK_ARRANGEMENT.test(bare) || AGE_REQUIREMENT.test(bare) || isPhysicalDemand(bare) || isListCatchAll(bare) || OBLIGATION_ONLY.test(bare)) return [];
  // "Guwahati University", "Maharashtra State Board": where one studied, an education line run into a list
  if (namesInstitution(bare) && !namedByGraph(bare, graph)) return [];
  // a qualifier is dropped ("Excellent communication"), unless it starts a proper name ("Advanced Cardiac Life Support")
  const opening = clean.length - clean.trimStart().length;
  // "5 years of experience in payroll", "5+ years clinical nursing experience": how long is no part of the name either
  const duration = LEADING_DURATION.exec(clean.slice(opening))?.[0].length ?? 0;
  // "Be an excellent communicator", "You will be a team player": the person the post wants, described by a skill they hold
  // "Have excellent IT skills", "Possess strong organisational skills": what the person has or shows, after the verb of having
  const having = HAVING.exec(clean.slice(opening + duration));
  const opener = DESCRIBED_AS.exec(clean.slice(opening + duration)) ?? (having && !namedByGraph(clean, graph) ? having : null);
  const leadIn = opener?.[0].length ?? 0;
  const rest = clean.slice(opening + duration + leadIn);
  let qualifier = QUALIFIER.exec(rest) ?? competenceOpener(rest, graph);
  if (qualifier && /^(?:Advanced|Basic|Certified|Professional|Applied|Working)\s+[A-Z]/.test(rest)) qualifier = null;
  if (qualifier && namedByGraph(clean, graph)) qualifier = null;
  const qualified = opening + duration + leadIn + (qualifier ? qualifier[0].length : 0);
  // "Degree in Nutrition", "BSc in Diagnostic Radiography": the field of study is what is named
  const lead = qualified + (DEGREE_IN.exec(clean.slice(qualified))?.[0].length ?? 0);
  // "GED required", "Forklift experience a plus": how much it is asked for is no part of its name
  let core = clean.slice(lead).replace(/[\s.,!:;]+$/, '').replace(HOW_LONG_OR_WHETHER, '').replace(ASKED_HOW_MUCH, '');
  // "... (some college preferred)": an aside the strength closed goes with it
  if (core.lastIndexOf('(') > core.lastIndexOf(')')) core = core.slice(0, core.lastIndexOf('(')).trimEnd();
  // "Communication skills" is communication; "Knife skills", a name of its own in the graph, stays whole
  if (!namedByGraph(core, graph)) core = core.replace(KIND_AFTER, (m) => (wordCount(core) > 1 ? '' : m));
  // "Physical ability to lift and move heavy objects": what the qualifier opened is a physical demand
  if (qualifier && isPhysicalDemand(core)) return [];
  const coreWords = wordCount(core);
  // "Demonstrable understanding": qualifiers of nothing; "(Have) post-registration (experience)": a stage of a career
  if (coreWords === 0 || QUALIFIER.exec(`${core} `)?.[0].trim().length === core.trim().length || CAREER_STAGE.test(core)) return [];
  // "(Azure, Copilot,) and/or Security": a name after its conjunction; "(experience) or training":
  // only the other way to what was asked
  const conjunction = OPENS_WITH_CONJUNCTION.exec(core);
  if (conjunction) {
    const named = core.slice(conjunction[0].length);
    return STANDS_IN_FOR_EXPERIENCE.test(named) ? [] : partSkills(named, base + lead + conjunction[0].length, graph, isHead, isConjunct, terms);
  }
  // "experience in a kitchen", "background in retail": a place or a field where one worked, an
  // experience requirement rather than the name of a skill (unless the graph names it: "experience with Excel")
  const key = normalizeTerm(core);
  const exact = graph.skillsForAlias(key).filter((i) => !isOrdinaryWordFor(graph.skills[i], core));
  if (qualifier && /\b(?:experience|background)\s+(?:in|with|at|of)\s+(?:a|an|the)\s*$/i.test(qualifier[0].trimEnd() + ' ') && coreWords === 1 && !exact.length) return [];
  // "experience in the IT industry", "in a hospital setting": the setting of the experience asked, no skill
  if (qualifier && /\b(?:experience|background)\s+(?:in|within|at)\b/i.test(qualifier[0]) && SETTING_END.test(core)) return [];
  const coreStart = base + lead;
  const coreEnd = coreStart + core.length;
  const paren = parenthesizedAcronym(core);
  if (paren) {
    // "SQL Server Integration Services (SSIS)": named by the graph from either form; the
    // abbreviation is the mention, as the shorter name people search and write
    const known = [exact, graph.skillsForAlias(normalizeTerm(paren.long)), graph.skillsForAlias(normalizeTerm(paren.acronym))].find((l) => l.length)?.[0];
    const start = coreStart + paren.at;
    const end = start + paren.acronym.length;
    if (known !== undefined) {
      const s = graph.skills[known];
      return [{ start, end, name: s.name, id: s.id, kind: s.kind, confidence: 0.95, source: 'section-item' }];
    }
    return [{ start, end, name: titleCase(paren.long), id: `new:${normalizeTerm(paren.long)}`, kind: 'skill', confidence: 0.7, source: 'section-item' }];
  }
  if (exact.length) {
    const s = graph.skills[exact[0]];
    return [{ start: coreStart, end: coreEnd, name: s.name, id: s.id, kind: s.kind, confidence: 0.95, source: 'section-item' }];
  }
  if (coreWords <= 4 && namesRole(core, graph)) return [];
  const hits = findPhrases(graph, core);
  if (!isConjunct && !isHead) {
    // "Communicate well both verbally and in written form": what follows the correlative says how; the skill is before it
    const correlative = CORRELATIVE_AFTER.exec(core);
    // the name without the words that lead into the coordination ("ENT Surgery for both ...", "English Language – both ...")
    const head = correlative?.[1].replace(/(?:[\s,:;–—-]+|\s+(?:for|to|of|in|with|on|at))+$/i, '');
    if (head && wordCount(head) <= 6) {
      // "work either alone or in a team": a bare word before it names nothing the graph does not
      const named = wordCount(head) > 1 || namedByGraph(head, graph);
      return named ? partSkills(head, coreStart, graph, false, false, terms) : [];
    }
    // "Proficient in Analysis, Multi-threaded Programming", "Time Management and Negotiation": one skill per conjunct
    const conjuncts = splitConjuncts(core, hits, graph, terms);
    // ("Word and Excel": the suite's product its sibling names, as in a comma list)
    if (conjuncts) return namingSuiteProducts(conjuncts.flatMap((c) => partSkills(c.text, coreStart + c.start, graph, false, true, terms)), part, graph, base);
  }
  if (coreWords <= 4 || isHead) {
    // a suite of applications ("Microsoft Office Suite", "Microsoft office") is named by the graph's
    // name for that suite, else as written: never after its vendor, the phrase the lookup finds in it
    const suite = suiteNames(core);
    if (suite) {
      const known = suiteSkill(graph, suite);
      const s = known === undefined ? undefined : graph.skills[known];
      return [{ start: coreStart, end: coreEnd, name: s?.name ?? titleCase(core), id: s?.id ?? `new:${key}`, kind: s?.kind ?? 'knowledge', confidence: 0.9, source: 'section-item' }];
    }
    // "Java programming language", "Windows operating systems", "Agile methodologies": the
    // named thing, not the category the rest of the words name
    const named = namedBeforeCategory(core, graph);
    if (named !== undefined) {
      const s = graph.skills[named];
      return [{ start: coreStart, end: coreEnd, name: s.name, id: s.id, kind: s.kind, confidence: 0.9, source: 'section-item' }];
    }
    // a short item: one skill. Name it after the graph phrase that covers most of it, if any
    const best = hits.filter((h) => !h.ambiguous || h.words === coreWords).sort((a, b) => b.words - a.words)[0];
    if (best) {
      // the graph names the skill; the item as written stays the surface text
      const c = fromHit(best, graph, best.words / coreWords >= 0.5 ? 0.9 : 0.8, 'section-item');
      return [{ ...c, start: coreStart, end: coreEnd }];
    }
    if (SPEAKS_TO_READER.test(core) || namesNoContent(core) || ENDS_UNFINISHED.test(core)) return [];
    return [{ start: coreStart, end: coreEnd, name: titleCase(core), id: `new:${key}`, kind: 'skill', confidence: 0.7, source: 'section-item' }];
  }
  // a sentence: its graph phrases; those after the first clause are usually context ("..., enabling teamwork")
  const firstClauseEnd = firstClause(core);
  const out: Candidate[] = [];
  for (const hit of hits) {
    // "2 years working as a data analyst, business analyst or similar": a role, asked for as experience
    if (namesRole(core.slice(hit.start, hit.end), graph)) continue;
    const inFirst = hit.start < firstClauseEnd;
    let confidence = inFirst ? (hit.ambiguous ? 0.45 : 0.88) : hit.ambiguous ? 0.3 : 0.5;
    if (hit.words >= 2 && !inFirst) confidence = 0.55;
    out.push({ ...fromHit(hit, graph, confidence, 'section-item'), start: coreStart + hit.start, end: coreStart + hit.end });
  }
  if (!out.some((c) => c.confidence >= 0.5)) {
    let clause = core.slice(0, firstClauseEnd).trim().replace(/[\s,;:]+$/, '');
    // "Basic Life Support (BLS) certification from the American Heart Association": the skill ends where the detail begins
    if (wordCount(clause) > 6) clause = clause.split(/\s+(?:from|at|by|with|for|through|including|such as|via|using|of the)\s+/)[0].trim();
    if (wordCount(clause) <= 6 && !SPEAKS_TO_READER.test(clause) && !namesNoContent(clause) && !ENDS_UNFINISHED.test(clause)) out.push({ start: coreStart, end: coreStart + clause.length, name: titleCase(clause), id: `new:${normalizeTerm(clause)}`, kind: 'skill', confidence: 0.55, source: 'section-item', clause: true });
  }
  return out;
}

/** A section heading written in capitals ("ACHIEVEMENTS", "WORK HISTORY"); a skill written so ("SQL", "CPR") is no heading's name. */
function isShoutedHeading(text: string): boolean {
  const t = text.trim().replace(/[\s:.]+$/, '');
  // (written in the singular too: "ACHIEVEMENT", "REFERENCE")
  return /\p{Lu}{3}/u.test(t) && !/\p{Ll}/u.test(t) && (isStandardHeading(t) || isStandardHeading(`${t}S`));
}

const SUBSTITUTE = /\b(?:may|can|will) be substituted\b|\bin lieu of\b|\bsubstitut(?:e|ed|ing) for\b/i;

const DEGREE_IN = /^(?:(?:a|an)\s+)?(?:(?:bachelor|master|associate)(?:'s|’s|s)?(?:\s+degree)?|b\.?sc|m\.?sc|b\.?a|b\.?s|m\.?s|degree|diploma|qualification|certificate)\s+in\s+(?=\S)/i;


const LIST_LABEL = /^(?:(?:technical|soft|hard|core|key|other|additional|personal|professional|transferable)\s+(?:skills?|competenc(?:y|ies)|qualifications|expertise|proficienc(?:y|ies))|(?:programming|scripting)\s+languages|(?:software|tools|technologies|frameworks|platforms|databases)(?:\s*(?:and|&|\/)\s*(?:software|tools|technologies|frameworks|platforms|databases))?)$/i;

/** "Python- Experience - 24 months", "SQL - 3 years", "Unix knowledge-yes": how long, or whether, written after a skill */
const HOW_LONG_OR_WHETHER = /\s*[-–:]\s*(?:(?:experience|exp\.?)\b\s*(?:[-–:]\s*)?(?:(?:less than|more than|over|under)\s+)?(?:\d+(?:\.\d+)?\+?\s*)?(?:(?:years?|yrs?|months?|weeks?|days?)\b\s*)*|(?:less than\s+)?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|weeks?|days?)\b(?:\s+months?)?|yes|no)\s*$/i;

/** an obligation with nothing it asks for ("Must have", "Must be") */
const OBLIGATION_ONLY = /^must(?:\s+(?:have|be|possess|hold))?$/i;
/** "Have", "Must possess", "You will demonstrate": the verb of having that opens a person specification's item ("Hold" opens a licence, read as a credential) */
const HAVING = /^(?:(?:you\s+)?(?:(?:must|should|will|shall)\s+)?(?:have|possess|demonstrate)|(?:has|possesses|demonstrates))\s+(?=\S)/i;
/** "Be a", "Must be an", "You will be an", "You are a": a person described, before what describes them (an article follows) */
const DESCRIBED_AS = /^(?:(?:you\s+)?(?:(?:must|should|will|shall)\s+)?be|you\s+are|you['’]re)\s+(?=(?:an?|the)\s)/i;
/** Where the holder of a skill starts in a phrase describing a person ("be an effective team worker"): after the copula and qualifiers, 0 when nothing is left after them. */
function describedHolderStart(phrase: string): number {
  const copula = DESCRIBED_AS.exec(phrase)?.[0].length ?? 0;
  const start = copula + (QUALIFIER.exec(phrase.slice(copula))?.[0].length ?? 0);
  return /\p{L}/u.test(phrase.slice(start)) ? start : 0;
}

/** a phrase that ends pointing at what comes after it ("demonstrate the following", "as set out below") */
const POINTS_AHEAD = /\b(?:the following|as follows|(?:set out|listed|outlined|shown|detailed) below)\s*:?$/i;

/** an amount of time and nothing it is of ("Minimum 2 yrs", "At least 6 months' experience", "3+ years") */
const ONLY_HOW_LONG = /^(?:(?:a\s+)?(?:minimum|min\.?|maximum|at least|over|more than|up to)(?:\s+of)?\s+)?(?:\d+(?:\.\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:-\s*\d+\s*)?(?:years?|yrs?|months?|mos?|weeks?)(?:['’]s?)?(?:\s+(?:of\s+)?(?:(?:relevant|related|prior|previous|work|professional)\s+)*(?:experience|exp\.?))?(?:\s+(?:minimum|min\.?))?$/i;
/** a physical demand ("(be able to) lift ...", "occasionally work on elevated surfaces") and what measures it */
const PHYSICAL_DEMAND = /^(?:(?:must\s+)?(?:be\s+)?(?:able|ability)\s+to\s+)?(?:(?:occasionally|frequently|regularly|constantly|repetitively|repeatedly)\s+)?(?:lift|carry|push|pull|stand|sit|walk|bend|kneel|climb|stoop|crouch|reach|work\s+(?:on|at|in))\b/i;
const DEMAND_MEASURE = /\b\d+\s*(?:lbs?|pounds|kg|kilos?|kilograms|hours?|hrs?)\b|\b(?:standing|sitting|kneeling|stooping|crouching)\s+position\b|\b(?:long|extended|prolonged)\s+periods\b|\belevated\s+surfaces\b|\bheights\b|\bladders?\b|\bextreme\s+(?:heat|cold|temperatures)\b|\bheavy\s+(?:objects|loads|items|boxes|materials)\b/i;
const isPhysicalDemand = (text: string): boolean => PHYSICAL_DEMAND.test(text) && DEMAND_MEASURE.test(text);
/** where the work is done, named alone */
const WORK_ARRANGEMENT = /^(?:(?:either|both|fully|partly|mostly)\s+)?(?:online|remote(?:ly)?|in[- ]person|on[- ]?site|hybrid|in[- ]office|at home|from home|virtual(?:ly)?)$/i;
/**
 * "Performs other duties as assigned", "May be required to perform other related tasks", "Any other
 * duties as reasonably required": the catch-all a duty list ends with, no skill; "Other duties
 * include ..." goes on to name some, and is read as before.
 */
const OTHER_DUTIES = /^(?:(?:may\s+be\s+(?:required|asked)\s+to\s+|will\s+|and\s+)?(?:perform(?:s|ing)?|carr(?:y|ies|ying)\s+out|undertak(?:e|es|ing)|fulfil(?:l|ls|s)?|take\s+on|complet(?:e|es|ing))\s+)?(?:any\s+|all\s+|such\s+)?other\s+(?:(?:related|similar|reasonable|job[- ]related|associated|appropriate|additional)\s+)*(?:duties|tasks|responsibilities)(?:\s*(?:and|\/)\s*(?:duties|tasks|responsibilities))?(?!\s+(?:include|includes|of\s+this))\b/i;
/**
 * "and other necessary knowledge, skills, and abilities": the catch-all a list of competencies
 * ends with (every civil-service examination paragraph has one), no skill.
 */
const OTHER_COMPETENCIES = /^(?:and\s+)?(?:any\s+|all\s+|such\s+)?other\s+(?:(?:necessary|related|relevant|required|pertinent|applicable|job[- ]related|similar)\s+)*(?:knowledge|skills?|abilities|competenc(?:y|ies))(?:\s*(?:,|and|\/|&)\s*(?:and\s+)?(?:knowledge|skills?|abilities|competenc(?:y|ies)))*$/i;
/** the catch-all closing a span: ", and related work", "and other similar duties", ", etc." */
const CATCH_ALL_AT_END = /(?:,?\s+(?:and|or)\s+(?:other\s+)?(?:related|similar)\s+(?:work|duties|tasks)|,?\s+etc\.?)\s*$/i;
/** The catch-all a list of duties or of competencies ends with: no skill. */
const isListCatchAll = (text: string): boolean => OTHER_DUTIES.test(text) || OTHER_COMPETENCIES.test(text);
/** "Must be 21+", "18 years of age or older", "at least 18 years old": an age the post asks for, a condition of eligibility */
const AGE_REQUIREMENT = /^(?:(?:you\s+)?must\s+be\s+)?(?:aged?\s+)?(?:at\s+least\s+|over\s+)?\d{2}\s*\+?(?:\s*(?:years?|yrs?)(?:\s+(?:of\s+age|old|of\s+age\s+or\s+(?:older|over|above)))?)?(?:\s+or\s+(?:older|over|above))?$/i;
/**
 * "Considerable experience of", "Detailed knowledge of", "Sound understanding of": a word of how
 * much or how well (the qualifier list cannot hold every one) before a noun of competence and its
 * preposition. What follows is the skill. Not where the word is a skill itself ("Teaching
 * experience in ..."), nor before an article ("Relevant experience in a finance team": the setting
 * of the experience, read as before).
 */
const COMPETENCE_OPENER = /^([A-Za-z][a-z]+)\s+(?:experience|knowledge|understanding|awareness|ability|abilities|competence|competency|competencies|proficiency|expertise)\s+(?:of|in|to|with|at|using)\s+(?!(?:a|an|the)\s)(?=\S)/i;

function competenceOpener(text: string, graph: SkillGraph): RegExpExecArray | null {
  const m = COMPETENCE_OPENER.exec(text);
  return m && !namedByGraph(m[1], graph) ? m : null;
}

/** the last word of a place or field one works in ("IT industry", "hospital setting", "retail sector"; a "Linux environment" is the tool) */
const SETTING_END = /\s(?:industry|industries|sector|field|settings?)$/i;
/** how long, ahead of the experience it measures ("5 years of", "Three yrs", "a minimum of 2 years'") */
const LEADING_DURATION = /^(?:(?:a\s+)?(?:minimum|min\.?|at least|over|more than|up to)(?:\s+of)?\s+)?(?:\d+(?:\.\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s*(?:-\s*\d+\s*)?(?:years?|yrs?|months?)(?:['’]s?)?\s+(?:of\s+)?(?:(?:relevant|related|prior|previous|work|professional|hands[- ]on)\s+)*(?=experience|exp\b|(?:[\w/&'’-]+\s+){1,4}(?:experience|exp\.?)\s*[.;]?\s*$)/i;
/** "or training", "and/or Security": a part that opens with its conjunction */
const OPENS_WITH_CONJUNCTION = /^(?:and\/or|or|and|nor)\s+/i;
/** what stands in for experience asked, naming no skill: "training", "equivalent education" */
const STANDS_IN_FOR_EXPERIENCE = /^(?:(?:relevant|related|equivalent|formal|similar|comparable|on[- ]the[- ]job)\s+)*(?:training|education|study|studies|schooling|experience|qualifications?|equivalent|equivalency)$/i;
/** "Prior experience", "Relevant experience": experience of no named kind, a requirement of years, not a skill */
const ANY_EXPERIENCE = /^(?:(?:prior|previous|past|relevant|related|similar|some|any|industry|work|professional|proven)\s+)+(?:work\s+)?(?:experience|background)$/i;

/** "Certification preferred", "(or) equivalent", "relevant qualifications": a credential of no named
 * kind, or a stand-in for the one before it ("diploma or equivalent"), which names no skill */
const ANY_CREDENTIAL = /^(?:(?:or|and|an?|the)\s+)?(?:(?:relevant|related|similar|appropriate|professional|industry|technical|recognised|recognized|accredited|other|further|any|an?)\s+)*(?:equivalent|equivalency|certifications?|qualifications?|credentials?|licen[cs]es?|licensure)(?:\s+(?:experience|qualifications?|certifications?))?$/i;

/** "Ideal candidate needs proficient knowledge of", "Development Platform /": an item cut off
 * before what it names (a PDF's line wrapped, or its columns run together) */
const ENDS_UNFINISHED = /(?:\b(?:of|in|with|for|to|and|or|the|a|an|as|on|at|by|from|including|such as)|\s[&/]|[a-z]&)$/i;

/** the column headers of a skills table flattened from a PDF ("Experience Total Years Last Used") */
const SKILLS_TABLE_HEADER = /^(?:(?:skills?|skill name|experience|total years|years used|last used|level|proficiency|rating)\s*){2,}$/i;
/** "N/A", "None", "TBC": a form's empty answer */
const PLACEHOLDER = /^(?:n\/?a|none|nil|tb[acd]|not applicable|not required|see (?:above|below)|various|(?:none|no (?:formal )?(?:qualifications?|experience|skills?))(?: (?:are |is )?(?:required|needed|necessary))?)$/i;
/** a template's field left unfilled ("Company Name", "City, State", "[Language]", "Your Name"): what a resume builder writes before its owner does */
const TEMPLATE_FIELD = /^(?:\[[^\]]{1,40}\]|<[^>]{1,40}>|(?:your |the )?(?:company|employer|organi[sz]ation|school|university|institution) name|(?:your )?(?:full )?name|city\s*,\s*state(?:\s*,\s*(?:zip|country))?|job title|position title|start date|end date)$/i;

/**
 * An item no graph name covers that says nothing a candidate could have: a placeholder, a skills
 * table's column headers, or a shouted label of two or more words ("PROCESS NOTE", "EQUAL
 * OPPORTUNITY EMPLOYER") standing where a document without Markdown puts its headings. A shouted
 * skill the graph knows ("CUSTOMER SERVICE") was named before this is asked.
 */
function namesNoContent(item: string): boolean {
  const t = item.trim();
  if (PLACEHOLDER.test(t) || TEMPLATE_FIELD.test(t) || SKILLS_TABLE_HEADER.test(t)) return true;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.every((w) => w === w.toUpperCase() && /\p{Lu}{2}/u.test(w));
}

// words that name a kind of thing rather than the thing ("Linux operating systems")
const CATEGORY_WORDS = new Set(['programming', 'language', 'languages', 'scripting', 'script', 'scripts', 'operating', 'system', 'systems', 'os',
  'framework', 'frameworks', 'platform', 'platforms', 'database', 'databases', 'software', 'tool', 'tools', 'toolkit', 'suite',
  'methodology', 'methodologies', 'method', 'methods', 'principles', 'concepts', 'environment', 'environments', 'technology', 'technologies',
  'library', 'libraries', 'skills', 'skill']);

/** The graph skill that the leading words of a short item name when every word after them is a category word; else undefined. */
function namedBeforeCategory(core: string, graph: SkillGraph): number | undefined {
  const words = tokenizeWords(core);
  if (words.length < 2) return undefined;
  for (let n = words.length - 1; n >= 1; n--) {
    if (!words.slice(n).every((w) => CATEGORY_WORDS.has(w.text.toLowerCase()))) break;
    const head = core.slice(words[0].start, words[n - 1].end);
    const key = normalizeTerm(head);
    // the skill named by these words, not a category that lists them ("Scrum" is an alternative
    // label of ESCO's ICT project management methodologies)
    const found = graph.skillsForAlias(key).find((i) => ` ${normalizeTerm(graph.skills[i].name)} `.includes(` ${key} `));
    if (found === undefined) continue;
    // an ordinary word only when it names a method or a system ("Agile methodologies",
    // "Windows operating systems"; not "Web development" or "Computer systems")
    const rest = words.slice(n).map((w) => w.text.toLowerCase());
    if (graph.aliasIsAmbiguous(key) && !(/^[A-Z]/.test(head) && (/^methodolog/.test(rest[0]) || rest[0] === 'operating' || rest[0] === 'os'))) continue;
    return found;
  }
  return undefined;
}

/**
 * "Quality Assurance (QA)", "Team Foundation Server (TFS) administration": the long form, the
 * abbreviation and its offset in the text; undefined when the parentheses hold anything else
 * ("Angular (required)", "leadership (Lead)").
 */
function parenthesizedAcronym(core: string): { long: string; acronym: string; at: number } | undefined {
  const m = /^(.*?[A-Za-z0-9+#])\s*\(([A-Za-z][A-Za-z0-9.&/+#-]{1,11})\)((?:\s+[A-Za-z]+){0,2})\s*$/.exec(core);
  if (!m || (m[2].match(/[A-Z]/g) ?? []).length < 2) return undefined;
  if (m[3].trim() && !tokenizeWords(m[3]).every((w) => CATEGORY_WORDS.has(w.text.toLowerCase()) || /^(?:process(?:es)?|procedures?|principles|administration|management)$/i.test(w.text))) return undefined;
  const at = core.indexOf(`(${m[2]})`, m[1].length) + 1;
  return { long: m[1].trim(), acronym: m[2], at };
}

const MAX_COORDINATION_WORDS = 10;
/** "both ... and", "either ... or": the conjuncts qualify one thing */
const CORRELATIVE = /\b(?:both|either|neither)\b/i;
/** a name followed by a correlative coordination of how it is done: "<Communicate well> both verbally and in writing" */
const CORRELATIVE_AFTER = /^(\S.*?)\s+(?:both|either|neither)\s+\S.*?\s(?:and|or|nor)\s+\S/i;
/** a conjunct opening with a preposition says how or where, it names nothing */
const ADVERBIAL_START = /^\s*(?:in|on|at|by|with|without|via|through|as|under|over|from|within)\b/i;

/**
 * The conjuncts of a coordination of short skills ("Agile, Iterative methodologies", "SAP CRM
 * and Hybris"), or undefined when the text is not one: a conjunct of more than four words, a
 * graph phrase across a conjunction ("Research and Development"), or a one-word conjunct neither
 * the graph nor the postings' own terms know ("Current, unrestricted RN license").
 */
function splitConjuncts(core: string, hits: readonly PhraseHit[], graph: SkillGraph, terms?: PostingTerms): Array<{ text: string; start: number }> | undefined {
  if (wordCount(core) > MAX_COORDINATION_WORDS) return undefined;
  const separator = /\s*[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&|as well as)\s+/g;
  const parts: Array<{ text: string; start: number }> = [];
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = separator.exec(core)) !== null) {
    const at = m.index;
    const end = at + m[0].length;
    if (hits.some((h) => h.start < at && h.end > end - 1)) continue;
    parts.push({ text: core.slice(from, at), start: from });
    from = end;
  }
  if (!parts.length) return undefined;
  parts.push({ text: core.slice(from), start: from });
  // how or where one thing is done, not things: "both verbally and in written form", "alone or as part of a team"
  if (CORRELATIVE.test(core) || parts.slice(1).some((p) => ADVERBIAL_START.test(p.text))) return undefined;
  for (const p of parts) {
    const words = wordCount(p.text);
    if (words === 0 || words > 4) return undefined;
    // a name the graph holds, or, in a series of three or more, one real postings list as a skill
    // ("auditing, cost accounting and cash management"; "Verbal and Written Communication" share a head)
    const known = namedByGraph(p.text, graph) || (parts.length >= 3 && !!terms?.isSkillTerm(p.text)) ||
      // a suite's product written without its vendor beside a sibling of the suite ("Word and Excel")
      (/^\s*\p{Lu}/u.test(p.text) && vendorProductAmong(p.text.trim(), parts.filter((q) => q !== p).map((q) => q.text.trim())) !== undefined);
    if (words === 1 && !known) return undefined;
    // a clause, not a name: "conducting analysis", "their mechanisms of action"
    if (!known && (/^\s*\w+ing\b/i.test(p.text) || NOT_IN_NAMES.test(p.text))) return undefined;
  }
  return parts;
}

function firstClause(text: string): number {
  // "to" and "in" stay inside a skill ("attention to detail", "ability to work in teams")
  const m = /,\s*(?!(?:and|or)\b)(?=\w+ing\b|which|who|that|enabling|resulting|ensuring|allowing|including|especially|particularly|with|from|as|for|by|through)|\s+(?:enabling|resulting|ensuring|allowing|which|that|while|where|in order)\s+|\s+[-–—]\s+|;|\.\s/.exec(text);
  return m ? m.index : text.length;
}

const MINOR_WORDS = /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|without|between|among)$/;
/** words past which a name written in lower case reads as a phrase, not a title ("Ensure good communication between ...") */
const TITLE_CASE_WORDS = 4;

/** A name written in lower case, capitalised as a name: its words ("Knife Handling", "Wound Care"), or the first of a long phrase. */
function titleCase(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  if (/[A-Z]/.test(t)) return t;
  const words = t.split(' ');
  if (words.length > TITLE_CASE_WORDS) return t.charAt(0).toUpperCase() + t.slice(1);
  return words.map((w, i) => (i > 0 && MINOR_WORDS.test(w) ? w : w.replace(/^[a-z]/, (c) => c.toUpperCase()))).join(' ');
}

/**
 * Prose read by the trained tagger: its spans are the mentions (a graph phrase inside a span
 * names it); graph phrases the tagger passed over stay as weak mentions (hints under the
 * skills threshold) when they are specific: several words, or a named tool.
 */
function taggedProseSkills(text: string, spans: TaggedSpan[], graph: SkillGraph, section: SectionKind, terms?: PostingTerms): Candidate[] {
  const out: Candidate[] = [];
  const phrases = proseSkills(text, graphPhraseSpans(graph, text), graph, section);
  for (const tagged of spans.flatMap((span) => piecesBetweenSemicolons(text, span))) {
    // a name does not run on into the next clause ("overcoming daily challenges, the candidate")
    // nor into the next sentence, nor takes in how strongly it is asked for ("... is mandatory")
    const tagText = text.slice(tagged.start, tagged.end);
    const clauseBreak = CLAUSE_AFTER_COMMA.exec(tagText) ?? SENTENCE_END.exec(tagText);
    // (nor the catch-all closing a list it ends: "organizing, and related work", "filing, etc.")
    let kept = (clauseBreak ? tagText.slice(0, clauseBreak.index) : tagText).replace(ASKED_HOW_MUCH, '').replace(CATCH_ALL_AT_END, '');
    // nor into an aside it does not close ("moderate lifting (not to exceed ..."); an aside closed
    // right after the span is its own ("API (Application Programming Interface)")
    if (kept.lastIndexOf('(') > kept.lastIndexOf(')')) {
      if (kept.length === tagText.length && text[tagged.end] === ')') kept += ')';
      else kept = kept.slice(0, kept.lastIndexOf('(')).trimEnd();
    }
    if (!/\p{L}/u.test(kept)) continue;
    // "be an effective team worker": a person described by a skill they hold names the skill by the holder
    const described = asHeldSkill(kept) === undefined ? 0 : describedHolderStart(kept);
    const span = { ...tagged, start: tagged.start + described, end: tagged.start + kept.length };
    const surface = text.slice(span.start, span.end);
    const key = normalizeTerm(surface);
    if (!key) continue;
    const found = graph.lookupSkill(surface);
    const exact = found && isOrdinaryWordFor(found, surface) ? undefined : found;
    // "experience as a Chemist": a post, asked for or held, is no skill (a degree named in prose is
    // left: SkillSpan's annotators mark it as knowledge, train strict F1 0.697 -> 0.692 without it)
    if (!exact && tokenizeWords(surface).length <= 4 && namesRole(surface, graph)) continue;
    // "self motivated service industry professionals": the people sought or served, no skill;
    // "perform other duties as assigned", "other necessary skills": a list's catch-all
    // "Guwahati University": where one studied
    // "demonstrate the following", "as set out below": a lead-in pointing at the list after it
    if (!exact && (namesPersonsOnly(surface) || namesInstitution(surface) || isListCatchAll(surface) || POINTS_AHEAD.test(surface))) continue;
    const inside = phrases.filter((p) => p.start >= span.start && p.end <= span.end && p.confidence >= 0.5).sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
    // a graph phrase covering most of the span names it ("strong Python skills" -> Python), unless
    // the name would drop an acronym the span is written with ("Microsoft SCCM" is no "Microsoft")
    let insideSkill = inside && tokenizeWords(text.slice(inside.start, inside.end)).length * 2 >= tokenizeWords(surface).length ? graph.skillById(inside.id) : undefined;
    if (insideSkill && !acronymsAgree(surface, insideSkill.name)) insideSkill = undefined;
    // nor when it only qualifies the span's own head noun: "Italian cuisine" is no "Italian" (the
    // language), "Python skills" and "Excel spreadsheets" are Python and Excel
    if (insideSkill && modifiesOwnHead(text.slice(inside.start, inside.end), text.slice(inside.end, span.end))) insideSkill = undefined;
    const named = exact ?? insideSkill;
    out.push({
      start: span.start, end: span.end,
      name: named?.name ?? titleCase(surface),
      id: named?.id ?? `new:${key}`,
      kind: named?.kind ?? span.kind,
      confidence: Math.min(0.95, span.score),
      source: 'tagger',
    });
  }
  for (const p of phrases) {
    if (out.some((c) => c.start < p.end && p.start < c.end)) continue;
    const surface = text.slice(p.start, p.end);
    const words = tokenizeWords(surface).length;
    const skill = graph.skillById(p.id);
    if (!(words >= 2 || skill?.tool)) continue;
    // The tagger, trained on pasted sentences, passes over names real postings and resumes use. A
    // tool written as a name mid-sentence ("... uses Java, Kubernetes and MySQL") is the tool; a
    // graph label of several words counts where every phrase is asked for or shown (a posting's
    // requirements and duties, a resume's skills and roles): on hand-labelled real sentences
    // (tools/links/labels, mentions.ts) F1 0.472 -> 0.496 at the same precision. Elsewhere (a
    // pasted sentence, a summary) they stay hints under the skills threshold: counted there too,
    // SkillSpan dev strict F1 fell 0.487 -> 0.467 (its annotators mark fewer of them).
    const named = words === 1 ? !!skill?.tool && writtenAsName(text, p.start, p.end) : p.confidence >= 0.75 && ASKED_FOR.includes(section);
    out.push({ ...p, confidence: Math.min(p.confidence, named ? PASSED_OVER_NAMED : PASSED_OVER_HINT) });
  }
  // a series of names inside a sentence the tagger passed over ("such areas as auditing, billing,
  // cash management, cost accounting"): each name, counted as the passed-over graph labels are
  if (terms) {
    const known = (t: string) => namedByGraph(t, graph) || terms.isSkillTerm(t);
    for (const s of seriesNames(text, known)) {
      if (out.some((c) => c.start < s.end && s.start < c.end)) continue;
      if (tokenizeWords(s.text).length <= 4 && namesRole(s.text, graph)) continue;
      const named = graph.lookupSkill(s.text);
      const key = normalizeTerm(s.text);
      out.push({
        start: s.start, end: s.end, name: named?.name ?? titleCase(s.text), id: named?.id ?? `new:${key}`, kind: named?.kind ?? 'skill',
        confidence: ASKED_FOR.includes(section) ? PASSED_OVER_NAMED : PASSED_OVER_HINT, source: 'phrase',
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a one-word graph phrase only qualifies the head noun the span ends with ("Italian| cuisine",
 * "Community| Nursing", "Microsoft| Azure"): one or two words right after it that are no word of
 * what kind of competence it is ("Python| skills", "Excel| spreadsheets", "SQL| development"), no
 * preposition or adverb ("manage time| effectively", "lead a team| of nurses" are the phrase's own
 * work, told how or whom).
 */
function modifiesOwnHead(phrase: string, after: string): boolean {
  if (tokenizeWords(phrase).length > 1 || !/^\s+\p{L}/u.test(after)) return false;
  const words = tokenizeWords(after).map((w) => w.text.toLowerCase());
  return words.length >= 1 && words.length <= 2 && !words.every((w) => COMPETENCE_WORDS.has(w)) &&
    !words.some((w) => NOT_A_HEAD.has(w) || /ly$/.test(w));
}
/** words after a phrase that tell how, whom or what else, not a head noun of their own */
const NOT_A_HEAD = new Set(['of', 'for', 'with', 'to', 'in', 'on', 'at', 'by', 'from', 'and', 'or', 'as', 'across', 'within', 'the', 'a', 'an', 'all', 'others', 'people', 'well']);
/** words that say what kind of competence a name is, after it */
const COMPETENCE_WORDS = new Set(['skill', 'skills', 'ability', 'abilities', 'knowledge', 'proficiency', 'experience', 'expertise', 'background', 'competence', 'competency',
  'development', 'programming', 'coding', 'scripting', 'software', 'tools', 'tool', 'applications', 'application', 'suite', 'package', 'packages', 'platform', 'platforms',
  'spreadsheets', 'spreadsheet', 'database', 'databases', 'queries', 'query', 'reports', 'reporting', 'drawings', 'files', 'documents', 'models', 'scripts', 'certification', 'certified', 'certificate', 'training', 'techniques',
  'methods', 'principles', 'practices', 'procedures', 'systems', 'system', 'environment', 'environments', 'framework', 'frameworks', 'language', 'languages', 'usage', 'use',
  'and', 'or', 'etc', 'e.g']);

const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/u;

/**
 * A tagger span cut at its semicolons: a semicolon ends a clause or a list entry, so no name runs
 * across one ("prepares various reports; applies sound supervisory principles" is two), and a
 * piece opened by a joining word ("; and fulfills ...") starts after it.
 */
function piecesBetweenSemicolons<T extends { start: number; end: number }>(text: string, span: T): T[] {
  const inside = text.slice(span.start, span.end);
  if (!inside.includes(';')) return [span];
  const pieces: T[] = [];
  let from = 0;
  for (const part of inside.split(';')) {
    const lead = /^\s*(?:(?:and|or|&)\s+)?/i.exec(part)![0].length;
    const body = part.slice(lead).trimEnd();
    if (/\p{L}/u.test(body)) pieces.push({ ...span, start: span.start + from + lead, end: span.start + from + lead + body.length });
    from += part.length + 1;
  }
  return pieces;
}
/** a comma opening a clause with its own subject or object: what follows is no part of a name before it */
const CLAUSE_AFTER_COMMA = /\s*,\s*(?=(?:the|a|an|our|your|their|this|these|those|we|you|they|he|she|it|which|who)\b)/i;

/** Distinct skills of a document: one mention per canonical skill, skills-section mentions first. */
export function distinctSkills(mentions: SkillMention[], minConfidence = 0.5): SkillMention[] {
  const best = new Map<string, SkillMention>();
  const rank = (m: SkillMention) => (LIST_SECTIONS.includes(m.section) ? 1 : 0) + m.confidence;
  for (const m of mentions) {
    if (m.confidence < minConfidence) continue;
    // one per skill: a linked skill shown under its own words in two spellings is still one
    const key = m.id.startsWith('new:') || m.id.startsWith('workspace:') ? normalizeTerm(m.name) : m.id;
    const prev = best.get(key);
    if (!prev || rank(m) > rank(prev)) best.set(key, m);
  }
  return [...best.values()].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

export type { TextBlock };
