// A skill the target job requires that the resume shows (an experience bullet, the summary) but
// its Skills list does not name. Reported on the line that shows it; the fix adds the resume's
// own words to the Skills list, so it is preferred and part of fix-all.
import { addMissingSkillEdits } from '../../edit/edits.js';
import { planSkillAdditions } from '../../edit/skill-additions.js';
import { finding, type Rule } from '../types.js';

export const unlistedSkillRule: Rule = {
  id: 'unlisted-skill',
  defaultSeverity: 'hint',
  docs: 'A skill the target job requires that the resume shows but its Skills list does not name.',
  kinds: ['resume'],
  check({ analysis, target }) {
    if (!target) return [];
    return planSkillAdditions(analysis, target.match).flatMap((a) => {
      if (a.claim !== 'evidenced' || !a.evidence) return [];
      const related = [{ uri: target.uri, range: a.required.range, message: `Required by ${target.title}` }];
      return [finding(unlistedSkillRule, a.evidence, `Required skill not in Skills: ${a.written}`, { skill: a.skill, text: a.written, jobUri: target.uri }, related)];
    });
  },
  fix(f, { analysis, target }) {
    if (!target) return [];
    return addMissingSkillEdits(analysis, target.match)
      .filter((e) => e.kind === 'add-skill' && e.claim === 'evidenced' && e.skill === f.data?.skill)
      .map((e) => e.edit);
  },
};
