// Licences and registrations a posting asks for by name, and whether the resume names them: a
// recruiter's first filter ("RMN qualified", "CCAB", "FAA A&P", "a valid CDL"). A name is an
// acronym in a sentence that asks for a licence or a registration (experience/credentials.ts);
// the resume names it when the same acronym stands in its text. The share missing only falls as
// a resume says more, so the matcher stays monotone in the evidence.
import type { DocumentAnalysis, Range } from '../types.js';
import { lineAt } from '../document/positions.js';

export interface CredentialEvidence {
  /** the acronym as the posting writes it ("RMN") */
  name: string;
  /** the sentence of the posting that asks for it */
  asked: { text: string; range: Range };
  /** whether the resume's text names it */
  named: boolean;
  /** the resume line (0-based) that first names it */
  namedOnLine?: number;
  /** the post gives time to gain it after hiring */
  gainedInPost?: boolean;
}

// acronyms that name no licence: places, bodies every posting names, checks that no resume lists,
// the capitals of shouted text, and school-leaving qualifications ("a high school diploma or GED
// certificate", "GCSE English and Maths"), which are schooling: a resume with a degree holds them
// without naming them
const NOT_CREDENTIALS = new Set(('NHS UK US USA EU EEA IT HR CV ID PIN DBS CRB PVG NI TB MMR PPE COVID AM PM FT PT ASAP RSVP OR AND THE OF ' +
  'TO IN FOR WITH MUST HAVE BE ARE IS ALL ANY OUR YOU WE AN AS AT BY ON NOT NO YES JOB ROLE POST CEO UKVI EOE EEO ADA FAQ GED GCSE GCSES').split(' '));
const ACRONYM = /\b[A-Z][A-Z&]{1,5}\b/g;

/** the acronyms a sentence asks for; none from a sentence written mostly in capitals */
function namesIn(sentence: string): string[] {
  const letters = sentence.replace(/[^A-Za-z]/g, '');
  if (!letters || letters.replace(/[^A-Z]/g, '').length > 0.5 * letters.length) return [];
  return [...new Set([...sentence.matchAll(ACRONYM)].map((m) => m[0]).filter((a) => !NOT_CREDENTIALS.has(a) && !/&$/.test(a)))];
}

const caches = new WeakMap<DocumentAnalysis, WeakMap<DocumentAnalysis, CredentialEvidence[]>>();

/** Each licence or registration the posting requires by name, and whether the resume names it. */
export function credentialEvidence(resume: DocumentAnalysis, job: DocumentAnalysis): CredentialEvidence[] {
  let byResume = caches.get(job);
  if (!byResume) caches.set(job, (byResume = new WeakMap()));
  const cached = byResume.get(resume);
  if (cached) return cached;
  const out: CredentialEvidence[] = [];
  const text = resume.doc.source;
  for (const asked of job.credentials?.licences ?? []) {
    if (!asked.required) continue;
    for (const name of namesIn(asked.text)) {
      if (out.some((e) => e.name === name && e.asked.text === asked.text)) continue;
      const at = new RegExp(`(?<![A-Za-z])${name.replace(/&/g, '\\&')}(?![A-Za-z])`).exec(text)?.index;
      const namedOnLine = at === undefined ? undefined : lineAt(resume.doc.lineStarts, at);
      out.push({ name, asked: { text: asked.text, range: asked.range }, named: at !== undefined, ...(namedOnLine !== undefined ? { namedOnLine } : {}), ...(asked.gainedInPost ? { gainedInPost: true } : {}) });
    }
  }
  byResume.set(resume, out);
  return out;
}

/**
 * The share of the posting's asking sentences none of whose licences the resume names (0 when
 * the posting names none): the names of one sentence are alternatives or one bundle ("a CPA or
 * CFA, CTP certificate"), so naming one of them meets it.
 */
export function credentialMissingShare(evidence: readonly CredentialEvidence[]): number {
  const sentences = new Map<string, boolean>();
  for (const e of evidence) sentences.set(e.asked.text, (sentences.get(e.asked.text) ?? false) || e.named);
  return sentences.size ? [...sentences.values()].filter((met) => !met).length / sentences.size : 0;
}
