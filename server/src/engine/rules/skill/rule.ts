// Every skill found in the document, as a hint: what the engine read, so a wrong reading is seen
// (and dismissed) where it happens.
import type { SkillMention } from '../../types.js';
import { percent } from '../anchors.js';
import { shownConfidence } from '../../skills/calibrate.js';
import { finding, type Rule } from '../types.js';

/** "ESCO skill", "O*NET knowledge", ... from a graph id. */
export function skillOrigin(m: Pick<SkillMention, 'id' | 'kind'>): string {
  const id = m.id;
  let taxonomy = '';
  if (/^https?:\/\/data\.europa\.eu\/esco\//.test(id)) taxonomy = 'ESCO';
  else if (id.startsWith('onet:tech:')) taxonomy = 'O*NET technology';
  else if (id.startsWith('onet:')) taxonomy = 'O*NET';
  else if (id.startsWith('rjdb:')) taxonomy = 'job-ad';
  else if (id.startsWith('new:')) return `${m.kind}, not in the taxonomies`;
  else if (id.startsWith('workspace:')) return 'workspace skill (.hrdocs/skills.txt)';
  return taxonomy ? `${taxonomy} ${m.kind}` : m.kind;
}

export const skillRule: Rule = {
  id: 'skill',
  defaultSeverity: 'hint',
  docs: 'A skill found in the document, with its canonical name and how sure the engine is.',
  check({ analysis, minConfidence }) {
    return analysis.mentions
      .filter((m) => shownConfidence(m) >= minConfidence)
      .map((m) => finding(skillRule, m.range, `Skill: ${m.name} (${skillOrigin(m)}, ${percent(shownConfidence(m))})`, {
        name: m.name, id: m.id, confidence: shownConfidence(m), text: m.text,
      }));
  },
};
