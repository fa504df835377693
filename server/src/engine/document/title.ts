// The document's role title: a posting's job title, a resume's current or target role. Written
// titles come first (front matter, a "# Title" or "Job title:" line, a block the zone model calls
// the title). Pasted text often has none of these, so candidates are also read where people put
// a title ("Working Title: ...", "We are hiring a Lead Preschool Teacher ...", "Finance
// Coordinator, Sarasota County — ...", a resume's header line) and kept only when they read as
// a title: short, and ending in a word that heads occupation titles (the O*NET title lexicon).
// Never a city, an employer or a heading such as "About Me".
import type { ExperienceEntry, HrDocument } from '../types.js';
import { isRankHead, type TitleLexicon } from '../experience/lexicon.js';
import { namedTitle } from '../experience/extract.js';
import { isStandardHeading } from './sections.js';

const MAX_WORDS = 10;
const LABELLED = /^\s*(?:\*\*|__)?(?:working title|role title|position title|job title|position|role|vacancy|post|designation|advert for|job posting for)(?:\*\*|__)?\s*[:–—-]\s*(?:\*\*|__)?(.{3,100}?)(?:\*\*|__)?\s*$/i;
// "Working Title Welding Adjunct Instructor Role Title ...", "Advert for Critical Care Coordinator": a label with no colon
const LABELLED_BARE = /^\s*(?:working title|role title|position title|advert for|job posting for)\s+([A-Z].{2,100}?)(?:\s+(?:role title|working title|position|department|location|salary)\b.*)?$/i;
// words before a role that describe the person or the post, not the role
const DESCRIBES_PERSON = new Set(('a an the our some few more couple of several new experienced enthusiastic motivated highly dedicated ' +
  'dynamic passionate friendly hardworking hard-working energetic fun cheerful reliable skilled committed caring compassionate ' +
  'talented qualified newly full part time full-time part-time permanent temporary fixed-term additional exceptional outstanding ' +
  'self-motivated organised organized proactive confident positive former current retired certified licensed extra').split(' '));
// "An Airport Engineer performs ...", "... the team as a Workforce Assistant", "for a motivated and
// enthusiastic IT Technician to join": a capitalised role in prose, describing words before it
const DESCRIBING = String.raw`(?:(?:${[...DESCRIBES_PERSON].join('|')}|and),?\s+)*`;
const ARTICLE_ROLE = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he|as an?|for an?)\s+${DESCRIBING}((?:[A-Z][\w&/'’.-]*)(?:\s+(?:[A-Z][\w&/'’.-]*|of|and|&|\/)){0,6})`, 'g');
// a phrase followed by one of these is a credential ("Food Handler card"), not the role
const CREDENTIAL_AFTER = /^\s*(?:['’]s\s+)?(?:card|cards|certificat\w*|licen[cs]e\w*|permit|registration|training|course)\b/i;
const CREDENTIAL_IN = /\b(?:card|certificat\w*|licen[cs]e|permit)\b/i;
// zones a posting's title is written in; the employer's name ("Archer Hotel, 3113 Palm Way") and
// the requirements ("Team Player", "Valid Food Handler") are not
const TITLE_ZONES = new Set(['title', 'summary', 'other']);
// zones whose hiring words are about something else ("experience as a line cook", "how to apply")
const AFTER_THE_ROLE = new Set(['required', 'preferred', 'benefits', 'apply', 'legal']);
// the words a posting hires with
const HIRING_WORDS = String.raw`hiring|recruit(?:ing)?|looking for|seeking|searching for|appoint(?:ing)?|vacancy for|opportunit(?:y|ies) for|opening for`;
// "We are now hiring a Lead Preschool Teacher (Guide) for ...", "we are looking for an enthusiastic Staff Nurse to ..."
// "Applications are invited for the post of Consultant Anaesthetist", "... to the role of Systems
// Accountant within ...": a capitalised role after "post of" or "role of" too
const HIRING = new RegExp(String.raw`\b(?:${HIRING_WORDS}|(?:post|position|role) of)\s+(?:(?:an?|the|our|two|three|several|new|\d+)\s+)*(?:(?:[a-z][\w'-]*,?)\s+){0,3}?((?:[A-Z][\w&/'’.-]*)(?:\s+(?:[A-Z][\w&/'’.-]*|of|and|in|&|\/|-|–)){0,7})`);
// "Finance Coordinator, Sarasota County, Florida— ...", "The Quality Assurance Manager, working closely ...",
// "High School Teacher (Chinese) for ...": a parenthesis after the role qualifies it, no part of its name
const LEADING = /^\s*(?:the\s+)?((?:[A-Z][\w&/'’.()-]*)(?:\s+(?:[A-Z][\w&/'’.()-]*|of|and|in|&|\/|-|–|I{1,3}|IV)){0,7})(?:\s+\([^()\n]{1,40}\))?\s*(?:,|—|–|\s-\s|\sfor\s|\sat\s|\swill\s|\sis\s|$)/;

// a pay grade or hours written with a title ("Band 6 Theatre Practitioner", "Psychologist 1.0 wte",
// "HCA – Band 3"): not part of the role's name
const BAND = String.raw`band\s*\d+[a-d]?`;
const GRADE = String.raw`(?:${BAND}|grade\s*\d+[a-d]?)`;
const PAY_GRADE_BEFORE = new RegExp(String.raw`^${GRADE}\s+(?=[A-Za-z])`, 'i');
const PAY_GRADE_AFTER = new RegExp(String.raw`\s*(?:[-–—,(]\s*)?(?:${GRADE}(?:\s*\/\s*\d+[a-d]?)?|\d+(?:\.\d+)?\s*wte)\)?\.?$`, 'i');
/** a pay grade anywhere in a phrase ("recruiting band 5 staff nurses", "Staff Nurse Band 5") */
export const PAY_GRADE = new RegExp(String.raw`\b${GRADE}\b`, 'gi');
// inside a title only a band: a school's "Grade 3" names the class taught
const INNER_PAY_GRADE = new RegExp(String.raw`(?<=\S\s+)${BAND}(?=\s+[A-Za-z])`, 'gi');

/**
 * Prose as a role is read from it: asides in brackets and pay grades between the article and
 * the role go ("recruiting for a part-time (20 hrs/week) Finance Officer", "a full time Band 3
 * Administration Support Worker"), as do head counts ("1 x", "x2") and hours ("full time, and part time").
 */
function proseForRoles(text: string): string {
  // an aside mid-phrase only: one before a full stop ends the phrase as the bracket did
  return text.replace(/\s*\([^()\n]{0,40}\)(?=\s+[A-Za-z])/g, '').replace(PAY_GRADE, ' ').replace(/\b(?:\d+\s*x|x\s*\d+)\s+/gi, ' ')
    // hours between the article and the role ("several full time, and part time Health and Wellbeing Coaches")
    .replace(HOURS_BEFORE_ROLE, ' ').replace(/[ \t]+/g, ' ');
}

/** "full time, and part time", "part-time or full-time": the hours of a post, written before its role */
const HOURS_BEFORE_ROLE = /\b(?:full|part)[- ]time\b,?(?:\s*(?:\/|\band\b|\bor\b)\s*(?:\d+\s*x\s+)?(?:full|part)[- ]time\b)?(?=\s+[A-Za-z])/gi;

function clean(title: string): string {
  // "Bank Band 3 Hairdresser": a grade inside the title goes as well as one at either end
  return title.replace(INNER_PAY_GRADE, ' ').replace(/\*\*|__|[*_`#]/g, '').replace(/\s+/g, ' ').replace(/^[\s:–—-]+|[\s:.,;–—/&|-]+$/g, '')
    // "Working Title Welding Instructor", "Description: Registered Nurse": the label is not the title
    .replace(/^(?:(?:working|role|position|job)\s+title|description|position|vacancy)\s*[:–—-]?\s+(?=[A-Z])/i, '')
    .replace(PAY_GRADE_BEFORE, '').replace(PAY_GRADE_AFTER, '').replace(/[\s:.,;–—/&|-]+$/, '').trim();
}

/**
 * "SENIOR ACCOUNTANT" reads as "Senior Accountant"; short capitals stay ("HR", "ICU"), unless a
 * period marks them as an abbreviated word ("SR." -> "Sr.", "ASST." -> "Asst.").
 */
export function fromCapitals(title: string): string {
  if (title !== title.toUpperCase() || !/[A-Z]{4}/.test(title)) return title;
  return title.replace(/[A-ZÀ-Ý]+(?:['’][A-Z]+)?/g, (w: string, at: number) => {
    if (/^(?:OF|AND|IN|FOR|TO|THE|AT)$/.test(w)) return w.toLowerCase();
    const abbreviated = w.length >= 2 && title[at + w.length] === '.';
    return w.length <= 3 && !abbreviated ? w : w[0] + w.slice(1).toLowerCase();
  });
}

/** Whether a word heads occupation titles often enough ("Nurse", "Coordinator"; not "Health"). */
function isHeadWord(word: string, lexicon: TitleLexicon): boolean {
  const w = word.replace(/[^A-Za-z]/g, '');
  // "Business Development Lead", "Department Head": a rank word ending a title heads it, though it
  // qualifies another word as often ("Lead Cook") and so heads few of the titles it occurs in
  if (isRankHead(w)) return true;
  const heads = lexicon.heads(w);
  if (heads >= 2 && heads >= 0.2 * lexicon.occurs(w)) return true;
  // a plural ("Servers", "Line Cooks", "Secretaries"): postings name the role they hire several of
  const singular = singularOf(w);
  return !!singular && singular.length >= 3 && isHeadWord(singular, lexicon);
}

/**
 * The title a phrase states, or undefined: a few words ending in a word that heads occupation
 * titles ("Consultant in Gastroenterology" and "Director of Finance" head before "in" / "of"). A
 * short tail after the title is dropped ("Special Education Teacher - FreshSTART").
 */
export function titleIn(phrase: string, lexicon: TitleLexicon): string | undefined {
  const whole = titleInPhrase(phrase, lexicon);
  if (whole) return whole;
  // "Pre-assessment Nurse, Full time - Band 5": the title is the first segment
  const segment = phrase.split(/\s*(?:,|\||–|—|\s-\s)\s*/)[0];
  return segment !== phrase ? titleInPhrase(segment, lexicon) : undefined;
}

function titleInPhrase(phrase: string, lexicon: TitleLexicon): string | undefined {
  const text = clean(phrase).replace(/^the\s+/i, '');
  if (!text || isStandardHeading(text)) return undefined;
  const words = text.split(/\s+/);
  if (words.length > MAX_WORDS + 4) return undefined;
  const allCapitalised = !/:/.test(text) && words.every((w) => /^[A-Z(&–-]/.test(w) || /^(?:of|and|in|for|to|the|at|&|\/|-|–)$/.test(w));
  // the longest prefix whose last word heads titles, or a head before "in"/"of" + a few words
  for (let end = Math.min(words.length, MAX_WORDS); end >= 1; end--) {
    const last = words[end - 1].replace(/[(),]/g, '').split(/[/-]/).filter(Boolean).map((w) => w.replace(/-/g, ''));
    const joined = words[end - 1].replace(/[^A-Za-z]/g, '');
    if (!(last.some((w) => isHeadWord(w, lexicon)) || isHeadWord(joined, lexicon))) continue;
    // a short tail ("Special Education Teacher - FreshSTART"); a line written all in capitalised
    // words may go on to its unit and place ("Staff Nurse Acute Cardiac Unit Pilgrim Hospital, Boston")
    if (words.length - end > (allCapitalised ? 8 : 4)) return undefined;
    // "Food Handler's Certification": a credential named after a role
    if (CREDENTIAL_AFTER.test(words.slice(end).join(' '))) return undefined;
    const title = words.slice(0, end);
    // written as a title: capitalised words (or connectors), no figures ("Monday through Friday 8:00")
    if (!title.every((w) => /^[A-Z(]/.test(w) || /^(?:of|and|in|for|&|\/|-|–|to)$/.test(w)) || title.some((w) => /\d/.test(w))) return undefined;
    // one word alone must be a title on its own ("Chemist", "Auditor"), not "Professional"
    if (end === 1 && lexicon.heads(joined) < 0.6 * lexicon.occurs(joined)) return undefined;
    const cut = words.findIndex((w, i) => i > 0 && i < end && /^(?:of|in|for)$/i.test(w));
    if (cut > 0 && end - cut > 4) return undefined;
    // "Director of Finance", "Consultant in Gastroenterology": the field after the head is the
    // title's most telling part, where its words are words titles use (not "in London")
    const field = fieldAfterHead(words, end, lexicon);
    if (field) return fromCapitals(clean(words.slice(0, end + field).join(' ')));
    // "Registered Nurses", "Health Care Assistants": a posting hiring several names one role
    const lastWord = words[end - 1];
    const singular = singularHead(lastWord, lexicon);
    return fromCapitals(clean([...words.slice(0, end - 1), singular].join(' ')));
  }
  return undefined;
}

const ORGANISATION_WORD = /^(?:office|department|division|agency|board|council|county|city|company|corporation|inc\.?|ltd\.?|llc|trust|hospital|school|university|college|district)$/i;

/**
 * How many words after a title's head name its field: "of" or "in" and up to four capitalised
 * words that occupation titles use, running to the end of the phrase or to a tail after a comma
 * or dash; 0 where there is none.
 */
function fieldAfterHead(words: string[], end: number, lexicon: TitleLexicon): number {
  if (!/^(?:of|in)$/i.test(words[end] ?? '')) return 0;
  let n = 0;
  while (n < 4 && end + 1 + n < words.length) {
    const w = words[end + 1 + n];
    if (/^[–—-]$/.test(w)) break;
    const bare = w.replace(/[,;:]$/, '');
    const connector = /^(?:and|&)$/i.test(bare);
    if (!connector && (!/^[A-Z][A-Za-z'’-]*$/.test(bare) || !lexicon.occurs(bare.replace(/['’]s$/, '')))) return 0;
    n++;
    if (bare !== w) break;
  }
  const next = words[end + 1 + n];
  const last = (words[end + n] ?? '').replace(/[,;:]$/, '');
  const tailStarts = next === undefined || /[,;:]$/.test(words[end + n]) || /^[–—-]$/.test(next);
  // "Secretary of State's Office": an employer, not a field
  return n > 0 && !/^(?:and|&)$/i.test(last) && !ORGANISATION_WORD.test(last) && tailStarts ? n + 1 : 0;
}

// "we are looking for 3 experienced line cooks", "seeking to recruit a ward clerk", "Are you an
// experienced CAMHS Mental Health Practitioner", "If you are an experienced Psychologist looking
// for ...", "Our trailer needs a part-time cook": a role after a hiring phrase, in any case
const HIRED = new RegExp(String.raw`\b(?:${HIRING_WORDS}|in need of|^\s*need|needs|are you|if you are)\s+(?=([^.;:!?()\n]{3,90}))`, 'gim');
// words that end a role phrase without being part of it
const NOT_IN_ROLE = new Set('to for with who that which in at on from by is are be will can this their your you we as within across of the a an and or'.split(' '));
// a person, not a role ("looking for a person who ...", "recruiting candidates")
const ANYONE = new Set('person people individual individuals candidate candidates applicant applicants someone member members professional professionals staff team'.split(' '));

/** Roles named after a hiring phrase, title-cased ("line cooks" -> "Line Cook"). */
function hiredRoles(text: string, lexicon: TitleLexicon): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(HIRED)) {
    const words = m[1].replace(PAY_GRADE, ' ').split(/\s+/).filter(Boolean);
    let from = 0;
    while (from < words.length && describesPerson(words[from].replace(/,$/, ''), lexicon)) from++;
    for (let end = from; end < Math.min(words.length, from + 4); end++) {
      // "cooks-2 breakfast shifts": figures glued to the word are not part of it
      const word = words[end].replace(/[-–]\d.*$/, '').replace(/,$/, '');
      if (!/^[A-Za-z][A-Za-z'’/-]*$/.test(word) || NOT_IN_ROLE.has(word.toLowerCase())) break;
      if (!isHeadWord(word, lexicon)) {
        // "servers, energetic and polished professionals": a comma ends the role
        if (words[end].endsWith(',')) break;
        continue;
      }
      const head = singularHead(word, lexicon);
      if (end === from && ANYONE.has(word.toLowerCase())) break;
      out.push([...words.slice(from, end), head].map((w) => (/[A-Z]/.test(w) ? w : w[0].toUpperCase() + w.slice(1))).join(' '));
      break;
    }
  }
  return out;
}

/**
 * A word before the role that describes the person or the post: a known describing word, a
 * figure, "and" between two of them ("motivated and creative bartender"), or a lower-case word
 * no occupation title uses ("responsible cooks", "opening cooks").
 */
function describesPerson(word: string, lexicon: TitleLexicon): boolean {
  const lower = word.toLowerCase();
  if (DESCRIBES_PERSON.has(lower) || /^\d+$/.test(word) || lower === 'and' || lower === 'or') return true;
  return /^[a-z][a-z-]*$/.test(word) && !NOT_IN_ROLE.has(lower) && !ANYONE.has(lower) && lexicon.occurs(lower) === 0 && lexicon.heads(lower) === 0;
}

/** "cooks" made singular when the singular heads titles ("Line Cook"); else as written */
function singularHead(word: string, lexicon: TitleLexicon): string {
  const singular = singularOf(word);
  return singular && lexicon.heads(singular.toLowerCase()) >= 2 ? singular : word;
}

/** a regular plural's singular ("Secretaries" -> "Secretary", "Coaches" -> "Coach", "cooks" -> "cook"); undefined for any other word */
function singularOf(word: string): string | undefined {
  if (/ies$/i.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|ss)es$/i.test(word)) return word.slice(0, -2);
  return /[^s]s$/i.test(word) ? word.slice(0, -1) : undefined;
}

function candidates(doc: HrDocument, lexicon: TitleLexicon): string[] {
  const out: string[] = [];
  const blocks = doc.blocks.filter((b) => b.text.trim());
  for (const b of blocks) if (b.zone === 'title') out.push(b.text);
  // "## Waiting List Co-ordinator": a first heading that names no section
  for (const sec of doc.sections.slice(0, 3)) if (sec.heading && !isStandardHeading(sec.heading)) out.push(sec.heading);
  for (const b of blocks.slice(0, 40)) {
    const first = b.text.split('\n')[0];
    const m = LABELLED.exec(first) ?? LABELLED_BARE.exec(first);
    if (m) out.push(m[1]);
  }
  // the opening's prose as roles are read from it, once per block for the three readers below
  const proseOf = new Map<(typeof blocks)[number], string>();
  const prose = (b: (typeof blocks)[number]) => {
    let p = proseOf.get(b);
    if (p === undefined) proseOf.set(b, (p = proseForRoles(b.text)));
    return p;
  };
  // the first block too, whatever its zone: a posting written as one paragraph opens with its
  // title ("Elections Administrator, Wise County, Texas — position is responsible for ...") though
  // the paragraph reads as duties
  const opening = blocks.slice(0, 6).filter((b, i) => i === 0 || TITLE_ZONES.has(b.zone) || b.type === 'heading');
  for (const b of opening) {
    const first = b.text.split('\n')[0];
    if (first.split(/\s+/).length <= MAX_WORDS && !CREDENTIAL_IN.test(first)) out.push(first);
    const hiring = HIRING.exec(prose(b));
    if (hiring) out.push(hiring[1]);
    const leading = LEADING.exec(first);
    if (leading && !CREDENTIAL_AFTER.test(first.slice(leading.index + leading[0].length - 1).replace(/^[,—–-]/, ''))) out.push(leading[1]);
  }
  // a role written in lower case after a hiring phrase ("looking for a ward clerk"), after every
  // title the opening writes as one
  for (const b of blocks.slice(0, 8).filter((x) => !AFTER_THE_ROLE.has(x.zone))) out.push(...hiredRoles(prose(b), lexicon));
  // a role named in the opening prose, with an article: the posting's subject
  for (const b of blocks.slice(0, 12).filter((x) => TITLE_ZONES.has(x.zone) || x.zone === 'responsibilities')) {
    const text = prose(b);
    for (const m of text.matchAll(ARTICLE_ROLE)) {
      if (CREDENTIAL_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      out.push(m[1]);
    }
  }
  return out.map(clean).filter(Boolean);
}

/**
 * The role title of a document. `written` is what the document states outright (front matter,
 * a title heading, a "Job title:" line); for a resume the first role is the last resort.
 */
export function documentTitle(doc: HrDocument, written: string | undefined, lexicon: TitleLexicon, experience: ExperienceEntry[] = []): string | undefined {
  if (written) return written;
  if (doc.kind === 'other') return undefined;
  if (doc.kind === 'resume') {
    // the header line under the name ("SENIOR ACCOUNTANT"), else the current role
    const body = doc.blocks.findIndex((b) => b.zone === 'experience' || b.zone === 'education' || b.zone === 'skills');
    const header = doc.blocks.slice(0, body < 0 ? undefined : body).filter((b) => b.text.trim() && (b.zone === 'contact' || b.zone === 'summary' || b.zone === 'other')).slice(0, 4);
    for (const b of header) {
      const title = titleIn(b.text.split('\n')[0], lexicon);
      if (title) return title;
    }
    const current = experience.find((e) => namedTitle(e));
    return current && namedTitle(current);
  }
  for (const c of candidates(doc, lexicon)) {
    const title = titleIn(c, lexicon);
    if (title) return title;
  }
  return undefined;
}
