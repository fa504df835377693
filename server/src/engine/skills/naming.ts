// The name a skill mention is shown under. A graph skill's canonical name, except where it says
// more than the document does: ESCO names a competence by an action ("perform public relations",
// "address an audience", "implement marketing strategies") and a resume lists the field itself
// ("Public Relations", "presentation skills", "Marketing Strategy"). The action read into a noun
// is the taxonomy's wording, not the writer's claim; such a mention keeps its own words and its
// link (its id, so matching and the hover's description are the skill's).
import type { GraphSkill, SkillGraph } from '../graph/graph.js';
import type { SkillMention } from '../types.js';
import { tokenizeWords } from '../text/normalize.js';
import { fromCapitals } from '../document/title.js';

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

/** Shows each mention of a competence under its own words where its canonical name adds an action. */
export function nameAsWritten(graph: SkillGraph, mentions: SkillMention[]): void {
  for (const m of mentions) {
    const skill = graph.skillById(m.id);
    if (!skill || m.name !== skill.name) continue;
    const own = ownNameFor(graph, skill, m.text);
    if (own) m.name = own;
  }
}
