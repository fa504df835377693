// The role header reader. Around each date of a resume's experience, the entry's header is
// gathered (the date's line and the short lines next to it: "Senior Accountant" above
// "09/2014 to Current Company Name City , State"; "January 2011" / "Company Name" / "Purchaser"
// below), split into segments (at delimiters, line breaks and the date), and every candidate
// span of a segment is scored as TITLE, EMPLOYER or LOCATION (else OTHER) from evidence: title
// words counted over O*NET titles (lexicon.ts), organisation and place cues, labels ("Company -"),
// capitalisation, length, and the line the span sits on. The header is decoded jointly (one
// title, at most one employer and one location, no two sharing a word), and the line the title
// sits on relative to the date is learned per document: a resume writes all its entries alike.
import type { HrDocument } from '../types.js';
import { lineAt } from '../document/positions.js';
import { findDateRanges, findSingleDates, type FoundRange, type YearMonth } from './dates.js';
import type { TitleLexicon } from './lexicon.js';

/** one source line of a block: characters [from, to) of the block's text */
export interface HeaderLine { block: number; from: number; to: number; text: string; /** source line it starts on */ row: number; cell: boolean }

export interface DateAnchor {
  /** first and last line (indices into the line list) the date spans */
  line: number;
  lastLine: number;
  /** [line, from, to) of the date on each of its lines, characters of the line's text */
  spans: Array<[number, number, number]>;
  range: FoundRange;
}

export interface HeaderSpan { line: number; from: number; to: number; text: string }

export interface HeaderReading {
  title?: HeaderSpan;
  employer?: HeaderSpan;
  location?: HeaderSpan;
  /** the title's score: below about 1 the reading is a guess */
  titleScore: number;
  /** first and last line of the header the reading used (title, employer, date) */
  firstLine: number;
}

/** Every line of every block, in document order. */
export function linesOf(doc: HrDocument): HeaderLine[] {
  const out: HeaderLine[] = [];
  doc.blocks.forEach((b, block) => {
    let from = 0;
    for (const text of b.text.split('\n')) {
      out.push({ block, from, to: from + text.length, text, row: lineAt(doc.lineStarts, b.offsets[from] ?? b.offsets[0] ?? 0), cell: b.type === 'cell' });
      from += text.length + 1;
    }
  });
  return out;
}

const wordCount = (s: string) => (s.match(/[A-Za-z0-9][^\s]*/g) ?? []).length;
// a degree's or a school's date is not a role's
const EDUCATION = /\b(?:b\.?\s?tech|m\.?\s?tech|b\.?e|b\.?sc|m\.?sc|b\.?com|mba|bachelor'?s?|master'?s?|diploma|degree|ssc|hsc|cbse|board|university|college|gpa|graduat\w*|coursework|certificat\w*)\b/i;
const PREPOSITION_BEFORE = /\b(?:in|since|on|by|from|until|till|of|during|before|after|to|through|in|at|as of|effective|dated?|expires?|expired|expiring|valid|issued|completed|graduated|awarded|received|earned|certified|promoted)\s*[,:]?\s*$/i;

/**
 * Dates of the lines in scope: ranges on one line, ranges split over two or three short lines
 * ("September 2011" / "to" / "Current"), and a header's single month ("Intern Jul 2014").
 */
export function findAnchors(doc: HrDocument, lines: HeaderLine[], inScope: (line: number) => boolean, reference: YearMonth, singleOk: (line: number) => boolean = inScope): DateAnchor[] {
  const anchors: DateAnchor[] = [];
  let consumedUntil = -1;
  for (let i = 0; i < lines.length; i++) {
    if (i <= consumedUntil || !inScope(i)) continue;
    const text = lines[i].text;
    const ranges = findDateRanges(text, reference);
    if (ranges.length) {
      for (const r of ranges) anchors.push({ line: i, lastLine: i, spans: [[i, r.index, r.index + r.length]], range: r });
      continue;
    }
    const singles = findSingleDates(text);
    if (!singles.length) continue;
    // a range over lines: the date alone on its line, "to" and the end on the next ones
    if (wordCount(text) <= 4 && singles[0].index <= 3) {
      const window: number[] = [i];
      for (let k = i + 1; k < Math.min(lines.length, i + 3) && lines[k].block >= lines[i].block && doc.blocks[lines[k].block].section === doc.blocks[lines[i].block].section; k++) window.push(k);
      const joined = window.map((k) => lines[k].text).join(' ');
      const r = findDateRanges(joined, reference).find((x) => x.index <= singles[0].index && x.index + x.length > text.length + 1);
      if (r) {
        const spans: Array<[number, number, number]> = [];
        let at = 0;
        for (const k of window) {
          const from = Math.max(r.index, at), to = Math.min(r.index + r.length, at + lines[k].text.length);
          if (to > from) spans.push([k, from - at, to - at]);
          at += lines[k].text.length + 1;
        }
        const last = spans[spans.length - 1][0];
        anchors.push({ line: i, lastLine: last, spans, range: r });
        consumedUntil = lines[last].text.length > spans[spans.length - 1][2] ? last - 1 : last;
        continue;
      }
    }
    // one month: the header's only date, at the start or the end of a short header line
    const s = singles[0];
    const before = text.slice(0, s.index);
    const after = text.slice(s.index + s.length);
    const atStart = wordCount(before) === 0;
    const shortHeader = wordCount(before) <= 8 && (wordCount(after) === 0 || atStart || wordCount(text) <= 12);
    if (singles.length === 1 && shortHeader && singleOk(i) && !PREPOSITION_BEFORE.test(before) && !/^\s*[-–—]/.test(after) && !/\.\s*$/.test(text) && !EDUCATION.test(text)) {
      anchors.push({ line: i, lastLine: i, spans: [[i, s.index, s.index + s.length]], range: s });
    }
  }
  return anchors;
}

// ---------------------------------------------------------------- evidence

// posts a resume names that O*NET's occupation titles do not end with ("Internship", "Volunteer")
const ROLE_NOUNS = new Set(['internship', 'externship', 'apprenticeship', 'fellowship', 'residency', 'practicum', 'volunteer', 'trainee', 'caregiver']);
const SMALL = new Set(['of', 'and', 'the', 'for', '&', 'in', 'to', 'at', 'on', 'a', 'an', 'de', 'with', '/', 'or', 'as']);
const MODIFIERS = new Set(['senior', 'sr', 'junior', 'jr', 'lead', 'chief', 'head', 'principal', 'assistant', 'associate', 'deputy', 'interim', 'acting', 'trainee', 'staff', 'general', 'executive', 'regional', 'area', 'national', 'global', 'ii', 'iii', 'iv', 'i']);
// words that end an organisation's name: sure ones, and ones that also end titles ("Systems Engineer")
const STRONG_ORG = new Set(['inc', 'llc', 'llp', 'ltd', 'limited', 'corp', 'corporation', 'company', 'co', 'hospital', 'clinic', 'school', 'university', 'college',
  'bank', 'pvt', 'plc', 'gmbh', 'foundation', 'association', 'academy', 'church', 'hotel', 'restaurant', 'industries', 'enterprises', 'holdings', 'ministry',
  'council', 'infotech', 'pharmaceuticals', 'motors', 'airlines', 'stores']);
const ORG = new Set([...STRONG_ORG, 'group', 'center', 'centre', 'institute', 'services', 'solutions', 'technologies', 'systems', 'agency', 'department', 'dept',
  'partners', 'associates', 'labs', 'consulting', 'authority', 'trust', 'software', 'healthcare', 'district', 'county', 'firm', 'store', 'international']);
const STATES = new Set(('alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky ' +
  'louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas ' +
  'utah vermont virginia washington wisconsin wyoming').split(' '));
const STATE_PAIRS = ['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island', 'south carolina', 'south dakota', 'west virginia', 'district of columbia', 'united states', 'united kingdom', 'united arab emirates', 'new zealand', 'south africa', 'saudi arabia', 'sri lanka', 'hong kong', 'new delhi', 'los angeles', 'san francisco', 'san diego', 'las vegas'];
const STATE_ABBR = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC US USA UK UAE'.split(' '));
const PLACES = new Set(('usa india canada australia germany france ireland england scotland wales singapore malaysia philippines pakistan nigeria kenya ' +
  'china japan mexico brazil spain italy netherlands dubai qatar uae mumbai bombay delhi bangalore bengaluru pune hyderabad chennai kolkata noida gurgaon gurugram ' +
  'ahmedabad nagpur ranchi jaipur lucknow indore kochi london manchester toronto sydney melbourne chicago houston dallas boston seattle atlanta miami denver phoenix ' +
  'philadelphia austin remote').split(' '));
const PROSE_START = /^(?:responsible|worked|working|developed|managed|assisted|provided|performed|handled|maintained|created|prepared|ensured|conducted|supervised|helped|served|coordinated|oversaw|led|trained|implemented|designed|built|supported|monitored|achieved|increased|reduced|improved|established|processed|participated|answered|greeted|completed|delivered|organized|analyzed|reviewed|identified|collaborated|utilized)$/i;
const LEAD_IN_AS = /\b(?:work(?:ing|ed)?|serv(?:ing|ed)|employed|join(?:ed)?|hired|promoted)\s+as\s+(?:an?\s+|the\s+)?/i;
const NOT_TITLE_WORD = /\b(?:experience|months?|years?|details|responsibilities|duties|description|summary|accomplishments|achievements|highlights)\b/i;
const NOT_TITLE = /^(?:(?:work|professional|employment|relevant|career|job)\s+)?(?:experience|history|summary|employment|accomplishments|achievements|responsibilities|duties|highlights|description|projects?|skills|education|present|current|company name|city|state|country)$/i;
const LABEL = /^\s*(job\s+title|title|position|role|designation|company|employer|organi[sz]ation|client|firm|location|place|description|dates?(?:\s+(?:employed|of\s+employment))?|duration|period|years?|tenure|responsibilities|project(?:\s+name)?|environment|team\s+size)\s*(?:[:]|\s[-–—]\s?|-\s)/i;
type Label = 'TITLE' | 'EMPLOYER' | 'LOCATION';
const LABEL_KIND: Array<[RegExp, Label | 'PROSE']> = [
  [/^(?:job\s+title|title|position|role|designation)$/i, 'TITLE'],
  [/^(?:company|employer|organi[sz]ation|client|firm)$/i, 'EMPLOYER'],
  [/^(?:location|place)$/i, 'LOCATION'],
  [/^(?:description|responsibilities|project(?:\s+name)?|environment)$/i, 'PROSE'],
];

interface Token { text: string; lower: string; line: number; from: number; to: number; kind: 'word' | 'comma' | 'dash' | 'strong' }
const ABBREVIATION = /^(?:inc|ltd|co|corp|jr|sr|st|dr|mr|ms|mrs|no|dept|univ|assoc|asst|admin|mgr|exec|[a-z])\.$/i;

interface Candidate { label: Label; first: number; last: number; score: number; line: number }

function tokenize(lineIndex: number, text: string, from: number, to: number, out: Token[]): void {
  const re = /[,;:|•●▪◦()[\]*]|[^\s,;:|•●▪◦()[\]*]+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const t = m[0];
    if (m.index + t.length > to) break;
    const kind: Token['kind'] = t === ',' ? 'comma' : /^(?:[-–—]+|\/)$/.test(t) ? 'dash' : /^(?:[;:|•●▪◦()[\]*.]|[.]+)$/.test(t) ? 'strong' : 'word';
    out.push({ text: t, lower: t.toLowerCase().replace(/[.'’]+$/g, ''), line: lineIndex, from: m.index, to: m.index + t.length, kind });
    // "... (2012 - 2013). Implemented QA systems": a sentence's end closes the segment
    if (kind === 'word' && /[a-z)]{2,}\.$/i.test(t) && !ABBREVIATION.test(t)) out.push({ text: '.', lower: '.', line: lineIndex, from: m.index + t.length, to: m.index + t.length, kind: 'strong' });
  }
}

function isCap(w: string): boolean {
  return /^[A-Z0-9(]/.test(w) || SMALL.has(w.toLowerCase());
}

function headOf(words: string[]): string[] {
  const of = words.findIndex((w, k) => k > 0 && /^(?:of|for|in|to)$/i.test(w));
  const h = of > 0 ? words[of - 1] : words[words.length - 1];
  return h.toLowerCase().split(/[/-]/).map((p) => p.replace(/[^a-z]/g, '')).filter(Boolean);
}

function placeScore(words: string[], lower: string[]): number {
  const text = lower.join(' ');
  if (/^(?:city|state)(?: , (?:state|country|us|usa))*$/.test(text)) return 1;
  const last = words[words.length - 1];
  const lastTwo = lower.slice(-2).join(' ');
  const placeEnd = STATE_ABBR.has(last.replace(/\./g, '')) || STATES.has(lower[lower.length - 1]) || STATE_PAIRS.includes(lastTwo) || PLACES.has(lower[lower.length - 1]);
  if (!placeEnd) return 0;
  // "Springfield , IL", "Pune", "New York": a place; "Bank of America Texas" is not one
  if (lower.length === 1 || STATE_PAIRS.includes(text) || lower.includes(',')) return 0.8;
  return lower.length <= 3 && !lower.some((w) => ORG.has(w)) ? 0.5 : 0;
}

export interface ReaderContext { lexicon: TitleLexicon }

/** scores of a span of tokens [first, last] (words and commas of one line) for each label */
function scoreSpan(tokens: Token[], first: number, last: number, ctx: ReaderContext, leadLabel: Label | 'PROSE' | undefined): Record<Label, number> {
  const span = tokens.slice(first, last + 1);
  const wordsT = span.filter((t) => t.kind === 'word');
  const words = wordsT.map((t) => t.text.replace(/^[("']+|[)"'.:]+$/g, '') || t.text);
  const lower = span.map((t) => (t.kind === 'comma' ? ',' : t.lower));
  const lw = wordsT.map((t) => t.lower.replace(/[^a-z0-9&/]/g, ''));
  const n = words.length;
  const hasComma = span.some((t) => t.kind === 'comma');
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const next = tokens[last + 1];
  // "City Clinic" is an employer; "Company Name City , State" and "... : City" hold the place
  const place = /^(?:city|state)$/.test(lower.join(' ')) && next?.kind === 'word' ? 0 : placeScore(words, lower);
  const norm = lw.join(' ');
  const companyName = /^company name$/.test(norm) ? 1 : 0;
  // "Mercy Hospital", "Acme Inc", "Bank of America"; not "Manager of Support Services"
  const strongOrg = STRONG_ORG.has(lw[n - 1]) || (STRONG_ORG.has(lw[0]) && lw[1] === 'of') || /&\s*(?:co|sons)\b/i.test(words.join(' '));
  const org = strongOrg ? 1 : ORG.has(lw[n - 1]) || (ORG.has(lw[0]) && lw[1] === 'of') ? 0.4 : 0;
  const heads = headOf(words);
  const ofHead = words.findIndex((w, k) => k > 0 && /^(?:of|for|in|to)$/i.test(w)) > 0;
  const headCount = Math.max(0, ...heads.map((h) => (ROLE_NOUNS.has(h) ? 20 : ctx.lexicon.heads(h))));
  const titleHead = Math.min(1, Math.log1p(headCount) / Math.log1p(20));
  const content = lw.filter((w) => !SMALL.has(w));
  const occFrac = content.length ? content.filter((w) => ctx.lexicon.occurs(w) > 0 || MODIFIERS.has(w)).length / content.length : 0;
  const capsAll = words.every(isCap) ? 1 : 0;
  const lowerStart = /^[a-z]/.test(words[0]) ? 1 : 0;
  const verbStart = PROSE_START.test(lw[0]) || (/(?:ed|ing)$/.test(lw[0]) && ctx.lexicon.heads(lw[0]) === 0 && ctx.lexicon.occurs(lw[0]) < 3) ? 1 : 0;
  const endsSmall = SMALL.has(lw[n - 1]) ? 1 : 0;
  const startsSmall = SMALL.has(lw[0]) ? 1 : 0;
  const innerLink = lw.slice(1, -1).some((w) => /^(?:at|with|@|from|since)$/.test(w)) ? 1 : 0;
  const dashes = span.filter((t) => t.kind === 'dash').length;
  const smallFrac = lw.filter((w) => SMALL.has(w)).length / n;
  const prosey = smallFrac > 0.34 && n >= 4 ? 1 : 0;
  const digits = lw.some((w) => /\d/.test(w) && !/^\d+\/\d+$/.test(w)) ? 1 : 0;
  const notTitle = NOT_TITLE.test(norm) || NOT_TITLE.test(words.join(' ')) || NOT_TITLE_WORD.test(norm) ? 1 : 0;
  const asLead = prev?.lower === 'as' || ((prev?.lower === 'a' || prev?.lower === 'an') && prev2?.lower === 'as') ? 1 : 0;
  const atLead = prev && /^(?:at|with|@|for|in)$/.test(prev.lower) ? 1 : 0;
  const wholeChunk = (!prev || prev.kind === 'strong' || prev.kind === 'comma') && (!next || next.kind === 'strong' || next.kind === 'comma') ? 1 : 0;
  // a span that stops before "of X" or starts inside a run of title words cuts a title in two
  const cutsOf = next?.kind === 'word' && /^(?:of|for|&|and)$/.test(next.lower) ? 1 : 0;
  const afterOf = prev?.kind === 'word' && /^(?:of|for|&|and)$/.test(prev.lower) ? 1 : 0;
  const runWord = (t?: Token) => {
    const w = t?.kind === 'word' ? t.text.replace(/[^A-Za-z]/g, '') : '';
    return !!w && /^[A-Z]/.test(w) && !/^(?:city|state|name|company|at|with|as|in|for)$/i.test(w) && !ORG.has(w.toLowerCase()) && !STATE_ABBR.has(w)
      && !PROSE_START.test(w) && !/(?:ed|ing)$/.test(w);
  };
  const cutsRun = (runWord(prev) ? 1 : 0) + (runWord(next) ? 1 : 0);
  const label = (l: Label) => (leadLabel === l ? 3 : 0);
  const prose = leadLabel === 'PROSE' ? 1 : 0;
  const title = hasComma || /\bcompany name\b/.test(norm) ? -9
    : -1.0 + 2.2 * titleHead + 0.8 * occFrac + 0.2 * Math.min(4, content.filter(isCap).length) + 0.4 * capsAll - 0.6 * lowerStart - 2.0 * verbStart - 2.5 * org * (ofHead && titleHead > 0.5 ? 0 : 1) - 3.5 * place
      - 0.35 * Math.max(0, n - 4) - 1.0 * digits - 2 * endsSmall - 1.5 * startsSmall - 2 * innerLink - 1.5 * prosey - 4 * notTitle
      - 1.5 * (/^(?:city|state)$/.test(lw[0]) || STATES.has(lw[0]) || STATE_ABBR.has(words[0]) ? 1 : 0)
      + 1.2 * asLead + 0.5 * wholeChunk - 1.5 * cutsOf - 1.5 * afterOf - 0.6 * cutsRun - 0.4 * dashes + label('TITLE') - 3 * (leadLabel === 'EMPLOYER' || leadLabel === 'LOCATION' ? 1 : 0) - 1.5 * prose * (1 - asLead);
  const employer = hasComma || dashes ? -9
    : -1.2 + 5 * companyName + 2.5 * org + 0.6 * capsAll - 1.0 * titleHead * (1 - org) - 3 * place - 2 * verbStart - 0.8 * lowerStart
      - 0.3 * Math.max(0, n - 5) - 2 * endsSmall - 1.5 * startsSmall - 1.5 * prosey - 4 * notTitle * (1 - companyName) - 1.5 * innerLink
      + 1.0 * atLead * (1 - asLead) + 0.3 * wholeChunk - 0.8 * (prev?.text === '(' ? 1 : 0) - 2 * afterOf - 1.0 * cutsRun - 1.5 * (n === 1 && org ? 1 : 0) + label('EMPLOYER') - 2 * prose - 3 * (leadLabel === 'TITLE' ? 1 : 0);
  const location = dashes ? -9 : -1 + 4 * place + 0.4 * (hasComma ? 1 : 0) - 0.3 * Math.max(0, n - 3) - 2 * endsSmall - 1.5 * startsSmall + 0.5 * (prev?.lower === 'in' ? 1 : 0) + label('LOCATION') - 2 * prose - 4 * (lw.some((w) => ORG.has(w)) ? 1 : 0);
  return { TITLE: title, EMPLOYER: employer, LOCATION: location };
}

export interface AnchorHeader { tokens: Token[]; leads: Array<Label | 'PROSE' | undefined>; candidates: Candidate[]; anchor: DateAnchor }

const INLINE_BULLET = /\s[*•●▪◦·➢]\s|\s{3,}(?=\S)/;
const BULLET_START = /^\s*(?:[-*•●▪◦·➢o]\s|\d+[.)]\s)/;

/** the first line of a list item is a bullet; its lazy continuation lines are lines */
const isBullet = (line: HeaderLine, doc: HrDocument) => (doc.blocks[line.block].type === 'item' && line.from === 0) || BULLET_START.test(line.text);

function headerLike(line: HeaderLine, doc: HrDocument): boolean {
  if (isBullet(line, doc)) return false;
  const text = line.text.split(INLINE_BULLET)[0].trim();
  if (!text || wordCount(text) > 14) return false;
  return !/[.!?]$/.test(text) || /\b(?:inc|ltd|co|corp|jr|sr|llc)\.$/i.test(text) || wordCount(text) <= 2;
}

/**
 * How far from its date a role's header is read on a long line (here, on a line longer than twice
 * this; extract.ts reads a date's role the same way): a header sits next to its date, and a line
 * of hundreds of dates (a flattened PDF, pasted text) was read whole for each of them (3,600 dates
 * on one line: 12 minutes).
 */
export const HEADER_WINDOW = 400;

/** what each call for one document reads the same: the lines that hold a date, and per line its
 * inline-bullet cut and other dates (computed once, not once per date) */
const ANCHOR_LINES = new WeakMap<DateAnchor[], Set<number>>();
const LINE_DATES = new WeakMap<HeaderLine[], Map<number, { cut: number; ranges: FoundRange[]; reach: number[] }>>();

function anchorLinesOf(anchors: DateAnchor[]): Set<number> {
  let set = ANCHOR_LINES.get(anchors);
  if (!set) {
    set = new Set<number>();
    for (const x of anchors) for (let l = x.line; l <= x.lastLine; l++) set.add(l);
    ANCHOR_LINES.set(anchors, set);
  }
  return set;
}

function lineDates(lines: HeaderLine[], l: number): { cut: number; ranges: FoundRange[]; reach: number[] } {
  let byLine = LINE_DATES.get(lines);
  if (!byLine) LINE_DATES.set(lines, (byLine = new Map()));
  let found = byLine.get(l);
  if (!found) {
    const text = lines[l].text;
    const ranges = findDateRanges(text, { year: 2100, month: 1, exact: false }).sort((x, y) => x.index - y.index);
    // reach[i]: the furthest any of the first i + 1 dates ends (never decreasing, so searchable)
    const reach: number[] = [];
    for (const r of ranges) reach.push(Math.max(reach[reach.length - 1] ?? 0, r.index + r.length));
    found = { cut: text.search(INLINE_BULLET), ranges, reach };
    byLine.set(l, found);
  }
  return found;
}

/** The header of each anchor: tokens of its lines and the scored spans. */
export function gatherHeader(doc: HrDocument, lines: HeaderLine[], anchors: DateAnchor[], k: number, ctx: ReaderContext, leadIns = false): AnchorHeader {
  const a = anchors[k];
  const section = doc.blocks[lines[a.line].block].section;
  const anchorLines = anchorLinesOf(anchors);
  const take = (l: number) => l >= 0 && l < lines.length && !anchorLines.has(l) && doc.blocks[lines[l].block].section === section && headerLike(lines[l], doc);
  const headerLines: number[] = [];
  // a table row: its other cells
  const rowCells = (l: number) => l >= 0 && l < lines.length && lines[l].cell && lines[l].row === lines[a.line].row && !anchorLines.has(l);
  if (lines[a.line].cell) {
    for (let l = a.line - 1; rowCells(l); l--) headerLines.unshift(l);
    headerLines.push(a.line);
    for (let l = a.line + 1; rowCells(l); l++) headerLines.push(l);
  }
  if (!lines[a.line].cell) for (let l = a.line - 1; l >= a.line - 2 && take(l); l--) headerLines.unshift(l);
  if (!lines[a.line].cell) for (let l = a.line; l <= a.lastLine; l++) headerLines.push(l);
  for (let l = a.lastLine + 1; l <= a.lastLine + 2 && !lines[a.line].cell; l++) {
    if (l >= 0 && l < lines.length && !anchorLines.has(l) && doc.blocks[lines[l].block].section === section && l === a.lastLine + 1 && !isBullet(lines[l], doc) && wordCount(lines[l].text.split(INLINE_BULLET)[0]) > 14) {
      headerLines.push(l); // a long line right after the date still opens with the header
      break;
    }
    if (!take(l)) break;
    headerLines.push(l);
  }
  // a header that names no role: "working as a Python developer" in the lines below it
  const leadFrom = new Map<number, number>();
  if (leadIns) {
    for (let l = headerLines[headerLines.length - 1] + 1; l <= a.lastLine + 8 && l < lines.length && !anchorLines.has(l) && doc.blocks[lines[l].block].section === section; l++) {
      const m = LEAD_IN_AS.exec(lines[l].text);
      if (m) { leadFrom.set(l, m.index); headerLines.push(l); break; }
    }
  }
  const tokens: Token[] = [];
  for (const l of headerLines) {
    const text = lines[l].text;
    const { cut, ranges, reach } = lineDates(lines, l);
    let from = leadFrom.get(l) ?? 0;
    let end = leadFrom.has(l) ? text.length : cut >= 0 ? cut : text.length;
    const dateSpans = a.spans.filter(([sl]) => sl === l).map(([, f, t]) => [f, t] as const);
    if (dateSpans.length && text.length > 2 * HEADER_WINDOW) {
      from = Math.max(from, Math.min(...dateSpans.map(([f]) => f)) - HEADER_WINDOW);
      end = Math.min(end, Math.max(...dateSpans.map(([, t]) => t)) + HEADER_WINDOW);
    }
    // the text between its dates and the line's other dates (none of them header text)
    const cuts: Array<readonly [number, number]> = [...dateSpans];
    // (the line's dates in order of where they start, from the first by which one ends after the window opens)
    let lo = 0;
    for (let hi = ranges.length; lo < hi;) { const mid = (lo + hi) >> 1; if (reach[mid] <= from) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < ranges.length && ranges[i].index < end; i++) if (ranges[i].index + ranges[i].length > from) cuts.push([ranges[i].index, ranges[i].index + ranges[i].length]);
    cuts.sort((x, y) => x[0] - y[0]);
    let pieces: Array<[number, number]> = [];
    let at = from;
    for (const [f, t] of cuts) {
      if (f > at) pieces.push([at, Math.min(f, end)]);
      at = Math.max(at, t);
    }
    if (end > at) pieces.push([at, end]);
    pieces = pieces.filter(([x, y]) => y > x);
    // what follows the date after a clause break is the role's description, not its header:
    // "Junior IT Help Desk at YouXL (2017-2018); Supporting our regional tech ecosystem ..."
    pieces = pieces.filter(([x]) => !(dateSpans.some(([, t]) => t === x) && DESCRIPTION_AFTER_DATE.test(text.slice(x))));
    for (const [x, y] of pieces) {
      const before = tokens.length;
      tokenize(l, text, x, y, tokens);
      // a long piece: the header is its start (before the date) or its end (after the date)
      const words = tokens.slice(before).filter((t) => t.kind === 'word').length;
      if (words > 12) {
        const pieceTokens = tokens.splice(before);
        const beforeDate = dateSpans.length > 0 && y <= dateSpans[0][0];
        tokens.push(...(beforeDate ? pieceTokens.slice(-14) : pieceTokens.slice(0, 14)));
      }
      tokens.push({ text: '', lower: '', line: l, from: y, to: y, kind: 'strong' });
    }
  }
  // labels: "Company - Acme", "Job Title: Analyst", "description - Worked as ..."
  const leads: Array<Label | 'PROSE' | undefined> = tokens.map(() => undefined);
  let lead: Label | 'PROSE' | undefined;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (t === 0 || tokens[t - 1].line !== tok.line || (tokens[t - 1].kind === 'strong' && tokens[t - 1].text === '')) lead = undefined;
    if (tok.kind === 'word' && (t === 0 || tokens[t - 1].line !== tok.line || tokens[t - 1].kind === 'strong')) {
      const rest = lines[tok.line].text.slice(tok.from);
      const m = LABEL.exec(rest);
      if (m) {
        const name = m[1].toLowerCase().replace(/\s+/g, ' ');
        const kind = LABEL_KIND.find(([re]) => re.test(name))?.[1];
        // the label's own words are OTHER: skip them
        const labelEnd = tok.from + m[0].length;
        while (t < tokens.length && tokens[t].line === tok.line && tokens[t].to <= labelEnd) { leads[t] = undefined; tokens[t] = { ...tokens[t], kind: 'strong' }; t++; }
        t--;
        lead = kind;
        continue;
      }
    }
    leads[t] = lead;
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    let words = 0;
    for (let j = i; j < tokens.length && tokens[j].kind !== 'strong' && tokens[j].line === tokens[i].line; j++) {
      if (tokens[j].kind === 'word') words++;
      if (words > 9) break;
      if (tokens[j].kind !== 'word') continue;
      const s = scoreSpan(tokens, i, j, ctx, leads[i]);
      for (const label of ['TITLE', 'EMPLOYER', 'LOCATION'] as Label[]) {
        if (s[label] > -2.5) candidates.push({ label, first: i, last: j, score: s[label], line: tokens[i].line });
      }
    }
  }
  return { tokens, leads, candidates, anchor: a };
}

/** a semicolon, or a colon or full stop before a word in lower case, right after a date (and its closing bracket) */
const DESCRIPTION_AFTER_DATE = /^[\s)\]]*(?:;|[:.]\s+[a-z])/;

function wholeSegment(tokens: Token[], c: Candidate): boolean {
  const prev = tokens[c.first - 1], next = tokens[c.last + 1];
  return (!prev || prev.kind === 'strong' || prev.kind === 'comma') && (!next || next.kind === 'strong' || next.kind === 'comma') && prev?.text !== '(';
}

/** relative line of a title: 0 on the date's line, -1 above it, +1 below it (after a date over lines, below its last line) */
function lineOffset(a: DateAnchor, line: number): number {
  return line < a.line ? line - a.line : line > a.lastLine ? line - a.lastLine : 0;
}

const NO_TITLE = -1.5;

/** The best reading of a header: one title, an employer and a location where there are any. */
export function decodeHeader(h: AnchorHeader, layout: number | undefined, lines?: HeaderLine[], taken?: ReadonlySet<number>): HeaderReading & { offset?: number } {
  const offsetOf = (a: DateAnchor, line: number) => (lines?.[line]?.cell && lines[line].row === lines[a.line].row ? 0 : lineOffset(a, line));
  const top = (label: Label, bonus: (c: Candidate) => number) => h.candidates
    .filter((c) => c.label === label && !(label === 'TITLE' && taken?.has(c.line)))
    .map((c) => ({ c, s: c.score + bonus(c) }))
    .sort((x, y) => y.s - x.s)
    .slice(0, 10);
  const titles = top('TITLE', (c) => {
    const d = offsetOf(h.anchor, c.line);
    return (d === 0 ? 0 : Math.abs(d) === 1 ? -0.3 : -0.8) + (layout !== undefined && d === layout ? 1.2 : 0);
  });
  const employers = top('EMPLOYER', () => 0);
  const places = top('LOCATION', () => 0);
  let best: { s: number; t?: Candidate; e?: Candidate; l?: Candidate } = { s: -Infinity };
  const overlaps = (x?: Candidate, y?: Candidate) => !!x && !!y && x.first <= y.last && y.first <= x.last;
  for (const t of [undefined, ...titles]) {
    for (const e of [undefined, ...employers]) {
      if (e && e.s <= -1.6) continue;
      if (overlaps(t?.c, e?.c)) continue;
      for (const l of [undefined, ...places]) {
        if (l && l.s <= 0) continue;
        if (overlaps(t?.c, l?.c) || overlaps(e?.c, l?.c)) continue;
        // an employer next to its title (a segment of the same line, or the next line) is read as part of the header
        const sameRow = t && e && (t.c.line === e.c.line || (!!lines?.[t.c.line]?.cell && lines[t.c.line].row === lines[e.c.line].row));
        const near = t && e ? (sameRow && wholeSegment(h.tokens, e.c) ? 1.4 : Math.abs(t.c.line - e.c.line) <= 1 ? 0.3 : 0) : 0;
        if (e && e.s + near <= 0) continue;
        const s = (t ? t.s : NO_TITLE) + (e ? e.s + near : 0) + (l ? l.s : 0);
        if (s > best.s) best = { s, t: t?.c, e: e?.c, l: l?.c };
      }
    }
  }
  const spanOf = (c?: Candidate): HeaderSpan | undefined => {
    if (!c) return undefined;
    const from = h.tokens[c.first].from, to = h.tokens[c.last].to;
    const line = c.line;
    return { line, from, to, text: '' };
  };
  const used = [best.t, best.e].filter((c): c is Candidate => !!c).map((c) => c.line);
  const titleScore = best.t ? (titles.find((x) => x.c === best.t)?.s ?? 0) : NO_TITLE;
  return {
    title: spanOf(best.t), employer: spanOf(best.e), location: spanOf(best.l),
    titleScore,
    firstLine: Math.min(h.anchor.line, ...used),
    offset: best.t ? offsetOf(h.anchor, best.t.line) : undefined,
  };
}

/**
 * Reads the header of every anchor twice: first alone, then with the document's layout (the
 * line the confident titles sit on relative to their dates) as evidence.
 */
export function readHeaders(doc: HrDocument, lines: HeaderLine[], anchors: DateAnchor[], ctx: ReaderContext): HeaderReading[] {
  const headers = anchors.map((_, k) => gatherHeader(doc, lines, anchors, k, ctx));
  const first = headers.map((h) => decodeHeader(h, undefined, lines));
  const votes = new Map<number, number>();
  for (const r of first) if (r.offset !== undefined && r.titleScore >= 1) votes.set(r.offset, (votes.get(r.offset) ?? 0) + 1);
  const [layout, count] = [...votes.entries()].sort((x, y) => y[1] - x[1])[0] ?? [undefined, 0];
  const confident = [...votes.values()].reduce((x, y) => x + y, 0);
  const useLayout = layout !== undefined && count >= 2 && count >= 0.5 * confident ? layout : undefined;
  const readings = useLayout === undefined ? first : headers.map((h) => decodeHeader(h, useLayout, lines));
  // two dates on different lines never share a title line ("02/1998 to 12/2009" / "Executive
  // Director" / "08/1997 to 11/2005" / "Assistant Coach"): the line goes to the date the
  // document's layout points it to, else to the date whose reading loses more without it; the
  // other date is read again without that line
  for (let k = 1; k < readings.length; k++) {
    const j = k - 1;
    const tj = readings[j].title, tk = readings[k].title;
    if (!tj || !tk || tj.line !== tk.line || anchors[j].line === anchors[k].line) continue;
    const without = new Set([tj.line]);
    const rj = decodeHeader(headers[j], useLayout, lines, without);
    const rk = decodeHeader(headers[k], useLayout, lines, without);
    const jFits = useLayout !== undefined && readings[j].offset === useLayout, kFits = useLayout !== undefined && readings[k].offset === useLayout;
    if (jFits !== kFits ? jFits : readings[j].titleScore + rk.titleScore >= rj.titleScore + readings[k].titleScore) readings[k] = rk;
    else readings[j] = rj;
  }
  readings.forEach((r, k) => {
    if (r.titleScore >= 0.5) return;
    const again = decodeHeader(gatherHeader(doc, lines, anchors, k, ctx, true), useLayout, lines);
    if (again.titleScore > r.titleScore) readings[k] = again;
  });
  for (const r of readings) for (const s of [r.title, r.employer, r.location]) if (s) s.text = cleanSpan(lines[s.line].text.slice(s.from, s.to));
  return readings;
}

function cleanSpan(text: string): string {
  return text.replace(/^[\s\-–—:,(|*•]+|[\s\-–—:,(|*•]+$/g, '').replace(/\s+/g, ' ').trim();
}
