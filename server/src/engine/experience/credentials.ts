// A job's education and licence requirements: the sentences of its requirement zones that ask
// for a degree or a licence, each with its range, so a pipeline sees what the editor shows.
import type { HrDocument, RequirementText } from '../types.js';
import { blockRange } from '../document/positions.js';
import { readingOf } from '../document/zones.js';
import { MAX_REQUIREMENT_TEXT } from './extract.js';
import { asksOfCandidate, PROSE_ZONES } from '../document/asks.js';

const EDUCATION = /\b(?:degree|bachelor'?s?|master'?s?|diploma|graduat(?:e|ion) from|high school|GED|GCSE|A[- ]levels?|NVQ|BTEC|associate'?s? degree|PhD|doctorate|college|university)\b/i;
const LICENCE = /\b(?:licen[cs]e[ds]?|certified|certification|certificate|registration|registered with|NMC|HCPC|GMC|CDL|food handlers?)\b/i;
const ASKING_ZONES = new Set(['required', 'preferred']);
// a prose ask names a qualification without a licence word ("an RMN qualified Nurse")
const QUALIFIED = /\bqualified\b/i;

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
      const entry = { text: text.slice(0, MAX_REQUIREMENT_TEXT), required, range: blockRange(doc.lineStarts, block.offsets, start, end) };
      if (!asking) {
        if ((LICENCE.test(text) || QUALIFIED.test(text)) && asksOfCandidate(text)) licences.push(entry);
        continue;
      }
      if (EDUCATION.test(text)) education.push(entry);
      if (LICENCE.test(text)) licences.push(entry);
    }
  }
  return { education, licences };
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
