// Date ranges in the forms people write on resumes: "2019 - 2023", "Jan 2019 – Present",
// "03/2017-05/2019", "2017-2019", "June 2015 to August 2018", "2017-03 – 2019-05".

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
  spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12,
};

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)\\.?';
const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
// "'19" stands for 2019 after a month ("Jan '19"); alone it is too easily something else
const SHORT_YEAR = "['’]\\d{2}";
const DAY = '(?:[0-3]?\\d(?:st|nd|rd|th)?)';
const DATE = [
  `${YEAR}-[01]\\d-[0-3]\\d`, // 2020-05-05
  `[0-3]?\\d[/.-][0-3]?\\d[/.-]${YEAR}`, // 05/05/2020, 20.08.2018
  `${DAY}(?:\\s+|-)${MONTH},?\\s+${YEAR}`, // 06th June 2017, 1-Jan 2016
  `${MONTH}\\s+${DAY},\\s*${YEAR}`, // June 6, 2017
  `${MONTH},?\\s+(?:${YEAR}|${SHORT_YEAR})`, // June 2017, Jan '19
  `\\d{1,2}\\/${YEAR}`, // 06/2017
  `${YEAR}[-/.]\\d{1,2}(?!\\d)`, // 2017-06
  YEAR,
].map((d) => `(?:${d})`).join('|');
const NOW = '(?:present|current(?:ly)?|now|today|(?:till |to )?date|on[- ]?going|still (?:on[- ]?going|working|employed|here)|continuing)';
const SEP = '(?:\\s*(?:-|–|—|−|‒|~|to|until|till|through|thru|up to|and)\\s*|\\s+:\\s+)(?:the year(?: of)?\\s+)?';
export const DATE_RANGE_RE = new RegExp(`(?:\\b(?:from|since|between)\\s+(?:the year(?: of)?\\s+)?)?(?<![\\w'’])(${DATE})${SEP}(${DATE}|${NOW})(?![\\w'’])`, 'gi');
// "since 2021" is a role's start only where it closes the line or a parenthesis, not mid-sentence
const SINCE_RE = new RegExp(`\\bsince\\s+(${DATE})(?=\\s*(?:\\)|$|\\n))`, 'gi');

export interface YearMonth { year: number; month: number; exact: boolean }

export function parseDate(text: string): YearMonth | undefined {
  const t = text.trim().toLowerCase().replace(/,/g, ' ').replace(/^(\d{1,2}(?:st|nd|rd|th)?)-(?=[a-z])/, '$1 ').replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { year: +m[1], month: +m[2], exact: true };
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    // day first where the first number cannot be a month (20/08/2018); month first otherwise (US)
    const month = +m[1] > 12 ? +m[2] : +m[1];
    if (month >= 1 && month <= 12) return { year: +m[3], month, exact: true };
    return undefined;
  }
  m = /^(?:\d{1,2}(?:st|nd|rd|th)? )?([a-z]+)\.? (?:\d{1,2}(?:st|nd|rd|th)? )?['’]?(\d{4}|\d{2})$/.exec(t);
  if (m && MONTHS[m[1]] !== undefined) {
    const year = m[2].length === 2 ? 2000 + +m[2] : +m[2];
    return { year: year > 2049 ? year - 100 : year, month: MONTHS[m[1]], exact: true };
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && +m[1] >= 1 && +m[1] <= 12) return { year: +m[2], month: +m[1], exact: true };
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { year: +m[1], month: +m[2], exact: true };
  m = /^(\d{4})$/.exec(t);
  if (m) return { year: +m[1], month: 1, exact: false };
  return undefined;
}

export interface FoundRange {
  start: YearMonth;
  end: YearMonth;
  current: boolean;
  /** months between start and end */
  months: number;
  /** index of the match in the text and its length */
  index: number;
  length: number;
  text: string;
}

export function monthKey(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, '0')}`;
}

/**
 * Months covered. Two bare years count the difference ("2019 - 2023" is 4 years, as people
 * and RJDB read it); dates with months count inclusively ("Jan - Dec 2019" is 12 months).
 */
export function monthsBetween(start: YearMonth, end: YearMonth): number {
  const diff = (end.year - start.year) * 12 + (end.month - start.month);
  return Math.max(0, start.exact && end.exact ? diff + 1 : diff);
}

export function findDateRanges(text: string, reference: YearMonth): FoundRange[] {
  const out: FoundRange[] = [];
  DATE_RANGE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RANGE_RE.exec(text)) !== null) {
    const start = parseDate(m[1]);
    const current = new RegExp(`^${NOW}$`, 'i').test(m[2].trim());
    let end = current ? { ...reference, exact: start?.exact ?? false } : parseDate(m[2]);
    if (!start || !end) continue;
    // "2019-03" alone is a year-month, not a range: parseDate of the right side catches "2019 - 03"? keep sane ranges only
    if (end.year < start.year || end.year - start.year > 60) continue;
    if (!start.exact && end.exact && !current) end = { ...end };
    out.push({ start, end, current, months: monthsBetween(start, end), index: m.index, length: m[0].length, text: m[0] });
  }
  SINCE_RE.lastIndex = 0;
  while ((m = SINCE_RE.exec(text)) !== null) {
    if (out.some((r) => m!.index >= r.index && m!.index < r.index + r.length)) continue;
    const start = parseDate(m[1]);
    if (!start) continue;
    const end = { ...reference, exact: start.exact };
    out.push({ start, end, current: true, months: monthsBetween(start, end), index: m.index, length: m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, a: 1, an: 1,
};

export function parseCount(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+(\.\d+)?$/.test(w)) return parseFloat(w);
  return NUMBER_WORDS[w];
}

// one date with its month ("June 2016", "06/2016", "1-Jan 2016"), not a bare year: a role header's
// only date ("Mechanical Engineering Intern Jul 2014") or one half of a range split over lines
const SINGLE_DATE_RE = new RegExp(`(?<![\\w'’/.-])(${DATE})(?![\\w'’/-])`, 'gi');

/** Dates of `text` that are not part of a range; a role with one date starts and ends in its month. */
export function findSingleDates(text: string): FoundRange[] {
  const ranges = findDateRanges(text, { year: 2100, month: 1, exact: true });
  const out: FoundRange[] = [];
  SINGLE_DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SINGLE_DATE_RE.exec(text)) !== null) {
    const at = m.index;
    if (ranges.some((r) => at < r.index + r.length && at + m![0].length > r.index)) continue;
    const date = parseDate(m[1]);
    if (!date || !date.exact) continue;
    out.push({ start: date, end: date, current: false, months: 1, index: at, length: m[0].length, text: m[0] });
  }
  return out;
}
