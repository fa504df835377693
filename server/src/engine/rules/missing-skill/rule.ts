// A skill the target job requires that the resume does not show. The fix adds it to the Skills
// list in the list's own style; the user decides whether the claim is true.
import { addMissingSkillEdits } from '../../edit/edits.js';
import { sectionAnchor } from '../anchors.js';
import { finding, type Rule } from '../types.js';

export const missingSkillRule: Rule = {
  id: 'missing-skill',
  defaultSeverity: 'info',
  docs: 'A skill the target job requires that the resume does not show.',
  kinds: ['resume'],
  check({ analysis, target }) {
    if (!target) return [];
    const anchor = sectionAnchor(analysis, 'skills');
    return target.match.missingSkills.map((skill) => {
      const evidence = target.match.skills.find((e) => e.skill === skill);
      const written = evidence?.written ?? skill;
      const related = evidence ? [{ uri: target.uri, range: evidence.required.range, message: `required by ${target.title}` }] : undefined;
      return finding(missingSkillRule, anchor, `Missing skill: ${written} (required by ${target.title} job)`,
        { skill, text: written, jobUri: target.uri }, related);
    });
  },
  fix(f, { analysis, target }) {
    if (!target) return [];
    return addMissingSkillEdits(analysis, target.match)
      .filter((e) => e.kind === 'add-skill' && e.skill === f.data?.skill)
      .map((e) => e.edit);
  },
};
