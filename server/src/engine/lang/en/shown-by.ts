// What a skill a resume names shows of another a posting asks for, where the skill graph relates
// neither: a software suite shows the applications it bundles ("MS Office": Excel, Outlook,
// PowerPoint), and a library, framework or database product shows the language it is written in
// or queried with ("jQuery": JavaScript, "MySQL": SQL). Only that direction: SQL shows no MySQL.
// Keys are normalizeTerm'd names; members are matched the same way, with or without the vendor's
// name ("Microsoft Excel" and "Excel").
import { normalizeTerm } from '../../text/normalize.js';

/** `members`: applications named alone or with a vendor name; `vendorOnly`: words that name the
 * application only with its vendor ("MS Word", "Google Drive"; a requirement "Drive" is a licence) */
interface Suite { names: string[]; vendors: string[]; members: string[]; vendorOnly: string[] }

const SUITES: Suite[] = [
  {
    names: ['microsoft office', 'ms office', 'office 365', 'microsoft 365', 'microsoft office 365', 'ms office 365', 'o365', 'm365', 'microsoft office suite', 'ms office suite', 'office suite'],
    vendors: ['microsoft', 'ms'],
    members: ['excel', 'powerpoint', 'outlook', 'onenote', 'office software', 'spreadsheet software', 'word processing software', 'presentation software'],
    vendorOnly: ['word', 'access', 'teams', 'publisher', 'office'],
  },
  {
    names: ['google workspace', 'g suite', 'gsuite', 'google suite', 'google apps', 'google docs suite'],
    vendors: ['google'],
    members: ['gmail', 'office software', 'spreadsheet software', 'word processing software', 'presentation software'],
    vendorOnly: ['docs', 'sheets', 'slides', 'drive', 'calendar', 'forms'],
  },
  {
    names: ['adobe creative suite', 'adobe creative cloud', 'creative suite', 'creative cloud', 'adobe cc', 'adobe cs'],
    vendors: ['adobe'],
    members: ['photoshop', 'illustrator', 'indesign', 'premiere pro', 'after effects', 'acrobat', 'lightroom', 'dreamweaver'],
    vendorOnly: ['premiere', 'xd', 'animate', 'audition'],
  },
  {
    names: ['libreoffice', 'openoffice', 'open office', 'libre office'],
    vendors: ['libreoffice', 'openoffice'],
    members: ['office software', 'spreadsheet software', 'word processing software', 'presentation software'],
    vendorOnly: ['writer', 'calc', 'impress'],
  },
];

// the table as normalizeTerm reads names (it folds "Office" to "offic", "Sheets" to "sheet")
const NORMALIZED = SUITES.map((s) => ({
  vendors: s.vendors.map(normalizeTerm),
  members: new Set(s.members.map(normalizeTerm)),
  vendorOnly: new Set(s.vendorOnly.map(normalizeTerm)),
}));
const BY_NAME = new Map(SUITES.flatMap((s, i) => s.names.map((n) => [normalizeTerm(n), NORMALIZED[i]] as const)));

const PREFIX = /^\s*(?:proficiency|proficient|knowledge|experience|skills?)\s+(?:in|of|with)\s+/;
const SUFFIX = /\s+(?:software|applications?|apps|programs?|packages?|tools?|products?|skills?|suite of (?:applications|programs))\s*$/;

/** names read so far: matching and role suggestions ask about the same few names thousands of times */
const KEYS = new Map<string, string[]>();
const KEYS_KEPT = 20_000;

/** A name as the table reads it, with and without a trailing "software", "skills"
 * ("Proficiency in Microsoft Excel", "Excel skills", "office software"). */
function keys(name: string): string[] {
  let out = KEYS.get(name);
  if (out) return out;
  const t = name.toLowerCase().replace(PREFIX, '');
  const whole = normalizeTerm(t);
  const bare = normalizeTerm(t.replace(SUFFIX, ''));
  out = bare && bare !== whole ? [whole, bare] : [whole];
  if (KEYS.size >= KEYS_KEPT) KEYS.clear();
  KEYS.set(name, out);
  return out;
}

/**
 * The names of the suite a name is written as ("Microsoft Office Suite", "Microsoft office", "Office
 * 365": the Microsoft Office names), in the table's order, or undefined when it names no suite.
 */
export function suiteNames(name: string): readonly string[] | undefined {
  return keys(name).map(suiteNamesOfKey).find((x) => x !== undefined);
}

/** The names of the suite a phrase's normalized key names exactly ("microsoft offic"), as `suiteNames`. */
export function suiteNamesOfKey(key: string): readonly string[] | undefined {
  const at = BY_NAME.get(key);
  return at === undefined ? undefined : SUITES[NORMALIZED.indexOf(at)].names;
}

/**
 * A suite's product named without its vendor among its siblings ("Excel, Word, Outlook", "Google
 * docs, Word, Excel"): the vendor's full names of it to look up ("microsoft word", "ms word"), when
 * a sibling is a member of the same suite; undefined for the word alone ("a word of caution").
 */
export function vendorProductAmong(word: string, siblings: readonly string[]): string[] | undefined {
  const key = normalizeTerm(word);
  const siblingKeys = siblings.map(normalizeTerm);
  const at = NORMALIZED.findIndex((s) => s.vendorOnly.has(key) && siblingKeys.some((k) => s.members.has(k) || s.vendors.some((v) => k.startsWith(`${v} `) && s.members.has(k.slice(v.length + 1)))));
  return at < 0 ? undefined : SUITES[at].vendors.map((v) => `${v} ${word.toLowerCase()}`);
}

/** Languages and the products that show them: whoever lists the product has written the language. */
const LANGUAGES: Array<{ language: string[]; shownBy: string[] }> = [
  { language: ['sql'], shownBy: ['mysql', 'postgresql', 'postgres', 'sql server', 'microsoft sql server', 'ms sql server', 'mssql', 'ms sql', 't-sql', 'tsql', 'pl/sql', 'plsql', 'sqlite', 'mariadb', 'oracle database', 'oracle sql', 'db2', 'ibm db2', 'teradata', 'snowflake', 'bigquery', 'amazon redshift', 'redshift'] },
  { language: ['javascript', 'js'], shownBy: ['jquery', 'react', 'react.js', 'reactjs', 'angular', 'angularjs', 'vue', 'vue.js', 'vuejs', 'node.js', 'nodejs', 'express.js', 'expressjs', 'typescript', 'next.js', 'ember.js', 'backbone.js', 'd3.js'] },
  { language: ['python'], shownBy: ['django', 'flask', 'fastapi', 'pandas', 'numpy', 'scipy', 'scikit-learn', 'pytorch', 'tensorflow'] },
  { language: ['java'], shownBy: ['spring', 'spring boot', 'spring framework', 'hibernate', 'j2ee', 'java ee', 'jsp', 'servlets'] },
  { language: ['c#'], shownBy: ['asp.net', 'asp.net mvc', '.net core', 'entity framework'] },
  { language: ['php'], shownBy: ['laravel', 'symfony', 'codeigniter', 'wordpress development'] },
  { language: ['ruby'], shownBy: ['ruby on rails', 'rails'] },
  { language: ['html', 'html5', 'css', 'css3'], shownBy: ['bootstrap', 'sass', 'scss', 'tailwind css'] },
];
const LANGUAGE_OF = new Map<string, Set<string>>();
for (const { language, shownBy } of LANGUAGES) {
  for (const product of shownBy) {
    const key = normalizeTerm(product);
    const set = LANGUAGE_OF.get(key) ?? new Set<string>();
    for (const l of language) set.add(normalizeTerm(l));
    LANGUAGE_OF.set(key, set);
  }
}

/**
 * Which of `held` shows the skill `wanted` names, and how: an application of a suite ("Microsoft
 * Excel" <- "MS Office": "part of MS Office"), or a language of a product ("SQL" <- "MySQL":
 * "shown by MySQL"). Undefined when none does.
 */
export function shownBy(wanted: string, held: readonly string[]): { held: string; via: string } | undefined {
  let wantedKeys: string[] | undefined;
  for (const h of held) {
    const heldKeys = keys(h);
    const suite = heldKeys.map((k) => BY_NAME.get(k)).find((x) => x !== undefined);
    const languages = suite ? undefined : heldKeys.map((k) => LANGUAGE_OF.get(k)).find((x) => x !== undefined);
    // most names are neither a suite nor a product: nothing to read of the wanted one
    if (!suite && !languages) continue;
    wantedKeys ??= keys(wanted);
    if (suite) {
      for (const w of wantedKeys) {
        const vendor = suite.vendors.find((v) => w.startsWith(`${v} `));
        const bare = vendor ? w.slice(vendor.length + 1) : w;
        if (suite.members.has(bare) || (vendor !== undefined && suite.vendorOnly.has(bare))) return { held: h, via: `part of ${h.trim()}` };
      }
    }
    if (languages && wantedKeys.some((w) => languages.has(w))) return { held: h, via: `shown by ${h.trim()}` };
  }
  return undefined;
}
