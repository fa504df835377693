// English words that describe a person rather than name their work: read as no part of a skill
// ("motivated people") and no part of a post's title ("a qualified nurse with 2 years ...").

/** adjectives and participles that describe a person ("motivated", "experienced", "passionate") */
const DESCRIBES_PERSON = /^(?:self-)?(?:motivated|qualified|experienced|skilled|dedicated|talented|passionate|committed|driven|determined|organi[sz]ed|accomplished|seasoned|energi[sz]ed|detail-oriented|hard-working|hardworking)$/i;

/** Whether a word describes a person, not the work they do. */
export function describesPerson(word: string): boolean {
  return DESCRIBES_PERSON.test(word);
}

/**
 * A person named by a skill they have, and that skill: "an excellent communicator" has
 * communication, "a team player" teamwork. Only agent nouns postings use for a trait; one that is
 * also a post ("Team Leader", "Facilitator", "Presenter") is left out, as a role is no skill.
 */
export const HOLDERS_OF_SKILLS: ReadonlyArray<readonly [holder: string, skill: string]> = [
  ['communicator', 'communication'],
  ['team player', 'teamwork'],
  ['team worker', 'teamwork'],
  ['problem solver', 'problem solving'],
  ['self starter', 'self motivation'],
  ['multitasker', 'multitasking'],
  ['multi tasker', 'multitasking'],
  ['decision maker', 'decision making'],
  ['negotiator', 'negotiation'],
  ['collaborator', 'collaboration'],
  ['critical thinker', 'critical thinking'],
  ['strategic thinker', 'strategic thinking'],
  ['creative thinker', 'creative thinking'],
  ['relationship builder', 'relationship building'],
  ['innovator', 'innovation'],
  ['troubleshooter', 'troubleshooting'],
];

/** each holder's words, hyphens or spaces between them, as they end a phrase (a plural too: "team players") */
const HOLDER_AT_END = new RegExp(String.raw`\b(${HOLDERS_OF_SKILLS.map(([h]) => h.split(' ').join(String.raw`[\s-]+`)).join('|')})s?\s*$`, 'i');

/**
 * A phrase that ends with the holder of a skill, written as that skill ("excellent communicator"
 * -> "excellent communication"): how the phrase reads as a claim of the skill. Undefined otherwise.
 */
export function asHeldSkill(phrase: string): string | undefined {
  const m = HOLDER_AT_END.exec(phrase);
  if (!m) return undefined;
  const key = m[1].toLowerCase().replace(/[\s-]+/g, ' ');
  const skill = HOLDERS_OF_SKILLS.find(([h]) => h === key)?.[1];
  return skill === undefined ? undefined : phrase.slice(0, m.index) + skill;
}
