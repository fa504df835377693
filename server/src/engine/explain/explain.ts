// Evidence -> the explanation a person reads in a hover or the CLI. Every sentence is backed by
// an item of MatchResult, so the text cannot claim what the score did not use.
import type { DocumentAnalysis, MatchFactor, MatchResult } from '../types.js';
import { workTitleSimilarity } from '../match/similarity.js';
import type { TitleLexicon } from '../experience/lexicon.js';
import { employmentOf, GENERIC_SUBJECT, namedTitle, yearsLink } from '../experience/extract.js';
import { credentialEvidence } from '../match/credentials.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const years = (y: number) => `${Math.round(y * 10) / 10} ${Math.abs(y - 1) < 1e-9 ? 'year' : 'years'}`;

/** a factor moving the score less than this many points goes unnamed in the summary */
const MOVES_AT = 0.02;
/** title fit below which no role title is called like the job's (a title sharing one word of three) */
const TITLE_LIKE = 0.3;
/** what a factor means when it raises the score, and when it lowers it */
const FACTOR_WORDS: Record<MatchFactor, [string, string]> = {
  skills: ['required skills found', 'required skills missing'],
  experience: ['years of experience', 'experience short or missing'],
  titles: ['role titles like the job\'s', 'role titles unlike the job\'s'],
  wording: ['shared wording', 'little shared wording'],
  field: ['roles in the job\'s field', 'roles outside the job\'s field'],
  rank: ['rank of the latest role', 'rank of the latest role'],
  credentials: ['the licences the job names', 'licences the job names and the resume does not'],
};
/** words of a document quoted on one line: a phrase found across a line break reads as written, not broken in two */
export const quoted = (text: string) => `"${text.replace(/\s+/g, ' ').trim()}"`;
const points = (effect: number) => `${effect > 0 ? '+' : '−'}${Math.round(Math.abs(effect) * 100)} points`;

/** the years asked, as the posting links them to their work ("3 years as a Sous Chef", "2 years of SQL"); years of no named work are "2 years of experience" */
const askedYears = (e: { requiredYears: number; requirement: string; subject: string }) =>
  e.subject === GENERIC_SUBJECT ? `${years(e.requiredYears)} of experience` : `${years(e.requiredYears)} ${yearsLink(e.requirement, e.subject)} ${e.subject}`;

export function explainMatch(result: MatchResult, resume: DocumentAnalysis, job: DocumentAnalysis, titles?: TitleLexicon): string {
  const jobName = job.title ?? 'this job';
  const lines: string[] = [];
  lines.push(`**${pct(result.score)} match** with *${jobName}*: ${result.match ? 'a match' : 'not a match'} (threshold ${pct(result.threshold)}, ${result.scorer === 'model' ? 'trained matcher' : 'rule scorer'}).`);
  const movers = (result.drivers ?? []).filter((d) => Math.abs(d.effect) >= MOVES_AT).slice(0, 3);
  // a factor the job gives nothing to check moves the score by that absence, and is named so
  // (a job that names no skill moves nothing through skills: the matcher reads them as a typical pair's)
  const unasked: Partial<Record<MatchFactor, string>> = {
    ...(result.experience.length ? {} : { experience: result.qualifiedOtherWay?.length ? 'qualifies another way' : 'no years of experience asked for' }),
  };
  // skills that raise the score when none is found outright are credited for related wording, and said so
  const creditedOnly = result.matchedSkills.length === 0 && result.skills.some((s) => s.similarWording && !s.unlikelySkill);
  // titles that raise the score with no title like the job's do so by their words in the posting or their occupation
  const titleWordsOnly = result.titleFit < TITLE_LIKE;
  const moverWords = (d: { factor: MatchFactor; effect: number }) => unasked[d.factor]
    ?? (d.factor === 'skills' && d.effect > 0 && creditedOnly ? 'related wording for the required skills'
      : d.factor === 'titles' && d.effect > 0 && titleWordsOnly ? 'the words and occupation of the resume\'s role titles' : FACTOR_WORDS[d.factor][d.effect > 0 ? 0 : 1]);
  if (movers.length) lines.push('', `**What moves it most:** ${movers.map((d) => `${moverWords(d)} (${points(d.effect)})`).join(', ')}.`);
  // a no-match says what holds it down, even where larger factors raise it: the reader asks why
  // not, and a summary of only what helps does not answer (an explanation judge's finding)
  if (!result.match && movers.length && movers.every((d) => d.effect > 0)) {
    const lowering = (result.drivers ?? []).filter((d) => d.effect <= -MOVES_AT).slice(0, 2);
    lines.push(lowering.length
      ? `**What holds it down:** ${lowering.map((d) => `${moverWords(d)} (${points(d.effect)})`).join(', ')}.`
      : '**What holds it down:** no one factor reads below a typical pair\'s; together they stay under the threshold.');
  }
  // the posting's items that likely name no skill are neither counted nor claimed as gaps: named
  // once, apart, with what the score makes of them (it reads them, as a trained matcher learned to)
  const asked = result.skills.filter((s) => !s.unlikelySkill);
  const unlikely = result.skills.filter((s) => s.unlikelySkill);
  const total = asked.length;
  if (total) {
    const similar = asked.filter((s) => s.similarWording);
    lines.push('', `**Skills:** ${result.matchedSkills.length} of ${total} required skills found${similar.length ? `; ${similar.length} not named but credited in part for related wording` : ''}.`);
    for (const s of asked) {
      if (s.similarWording) continue;
      if (s.found && s.via) lines.push(`- ✓ ${s.written}: ${s.via} (line ${s.found.range.start.line + 1})`);
      else if (s.found) lines.push(`- ✓ ${s.written}: ${quoted(s.found.text)} (line ${s.found.range.start.line + 1})`);
      else if (s.foundInText && s.via) lines.push(`- ✓ ${s.written}: ${s.via} (line ${s.foundInText.range.start.line + 1})`);
      else if (s.foundInText) lines.push(`- ✓ ${s.written}: in ${quoted(s.foundInText.text)} (line ${s.foundInText.range.start.line + 1})`);
      else if (s.similarity > 0) lines.push(`- ✓ ${s.written}: mentioned in the resume's text`);
    }
    // partial credit, said as such: the resume never names the skill, and wording the linker
    // judges alike is mostly of the same area rather than the same skill (of 159 such claims
    // judged by hand on the training pairs, 30% the same skill, 46% related, 25% neither)
    for (const s of similar) lines.push(`- ≈ ${s.written}: not named; related wording${s.found ? ` ${quoted(s.found.text)} (line ${s.found.range.start.line + 1})` : ''}`);
    // what is known is that no words of the resume name it: whether the person has it, they know
    for (const s of asked) if (s.similarity === 0) lines.push(`- ✗ ${s.written}: not named in the resume`);
  } else {
    lines.push('', '**Skills:** the job lists no required skills hrdocs could read.');
  }
  if (unlikely.length) {
    const named = unlikely.filter((s) => s.similarity > 0).map((s) => s.written);
    lines.push(`- Likely no skill, so not counted as found or missing (the score reads them${named.length ? `; the resume names ${named.join('; ')}` : ', none named in the resume'}): ${unlikely.map((s) => s.written).join('; ')}.`);
  }
  const otherWay = result.qualifiedOtherWay ?? [];
  if (result.experience.length || otherWay.length) {
    lines.push('', '**Experience:**');
    for (const e of result.experience) {
      const roles = e.entries.map((x) => `${x.title}, ${x.dateText}`);
      if (e.stated) roles.unshift(`stated in the resume: ${quoted(e.stated.text)}, line ${e.stated.range.start.line + 1}`);
      const where = roles.length ? ` (${roles.join('; ')})` : '';
      const ways = e.otherWays ? `one of ${e.otherWays + 1} ways to qualify` : '';
      const asked = askedYears(e);
      if (e.verdict === 'met') lines.push(`- ✓ ${asked}: ${years(e.foundYears)} found${where}${ways ? ` (${ways})` : ''}`);
      else if (e.verdict === 'short') lines.push(`- ⚠ ${asked}: only ${years(e.foundYears)} found${where}${ways ? ` (${ways}: the closest)` : ''}`);
      else lines.push(`- ✗ ${asked}: no matching role found${ways ? `, ${ways}` : ''}`);
    }
    for (const w of otherWay) lines.push(`- ✓ ${askedYears(w)}: not needed, the resume shows the other way to qualify (${quoted(w.path)})`);
  }
  const f = result.features;
  if (job.title) {
    const now = f.jobTitleInRecentTitles !== undefined ? `; the resume's headline and two latest role titles hold ${pct(f.jobTitleInRecentTitles)} of the job title's weighted words` : '';
    lines.push('', `**Title fit:** ${pct(result.titleFit)} (closest role: ${closestRole(resume, job.title, titles) ?? 'none'})${now}.`);
  }
  if (f.lexicalCoverageCore !== undefined) {
    const agreement = f.lexicalAgreement !== undefined ? `; the two documents' most weighted words agree at ${pct(f.lexicalAgreement)}` : '';
    lines.push('', `**Wording:** the resume uses ${pct(f.lexicalCoverageCore)} of the job's weighted requirement and duty words (${pct(f.lexicalCoverageAll)} of the whole posting)${agreement}.`);
  }
  // the occupations by name, which a reader can check, rather than the profile overlap the score
  // reads (a percentage that read as "unfit" between an HR manager and an HR advisor)
  const read = result.occupations;
  if (read?.job) {
    const resumeReads = !read.resume ? 'as no occupation of the graph' : read.resume === read.job ? 'as the same' : `as *${read.resume}*`;
    lines.push(`**Occupation:** the job's title reads as *${read.job}*, the resume's role titles ${resumeReads}.`);
  }
  const ranks = (x: number) => { const n = Math.round(x * 3); return `${n} ${n === 1 ? 'rank' : 'ranks'}`; };
  if (f.levelBelowJob) lines.push(`**Rank:** the resume's latest role reads ${ranks(f.levelBelowJob)} below the job's title.`);
  if (f.levelAboveJob) lines.push(`**Rank:** the resume's latest role reads ${ranks(f.levelAboveJob)} above the job's title.`);
  if (f.roleFieldFit) lines.push(`**Field:** the resume's role titles sit ${pct(f.roleFieldFit)} near the job's field (the occupation model's reading of both).`);
  const credentials = credentialEvidence(resume, job);
  if (credentials.length) {
    lines.push('', '**Licences and registrations the job names:**');
    for (const c of credentials) lines.push(`- ${c.named ? '✓' : '✗'} ${c.name}: asked in ${quoted(c.asked.text)} (job line ${c.asked.range.start.line + 1}); ${c.namedOnLine !== undefined ? `named on resume line ${c.namedOnLine + 1}` : `not named in the resume${c.gainedInPost ? ' (the post gives time to gain it after hiring)' : ''}`}`);
  }
  return lines.join('\n');
}

function closestRole(resume: DocumentAnalysis, title: string, titles?: TitleLexicon): string | undefined {
  let best: { title: string; fit: number } | undefined;
  for (const e of employmentOf(resume.experience)) {
    const held = namedTitle(e);
    if (!held) continue;
    const fit = workTitleSimilarity(title, held, titles);
    if (!best || fit > best.fit) best = { title: held, fit };
  }
  return best?.title;
}
