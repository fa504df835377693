// A skill the target job requires that the resume does not show anywhere. Its fix is worded as
// the owner's own claim ("I have ACLS: add it to Skills"), is never preferred and never part of
// fix-all: only the owner knows whether it is true.
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
      const related = evidence ? [{ uri: target.uri, range: evidence.required.range, message: `Required by ${target.title}` }] : undefined;
      return finding(missingSkillRule, anchor, `Missing required skill: ${written}`, { skill, text: written, jobUri: target.uri }, related);
    });
  },
  fix(f, { analysis, target }) {
    if (!target) return [];
    return addMissingSkillEdits(analysis, target.match)
      .filter((e) => e.kind === 'add-skill' && e.claim === 'unevidenced' && e.skill === f.data?.skill)
      .map((e) => e.edit);
  },
};
