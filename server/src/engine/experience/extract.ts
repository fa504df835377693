// Resume experience entries (title, employer, dates -> months) and a job's experience
// requirements ("at least 4 years as X", "3+ years of Y", "5 years' experience in Z").
import type { ExperienceEntry, ExperienceRequirement, HrDocument, Range, ResumeZone, SectionKind, TextBlock, Zone } from '../types.js';
import { blockRange, rangeOf } from '../document/positions.js';
import { NON_REQUIREMENT_ZONES, readingOf } from '../document/zones.js';
import { findDateRanges, monthKey, parseCount, type FoundRange, type YearMonth } from './dates.js';
import { findAnchors, HEADER_WINDOW, linesOf, readHeaders } from './headers.js';
import { readsAsTitle, TitleLexicon } from './lexicon.js';
import { tokenizeWords } from '../text/normalize.js';
import { niceToHaveAt, sentenceStart } from '../document/asks.js';
import { verbForm } from '../lang/en/verbs.js';
import { isRankWord, namesOnlyRank } from '../lang/en/seniority.js';
import { describesPerson } from '../lang/en/person-words.js';

export function referenceOf(referenceMonth?: string): YearMonth {
  const m = referenceMonth && /^(\d{4})-(\d{2})$/.exec(referenceMonth);
  if (m) return { year: +m[1], month: +m[2], exact: true };
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, exact: true };
}

const LEAD_IN = /^\s*(?:(?:served|worked|working|employed|experience|acted|functioned|spent \w+ years?)\s+(?:as|at)\s+(?:an?|the)?\s*|(?:position|role|title|job)\s*:\s*|as\s+an?\s+)/i;
const EMPLOYER_SPLIT = /\s+(?:at|@|with|for)\s+|\s*[,|—–]\s*|\s+-\s+(?=[A-Z][\w&.]*(?:\s+(?:Inc|LLC|Ltd|Corp|Company|Co|Group|Hospital|University|School|Bank)\b))/;

// a label before the dates ("Experience: 2021 - 2022") is not the role; the role is on another line
const NOT_A_ROLE = /^(?:years?(?: of service)?|dates?(?: (?:employed|of employment))?|period|duration|tenure|experience|employment|time|from|worked|employed)$/i;
/** "Position: X", "Job Title: X" */
const ROLE_LABEL = '(?:(?:(?:job|position|role)\\s+)?(?:position|role|title|designation)|job)';
const LABELLED_ROLE_LINES = new RegExp(`(?:^|\\n)\\s*${ROLE_LABEL}\\s*:\\s*([^\\n]+)`, 'gi');
const ROLE_LABEL_LEAD = new RegExp(`^\\s*${ROLE_LABEL}\\s*:\\s*`, 'i');

/** how far above its date a labelled role line is read (its own line: within HEADER_WINDOW) */
const LABEL_WINDOW = 2000;

/** Whether a cleaned-up text can be a role: a few letters, and not a label such as "Dates". */
function isRole(text: string): boolean {
  return text.length >= 3 && !NOT_A_ROLE.test(text);
}
// sentence ends, but not the period of "Inc." or "Jr."
const SENTENCE_BREAK = /(?<!\b(?:Inc|Ltd|Corp|Co|Jr|Sr|St|Dr|Mr|Ms|Mrs|No|vs|Dept|Univ|Assoc))[.;:]\s+(?=\S)/;
// what follows the role in a sentence ("Software Engineer wherein I worked on ...")
const ROLE_TAIL = /\s+(?:wherein|where|which|who|responsible|concentrating|focusing|specializing|handling|working|leading|overseeing|providing|helping|managing|delivering|including)\b.*$/i;

function cleanRole(text: string): string {
  // "at Dice.com as a Director": the role follows "as a"
  const asA = /\bas\s+(?:an?\s+|the\s+)?([A-Z0-9.].+|(?<=\ban?\s+)\S.+)$/.exec(text) ?? /\bas an?\s+(.+)$/i.exec(text);
  if (asA && asA.index > 0) text = asA[1];
  return text
    .replace(/\*\*|__|[*_`]/g, '')
    .replace(/[([{]\s*$/, '')
    .replace(/^\s*[-–—:,(|]+\s*|\s*[-–—:,(|.]+\s*$/g, '')
    .replace(LEAD_IN, '')
    .replace(ROLE_TAIL, '')
    .replace(/\s+(?:from|between|since|during|in)\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitTitle(role: string): { title: string; employer?: string } {
  const parts = role.split(EMPLOYER_SPLIT).map((p) => p.trim()).filter(Boolean);
  if (parts.length <= 1) return { title: role };
  return { title: parts[0], employer: parts.slice(1).join(', ') };
}

/** The role a date's own line, the heading above or a labelled line names (the reading before the header reader). */
function lineRole(doc: HrDocument, i: number, r: FoundRange, lastHeading: TextBlock | undefined, reference: YearMonth): { title: string; employer?: string; roleBlock: TextBlock } {
  const block = doc.blocks[i];
  // the role is on the date's own line (a list item can carry lazy continuation lines), next to
  // the date: a line of hundreds of dates was read whole for each of them
  const lineBefore = block.text.slice(Math.max(block.text.lastIndexOf('\n', r.index - 1) + 1, r.index - HEADER_WINDOW), r.index);
  const lineAfter = block.text.slice(r.index + r.length, r.index + r.length + HEADER_WINDOW).split('\n')[0];
  const pieces = lineBefore.split(SENTENCE_BREAK);
  // "Software Engineer; Company - Acme (2014 - 2016)": a labelled employer is not the role
  const employerLabel = /^\s*(?:company|employer|organi[sz]ation|firm|client)\s*[-–—:]?\s*/i;
  const before = pieces.length >= 2 && employerLabel.test(pieces[pieces.length - 1])
    ? cleanRole(`${pieces[pieces.length - 2]}, ${pieces[pieces.length - 1].replace(employerLabel, '')}`)
    : cleanRole(pieces.pop() ?? '');
  const after = cleanRole(lineAfter.replace(/^[\s)\]]*[:,–—-]?\s*/, '').split(SENTENCE_BREAK)[0] ?? '');
  let role = isRole(before) ? before : after;
  let roleBlock = block;
  // "### Staff Nurse — Mercy Hospital" then "*Jan 2019 – Present · Sacramento*": the dates
  // open their line, so the role is the heading above, not the place after the dates
  const headingAbove = doc.blocks[i - 1]?.type === 'heading' && doc.blocks[i - 1].section === block.section ? doc.blocks[i - 1] : undefined;
  if (!before && headingAbove && block.type !== 'heading' && findDateRanges(headingAbove.text, reference).length === 0) role = '';
  // (from a line start at most LABEL_WINDOW before the date)
  const labelFrom = r.index <= LABEL_WINDOW ? 0 : block.text.indexOf('\n', r.index - LABEL_WINDOW);
  const labelled = labelFrom < 0 || labelFrom >= r.index ? undefined : [...block.text.slice(labelFrom, r.index).matchAll(LABELLED_ROLE_LINES)].pop();
  if (!isRole(role) && labelled) role = cleanRole(labelled[1]);
  if (!isRole(role) && !cleanRole(lineBefore)) {
    // "Manager of Support Services" then "(2020 - 2023)" on the next line of the paragraph
    const lineStart = block.text.lastIndexOf('\n', r.index - 1);
    const previousLine = lineStart > 0 ? block.text.slice(block.text.lastIndexOf('\n', lineStart - 1) + 1, lineStart) : '';
    const candidate = cleanRole(previousLine);
    if (isRole(candidate) && tokenizeWords(candidate).length <= 10 && !findDateRanges(previousLine, reference).length) role = candidate;
  }
  if (!isRole(role)) {
    // "Years: 2015-2017" under "Position: X": the role is on an earlier line of the entry
    const prev = findRoleAbove(doc, i, lastHeading);
    if (prev) { role = cleanRole(prev.text.replace(ROLE_LABEL_LEAD, '')); roleBlock = prev; }
  }
  return { ...splitTitle(role), roleBlock };
}

// verbs that tell of holding a post ("Worked as ...", "Promoted to ...", "Joined ... in 2015")
const NAMES_POST = /\b(?:as|worked|working|employed|served|serving)\s+(?:an?\s+|the\s+)?[A-Za-z]|\b(?:role|position|post)\b/i;
const POST_VERBS = /^(?:worked|served|employed|joined|rejoined|hired|promoted|spent|started|began|returned|moved|transferred|appointed|elected|became|acted|functioned|contracted|relocated|assigned|was|were|been)$/i;

/**
 * A sentence that opens with another verb in the past and names no post tells of an achievement,
 * and its years are the achievement's, not a post's ("Recognized as "Gold Tier Winner" in 2004 and
 * 2005", "Ranked #2 in the region in 2007").
 */
export function tellsOfAchievement(sentence: string): boolean {
  const first = /^[\s*•·-]*([A-Za-z]+)/.exec(sentence)?.[1];
  // "Operated as a Motion Controls Engineer from 2017", "Gained experience working as an Insulation Worker": a post after all
  return !!first && verbForm(first) === 'past' && !POST_VERBS.test(first) && !NAMES_POST.test(sentence);
}

// the date sits in a sentence ("worked as a nurse at Mercy from 2015 to 2017"), not a header
const PROSE_BEFORE = /\b(?:worked|working|served|serving|employed|joined|was|am|been|spent)\b|\bas\s+(?:an?|the)\b/i;

/**
 * The text of a block before a date that opens a parenthesis ends a long sentence naming no post
 * ("Implements IT concepts, principles and methods ... (2011-"), its last clause no title either.
 */
function annotatesSentence(before: string, lexicon: TitleLexicon): boolean {
  let start = 0;
  for (const m of before.matchAll(/[.!?]\s+/g)) start = m.index! + m[0].length;
  const sentence = before.slice(start);
  const clause = sentence.replace(/\(\s*$/, '').split(/[,;:]/).pop()!.trim();
  return tokenizeWords(sentence).length > 12 && !PROSE_BEFORE.test(sentence) && !NAMES_POST.test(sentence) && !readsAsTitle(clause, lexicon);
}

/** Zones whose dates are never a role's: a degree's, a course's. */
const ROLELESS_ZONES: ReadonlySet<Zone> = new Set<Zone>(['education']);
/** Zones whose roles are not employment: they never count toward years of experience. */
const NOT_EMPLOYMENT_ZONES: ReadonlySet<Zone> = new Set<Zone>(['education', 'certifications', 'volunteering']);

/** A line outside employment that names a degree, a school or an award: its dates are not a role's. */
const NOT_A_ROLE_LINE = /\b(?:b\.?\s?tech|m\.?\s?tech|b\.?e|b\.?sc|m\.?sc|b\.?com|mba|llb|pgdm|bachelor'?s?|master'?s?|diploma|degree|ssc|hsc|cbse|board|university|college|institute|school|gpa|graduat\w*|coursework|certificat\w*|scholarship|award\w*|honou?rs?)\b/i;
/** "Volunteer Work", "Community Involvement", "Extracurricular Activities": roles under it are not employment */
const VOLUNTEER_HEADING = /\bvolunteer|\bcommunity\b|\bcivic\b|\bextra[- ]?curricular/i;
/** "Member", "Sorority Member": a membership is not a post held (a "Committee Member" is). */
const MEMBERSHIP = /^(?:(?!committee|board|council|team|staff|executive|faculty|crew|panel)[\w'-]+\s+)?members?$/i;

/** What an entry whose title could not be read is called (shown as such; never read as a title's words). */
export const UNTITLED_ROLE = 'Untitled role';

/** An entry's title where one was read, else undefined (UNTITLED_ROLE names no work). */
export function namedTitle(e: ExperienceEntry): string | undefined {
  return e.title && e.title !== UNTITLED_ROLE && e.title.trim() ? e.title : undefined;
}

/** what a resume template leaves where an employer, a place or a name goes */
const TEMPLATE_PLACEHOLDER = /^(?:city|state|name|company|employer|location)$|\bcompany name\b|^city\s*,\s*state\b/i;
/** words that open a sentence, never a title ("These actions also allowed", "I was a stay-at-home parent") */
const SENTENCE_OPENER = /^(?:i|my|we|our|it|its|this|these|that|those|they|he|she|his|her|there)$/i;
/** an acronym a role is often written as ("PMO", "LPN", "CFO") */
const ACRONYM_TITLE = /^[A-Z]{2,6}$/;
/** a figure is an achievement's, not a post's ("97% senior student success rate", "Women's Sweaters $100 million") */
const FIGURE = /\d\s*%|[$£€]\s?\d/;

/**
 * Whether text read where a role's title goes names a post held. A phrase the title words call
 * one does (readsAsTitle: "Staff Accountant", "Director of Sales"); otherwise not a template's
 * placeholder ("City"), nor words picked from a sentence (lower case: "growth", "my credit",
 * "quality customer service"), nor a clause that opens with a verb ("Helped drive a 10% increase
 * ...", "Process and maintain records of customer loans", "Serves as the timekeeping backup"),
 * nor a figure, nor a long phrase, nor one word that no title word makes a title ("Healthcare").
 * Other capitalised phrases stay ("Kitchen Crew", "Accounts Receivable").
 */
export function namesHeldRole(title: string, lexicon: TitleLexicon): boolean {
  const text = title.trim();
  if (!text || TEMPLATE_PLACEHOLDER.test(text)) return false;
  if (FIGURE.test(text)) return false;
  const words = tokenizeWords(text).map((t) => t.text);
  if (!words.length) return false;
  // a clause of a duty: "Serves as the timekeeping backup", "Manages the front desk" (a title opens
  // with a participle often, "Registered Nurse", "Managing Director", never with a verb's -s form)
  if (words.length >= 3 && verbForm(words[0]) === 'third') return false;
  if (readsAsTitle(text, lexicon)) return true;
  // one word the title words do not call a title names a field or a thing ("Healthcare", "Network"),
  // unless it is a rank or a stage held as a post ("Internship", "Volunteer") or an acronym ("PMO", "LPN")
  if ((words.length < 2 && !isRankWord(words[0]) && !ACRONYM_TITLE.test(words[0])) || !/^[A-Z]/.test(text) || SENTENCE_OPENER.test(words[0])) return false;
  return !(words.length >= 3 && verbForm(words[0])) && words.length <= 10;
}

/** The entries that are employment: the ones years of experience are counted from. */
export function employmentOf(entries: readonly ExperienceEntry[]): ExperienceEntry[] {
  return entries.filter((e) => e.employment !== false);
}

/**
 * Experience entries of a resume: every date inside its experience section(s), each read with
 * its header (headers.ts: title, employer, location); a date inside a sentence is read from the
 * sentence.
 */
export function extractExperience(doc: HrDocument, reference: YearMonth, lexicon: TitleLexicon = TitleLexicon.builtin()): ExperienceEntry[] {
  const entries: ExperienceEntry[] = [];
  const readings = doc.blocks.map((b) => readingOf(doc, b));
  const hasExperienceSection = readings.some((k) => k === 'experience');
  // roles are read wherever they are written (a volunteer post, a club office, a job the zone
  // model put in another zone); only those of an experience zone are employment
  const inScope = (i: number) => !ROLELESS_ZONES.has(doc.blocks[i].zone);
  // a heading that names volunteering outranks the zone model's reading of a line below it
  const zoneOf = (i: number): ResumeZone => (VOLUNTEER_HEADING.test(doc.sections[doc.blocks[i].section]?.heading ?? '') ? 'volunteering' : doc.blocks[i].zone as ResumeZone);
  const employment = (i: number) => zoneOf(i) !== 'volunteering' && (hasExperienceSection ? readings[i] === 'experience' : !NOT_EMPLOYMENT_ZONES.has(doc.blocks[i].zone));
  const lines = linesOf(doc);
  // a lone month ("Intern Jul 2014") opens a role only inside an experience section or a list of volunteer posts
  const singleOk = (l: number) => (hasExperienceSection && readings[lines[l].block] === 'experience') || zoneOf(lines[l].block) === 'volunteering';
  const anchors = findAnchors(doc, lines, (l) => inScope(lines[l].block), reference, singleOk);
  const headers = readHeaders(doc, lines, anchors, { lexicon });
  const offsetOf = (l: number, ch: number) => {
    const b = doc.blocks[lines[l].block];
    return b.offsets[Math.min(lines[l].from + ch, b.offsets.length - 1)] ?? 0;
  };
  anchors.forEach((a, k) => {
    const r = a.range;
    const h = headers[k];
    const line = lines[a.line];
    const i = line.block;
    const block = doc.blocks[i];
    const [, dFrom] = a.spans[0];
    const [lastDateLine, , dTo] = a.spans[a.spans.length - 1];
    const dateStart = offsetOf(a.line, dFrom);
    const dateEnd = offsetOf(lastDateLine, dTo - 1) + 1;
    const dateRange = rangeOf(doc.lineStarts, dateStart, dateEnd);
    const dateText = a.spans.length > 1 ? doc.source.slice(dateStart, dateEnd) : r.text;
    const common = {
      zone: zoneOf(i), employment: employment(i),
      start: monthKey(r.start), end: monthKey(r.end), current: r.current, months: r.months,
      years: Math.round((r.months / 12) * 10) / 10, dateText, dateRange,
    };
    // the text before the date back to the previous date on the line: in a run-in list ("Food
    // Bank (2012-2014) Animal Shelter (2015)") each date has its own header
    const previousDateEnd = Math.max(0, ...anchors.filter((x) => x.line === a.line && x.spans[0][1] < dFrom).map((x) => x.spans[0][2]));
    const beforeDate = line.text.slice(previousDateEnd, dFrom);
    const prose = a.spans.length === 1 && (PROSE_BEFORE.test(beforeDate) || tokenizeWords(beforeDate).length > 12);
    // outside employment a date is a role's only where the line reads like one: not a degree's or
    // an award's line, not a date deep in a sentence that names no post held
    if (!employment(i) && ((zoneOf(i) !== 'volunteering' && NOT_A_ROLE_LINE.test(line.text)) || (prose && !PROSE_BEFORE.test(beforeDate.split(/\s+/).slice(-12).join(' '))))) return;
    if (prose && tellsOfAchievement(beforeDate)) return;
    // "Implements IT concepts, principles and methods ... (2011-2015)": a long sentence (its
    // lines wrapped or not) that names no post, its years in parentheses at its end, tells when,
    // not of another role; "..., Officer In Charge of Forward Operating Base (2005 - 2006)" is one
    if (/\(\s*$/.test(beforeDate) && annotatesSentence(block.text.slice(0, line.from + dFrom), lexicon)) return;
    const rIndex = line.from + dFrom;
    const inBlock = { ...r, index: rIndex };
    let lastHeading: TextBlock | undefined;
    for (let j = i; j >= 0; j--) if (doc.blocks[j].type === 'heading' && inScope(j)) { lastHeading = doc.blocks[j]; break; }
    const legacy = a.spans.length === 1 ? lineRole(doc, i, inBlock, lastHeading, reference) : undefined;
    if (!prose && h.title) {
      // the title as the line writes it ("Audio and Video Technician", "Automation Engineer
      // (Fortune 200 Client)") where the line's reading holds the header's title and no placeholder
      let title = h.title.text;
      let employer = h.employer?.text;
      if (legacy && legacy.roleBlock === block && h.title.line === a.line && legacy.title.toLowerCase().includes(title.toLowerCase())
        && legacy.title.length > title.length && tokenizeWords(legacy.title).length <= 10 && !/company name|city , state/i.test(legacy.title)
        && !(employer && legacy.title.includes(employer))) {
        title = legacy.title;
        employer = legacy.employer ?? employer;
      }
      if (!employment(i) && MEMBERSHIP.test(title)) return;
      // words picked from a bullet when the header line holds no title, or a contact's label ("Supervisor:
      // Curtis Smith" closing the entry above): the line's own reading, else none
      const labelsContact = namesOnlyRank(title) && /^\s*:/.test(lines[h.title.line].text.slice(h.title.to));
      if (labelsContact || !namesHeldRole(title, lexicon)) title = legacy && namesHeldRole(legacy.title, lexicon) ? legacy.title : UNTITLED_ROLE;
      const parts = [h.title, h.employer].filter((s): s is NonNullable<typeof s> => !!s);
      let start = dateStart, end = dateEnd;
      for (const s of parts) { start = Math.min(start, offsetOf(s.line, s.from)); end = Math.max(end, offsetOf(s.line, s.to - 1) + 1); }
      entries.push({
        title, ...(employer ? { employer } : {}), ...(h.location ? { location: h.location.text } : {}),
        ...common, range: rangeOf(doc.lineStarts, start, end),
      });
      return;
    }
    // a sentence, or a header with no title: the reading of the date's line
    const { title, employer: lineEmployer, roleBlock } = legacy ?? lineRole(doc, i, inBlock, lastHeading, reference);
    if (!employment(i) && MEMBERSHIP.test(title)) return;
    // "company - Acme" above "description - Worked as a Data Analyst from 2016 to 2017"
    const employer = lineEmployer ?? (h.employer && h.employer.line !== a.line ? h.employer.text : undefined);
    const startIdx = Math.max(0, roleBlock === block ? block.text.lastIndexOf(title, rIndex) : roleBlock.text.indexOf(title));
    entries.push({
      title: title && namesHeldRole(title, lexicon) ? title : UNTITLED_ROLE,
      employer,
      ...common,
      range: blockRange(doc.lineStarts, roleBlock.offsets, startIdx, roleBlock === block ? rIndex + r.length : roleBlock.text.length),
    });
  });
  return entries;
}

function findRoleAbove(doc: HrDocument, index: number, lastHeading?: TextBlock): TextBlock | undefined {
  for (let j = index - 1; j >= Math.max(0, index - 3); j--) {
    const b = doc.blocks[j];
    if (b.section !== doc.blocks[index].section) break;
    if (ROLE_LABEL_LEAD.test(b.text)) return b;
    if (b.type === 'heading') return b;
  }
  if (lastHeading && lastHeading.section === doc.blocks[index].section) return lastHeading;
  const prev = doc.blocks[index - 1];
  return prev && prev.section === doc.blocks[index].section && prev.text.trim() && findDateRanges(prev.text, { year: 2100, month: 1, exact: false }).length === 0 ? prev : undefined;
}

/** Total years of employment with overlapping entries merged (two jobs at once count once). */
export function totalYears(entries: ExperienceEntry[]): number {
  return mergedMonths(entries) / 12;
}

/** Months of employment in the entries, overlaps merged; roles that are not employment (volunteering) do not count. */
export function mergedMonths(entries: ExperienceEntry[]): number {
  const spans = employmentOf(entries)
    .map((e) => [toIndex(e.start), toIndex(e.start) + e.months] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curStart = -Infinity, curEnd = -Infinity;
  for (const [s, e] of spans) {
    if (s > curEnd) { if (curEnd > curStart) total += curEnd - curStart; curStart = s; curEnd = e; }
    else curEnd = Math.max(curEnd, e);
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}

function toIndex(ym: string): number {
  const [y, m] = ym.split('-').map(Number);
  return y * 12 + (m - 1);
}

const NUM = '(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';
// "3+ years", "four (4) years", "1-3 yrs", "6 months'": the number (group 1) and the unit (group 3)
const YEARS_RE = new RegExp(`\\b${NUM}(?:\\s*\\(\\d+(?:\\.\\d+)?\\))?[\\s-]*(?:\\+|plus|or more|or over)?\\s*(?:(?:-|–|to)\\s*${NUM}\\s*)?\\+?\\s*(?:full[- ]time\\s+)?(years?|yrs?|months?)(?:['’]s?)?\\b`, 'gi');
/** YEARS_RE without the global flag: extractRequirements iterates YEARS_RE itself */
const YEARS_ANYWHERE = new RegExp(YEARS_RE.source, 'i');
// after "N years": up to a few words ("of solid hands-on experience"), a linking word, the subject
// ("at least" / "at most" link nothing: "worn for three months and vision at least 20/30")
const SUBJECT_AFTER = /^\s*(?:[\w'’/-]+\s+){0,5}?(?:as|in|with|of|on|using|within|at(?!\s+(?:least|most)\b)|doing|performing|in the (?:role|position|field|capacity) of|in a role as)\s+(?:an?\s+|the\s+)?(.+)$/i;
/** qualifiers of experience that name no work ("previous", "hands-on", "full-time") */
const EXPERIENCE_QUALIFIERS = 'relevant|related|professional|prior|previous|proven|hands[- ]on|progressive|direct|solid|strong|practical|paid|full[- ]time|recent|current|demonstrable|demonstrated|significant|substantial|extensive|considerable|post[- ]?(?:registration|qualification|qualifying|graduate)';
// ... and before the word "experience" itself, the setting or sum it is counted in ("industry", "total", "work")
const SUBJECT_LEAD = new RegExp(String.raw`^(?:(?:${EXPERIENCE_QUALIFIERS}|industry|combined|total|working|work|job)\s+)*(?:experience|exp\.?|work(?:ing)?|employment|background|practice)(?![\w'’-])\s*(?:required\s+|is required\s+)?(?:,\s*)?(?:(?:as|in|with|of|on|using|working as|working in|working with|in the (?:role|position|field|capacity) of|in a role as|at the level of)\b)?\s*(?:an?\s+|the\s+)?`, 'i');
/** the subject of years asked for with no work named: any employment counts */
export const GENERIC_SUBJECT = 'relevant experience';
// "3 years sales experience", "2 years' line cook experience": the work named before "experience", no linking word
const SUBJECT_BARE = /^\s*(?!(?:of|in|as|with|on|at|for|or|and|more|over|plus|to|from)\b)((?:[A-Za-z][\w/&'’-]*\s+){1,4}?)(experience|exp\.?)(?![\w-])/i;
const SUBJECT_BEFORE = /(?:experience|worked|working|work|served)\s+(?:as|in|with)\s+(?:an?\s+|the\s+)?(.+?)\s+(?:for|of)\s*(?:at least|a minimum of|minimum of|over|more than)?\s*$/i;

function cleanSubject(s: string): string {
  // one requirement per subject: "... Tile Setter is a must. Previous one year as ...", "...
  // Cisco UC Engineer and minimum of 2 years as a Senior Node.JS Engineer"
  s = s.split(SENTENCE_BREAK)[0];
  const nextYears = YEARS_ANYWHERE.exec(s);
  if (nextYears) s = s.slice(0, nextYears.index).replace(/\s+(?:and|or|plus|as well as|with)(?:\s+(?:a\s+)?(?:minimum|min\.?|at least|another|an additional|additional)(?:\s+of)?)?\s*$/i, '');
  s = s.replace(/\s+and\s+(?:another|an additional|a further)\b.*$/i, '');
  // a wish closing the work ("... in food science will serve as an added advantage", "as a teacher is
  // a plus") and what a role is said to do as well ("Veterinarian to ensure animal care", "Engineer
  // fitting into a dynamic environment") name no more of the work
  s = s.replace(WISH_OR_DOING_AFTER, '');
  // an example or a wish given after the work names no role ("historic preservation, including the
  // application of the Secretary of the Interior's Standards", "a courier role, preferably with
  // driving as a primary function"); with no work before it, the example
  // is the work ("experience including accounts payable"), and where its parts are asked with their
  // own years ("7 years of experience including 4 years as ...") the whole is of no named work
  s = s.replace(/(?:,\s*|\s+)(?:including|includes|such as|especially|particularly|preferably|ideally|e\.g\.?|i\.e\.?)(?![\w-]).*$/i, '')
    .replace(/^(?:including|includes|such as|especially|particularly)(?![\w-])\s*/i, '');
  // "demonstrated exposure as Senior Java Developer", "duties of an Interviewer": the role follows
  // ("in treasury operations, in any of the following areas: ...": a list follows, the work was named before it)
  const as = /\b(?:as|of)\s+(?:an?\s+|the\s+)(?!following\b)([A-Za-z].*)$|\bas\s+([A-Z].*)$/.exec(s);
  if (as && as.index > 0) s = as[1] ?? as[2];
  // a series of lines of work is one subject, its commas no clause break ("retail, hospitality, or
  // customer service"): the ways to qualify are read from it (workAlternatives)
  const series = seriesLength(s);
  if (series) s = s.slice(0, series).replace(/,/g, SERIES_COMMA) + s.slice(series);
  const subject = s
    .replace(ROLE_TAIL, '')
    // the employer the years must be served with is no part of the role ("Financial Analyst with the City of Los Angeles")
    .replace(/\s+(?:with|for|at)\s+(?:the\s+)?(?:City|County|State|Port|Department)\s+of\b.*$/, '')
    .replace(/\s*(?:,|;|\(|\b(?:is|are) (?:also |absolutely |strictly |highly )?(?:required|a must|preferred|essential|mandatory|obligatory|necessary|needed|compulsory|expected|desired|desirable|advantageous|an advantage)|\bin (?:a |the )?(?:relevant|related|similar|same) (?:industry|field|area|domain|sector)\b|\bare required|\bwhich\b|\bwhere\b|\bas this\b|\bwith a focus\b|\bfocus(?:ed|ing) on\b|\bin a role\b|\bin an? (?:\w+ ){0,2}(?:environment|setting|role|capacity|position|level)\b|\bpreferred\b|\brequired\b|\bor (?:in |as )?(?:an? |the )?(?:similar(?:ly)?|related|equivalent|comparable|other)\b|\bor higher\b|\bor (?:in|at) (?:an? |the )?(?:class|grade|post|position)\b|\bfor \d|\bat least\b).*$/i, '')
    .replace(/[.:;!]+$/, '')
    .replace(/^(?:an?|the)\s+/i, '')
    // a cut after a clause leaves its joining word ("programmatic experience and [at least ...]")
    // (and a window left by it, "similar role held within the last [2 years]", however much of it remains)
    .replace(/(?:^|\s+)(?:(?:and|or|&|plus|as well as|along with|with|within|of|for|in|at|on|by|from|to|who|that|has|have|is|are|the|last|past|held|over|during)(?:\s+|$))+\s*$/i, '')
    .replace(new RegExp(SERIES_COMMA, 'g'), ',')
    // (a series cut inside keeps no comma at its end)
    .replace(/[\s,]+$/, '')
    // "previous care experience": a qualifier opening the subject names no work
    .replace(SUBJECT_QUALIFIERS, '')
    .trim();
  // "involving responsibility for two or more of the following areas", "experience in either:": the
  // work is in the list after it
  // "9 months of related experience or training": what is left is the other way to the same
  // experience, no work of its own
  return /\bthe following\b/i.test(subject) || POINTS_TO_A_LIST.test(subject) || OTHER_WAY_ONLY.test(subject) ? '' : subject;
}

/** "or training", "or equivalent education": only the other way to the experience asked */
const OTHER_WAY_ONLY = /^(?:or|and|and\/or)\s+(?:(?:relevant|related|equivalent|formal|similar|comparable)\s+)*(?:training|education|study|studies|schooling|qualifications?|equivalent|equivalency)$/i;

const WISH_OR_DOING_AFTER = /\s+(?:(?:(?:will|would|shall|could|may|can)\s+(?:serve\s+as|be(?:\s+considered)?(?:\s+as)?)|is|are)\s+(?:an?\s+)?(?:added\s+|real\s+|distinct\s+|definite\s+)?(?:advantage|asset|bonus|plus)\b|(?:dealing|demonstrating|fitting|ensuring|to ensure)\b|from an?\s+(?:reputable|recognized|established|leading|well[- ]known)\b).*$/i;

/** qualifiers of experience opening a subject ("previous care experience") */
const SUBJECT_QUALIFIERS = new RegExp(String.raw`^(?:(?:${EXPERIENCE_QUALIFIERS})\s+)+(?=\S)`, 'i');
/** a subject that only points at a list after it */
const POINTS_TO_A_LIST = /^(?:(?:either|any|both|one|all|each)(?:\s+of(?:\s+the(?:se)?)?)?|following)(?:\s+(?:areas?|fields?))?$/i;

/** stands in for a series' commas while a subject's trailing clauses are cut */
const SERIES_COMMA = '\u0000';
/** a word that opens a clause, not an item of a series ("restaurant experience, including FOH") */
const CLAUSE_OPENER = /^(?:including|includes|such|especially|particularly|preferably|ideally|e\.?g|i\.?e|etc|with|which|where|who|that|as|in|for|plus|preferred|required|desirable|essential|must|is|are)\b/i;

/**
 * How many characters of a subject open with a series ("A, B, C or D", "A, B, and/or C"): short
 * items joined by commas whose last joins with "and" / "or"; 0 where it opens with none.
 */
export function seriesLength(s: string): number {
  const items = s.split(',');
  let at = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const words = item.trim().split(/\s+/).filter(Boolean);
    if (!words.length || CLAUSE_OPENER.test(item.trim())) return 0;
    const joined = /^(?:(.*?)\s+)?(?:and\/or|or|and)\s+(.+)$/i.exec(item.trim());
    if (k > 0 && joined) {
      // the last item: up to its own end ("Warehouse setting"), at most a few words either side
      const last = joined[2].split(/\s+/);
      if ((joined[1] ?? '').split(/\s+/).filter(Boolean).length > 4 || last.length > 5 || CLAUSE_OPENER.test(joined[2])) return 0;
      return at + item.length;
    }
    if (words.length > (k === 0 ? 6 : 4) || joined) return 0;
    at += item.length + 1;
  }
  return 0;
}

/** A requirement's text is never longer than this, so output stays proportional to the job. */
export const MAX_REQUIREMENT_TEXT = 300;

/**
 * The sentence (or line) holding the years at [index, index + length) of `text`, at most
 * MAX_REQUIREMENT_TEXT characters around them: each requirement carries its own clause, not the
 * whole paragraph (a one-line posting with 500 requirements would repeat itself 500 times).
 */
export function requirementClause(text: string, index: number, length: number): string {
  // only a window around the years is searched, so many requirements cost linear time
  const from = Math.max(0, index - MAX_REQUIREMENT_TEXT);
  const before = text.slice(from, index);
  const lastBreak = [...before.matchAll(/\n|[.;!?](?=\s)/g)].pop();
  let start = lastBreak ? from + lastBreak.index + 1 : from;
  const tailFrom = index + length;
  const next = text.slice(tailFrom, tailFrom + MAX_REQUIREMENT_TEXT).search(/\n|[.;!?](?=\s|$)/);
  let end = next < 0 ? Math.min(text.length, tailFrom + MAX_REQUIREMENT_TEXT) : tailFrom + next + 1;
  if (end - start > MAX_REQUIREMENT_TEXT) {
    start = Math.max(start, Math.min(index - 100, end - MAX_REQUIREMENT_TEXT));
    end = Math.min(end, start + MAX_REQUIREMENT_TEXT);
  }
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** schooling counted in academic units, written in brackets after the years: "One year (i.e., 30 semester or 45 quarter units) of classes", "one year education (30 semester units ...)", "One year of graduate study (12 semester or 18 quarter units)" */
const ACADEMIC_UNITS_AFTER = /^\s*(?:of\s+)?(?:[\w-]+\s+){0,2}\(\s*(?:i\.?e\.?,?\s*)?\d+\s+(?:semester|quarter)\b/i;
/** what a number of academic units is worth: "(i.e., 12 semester units equal one year of experience.)" */
const UNITS_WORTH_BEFORE = /\b(?:semester|quarter)\s+(?:units|hours|credits)\b[^;]{0,60}\b(?:equals?|is\s+equal\s+to|are\s+equal\s+to|equivalent\s+to|counts?\s+as)\s+$/i;
/** a condition of appointment for those who filed before meeting a requirement: "However, they cannot be appointed until ..." */
const APPOINTED_UNTIL_BEFORE = /\b(?:cannot|can\s?not|will\s+not|may\s+not)\s+be\s+appointed\s+until\b[^;]*$/i;
/** who may file early: "Applicants who have at least six months of the required experience ... may file" */
const WHO_MAY_FILE = { before: /\b(?:applicants|candidates|persons|those)\s+(?:who|with)\b[^;]*$/i, after: /^[^.;]{0,160}\bmay\s+(?:file|apply)\b/i };
/** years offered in place of others, the verb before them: "Applicants may substitute one year of ..." */
const SUBSTITUTE_BEFORE = /\bsubstitut\w*\s+(?:(?:up\s+to|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|at\s+most)\s+)*$/i;

/**
 * Years a civil-service bulletin names about its requirements, asking for none: schooling counted
 * in academic units, what units are worth, a condition of appointment for early filers, who may
 * file early, and years one may substitute. Each read on the sentence before the years and the
 * text after them.
 */
function aboutRequirementsNotAsked(before: string, after: string): boolean {
  return ACADEMIC_UNITS_AFTER.test(after) || UNITS_WORTH_BEFORE.test(before) || APPOINTED_UNTIL_BEFORE.test(before)
    || (WHO_MAY_FILE.before.test(before) && WHO_MAY_FILE.after.test(after)) || SUBSTITUTE_BEFORE.test(before);
}

/**
 * A job's experience requirements: years (or months) asked for in its requirement zones, never
 * in its benefits, legal text, company blurb or how to apply ("33 days' leave after 10 years'
 * service" asks for nothing). With a required-experience section, only the requirement sections.
 */
export function extractRequirements(doc: HrDocument, lexicon: TitleLexicon = TitleLexicon.builtin()): ExperienceRequirement[] {
  const out: ExperienceRequirement[] = [];
  const at: YearsAt[] = [];
  const readings = doc.blocks.map((b) => readingOf(doc, b));
  const sectioned = readings.includes('requiredExperience');
  doc.blocks.forEach((block, i) => {
    const kind = readings[i];
    if (NON_REQUIREMENT_ZONES.has(block.zone)) return;
    // a role summary ("a nurse with at least 2 years' experience") states requirements too; the
    // company blurb and benefits do not (their zones are skipped above)
    if (sectioned ? !['requiredExperience', 'requiredSkills', 'preferredSkills'].includes(kind) : kind === 'benefits' && block.zone !== 'summary') return;
    const required = block.zone !== 'preferred' && kind !== 'preferredSkills';
    YEARS_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEARS_RE.exec(block.text)) !== null) {
      const count = parseCount(m[1]);
      const years = count !== undefined && /^m/i.test(m[3]) ? Math.round((count / 12) * 100) / 100 : count;
      if (years === undefined || years <= 0 || years > 40) continue;
      if (/^(a|an)$/i.test(m[1]) && !/experience/i.test(block.text)) continue;
      // "5 years old", "within 2 years": not a requirement
      const tail = block.text.slice(m.index + m[0].length).replace(/^['’]s?/, '');
      if (/^\s*(?:old|ago|from now|warranty|of age|degree|college|university|program|course|bachelor|institution)/i.test(tail)) continue;
      // schooling, not experience: "two years of college", "one year of graduate study"
      // ("two years of education management experience" is work in education: a work word follows)
      if (/^\s*of\s+(?:full[- ]time\s+)?(?:college|university|education|schooling|graduate|undergraduate|post[- ]?graduate|study|studies|course\s*work|academic)\b(?![^.;,]{0,40}\b(?:experience|management|administration|leadership|work|working|teaching|sales|industry|sector|setting|role|position|employment)\b)/i.test(tail)) continue;
      // years offered in place of a requirement, not asked for: "two years of electrical work may be substituted for ..."
      if (/^[^.;]{0,160}\b(?:may|can|will)\s+(?:be\s+)?substitut/i.test(tail)) continue;
      // the length of a training scheme, not work: "a recognized four-year apprenticeship", "a
      // 2 year training programme", "the NHS 10 year plan"
      if (TRAINING_LENGTH.test(tail)) continue;
      // the post's own term, not experience asked for: "a 1 year fixed term contract", "12 month
      // secondment", "6 months maternity cover" ("2 years post-registration experience" is experience)
      // and written before its length: "on secondment/fixed term for 12 months", "a fixed term
      // period of 12 months", "the post will be for an initial period of 12 months"
      if (POST_TERM_BEFORE.test(block.text.slice(Math.max(0, m.index - 80), m.index))) continue;
      if (/^\s*(?:\(\w+\)\s*)?(?:fixed[- ]term|contract|secondment|maternity|paternity|parental|temporary|temp\b|interim|post(?![-\w])(?!\s+(?:qualification|qualifying|registration|graduate|doctoral|basic)\b)|posts\b|appointment|placement|locum|funded|funding|tenure|probation|assignment|project\b|rotation|position\b)/i.test(tail)) continue;
      // a window or a condition, not experience asked for: "within six months of graduation",
      // "lack six months or less of the required experience", "after 10 years' service"
      if (/\b(?:within|lacks?|lacking|after|every|past|last|first|next|up to)\s*$/i.test(block.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (measuresNoExperience(block.text, m.index, m[0], tail)) continue;
      // what a degree or a licence stands in for, not experience asked for: "a Master's degree may be
      // substituted for (no more than) one year of the required experience", "for up to a maximum of one year"
      if (/\bsubstitut\w*\b[^.;:]{0,80}?\b(?:for|at the rate of)\s+(?:(?:no\s+more\s+than|not\s+more\s+than|up\s+to|a\s+maximum\s+of|at\s+most|only)\s+)*$/i.test(block.text.slice(Math.max(0, m.index - 120), m.index))) continue;
      // the people served, not experience: "classes for kids (ages 18 months-5 years)"
      // ("up to the age of 25 years", "over the age of 18 years")
      if (/\b(?:ages?|aged)\s+(?:of\s+)?(?:\d+\s*(?:months?|years?|yrs?)?\s*(?:-|–|to|and)\s*)?$/i.test(block.text.slice(Math.max(0, m.index - 25), m.index))) continue;
      // (read on the sentence before the years, at most 200 characters of it)
      if (aboutRequirementsNotAsked(block.text.slice(Math.max(m.index - 200, sentenceStart(block.text, m.index)), m.index), tail)) continue;
      let subject = '';
      let titledRequirement = false;
      // (the subject is read on the years' own line: the rest of a block of lines is other requirements)
      const tailLine = tail.split('\n')[0];
      // the work after a linking word, else named before "experience"; the latter too where what the
      // linking word leads to is other years ("4 years administrative experience with two years in
      // Elections": the work is the first years')
      const after = SUBJECT_AFTER.exec(tailLine);
      const bare = SUBJECT_BARE.exec(tailLine);
      for (const written of [after?.[1], bare ? bare[1] + bare[2] : undefined]) {
        if (subject || written === undefined) continue;
        let rest = written;
        for (let k = 0; k < 2; k++) rest = rest.replace(SUBJECT_LEAD, '');
        subject = cleanSubject(rest);
      }
      if (!subject) {
        // (read in the years' own sentence: "... the initiative to work autonomously. A minimum of six months")
        const before = SUBJECT_BEFORE.exec(block.text.slice(sentenceStart(block.text, m.index), m.index));
        if (before) subject = cleanSubject(before[1]);
      }
      // "a Pharmacy Technician with a minimum of 2 years' experience", "line cooks with 1 year+
      // experience": the post sought is the work its years are of
      if (!subject) subject = postSoughtBefore(block.text.slice(sentenceStart(block.text, m.index), m.index), lexicon);
      if (!subject && TITLED_TAIL.test(tail)) {
        // "Roofer Helper – 1 year", "Construction Trades: 3 years", "Site Supervisor (2 years)"
        const titled = /^\s*(?:[-*•]\s*)?(.*?[A-Za-z)])\s*(?:[-–—:|,]|\()\s*(?:at least|minimum(?: of)?|min\.?|over)?\s*$/i.exec(block.text.slice(0, m.index));
        if (titled && tokenizeWords(titled[1]).length <= 10) subject = cleanSubject(titled[1]);
        if (subject) titledRequirement = true;
      }
      // "experience or experience in a similar role", "experience at Band 5 or equivalent": experience
      // of no named work, of a role like this one, or at a pay grade, which any employment may show
      if (/^(?:experience|exp\.?|work|employment|(?:similar|related|relevant|equivalent|comparable)\s+(?:roles?|positions?|posts?|capacity|field|setting|area)|band\s*\d+[a-d]?(?:\s+or\s+(?:equivalent|above|higher))?)$/i.test(subject)) subject = '';
      // "for a total of over 20 years", "10 years combined": all of the resume's experience counts
      if (/\b(?:total|combined|overall|cumulative|aggregate)\b[^.;]{0,20}$/i.test(block.text.slice(0, m.index)) || /^\s*(?:in total|total|combined|overall|cumulative)\b/i.test(tail)) subject = '';
      if (!subject && !/experience|work/i.test(block.text)) continue;
      if (titledRequirement && !sectioned && !/experience|work|year/i.test(doc.sections[block.section]?.heading ?? '')) continue;
      out.push({
        text: requirementClause(block.text, m.index, m[0].length),
        subject: subject || GENERIC_SUBJECT,
        years,
        // a job board's "Teaching: 1 year (Preferred)", "Forklift: 1 year (Required)" says so after the years
        // ("3+ years cooking experience, preferably 2 years as a sous chef": what its clause wishes for)
        required: statedNeed(tail) ?? (required && !niceToHaveAt(block.text, m.index, m.index + m[0].length)),
        range: blockRange(doc.lineStarts, block.offsets, 0, block.text.length),
      });
      at.push({ block: i, start: m.index, end: m.index + m[0].length });
    }
  });
  markAlternatives(doc, out, at);
  return out;
}

/**
 * The post's own term, ending just before its length: a kind of term ("fixed term", "secondment",
 * "maternity cover", "the post") and, with no word of experience or of asking between ("the post
 * holder will require a minimum of 2 years", "this role would suit those with ..."), "for" or "of"
 * and at most "an initial period of". "Post-registration experience of 2 years" is experience.
 */
const POST_TERM_BEFORE = /\b(?:fixed[- ]term|contract|secondment|maternity|paternity|parental|temporary|interim|locum|appointment|placement|funded|funding|tenure|assignment|cover|(?:the|this)\s+(?:post|role|position|vacancy|opportunity))\b(?:(?!\b(?:experienced?|work(?:ing|ed)?|requir\w*|minimum|least|needs?|must|holders?|with|ha(?:ve|s)|suit\w*)\b)[^.;:\n]){0,40}?\b(?:for|of|lasting)\s+(?:(?:a|an)\s+)?(?:(?:initial|fixed|minimum|maximum)\s+)?(?:(?:period|term|duration)\s+of\s+)?(?:up\s+to\s+|approximately\s+|about\s+|around\s+)?$/i;

/**
 * The lines of a posting's ways to qualify, where it offers several ("1. ... ; or 2. ... ; or 3. ..."):
 * each path that asks for years (a member of an alternative group), and a path before them that
 * asks for none ("1. A degree in accounting; or"). What such a path names belongs to it, not to
 * every candidate: the experience requirement reads the path, and meeting another meets the group.
 */
export function alternativePathLines(doc: HrDocument, requirements: readonly ExperienceRequirement[]): Set<number> {
  const lines = new Set<number>();
  // paths written as entries of their own (a numbered list, a line each): a paragraph that holds
  // several paths among other sentences says more than its paths, and keeps its skills
  const entriesOf = new Map<number, Set<number>>();
  for (const r of requirements) {
    if (r.alternativeGroup === undefined) continue;
    const entries = entriesOf.get(r.alternativeGroup) ?? new Set<number>();
    entries.add(r.range.start.line);
    entriesOf.set(r.alternativeGroup, entries);
  }
  const members = requirements.filter((r) => r.alternativeGroup !== undefined && entriesOf.get(r.alternativeGroup)!.size >= 2 && wordCount(r.range, doc) <= MAX_PATH_WORDS);
  for (const r of members) for (let l = r.range.start.line; l <= r.range.end.line; l++) lines.add(l);
  for (const r of members) {
    if (r.alternativeGroup !== requirements.indexOf(r) || !r.otherPathWithoutYears) continue;
    // the path without years is the entry just before the group's first member
    const first = doc.blocks.findIndex((b) => b.offsets.length && blockRange(doc.lineStarts, b.offsets, 0, b.text.length).start.line === r.range.start.line);
    const previous = previousWrittenBlock(doc, first);
    if (previous < 0 || !/\bor\s*$/i.test(doc.blocks[previous].text) || tokenizeWords(doc.blocks[previous].text).length > MAX_PATH_WORDS) continue;
    const range = blockRange(doc.lineStarts, doc.blocks[previous].offsets, 0, doc.blocks[previous].text.length);
    for (let l = range.start.line; l <= range.end.line; l++) lines.add(l);
  }
  return lines;
}

/** The index of the last block before `index` that holds text; -1 when none. */
function previousWrittenBlock(doc: HrDocument, index: number): number {
  let previous = index - 1;
  while (previous >= 0 && !doc.blocks[previous].text.trim()) previous--;
  return previous;
}

/** the most words of an entry read as one way to qualify */
const MAX_PATH_WORDS = 100;
const wordCount = (range: Range, doc: HrDocument): number => tokenizeWords(doc.source.slice(doc.lineStarts[range.start.line] ?? 0, doc.lineStarts[range.end.line + 1] ?? doc.source.length)).length;

/** the need a job board states right after the years: "(Required)", "(Preferred)" */
const STATED_NEED = String.raw`\((preferred|desired|required|essential)\)`;
/** what may follow the years of a titled requirement ("Forklift: 1 year (Required)") */
const TITLED_TAIL = new RegExp(String.raw`^\s*\)?\s*(?:of experience)?\s*(?:${STATED_NEED})?\s*[.;]?\s*$`, 'i');
const NEED_AFTER_YEARS = new RegExp(String.raw`^\s*${STATED_NEED}`, 'i');

/** whether years are asked for as the text states right after them: "(Required)", "(Preferred)" */
function statedNeed(tail: string): boolean | undefined {
  const stated = NEED_AFTER_YEARS.exec(tail);
  return stated ? /^(?:required|essential)$/i.test(stated[1]) : undefined;
}

/**
 * Years that measure something other than the candidate's work: the employer's or the writer's
 * own ("We have over 20 years' experience in managing hospital banks", "For over 20 years we have
 * provided ...", "I have worked here for 15 years"), a kind of thing ("a two-year public institution"),
 * the time the post asks to be given ("a minimum commitment of 6 months in every 12"), a streak, a
 * contract's first term or basis, a phase's or a span's own length ("2 years in a row", "6-12 months
 * in the first instance", "3 months on a rolling contract", "Phase 1 will be for 3 months",
 * "rotations are of 9 month duration"), how long something stays good ("findings are valid for 12 months").
 */
function measuresNoExperience(text: string, at: number, years: string, tail: string): boolean {
  const before = (chars: number) => text.slice(Math.max(0, at - chars), at);
  const sentence = text.slice(sentenceStart(text, at), at);
  return EMPLOYER_HAS_BEFORE.test(before(60)) || /\bI(?:'ve|’ve| have| had)\b[^.;:!?]*$/.test(sentence) || /^\s*,?\s*(?:we|our)\b/i.test(tail)
    || yearsNameAKind(years, tail)
    || COMMITMENT_BEFORE.test(before(40))
    || TERM_AFTER.test(tail) || /\bwill\s+(?:be|last|run)\s+(?:for\s+)?(?:(?:up\s+to|approximately|about|around)\s+)?$/i.test(before(30))
    || VALIDITY_BEFORE.test(before(40));
}
/** "a minimum commitment of", "asked to commit to a minimum of" (no word of experience between) */
const COMMITMENT_BEFORE = /\bcommit(?:s|ted|ting|ment)?\b(?:(?!\b(?:experience|worked|working)\b)[^.;:\n]){0,30}$/i;
/** a streak, a contract's first term or basis, a span's own length, right after the years */
const TERM_AFTER = /^\s*(?:in\s+a\s+row|running|in\s+the\s+first\s+instance|(?:initially\s+)?on\s+an?\s+(?:rolling|fixed[- ]term|temporary|permanent)\b|duration|in\s+(?:length|duration)\b)/i;
/** "valid for", "kept for up to" */
const VALIDITY_BEFORE = /\b(?:valid|good|effective|kept|retained|active|in effect|expires?|expiring|lasts?|lasting)\s+(?:for\s+)?(?:(?:up to|at least|a period of|approximately|about)\s+)?$/i;

/**
 * "N-year" naming a kind of thing, not time worked: "a two-year public institution of higher
 * education", "a 10-year plan". "A 3-year sales experience" and "one-year as a service desk
 * engineer" are experience, and "a four-year apprenticeship program as an auto body repairer" the
 * trade's years, as TRAINING_LENGTH reads it.
 */
function yearsNameAKind(years: string, tail: string): boolean {
  if (!/-\s*(?:years?|yrs?|months?)$/i.test(years)) return false;
  const clause = /^[^.;:,\n]{0,40}/.exec(tail)?.[0] ?? '';
  // ("practice" in lower case: "Advanced Clinical Practice" names a course)
  const ofWork = /^\s*(?:as|in|of|with|at|on|doing|performing)\b/i.test(tail) || /\b(?:experience|exp|work|working|worked|service)\b/i.test(clause) || /\bpractice\b/.test(clause);
  const tradeApprenticeship = /^\s*apprenticeships?\b/i.test(tail) && !TRAINING_LENGTH.test(tail);
  return !ofWork && !tradeApprenticeship;
}

/** a post sought, its years written after it: "... motivated Pharmacy Technician with a minimum of" */
const POST_WITH_YEARS = /([A-Za-z][\w'’&/-]*(?:\s+[A-Za-z][\w'’&/-]*){0,4})\s+(?:with|having|who (?:has|have))\s+(?:(?:a|an)\s+)?(?:(?:minimum|min\.?)\s+(?:of\s+)?|at least\s+|over\s+|more than\s+|around\s+|approximately\s+)?$/i;
/** words that open no title: the asking around a post, and a post's article */
const NOT_TITLE_WORD = /^(?:a|an|the|for|seeking|seek|seeks|recruit|recruiting|hire|hiring|looking|want|wanted|need|needs|needed|is|are|we|our|and|or|to|of|in|at|on|as)$/i;

/**
 * The post a sentence seeks where its years follow it with no work named after them: the words
 * before "with" ending in a word that heads titles ("Technician", "cooks"), back to the first word
 * that appears in no title ("motivated", "hardworking") or opens none ("for", "a").
 */
function postSoughtBefore(before: string, lexicon: TitleLexicon): string {
  const m = POST_WITH_YEARS.exec(before);
  if (!m) return '';
  const words = m[1].split(/\s+/);
  // (a plural read as its singular: the table lists "nurses" as a word that heads no title)
  const head = words[words.length - 1];
  if (ANYONE.test(head) || Math.max(lexicon.heads(head), lexicon.heads(head.replace(/ies$/i, 'y').replace(/s$/i, ''))) < HEADS_A_POST) return '';
  let from = words.length - 1;
  // (nor does a word describing the person: "a qualified nurse")
  while (from > 0 && !NOT_TITLE_WORD.test(words[from - 1]) && !describesPerson(words[from - 1]) && lexicon.occurs(words[from - 1].replace(/[’']s$/i, '')) >= HEADS_A_POST) from--;
  return words.slice(from).join(' ');
}

/** heads of titles that name whoever holds a post, no line of work ("Employees with two years of ...") */
const ANYONE = /^(?:employees?|candidates?|applicants?|individuals?|persons?|people|members?|staff|hires?|recruits?)$/i;

/** titles a word must head (and, before the head, occur in) to be read as a post's */
const HEADS_A_POST = 3;

/** who has the years, written before them: the employer ("we have", "our company has") */
const EMPLOYER_HAS_BEFORE = /\b(?:we(?:'ve|’ve| have| bring| boast)|(?:our|the)\s+(?:company|team|firm|organi[sz]ation|practice|trust|agency|business|family|group|college|school|hospital|restaurant)\s+(?:has|have|brings)|(?:company|organi[sz]ation|firm|business)\s+with)\s+(?:(?:over|more than|nearly|almost|about|around|some|a combined|combined|a)\s+)*$/i;

/**
 * What follows years that measure a training scheme or a plan ("a four-year apprenticeship and two
 * years of ..."). An apprenticeship in a named trade is years worked in it ("a four-year
 * apprenticeship as a plumber"), and "18 months training and on-the-job experience" is work.
 */
const TRAINING_LENGTH = /^\s*(?:apprenticeships?(?!\s+(?:programs?\s+)?(?:as|in)\b)|traineeships?|fellowships?|residency|residencies|schemes?|plans?\b|training\s+(?:programmes?|programs?|courses?|contracts?|period|scheme|placement))/i;

/** "experience of the type specified in Requirement #1": the work is named by another path */
const REFERS_TO_ANOTHER_PATH = /^(?:the\s+)?(?:type|kind|nature|experience)\s+(?:of\s+experience\s+)?(?:specified|described|listed|stated|outlined|indicated|required)\b/i;

/** an "or" that joins two ways to qualify, not two names of one ("as a Nurse, or Midwife"): it ends or opens a clause or a line */
const OR_OPENS_ENTRY = String.raw`\s*(?:\(?[a-z0-9]{1,2}[.)]\s*)?or\b`;
const OR_BETWEEN_CLAUSES = new RegExp(String.raw`[;.]\s*or\b|\bor\s*(?:\n|$)|(?:^|\n)` + OR_OPENS_ENTRY, 'i');
/** every such "or" of a text, the last one first to hand by `.pop()` */
const EVERY_OR_BETWEEN_CLAUSES = new RegExp(OR_BETWEEN_CLAUSES.source, 'gi');
/** an entry that opens with its "or" ("(b) or ...", "OR have three months of ...") */
const OPENS_WITH_OR = new RegExp('^' + OR_OPENS_ENTRY, 'i');

/** where a requirement's years are written: its block and the offsets of the years in it */
interface YearsAt { block: number; start: number; end: number }

/**
 * Requirements that are ways to qualify, not all asked for: civil-service and school postings write
 * "1. A degree and two years of ...; or 2. Six years of ...", or an "OR" line between two paths.
 */
function markAlternatives(doc: HrDocument, requirements: ExperienceRequirement[], at: readonly YearsAt[]): void {
  groupAlternatives(doc, requirements, at);
  requirements.forEach((r, k) => {
    if (r.alternativeGroup !== undefined && r.alternativeGroup !== k) return;
    const path = pathWithoutYearsBefore(doc, at, k);
    if (path) r.otherPathWithoutYears = path;
  });
  borrowNamedWork(requirements);
}

/** Each requirement after an "or" that ends or opens a clause joins the group of the one before it. */
function groupAlternatives(doc: HrDocument, requirements: ExperienceRequirement[], at: readonly YearsAt[]): void {
  for (let k = 1; k < requirements.length; k++) {
    const [a, b] = [at[k - 1], at[k]];
    if (requirements[k - 1].required !== requirements[k].required) continue;
    let between: string;
    if (a.block === b.block) between = doc.blocks[a.block].text.slice(a.end, b.start);
    else {
      // consecutive entries of one list or paragraph run: nothing but an "or" line may stand between them
      const gap = doc.blocks.slice(a.block + 1, b.block).map((x) => x.text.trim()).filter(Boolean);
      if (gap.some((t) => !/^or$/i.test(t)) || doc.blocks[a.block].section !== doc.blocks[b.block].section) continue;
      between = [doc.blocks[a.block].text.slice(a.end), ...gap, doc.blocks[b.block].text.slice(0, b.start)].join('\n');
    }
    if (!OR_BETWEEN_CLAUSES.test(between)) continue;
    requirements[k].alternativeGroup = (requirements[k - 1].alternativeGroup ??= k - 1);
  }
  joinPathsWrittenAsOneEntry(doc, requirements, at);
}

/**
 * A way to qualify may ask for years twice in one entry ("1. Three years as a Steam Plant
 * Assistant, one year of which shall be as a Steam Plant Assistant "A"; or 2. ..."): only the
 * years next to the "or" joined the group, which left the others asked for on their own, as if
 * every candidate needed them. Years of one block with no "or" between them are one way to
 * qualify: where either is in a group, both are, and both name that way (`wayToQualify`, the
 * index of its first requirement). Groups keep the index of their first member.
 */
function joinPathsWrittenAsOneEntry(doc: HrDocument, requirements: ExperienceRequirement[], at: readonly YearsAt[]): void {
  const sameWay = (k: number): boolean => at[k - 1].block === at[k].block && requirements[k - 1].required === requirements[k].required
    && !OR_BETWEEN_CLAUSES.test(doc.blocks[at[k].block].text.slice(at[k - 1].end, at[k].start));
  let joined = false;
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 1; k < requirements.length; k++) {
      const [g, h] = [requirements[k - 1].alternativeGroup, requirements[k].alternativeGroup];
      if ((g === undefined) === (h === undefined) || !sameWay(k)) continue;
      requirements[k - 1].alternativeGroup = requirements[k].alternativeGroup = g ?? h;
      changed = joined = true;
    }
  }
  if (joined) {
    const first = new Map<number, number>();
    requirements.forEach((r, k) => { if (r.alternativeGroup !== undefined && !first.has(r.alternativeGroup)) first.set(r.alternativeGroup, k); });
    for (const r of requirements) if (r.alternativeGroup !== undefined) r.alternativeGroup = first.get(r.alternativeGroup);
  }
  requirements.forEach((r, k) => {
    if (r.alternativeGroup === undefined) return;
    const previous = requirements[k - 1];
    r.wayToQualify = k > 0 && previous.alternativeGroup === r.alternativeGroup && sameWay(k) ? previous.wayToQualify : k;
  });
}

/**
 * The way to qualify a posting offers before the k-th requirement that asks for no years, as
 * written: the clause before the last clause-level "or" ("A degree in X; OR have three months of
 * ..."), or the entry before it when that ends in "or" and asks for no years itself ("1. Completion
 * of an apprenticeship as a machinist; or" / "2. Six years of ...").
 */
function pathWithoutYearsBefore(doc: HrDocument, at: readonly YearsAt[], k: number): string | undefined {
  const b = at[k];
  const sameBlock = k > 0 && at[k - 1].block === b.block;
  const before = doc.blocks[b.block].text.slice(sameBlock ? at[k - 1].end : 0, b.start);
  const or = [...before.matchAll(EVERY_OR_BETWEEN_CLAUSES)].pop();
  const clause = or ? before.slice(0, or.index).split(/[.;](?=\s)|\n/).pop()!.trim() : '';
  if (/\p{L}{3,}/u.test(clause)) return clause;
  if (sameBlock) return undefined;
  const previous = previousWrittenBlock(doc, b.block);
  if (previous < 0 || doc.blocks[previous].section !== doc.blocks[b.block].section || at.some((x) => x.block === previous)) return undefined;
  const entry = doc.blocks[previous].text;
  if (!/\bor\s*$/i.test(entry) && !OPENS_WITH_OR.test(before)) return undefined;
  return entry.replace(/[;,.]?\s*or\s*$/i, '').trim() || undefined;
}

/**
 * "Two years of experience of the type specified in Requirement #1", "two years of experience in
 * either: (a list below)": a path that names no work of its own asks for the work the nearest path
 * of its group names, not for any employment (which would meet the whole group).
 */
function borrowNamedWork(requirements: ExperienceRequirement[]): void {
  const namesWork = requirements.map((r) => r.subject !== GENERIC_SUBJECT && !REFERS_TO_ANOTHER_PATH.test(r.subject));
  const written = requirements.map((r) => r.subject);
  requirements.forEach((r, k) => {
    if (r.alternativeGroup === undefined || namesWork[k]) return;
    const named = requirements.map((_, j) => j).filter((j) => requirements[j].alternativeGroup === r.alternativeGroup && namesWork[j])
      .sort((a, b) => Math.abs(a - k) - Math.abs(b - k))[0];
    if (named !== undefined) r.subject = written[named];
  });
}

/**
 * How a requirement links its years to its subject, as its own text does: "as" for a role ("4
 * years as a Registered Nurse"), "of" / "in" / "with" for work or a tool ("3+ years of SQL",
 * "2 years in an adult ICU"); "as" when the text does not say.
 */
export function yearsLink(requirement: string, subject: string): 'as' | 'of' | 'in' | 'with' {
  const at = requirement.toLowerCase().indexOf(subject.toLowerCase());
  const before = at > 0 ? requirement.slice(0, at) : '';
  // the last linking word before the subject ("of experience as a Registered Nurse" is "as")
  const m = /^.*\b(as|of|in|with|using)\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,4}$/is.exec(before);
  const word = m?.[1].toLowerCase();
  // "3+ years cooking experience": work named before "experience", no linking word, reads "of"
  if (!word && /\bexperience$/i.test(subject.trim())) return 'of';
  return word === 'of' || word === 'in' || word === 'with' ? word : word === 'using' ? 'with' : 'as';
}
