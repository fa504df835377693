// The name a skill mention is shown under. A graph skill's canonical name, except where it says
// more than the document does: ESCO names a competence by an action ("perform public relations",
// "address an audience", "implement marketing strategies") and a resume lists the field itself
// ("Public Relations", "presentation skills", "Marketing Strategy"). The action read into a noun
// is the taxonomy's wording, not the writer's claim; such a mention keeps its own words and its
// link (its id, so matching and the hover's description are the skill's). So does a mention whose
// name says less than it does: "Data Archiving" is no "data", "Manual Testing" no "Testing".
import type { GraphSkill, SkillGraph } from '../graph/graph.js';
import type { SkillMention } from '../types.js';
import { CONTENT_STOP, contentKeys, matchKey, tokenizeWords } from '../text/normalize.js';
import { fromCapitals } from '../document/title.js';
import { foldDerivation } from '../lang/en/stem.js';
import { verbForm } from '../lang/en/verbs.js';
import { namesBroaderThan } from './phrase.js';

/** a word opens an action when at least this many ESCO competences open with it */
const ACTION_LABELS = 3;
/** longer texts are sentence pieces: the canonical name reads better than them */
const MAX_OWN_WORDS = 4;

const actionsOf = new WeakMap<SkillGraph, ReadonlySet<string>>();

/** The words ESCO competences open with ("perform", "manage", "address"), read from the graph. */
function actionWords(graph: SkillGraph): ReadonlySet<string> {
  let known = actionsOf.get(graph);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const s of graph.skills) {
    if (!isCompetenceLabel(s)) continue;
    const first = openingWord(s);
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  known = new Set([...counts].filter(([, n]) => n >= ACTION_LABELS).map(([w]) => w));
  actionsOf.set(graph, known);
  return known;
}

/** the first word of a skill's name: a competence's action ("plan" of "plan nursing care") */
function openingWord(s: GraphSkill): string {
  return s.name.split(/\s+/)[0];
}

/** ESCO writes a competence in lower case, opening with its action ("plan nursing care") */
function isCompetenceLabel(s: GraphSkill): boolean {
  return s.kind === 'skill' && s.sources.includes('esco') && /^[a-z]/.test(s.name);
}

/** the text opens with an action of its own ("Analyze data", "developed new recipes") */
function opensWithAction(first: string, actions: ReadonlySet<string>): boolean {
  const w = first.toLowerCase();
  return actions.has(w) || (/ed$/.test(w) && (actions.has(w.slice(0, -2)) || actions.has(w.slice(0, -1))));
}

/** The text's own words when the skill's name adds an action the text does not state, else undefined. */
export function ownNameFor(graph: SkillGraph, skill: GraphSkill, text: string): string | undefined {
  if (!isCompetenceLabel(skill)) return undefined;
  const actions = actionWords(graph);
  const action = openingWord(skill);
  if (!actions.has(action)) return undefined;
  const words = tokenizeWords(text).map((t) => t.text).filter((w) => /\p{L}/u.test(w));
  if (!words.length || words.length > MAX_OWN_WORDS || opensWithAction(words[0], actions)) return undefined;
  // "implement strategic planning" for "strategic planning implementation": the text says it
  if (words.some((w) => w.toLowerCase().slice(0, 4) === action.slice(0, 4))) return undefined;
  return ownWords(fromCapitals(text));
}

/** A text as a name: its words as written, capitalised when it has no capital ("care planning": "Care Planning"). */
export function ownWords(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return /[A-Z]/.test(t) ? t : t.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/**
 * A word after a name that says what kind of thing it is or who uses it, not which: "communication
 * skills", "C++ programming", "Linux operating system", "Agile methodology", "SAP specialist".
 */
const KIND_WORD = /^(?:skills?|abilities|ability|capabilities|knowledge|proficiency|experience|expertise|background|oriented|focused|based|driven|programming|coding|scripting|development|developing|framework|frameworks|languages?|methodolog(?:y|ies)|software|platforms?|technolog(?:y|ies)|systems?|operating|protocols?|tools?|toolkit|suite|solutions?|process(?:es)?|activities|concepts?|strategies|environments?|applications?|apps?|administration|sector|industry|field|domain|principles|practices?|techniques?|methods?|specialist|expert|user|professional|roles?|positions?|duties)$/i;
/** the words of a clause, which a name never holds */
const CLAUSE = /\b(?:must|should|will|shall|can|could|may|might|would|have|has|had|is|are|was|were|be|been|being)\b/i;
/** what ends the name's phrase: a preposition opening a complement ("English with clear pronunciation"), a coordinator, a bracket */
const PHRASE_END = /^(?:with|for|in|on|at|to|of|from|by|as|using|including|such|and|or|like|via)$/i;

/**
 * Whether a name leaves out the head of a short mention and keeps only a word that modifies it:
 * "Data Archiving" shown as "data", "vendor management" as "vendor", "API testing" as "API". A
 * head that only says what kind of thing the name is ("C++ programming", "communication skills",
 * "SAP specialist") is no such part, nor what follows a preposition, a coordinator or a bracket. A
 * longer text is a sentence piece, which the name reads better than.
 */
export function nameDropsHead(text: string, name: string): boolean {
  // a span across sentences or list items ("especially Excel. Technical") or holding a clause ("Must
  // have basic typing") is no name to show
  if (/[.:;!?]\s|\n/.test(text) || CLAUSE.test(text)) return false;
  const words = tokenizeWords(text).filter((w) => /\p{L}/u.test(w.text));
  if (!words.length || words.length > MAX_OWN_WORDS) return false;
  const named = new Set(contentKeys(name));
  const keys = words.map((w) => foldDerivation(matchKey(w.text)));
  // the name must be written in the text: a paraphrase is the linker's business
  if (!named.size || ![...named].every((k) => keys.includes(k))) return false;
  let last = -1;
  keys.forEach((k, i) => { if (named.has(k)) last = i; });
  const bracket = text.search(/[(\[]/);
  for (let i = last + 1; i < words.length; i++) {
    const w = words[i].text;
    if (PHRASE_END.test(w) || (bracket >= 0 && words[i].start > bracket)) return false;
    if (named.has(keys[i]) || CONTENT_STOP.has(w.toLowerCase()) || /\d/.test(w) || /ly$/i.test(w)) continue;
    if (!KIND_WORD.test(w)) return true;
  }
  return false;
}

/**
 * A name that is one common word in lower case ("data", "vendor", "retail"): a modifier of many
 * heads. A product or a field named in capitals ("Linux", "PowerShell", "Admin") names the skill
 * whatever head a text gives it ("Linux system management", "PowerShell scripts").
 */
function isCommonWordName(skill: GraphSkill): boolean {
  return /^[a-z]+$/.test(skill.name);
}

/** a word naming work: a gerund or a noun of action ("Engineering", "Managing", "Nursing") */
const WORK_FORM = /(?:ing|ment|tion|sion)$/i;

/**
 * A one-word text naming work shown by a name of the same root that does not: a worker or a
 * thing ("Engineering" as RJDB's "Engineer", "Managing" as "Manager", "Planning" as "plan"; one
 * stem for both, and RJDB's skill lists held roles).
 */
export function namesWorkerOfWork(text: string, name: string): boolean {
  const t = text.trim();
  const n = name.trim();
  if (/\s/.test(t) || /\s/.test(n) || !WORK_FORM.test(t) || WORK_FORM.test(n) || t.toLowerCase() === n.toLowerCase()) return false;
  return t.slice(0, 4).toLowerCase() === n.slice(0, 4).toLowerCase();
}

/**
 * A verb acting on what follows opens the text: "Performed API testing", "Works well under
 * pressure"; a base form only before a word in lower case ("Smoke Testing" is a compound).
 */
function opensWithVerb(words: readonly { text: string }[]): boolean {
  if (words.length < 2) return false;
  const [first, next] = [words[0].text, words[1].text];
  const form = verbForm(first);
  // a capitalised past form opens a sentence ("Performed API testing"); in lower case it is as
  // often an adjective ("automated email test scripts"); a gerund as often a field ("marketing
  // communications")
  return (form === 'past' && /^[A-Z]/.test(first)) || ((form === 'base' || form === 'third') && /^[a-z]/.test(next));
}

/** The mention's own words as a name, without a verb that opens them ("Performed API testing": "API testing"). */
function ownWordsOf(text: string): string {
  const words = tokenizeWords(text);
  const from = opensWithVerb(words) ? words[1].start : 0;
  return ownWords(fromCapitals(text.slice(from)));
}

/**
 * Shows a mention under its own words where its canonical name says other than the text: a
 * competence's name adds an action the text does not state, or a short mention's name leaves out
 * which skill it is (a common word kept without its head: "Data Archiving" as "data"; or a broad
 * name a qualifier narrows: "Manual Testing" as "Testing", `namesBroaderThan`).
 */
export function nameAsWritten(graph: SkillGraph, mentions: SkillMention[]): void {
  for (const m of mentions) {
    const skill = graph.skillById(m.id);
    if (!skill || m.name !== skill.name) continue;
    const own = ownNameFor(graph, skill, m.text) ?? (saysLessThan(graph, skill, m.text) ? ownWordsOf(m.text) : undefined);
    if (own) m.name = own;
  }
}

/** Whether a skill's name says less than the text it names (a competence named by its action, "manage database", already says what the text does). */
function saysLessThan(graph: SkillGraph, skill: GraphSkill, text: string): boolean {
  if (isCompetenceLabel(skill)) return false;
  return (isCommonWordName(skill) && nameDropsHead(text, skill.name)) || namesBroaderThan(text, skill.name, graph) || namesWorkerOfWork(text, skill.name);
}
