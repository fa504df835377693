// English words that describe a person rather than name their work: read as no part of a skill
// ("motivated people") and no part of a post's title ("a qualified nurse with 2 years ...").

/** adjectives and participles that describe a person ("motivated", "experienced", "passionate") */
const DESCRIBES_PERSON = /^(?:self-)?(?:motivated|qualified|experienced|skilled|dedicated|talented|passionate|committed|driven|determined|organi[sz]ed|accomplished|seasoned|energi[sz]ed|detail-oriented|hard-working|hardworking)$/i;

/** Whether a word describes a person, not the work they do. */
export function describesPerson(word: string): boolean {
  return DESCRIBES_PERSON.test(word);
}
