// No role in the resume matches a job's experience requirement.
import { sectionAnchor } from '../anchors.js';
import { experienceGapFinding } from '../experience-gap.js';
import type { Rule } from '../types.js';

export const experienceMissingRule: Rule = {
  id: 'experience-missing',
  defaultSeverity: 'warning',
  docs: "No role in the resume matches the target job's experience requirement.",
  kinds: ['resume'],
  check({ analysis, target }) {
    if (!target) return [];
    const anchor = sectionAnchor(analysis, 'experience');
    return target.match.experience.filter((ev) => ev.verdict === 'missing').map((ev) =>
      experienceGapFinding(experienceMissingRule, ev, target, anchor, 'No experience found: '));
  },
};
