// The resume has roles matching a job's experience requirement, but fewer years than it asks.
import { formatYears, sectionAnchor } from '../anchors.js';
import { finding, type Rule } from '../types.js';

export const experienceShortRule: Rule = {
  id: 'experience-short',
  defaultSeverity: 'warning',
  docs: 'Fewer years in the matching roles than the target job asks for.',
  kinds: ['resume'],
  check({ analysis, target }) {
    if (!target) return [];
    return target.match.experience.filter((ev) => ev.verdict === 'short').map((ev) => {
      const range = ev.entries[0]?.dateRange ?? sectionAnchor(analysis, 'experience');
      const needed = `${formatYears(ev.requiredYears)} years as ${ev.subject} required by ${target.title} job`;
      return finding(experienceShortRule, range, `${ev.foundYears.toFixed(1)} of ${needed}`,
        { subject: ev.subject, requiredYears: ev.requiredYears, foundYears: ev.foundYears, jobUri: target.uri },
        [{ uri: target.uri, range: ev.range, message: ev.requirement }]);
    });
  },
};
