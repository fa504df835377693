// Is this English word a verb form? A lexicon of the verbs resumes and postings use, with their
// inflections generated, plus the irregular past forms; enough to tell "Managed a ward of 30"
// from "Ward management" without a tagger.

const BASE_VERBS = `accelerate accept achieve acquire act adapt add address adjust administer adopt advance advise
advocate allocate analyse analyze answer anticipate apply appraise approve arrange assemble assess assign assist
attain attend audit author automate balance bake believe bill book boost brief broaden budget build calculate
calibrate care carry catalogue catalog chair champion change chart check clean clarify close coach code collaborate
collect combine communicate compile complete comply compose compute conceive conduct configure consolidate construct
consult contact contribute control convert cook coordinate correct counsel count create cultivate cure customize cut
debug decide decrease define delegate deliver demonstrate deploy design detect determine develop devise diagnose
direct discover dispatch dispense distribute document double draft draw drive earn edit educate eliminate empower
enable encourage engineer enhance ensure establish estimate evaluate examine exceed execute expand expedite explain
facilitate file finalize finance fix follow forecast form formulate foster found gather generate give grade grow
guide handle head help hire identify implement improve increase influence inform initiate inspect install instruct
integrate interpret interview introduce invent investigate issue join justify keep launch lead learn lecture liaise
lift load locate log maintain make manage map market measure mediate mentor merge migrate minimize mobilize model
modernize modify monitor motivate move negotiate nurse nurture observe obtain open operate optimize orchestrate
order organize orient outline overhaul oversee package participate partner perform persuade pilot pioneer place plan
prepare present prevent prioritize process procure produce program promote propose protect provide publish purchase
qualify raise reach rebuild receive recommend reconcile record recruit redesign reduce refine regulate rehabilitate
reinforce reorganize repair replace report represent research resolve respond restore restructure retain review
revise revamp run save schedule screen secure select sell serve service set shape ship simplify solve sort source
spearhead specify standardize start steer stock streamline strengthen structure submit succeed supervise supply
support survey sustain systematize tackle take target teach test track train transcribe transform translate treat
triage troubleshoot tutor uncover undertake unify update upgrade use utilize validate verify volunteer weld win work
write`;

const IRREGULAR = `began begun bought brought built caught chose chosen did done drew drawn drove driven fed felt found
gave given got grew grown had held kept knew known laid led left lent made met oversaw overseen paid put ran read
rebuilt rose sent set showed shown sold spoke spoken spent stood taught thought told took taken understood undertook
undertaken won wrote written cut hit is was were been being am are`;

export type VerbForm = 'base' | 'third' | 'past' | 'ing';

function inflections(base: string): Array<[string, VerbForm]> {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const consonantY = /[^aeiou]y$/.test(base);
  return [
    [base, 'base'],
    [consonantY ? base.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's', 'third'],
    [consonantY ? base.slice(0, -1) + 'ied' : stem + 'ed', 'past'],
    [stem + 'ing', 'ing'],
  ];
}

const VERB_FORMS: ReadonlyMap<string, VerbForm> = new Map([
  ...BASE_VERBS.split(/\s+/).filter(Boolean).flatMap(inflections),
  ...IRREGULAR.split(/\s+/).filter(Boolean).map((w): [string, VerbForm] => [w, 'past']),
]);

/**
 * The verb form a word (any case) can be: 'base' ("manage"), 'third' ("manages"), 'past'
 * ("managed", "led"), 'ing' ("managing"); undefined when it is no verb the lexicon knows. A
 * regular "-ed" form of an unlisted verb ("streamlined") counts as past.
 */
export function verbForm(word: string): VerbForm | undefined {
  const w = word.toLowerCase();
  const known = VERB_FORMS.get(w);
  if (known) return known;
  if (w.length >= 5 && /[a-z]ed$/.test(w) && !/(?:need|seed|speed|feed|bed|red|shed)$/.test(w)) return 'past';
  return undefined;
}
