// No role in the resume matches a job's experience requirement.
import { formatYears, sectionAnchor } from '../anchors.js';
import { finding, type Rule } from '../types.js';

export const experienceMissingRule: Rule = {
  id: 'experience-missing',
  defaultSeverity: 'warning',
  docs: "No role in the resume matches the target job's experience requirement.",
  kinds: ['resume'],
  check({ analysis, target }) {
    if (!target) return [];
    const anchor = sectionAnchor(analysis, 'experience');
    return target.match.experience.filter((ev) => ev.verdict === 'missing').map((ev) => {
      const needed = `${formatYears(ev.requiredYears)} years as ${ev.subject} required by ${target.title} job`;
      return finding(experienceMissingRule, anchor, `No experience found: ${needed}`,
        { subject: ev.subject, requiredYears: ev.requiredYears, foundYears: ev.foundYears, jobUri: target.uri },
        [{ uri: target.uri, range: ev.range, message: ev.requirement }]);
    });
  },
};
