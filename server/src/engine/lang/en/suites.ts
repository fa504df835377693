// Software suites and the applications they bundle: a resume that lists "MS Office" shows Excel,
// Outlook and PowerPoint (a posting asks for the applications, a resume names the suite, and the
// skill graph relates neither). Keys are normalizeTerm'd names; members are matched the same way,
// with or without the vendor's name ("Microsoft Excel" and "Excel").
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
const SUFFIX = /\s+(?:software|applications?|apps|programs?|tools?|products?|skills?|suite of (?:applications|programs))\s*$/;

/** A name as the table reads it, with and without a trailing "software", "skills"
 * ("Proficiency in Microsoft Excel", "Excel skills", "office software"). */
function keys(name: string): string[] {
  const t = name.toLowerCase().replace(PREFIX, '');
  const whole = normalizeTerm(t);
  const bare = normalizeTerm(t.replace(SUFFIX, ''));
  return bare && bare !== whole ? [whole, bare] : [whole];
}

/**
 * The name among `held` of a suite that bundles the application `wanted` names ("Microsoft
 * Excel", "Outlook", "Google Sheets", "office software"), or undefined.
 */
export function suiteCovering(wanted: string, held: readonly string[]): string | undefined {
  const wantedKeys = keys(wanted);
  for (const h of held) {
    const suite = keys(h).map((k) => BY_NAME.get(k)).find((x) => x !== undefined);
    if (!suite) continue;
    for (const w of wantedKeys) {
      const vendor = suite.vendors.find((v) => w.startsWith(`${v} `));
      const bare = vendor ? w.slice(vendor.length + 1) : w;
      if (suite.members.has(bare) || (vendor !== undefined && suite.vendorOnly.has(bare))) return h;
    }
  }
  return undefined;
}
