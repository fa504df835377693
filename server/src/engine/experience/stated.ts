// Years a resume states in its own words: "Data analyst with nine years of experience writing
// SQL", "10+ years of experience in payroll". Employment dates are the main evidence of years;
// a profile's statement is what a recruiter reads too, and it counts where the dated roles show
// fewer years of the subject (their bullets need not name every tool used).
import { blockRange } from '../document/positions.js';
import { parseCount } from './dates.js';
import { contentWords, coverage } from '../match/similarity.js';
import type { DocumentAnalysis, Range } from '../types.js';

export interface StatedYears {
  years: number;
  /** the statement as written */
  text: string;
  range: Range;
}

// where a resume states its years: its profile and the lines of its header
const STATED_ZONES = new Set(['summary', 'contact', 'other']);
const COUNT = String.raw`\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty`;
const YEARS = String.raw`\b(${COUNT})\s*\+?\s*(?:plus\s+)?years?\b['’]?`;
// "nine years of experience writing SQL", "10+ years' experience in payroll", "5 years of hands-on
// experience with Python", "more than 7 years in a 24-bed adult ICU", "six years as a line cook";
// what the years were spent on ends where another count of years begins ("10 years of acute care
// experience, including more than 7 years in an adult ICU" gives acute care 10, adult ICU 7)
const STATEMENT = new RegExp(String.raw`${YEARS}\s+(?:(?:of\s+)?(?:(?:professional|hands-on|progressive|relevant|industry|proven|combined)\s+)*experience\s+)?((?:in|with|writing|using|as|on|doing|building|managing|leading|across|of)\b(?:(?!${YEARS.replace('(', '(?:')})[^.;!?]){2,100})`, 'gi');

/** The most years the resume's profile states for a subject (its content words all named after the years), or undefined. */
export function statedYears(resume: DocumentAnalysis, subject: ReadonlySet<string>): StatedYears | undefined {
  if (!subject.size) return undefined;
  let best: StatedYears | undefined;
  for (const block of resume.doc.blocks) {
    if (!STATED_ZONES.has(block.zone) || block.type === 'heading') continue;
    for (const m of block.text.matchAll(STATEMENT)) {
      const years = parseCount(m[1]);
      if (years === undefined || years <= 0 || years > 50) continue;
      // the statement up to the first "and" or comma after which the subject is named ("... writing SQL")
      const said = shortestNaming(m[2], subject);
      if (said === undefined) continue;
      if (best && best.years >= years) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length - m[2].length + said.length;
      best = { years, text: block.text.slice(start, end).replace(/\s+/g, ' '), range: blockRange(resume.doc.lineStarts, block.offsets, start, end) };
    }
  }
  return best;
}

/** The shortest leading part of `text`, cut before an "and" or a comma, whose words name every subject word; undefined when none does. */
function shortestNaming(text: string, subject: ReadonlySet<string>): string | undefined {
  for (const cut of [...text.matchAll(/\s*(?:,|\band\b)\s*/g)].map((c) => c.index ?? text.length).concat(text.length)) {
    const part = text.slice(0, cut).trimEnd();
    if (coverage(subject, contentWords(part)) >= 0.99) return part;
  }
  return undefined;
}
