// What experience-short and experience-missing report about one unmet experience requirement:
// the same message tail, data and link to the job's requirement line.
import type { ExperienceEvidence, Range } from '../types.js';
import { formatYears } from './anchors.js';
import { yearsLink } from '../experience/extract.js';
import { finding, type Finding, type Rule, type TargetJob } from './types.js';

export function experienceGapFinding(rule: Rule, ev: ExperienceEvidence, target: TargetJob, range: Range, lead: string): Finding {
  const needed = `${formatYears(ev.requiredYears)} years ${yearsLink(ev.requirement, ev.subject)} ${ev.subject} required by ${target.title} job`;
  return finding(rule, range, `${lead}${needed}`,
    { subject: ev.subject, requiredYears: ev.requiredYears, foundYears: ev.foundYears, jobUri: target.uri },
    [{ uri: target.uri, range: ev.range, message: ev.requirement }]);
}
