// Which language a document is written in, from its function words and its script: enough to
// tell an English resume from a German, Spanish or Chinese one, so the engine reads only what
// its English models can read and says so about the rest.

const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to in for with on at by from as is are was were be have has that this our you your we will an or',
  de: 'der die das und ist nicht mit für auf von zu den dem des ein eine einer im bei als auch sich wir sie ihre unsere',
  fr: 'le la les et est des une un pour avec dans sur par au aux du que qui nous vous votre notre en ses',
  es: 'el la los las y es de del para con en por una un que se su sus nuestro nuestra como al',
  it: 'il lo gli le e è di del della per con un una che si nel nella sono al dei',
  pt: 'o a os as e é de do da para com em um uma que se seu sua nos pelo pela',
  nl: 'de het een en is van voor met op te in zijn wij je uw onze bij als ook',
  sv: 'och att det som en på är av för med till den har inte om ett vi våra din ditt',
};

// one-letter words ("a", "e", "o", "y") are too common in names and abbreviations to tell languages apart
const SETS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words.split(' ').filter((w) => w.length > 1))]));

const SCRIPTS: Array<[string, RegExp]> = [
  ['zh', /[\u4e00-\u9fff]/g], ['ja', /[\u3040-\u30ff]/g], ['ko', /[\uac00-\ud7af]/g],
  ['ru', /[\u0400-\u04ff]/g], ['ar', /[\u0600-\u06ff]/g], ['el', /[\u0370-\u03ff]/g], ['he', /[\u0590-\u05ff]/g],
];

export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
  sv: 'Swedish', zh: 'Chinese', ja: 'Japanese', ko: 'Korean', ru: 'Russian', ar: 'Arabic', el: 'Greek', he: 'Hebrew',
};

/** Letters needed before a guess is made: a short note is taken to be English. */
const MIN_LETTERS = 200;
const MIN_SCRIPT_CHARS = 40;
const MIN_FUNCTION_WORDS = 12;

export interface LanguageGuess { code: string; confidence: number }

/** How many of the (lower-case) words are each language's function words. */
function functionWordHits(words: readonly string[]): Record<string, number> {
  const hits: Record<string, number> = {};
  for (const w of words) for (const [lang, set] of Object.entries(SETS)) if (set.has(w)) hits[lang] = (hits[lang] ?? 0) + 1;
  return hits;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  // a script says it at once: a few dozen Chinese characters are a sentence or two
  for (const [code, re] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    if (n >= MIN_SCRIPT_CHARS && n / letters > 0.3) return { code, confidence: Math.min(1, n / letters + 0.3) };
  }
  if (letters < MIN_LETTERS) return { code: 'en', confidence: 0.5 };
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = functionWordHits(words);
  const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return { code: 'en', confidence: 0.3 };
  const [best, count] = ranked[0];
  const english = hits.en ?? 0;
  // English wins ties and near-ties, and text with few function words (skill lists, tables):
  // names, places and tools are written the same everywhere
  if (best !== 'en' && (count < english * 1.5 + 2 || count < MIN_FUNCTION_WORDS)) return { code: 'en', confidence: 0.6 };
  return { code: best, confidence: Math.min(1, count / Math.max(1, words.length) * 4) };
}

/** function words of one other language, fewest, before a passage reads as written in it */
const MIN_PASSAGE_FUNCTION_WORDS = 3;

/**
 * A passage (a paragraph, a list item) of an English document written in another language: a
 * bilingual posting's Spanish half ("Nuestros cocineros preparan ingredientes ..."). Its function
 * words are one other language's, several of them and at least twice as many as English ones;
 * a short or mixed passage, a name or a tool reads the same in every language and stays English.
 */
export function isOtherLanguagePassage(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_PASSAGE_FUNCTION_WORDS * 2) return false;
  const hits = functionWordHits(words);
  const english = hits.en ?? 0;
  return Object.entries(hits).some(([lang, n]) => lang !== 'en' && n >= MIN_PASSAGE_FUNCTION_WORDS && n >= 2 * english + 1);
}
