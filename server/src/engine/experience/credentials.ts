// A job's education and licence requirements: the sentences of its requirement zones that ask
// for a degree or a licence, each with its range, so a pipeline sees what the editor shows.
import type { HrDocument, RequirementText } from '../types.js';
import { blockRange } from '../document/positions.js';
import { readingOf } from '../document/zones.js';
import { MAX_REQUIREMENT_TEXT } from './extract.js';
import { asksOfCandidate, niceToHaveAt, PROSE_ZONES } from '../document/asks.js';

const EDUCATION = /\b(?:degree|bachelor'?s?|master'?s?|diploma|graduat(?:e|ion) from|high school|GED|GCSE|A[- ]levels?|NVQ|BTEC|associate'?s? degree|PhD|doctorate|college|university)\b/i;
const LICENCE = /\b(?:licen[cs]e[ds]?|certified|certification|certificate|registration|registered with|NMC|HCPC|GMC|CDL|food handlers?)\b/i;
const ASKING_ZONES = new Set(['required', 'preferred']);
// a prose ask names a qualification without a licence word ("an RMN qualified Nurse")
const QUALIFIED = /\bqualified\b/i;

// A licence to be gained once in post ("new appointees must obtain their EIT certificate within
// three years", "CPR certification within 30 days of hire"): the explanation says so. It still
// counts in the match score, whose training pairs read a posting's licences as a sign of its field.
// "At the time of appointment", "within the past two years" and "within six months of the
// interview" ask for it now. "Or willing to work towards it" is left: such a sentence mostly asks
// for another licence beside it.
const GAINED_IN_POST = /\b(?:(?:after|following)\s+(?:hire|hiring|appointment|employment)|new(?:ly)?\s+appointees?)\b/i;
// a time counted from the hire, or standing alone at the end of its clause
const WITHIN_A_TIME = /\bwithin\s+(?:the\s+first\s+|(?:a|an|one|two|three|four|five|six|nine|twelve|eighteen|\d+)\s+)(?:calendar\s+)?(?:days?|weeks?|months?|years?)(?:\s+(?:of|after|from)\s+(?:the\s+)?(?:date\s+of\s+)?(?:hire|hiring|appointment|employment|start(?:ing)?|joining|taking\s+up)\b|\s*(?:[.;,)]|$))/i;
const GAIN = /\b(?:obtain(?:ed)?|attain(?:ed)?|achieve[ds]?|acquire[ds]?|gain(?:ed)?|complete[ds]?|undertake|pass(?:ed)?|become|qualify|require[ds]?)\b/i;

/** whether a sentence asks for a licence to be gained after hiring rather than held when applying */
export function gainedInPost(sentence: string): boolean {
  return GAINED_IN_POST.test(sentence) || (WITHIN_A_TIME.test(sentence) && GAIN.test(sentence));
}

/** a licence sentence as listed (its text cut to length), marked where the whole sentence gives time to gain it */
function licenceAsked(entry: RequirementText, sentence: string): RequirementText {
  return gainedInPost(sentence) ? { ...entry, gainedInPost: true } : entry;
}

/**
 * Sentences of a posting's required and preferred zones that ask for education or a licence, and
 * the sentences of its prose that ask the candidate for a licence or a qualification.
 */
export function extractCredentials(doc: HrDocument): { education: RequirementText[]; licences: RequirementText[] } {
  const education: RequirementText[] = [];
  const licences: RequirementText[] = [];
  for (const block of doc.blocks) {
    if (!block.text.trim()) continue;
    const asking = ASKING_ZONES.has(block.zone);
    if (!asking && !PROSE_ZONES.has(block.zone)) continue;
    const required = block.zone !== 'preferred' && readingOf(doc, block) !== 'preferredSkills';
    for (const { text, start, end } of sentences(block.text)) {
      const entry = (asked: RegExp) => ({ text: text.slice(0, MAX_REQUIREMENT_TEXT), required: required && !wishedIn(text, asked), range: blockRange(doc.lineStarts, block.offsets, start, end) });
      if (!asking) {
        if ((LICENCE.test(text) || QUALIFIED.test(text)) && asksOfCandidate(text)) licences.push(licenceAsked(entry(LICENCE.test(text) ? LICENCE : QUALIFIED), text));
        continue;
      }
      if (EDUCATION.test(text)) education.push(entry(EDUCATION));
      if (LICENCE.test(text)) licences.push(licenceAsked(entry(LICENCE), text));
    }
  }
  return { education, licences };
}

/**
 * Whether the clause naming a credential wishes for it rather than requires it, in a zone that
 * requires ("A bachelor's degree in hydrology is preferred", "ideally a CDL"), as a skill's clause
 * is read (niceToHaveAt): "Degree required, MBA preferred" still requires the degree.
 */
function wishedIn(sentence: string, asked: RegExp): boolean {
  const at = asked.exec(sentence);
  return !!at && niceToHaveAt(sentence, at.index, at.index + at[0].length);
}

function sentences(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = /[^.;!?\n]+(?:[.;!?](?=\s|$)|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}
