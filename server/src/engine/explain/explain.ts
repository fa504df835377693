// Evidence -> the explanation a person reads in a hover or the CLI. Every sentence is backed by
// an item of MatchResult, so the text cannot claim what the score did not use.
import type { DocumentAnalysis, MatchResult } from '../types.js';
import { titleSimilarity } from '../match/similarity.js';
import { employmentOf } from '../experience/extract.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const years = (y: number) => `${Math.round(y * 10) / 10} ${Math.abs(y - 1) < 1e-9 ? 'year' : 'years'}`;

export function explainMatch(result: MatchResult, resume: DocumentAnalysis, job: DocumentAnalysis): string {
  const jobName = job.title ?? 'this job';
  const lines: string[] = [];
  lines.push(`**${pct(result.score)} match** with *${jobName}*: ${result.match ? 'a match' : 'not a match'} (threshold ${pct(result.threshold)}, ${result.scorer === 'model' ? 'trained matcher' : 'rule scorer'}).`);
  const total = result.skills.length;
  if (total) {
    lines.push('', `**Skills:** ${result.matchedSkills.length} of ${total} required skills found.`);
    for (const s of result.skills) {
      if (s.found) lines.push(`- ✓ ${s.written}: "${s.found.text}" (line ${s.found.range.start.line + 1})`);
      else if (s.foundInText) lines.push(`- ✓ ${s.written}: in "${s.foundInText.text}" (line ${s.foundInText.range.start.line + 1})`);
      else if (s.similarity > 0) lines.push(`- ✓ ${s.written}: mentioned in the resume's text`);
    }
    for (const s of result.skills) if (s.similarity === 0) lines.push(`- ✗ ${s.written}: missing`);
  } else {
    lines.push('', '**Skills:** the job lists no required skills hrdocs could read.');
  }
  if (result.experience.length) {
    lines.push('', '**Experience:**');
    for (const e of result.experience) {
      const where = e.entries.length ? ` (${e.entries.map((x) => `${x.title}, ${x.dateText}`).join('; ')})` : '';
      if (e.verdict === 'met') lines.push(`- ✓ ${years(e.requiredYears)} as ${e.subject}: ${years(e.foundYears)} found${where}`);
      else if (e.verdict === 'short') lines.push(`- ⚠ ${years(e.requiredYears)} as ${e.subject}: only ${years(e.foundYears)} found${where}`);
      else lines.push(`- ✗ ${years(e.requiredYears)} as ${e.subject}: no matching role found`);
    }
  }
  if (job.title) lines.push('', `**Title fit:** ${pct(result.titleFit)} (closest role: ${closestRole(resume, job.title) ?? 'none'}).`);
  const f = result.features;
  if (f.lexicalCoverageCore !== undefined) {
    const agreement = f.lexicalAgreement !== undefined ? `; the two documents' most weighted words agree at ${pct(f.lexicalAgreement)}` : '';
    lines.push('', `**Wording:** the resume uses ${pct(f.lexicalCoverageCore)} of the job's weighted requirement and duty words (${pct(f.lexicalCoverageAll)} of the whole posting)${agreement}.`);
  }
  if (f.occupationFit !== undefined) {
    lines.push(`**Occupation:** the resume's roles and skills support ${pct(f.occupationFit)} of the job's occupation profile; its role titles name the job's occupation at ${pct(f.occupationTitleFit)}.`);
  }
  const ranks = (x: number) => { const n = Math.round(x * 3); return `${n} ${n === 1 ? 'rank' : 'ranks'}`; };
  if (f.levelBelowJob) lines.push(`**Rank:** the resume's latest role reads ${ranks(f.levelBelowJob)} below the job's title.`);
  if (f.levelAboveJob) lines.push(`**Rank:** the resume's latest role reads ${ranks(f.levelAboveJob)} above the job's title.`);
  if (f.roleFieldFit) lines.push(`**Field:** the resume's role titles sit ${pct(f.roleFieldFit)} near the job's field (the occupation model's reading of both).`);
  return lines.join('\n');
}

function closestRole(resume: DocumentAnalysis, title: string): string | undefined {
  let best: { title: string; fit: number } | undefined;
  for (const e of employmentOf(resume.experience)) {
    const fit = titleSimilarity(title, e.title);
    if (!best || fit > best.fit) best = { title: e.title, fit };
  }
  return best?.title;
}
