// The resume has roles matching a job's experience requirement, but fewer years than it asks.
import { sectionAnchor } from '../anchors.js';
import { experienceGapFinding } from '../experience-gap.js';
import type { Rule } from '../types.js';

export const experienceShortRule: Rule = {
  id: 'experience-short',
  defaultSeverity: 'warning',
  docs: 'Fewer years in the matching roles than the target job asks for.',
  kinds: ['resume'],
  check({ analysis, target }) {
    if (!target) return [];
    return target.match.experience.filter((ev) => ev.verdict === 'short').map((ev) =>
      experienceGapFinding(experienceShortRule, ev, target, ev.entries[0]?.dateRange ?? sectionAnchor(analysis, 'experience'), `${ev.foundYears.toFixed(1)} of `));
  },
};
