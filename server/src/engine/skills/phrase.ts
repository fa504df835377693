// The first skill extractor: longest-match lookup of graph aliases over a block's words.
// Case and inflection tolerant through matchKey; single common words ("analysis", "windows")
// need extra evidence (a skills list, or being written as a name) before they count.
import type { SkillGraph } from '../graph/graph.js';
import type { TaggedSpan } from '../models/tasks.js';
import { contentKeys, matchKey, normalizeTerm, tokenizeWords, type WordToken } from '../text/normalize.js';
import { foldDerivation } from '../lang/en/stem.js';
import { suiteNamesOfKey } from '../lang/en/shown-by.js';

export interface PhraseHit {
  /** UTF-16 offsets into the block's text */
  start: number;
  end: number;
  skill: number;
  words: number;
  ambiguous: boolean;
}

const MAX_WORDS = 8;
// Words that never start or end a skill phrase on their own, whatever an alias list says.
const EDGE_STOP = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'as', 'is', 'be', 'are', 'we', 'you', 'our', 'your']);

export function findPhrases(graph: SkillGraph, text: string, tokens: WordToken[] = tokenizeWords(text)): PhraseHit[] {
  const keys = tokens.map((t) => matchKey(t.text));
  const hits: PhraseHit[] = [];
  const limit = Math.min(MAX_WORDS, graph.maxAliasWords);
  let i = 0;
  while (i < tokens.length) {
    let found: PhraseHit | undefined;
    if (!EDGE_STOP.has(keys[i])) {
      for (let n = Math.min(limit, tokens.length - i); n >= 1; n--) {
        if (EDGE_STOP.has(keys[i + n - 1])) continue;
        // a phrase never crosses a sentence or list boundary
        const gap = text.slice(tokens[i].end, tokens[i + n - 1].start);
        if (/[.;:!?()\n•|]|,/.test(gap)) continue;
        const key = keys.slice(i, i + n).join(' ');
        let skills = graph.skillsForAlias(key);
        // a suite as people write it ("Microsoft Office Suite", "Office 365") is the graph's name
        // for that suite, not its vendor's ("Microsoft"), the alias found inside it
        if (!skills.length) {
          const names = suiteNamesOfKey(key);
          const suite = names && suiteSkill(graph, names);
          if (suite !== undefined) skills = [suite];
        }
        if (skills.length && n === 1) {
          const skill = graph.skills[skills[0]];
          const surface = text.slice(tokens[i].start, tokens[i].end);
          if (isAbbreviationOnly(skill.name, surface) || isOtherSpellingOfTool(skill, surface) || countsTime(skill, text, tokens, i)) continue;
        }
        if (skills.length) {
          found = { start: tokens[i].start, end: tokens[i + n - 1].end, skill: skills[0], words: n, ambiguous: graph.aliasIsAmbiguous(key) };
          break;
        }
      }
    }
    if (found) { hits.push(found); i += found.words; } else i++;
  }
  return hits;
}

/** a unit of time: after a word, that word says how the time is counted ("7 calendar days", "calendar year") */
const TIME_UNIT = /^(?:days?|weeks?|months?|years?|quarters?)$/i;

/**
 * Whether a tool's one-word name is the word that counts time before a unit of it ("within 7
 * calendar days", "each calendar year": no Google Calendar).
 */
function countsTime(skill: { tool?: boolean }, text: string, tokens: WordToken[], i: number): boolean {
  const next = tokens[i + 1];
  return !!skill.tool && !!next && TIME_UNIT.test(next.text) && /^\s+$/.test(text.slice(tokens[i].end, next.start));
}

/** The graph's skill for a suite: the first of the suite's names ("MS Office") the graph knows. */
export function suiteSkill(graph: SkillGraph, names: readonly string[]): number | undefined {
  return names.map((name) => graph.skillsForAlias(normalizeTerm(name))[0]).find((s) => s !== undefined);
}

/**
 * One word that only abbreviates the skill's name ("CALM" for "Computerized aircraft log
 * manager") counts only when written in capitals: "calm" and "Epic" are ordinary words. That
 * holds too when the name carries its acronym in capitals after the long form ("Computerized
 * aircraft log manager CALM", "Final approach spacing tool FAST"): "Calm under pressure" and
 * "Fast typing" name no tool. A name that is only the acronym ("SQL") is left alone.
 */
export function isAbbreviationOnly(skillName: string, surface: string): boolean {
  if (writesAcronymAsWord(skillName, surface)) return true;
  const word = surface.toLowerCase().replace(/[^a-z0-9+#.]/g, '');
  const capitals = surface === surface.toUpperCase() && surface.length >= 2;
  const nameWords = skillName.split(/[^A-Za-z0-9+#.]+/).filter(Boolean).map((w) => w.toLowerCase());
  if (nameWords.some((w) => w === word || w.startsWith(word) || word.startsWith(w) && w.length >= 3)) return false;
  return !capitals;
}

/**
 * Whether one word not written in capitals is the acronym a longer name carries ("fast" for "Final
 * approach spacing tool FAST", "San" for "Storage area network SAN software"): an ordinary word
 * ("fast paced", "San Antonio"), not the tool.
 */
export function writesAcronymAsWord(skillName: string, surface: string): boolean {
  const word = surface.toLowerCase().replace(/[^a-z0-9+#.]/g, '');
  const capitals = surface === surface.toUpperCase() && surface.length >= 2;
  const written = skillName.split(/[^A-Za-z0-9+#.]+/).filter(Boolean);
  return written.length > 1 && !capitals && written.some((w) => w.toLowerCase() === word && /[A-Z]{2}/.test(w) && w === w.toUpperCase());
}

/**
 * Whether a surface the lookup ties to a skill is written as an ordinary word, not as that skill's
 * name: an inflected tool name ("Fitness", FitNesse) or the acronym a longer name carries, not in
 * capitals ("San", "SAN Administration").
 */
export function isOrdinaryWordFor(skill: { name: string; tool?: boolean }, surface: string): boolean {
  return isOtherSpellingOfTool(skill, surface) || writesAcronymAsWord(skill.name, surface.trim());
}

/**
 * A word that only the lookup's folding of endings ties to a word of a tool's name ("Fitness" for
 * FitNesse, "Dockers" for Docker): a product's name is written as it is, never inflected, so the
 * word is an ordinary one. So is a short proper name the graph does not mark as a tool ("mace"
 * for Mac, "adas" for Ada): folding a word of four letters or fewer ties it to anything. A
 * possessive ("Tableau's") is still the name. Skills that are not tools inflect ("nursing",
 * "nurses"): never.
 */
export function isOtherSpellingOfTool(skill: { name: string; tool?: boolean }, surface: string): boolean {
  if (!skill.tool && !SHORT_PROPER_NAME.test(skill.name)) return false;
  const word = surface.toLowerCase().replace(/['’]s?$/, '');
  const nameWords = skill.name.toLowerCase().split(/[^a-z0-9+#.]+/).filter(Boolean);
  if (nameWords.includes(word)) return false;
  const key = matchKey(word);
  return nameWords.some((w) => matchKey(w) === key);
}

/** a name of one capitalised word of four letters or fewer ("Mac", "Ada", "Java") */
const SHORT_PROPER_NAME = /^[A-Z][a-z]{1,3}$/;

/** Words that wrap a skill without naming it ("Excellent", "proficient in", "knowledge of"). */
// How items of lists and requirements are written around a skill's name, shared by the item reader
// (extract.ts) and the postings' terms (terms.ts) so both read an item the same way.

/**
 * bullet characters typed as text, arrows among them ("➔ must be food handler certified", "→ SQL");
 * inside a line they start another entry (a hyphen or a dot there joins words)
 */
export const BULLETS = '•▪❖➢►◆■●➤✓✔➔➜➙➛➝➞➟➠➡➣➥➦→⇒▸▶❯';
/** a bullet, dash or number typed before an entry ("• SQL", "-Python", "~ Excel", "1) Excel") */
export const LEADING_BULLET = new RegExp(`^\\s*(?:[${BULLETS}·◦‣∙>–—~-]+|\\d{1,2}[.)])\\s*`);
/** how strongly it is asked for, after the name ("GED required", "SQL a plus", "Excel not essential") */
export const ASKED_HOW_MUCH = /(?<![\s,(–-])[\s,(–-]+(?:(?:is|are|would be|will be)\s+)?(?:(?:strongly\s+|highly\s+)?(?:required|preferred|desired|desirable|essential|helpful|mandatory|crucial|vital|important|necessary|compulsory|needed|a must)|(?:a|an)\s+(?:plus|bonus|asset|advantage)|(?:but\s+)?not\s+(?:required|essential|necessary))\)?$/i;
/** the kind of thing named, after the name ("communication skills", "Excel knowledge", "retail background") */
export const KIND_AFTER = /\s+(?:skills?|abilities|ability|capabilities|knowledge|proficiency|experience|expertise|background)$/i;
/** words no skill name holds: articles, possessives, and the words that open a clause */
export const NOT_IN_NAMES = /\b(?:the|a|an|their|its|his|her|our|your|all|any|some|which|that|who|for|to|from|by|into|through|throughout|while|when|where)\b/i;
/** a word that names work: a gerund or a noun of action, a field or a practice ("auditing", "phlebotomy", "Nursing") */
export const NAMES_WORK = /(?:ing|ion|ment|ance|ence|ship|ry|cy|ics|ure|ogy|omy|ism|sis)$/i;

export const SKILL_QUALIFIER = /^(?:(?:very|extremely|really|quite|strong|excellent|exceptional|outstanding|solid|sound|good|great|advanced|basic|proven|demonstrated|deep|thorough|extensive|effective|superior|keen|high|highly|expert|working|demonstrable|grasp|previous|prior|hands[- ]on|in[- ]depth|practical|comprehensive|professional|fluent|superb|adept|skilled|proficient|familiar|knowledgeable|experienced|competent|capable|able|ability|abilities|proficiency|expertise|experience|knowledge|understanding|familiarity|command|mastery|background|level|skills?(?=\s+(?:in|with|of|using)\s)|(?:trained|certified|versed)(?=\s+(?:in|on)\s)|(?:efficient|confident|comfortable|conversant|accomplished)(?=\s+(?:in|with|on|at|using)\s)|of|in|with|at|to|the|a|an|and|using|use|well[- ]developed|sharp|keen)\b[\s,-]+)+/i;

/** a name this many longer skills end with is broad: a word before it names one of them */
const BROAD_NAME_SKILLS = 10;

/**
 * Whether a name is broader than the mention it would name: a name many skills narrow, found as
 * the mention's last words right after a word that narrows it to one of them ("cleaning" for
 * "Data cleaning", "Science" for "Computer science", "infrastructure" for "Network
 * infrastructure"). That name is another skill; the mention keeps its own words. A word that
 * links, wraps or acts on the name does not narrow it ("application of SQL", "handling CRM",
 * "effective communication"), nor do words after the name ("SQL queries" is SQL).
 */
export function namesBroaderThan(mention: string, name: string, graph: SkillGraph): boolean {
  const said = contentKeys(mention.trim().replace(SKILL_QUALIFIER, ''));
  const named = contentKeys(name);
  if (!named.length || named.length >= said.length) return false;
  const tail = said.slice(said.length - named.length);
  if (!named.every((k, i) => k === tail[i])) return false;
  const words = tokenizeWords(mention);
  const at = words.map((w) => foldDerivation(matchKey(w.text))).lastIndexOf(named[0]);
  const before = at > 0 ? words[at - 1].text : '';
  if (!before || NOT_NARROWING.test(before) || SKILL_QUALIFIER.test(`${before} `)) return false;
  return graph.aliasesEndingWith(normalizeTerm(name)) >= BROAD_NAME_SKILLS;
}

/** words that link to a name or act on it rather than narrow it: connectors, verb forms, adverbs */
const NOT_NARROWING = /^(?:of|in|on|at|to|for|with|by|and|or|the|a|an|\w+(?:ing|ed|ly))$/i;

/**
 * Whether every acronym a mention is written with ("MSHA Certified", "ICU nursing") is in a name it
 * might take: as a word of the name, or spelled by the initials of the name's words ("ACLS",
 * Advanced Cardiac Life Support), or its letters in order in one word ("MS", Microsoft). "MSHA Certified" is not "Microsoft certified": the acronym says
 * which body certified, and the name drops it.
 */
export function acronymsAgree(mention: string, name: string): boolean {
  const acronyms = mention.split(/[^A-Za-z0-9]+/).filter((w) => /^[A-Z][A-Z0-9]*$/.test(w) && w.replace(/[0-9]/g, '').length >= 2);
  if (!acronyms.length) return true;
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const initials = words.map((w) => w[0]).join('');
  // "MS" for Microsoft: the letters in order within one word that starts with the first of them
  const inOneWord = (a: string) => words.some((w) => w[0] === a[0] && new RegExp(a.split('').join('.*')).test(w));
  return acronyms.map((a) => a.toLowerCase()).every((a) => words.includes(a) || initials.includes(a) || inOneWord(a));
}

/**
 * The graph's names found in a text as tagger spans, each with the skill it names. A one-word
 * name that is also an ordinary word ("Excel", "Windows") counts when written as a name
 * mid-sentence.
 */
/** Capitalised and not opening a sentence: "... in Excel", not "Excel is ..." or "... done. Excel". */
export function capitalisedMidSentence(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  return /^[A-Z]/.test(text.slice(start, end)) && !!before.trim() && !/[.!?:]\s*$/.test(before);
}

export function graphPhraseSpans(graph: SkillGraph, text: string): TaggedSpan[] {
  return findPhrases(graph, text).map((hit) => {
    let score = hit.words >= 2 ? 0.85 : 0.75;
    if (hit.ambiguous) score = capitalisedMidSentence(text, hit.start, hit.end) ? 0.6 : 0.3;
    const skill = graph.skills[hit.skill];
    return { start: hit.start, end: hit.end, kind: skill.kind, score, skill: hit.skill };
  });
}
