// Every rule, one line each. A new rule is a folder (rule.ts + rule.test.ts) and a line here.
import { experienceMissingRule } from './experience-missing/rule.js';
import { experienceShortRule } from './experience-short/rule.js';
import { languageRule } from './language/rule.js';
import { missingSkillRule } from './missing-skill/rule.js';
import { skillRule } from './skill/rule.js';
import { unlistedSkillRule } from './unlisted-skill/rule.js';
import type { Rule } from './types.js';
import { weakBulletRule } from './weak-bullet/rule.js';

export const RULES: readonly Rule[] = [
  skillRule,
  missingSkillRule,
  unlistedSkillRule,
  experienceShortRule,
  experienceMissingRule,
  weakBulletRule,
  languageRule,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
