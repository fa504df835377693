// A resume bullet that describes a duty instead of an achievement: it opens with a duty phrase
// ("Responsible for", "Helped with", "Worked on") or has no verb at all ("Customer service and
// cash handling"). A hint only, with no automatic fix: only the author knows what they achieved.
import { verbForm } from '../../lang/en/verbs.js';
import { tokenizeWords } from '../../text/normalize.js';
import { blockRange } from '../../document/positions.js';
import { finding, type Rule } from '../types.js';

const DUTY_OPENER = /^(?:(?:was|were)\s+)?(?:responsible\s+for|helped\s+(?:with|to)|worked\s+on|assisted\s+with|duties\s+included|tasked\s+with)\b/i;
/** shorter bullets are labels ("Python", "Night shifts"), not sentences about work */
const MIN_WORDS = 3;

/**
 * A bullet says what was done when it opens with a verb ("Manage", "Managed", "Managing") or
 * has a past form later ("Team of five trained on ..."). Later base and "-ing" forms are read
 * as nouns: "customer service", "cash handling".
 */
function hasVerb(words: string[]): boolean {
  if (words.length && verbForm(words[0])) return true;
  return words.slice(1).some((w) => verbForm(w) === 'past');
}

export const weakBulletRule: Rule = {
  id: 'weak-bullet',
  defaultSeverity: 'hint',
  docs: 'A resume bullet that starts with a duty phrase ("Responsible for") or has no verb: say what you did and what came of it.',
  kinds: ['resume'],
  check({ analysis }) {
    const { doc } = analysis;
    // a role's own line ("- Staff Nurse, Mercy Hospital, 2019 - 2021") is a header, not a bullet
    const headerLines = new Set(analysis.experience.flatMap((e) => [e.range.start.line, e.dateRange.start.line]));
    const out = [];
    for (const block of doc.blocks) {
      if (block.type !== 'item' || doc.sections[block.section]?.kind !== 'experience') continue;
      const text = block.text.trim();
      const words = tokenizeWords(text);
      if (words.length < MIN_WORDS) continue;
      const from = block.text.indexOf(text);
      const range = blockRange(doc.lineStarts, block.offsets, from, from + text.length);
      if (headerLines.has(range.start.line)) continue;
      const opener = DUTY_OPENER.exec(text);
      if (opener) {
        out.push(finding(weakBulletRule, range, `Weak bullet: starts with "${opener[0]}"; lead with an action verb and the result`, { reason: 'duty-opener' }));
      } else if (!hasVerb(words.map((w) => w.text))) {
        out.push(finding(weakBulletRule, range, 'Weak bullet: no verb; say what you did and what came of it', { reason: 'no-verb' }));
      }
    }
    return out;
  },
};
