import { ruleTable } from '../../../../test/support/rule-tester.js';
import { weakBulletRule } from './rule.js';

const resume = (bullets: string[], section = 'Experience') =>
  ['# Sam Lee', '', `## ${section}`, '', '**Line Cook**, Harbor Grill, Jan 2020 - Present', '', ...bullets.map((b) => `- ${b}`), ''].join('\n');

ruleTable(weakBulletRule, {
  valid: [
    { name: 'bullets that open with an action verb', kind: 'resume', text: resume(['Prepared 300 covers a night on the grill station', 'Trained four new cooks on knife skills']) },
    { name: 'present-tense action verbs', kind: 'resume', text: resume(['Manage the pastry station and order stock weekly']) },
    { name: 'an irregular past verb', kind: 'resume', text: resume(['Led the brunch line of five cooks', 'Taught food safety to new hires']) },
    { name: 'a regular past verb the lexicon does not list', kind: 'resume', text: resume(['Spearheaded a zero-waste program that halved food costs']) },
    { name: 'short label bullets', kind: 'resume', text: resume(['Night shifts', 'Grill']) },
    { name: 'duty phrases outside the experience section', kind: 'resume', text: resume(['Responsible for my own learning and growth'], 'Summary') },
    { name: 'a job description is not a resume', kind: 'job', text: '# Line Cook\n\n## Responsibilities\n\n- Responsible for the grill station\n' },
    { name: 'a role header written as a list item', kind: 'resume', text: '# Sam Lee\n\n## Experience\n\n- Line Cook, Harbor Grill, Jan 2020 - Present\n- Prepared 300 covers a night\n' },
  ],
  invalid: [
    { name: 'a bullet that opens with "Responsible for"', kind: 'resume', text: resume(['Responsible for the grill station on weekends']), findings: [{ line: 6, message: 'starts with "Responsible for"' }] },
    { name: 'a bullet that opens with "Helped with"', kind: 'resume', text: resume(['Helped with inventory and ordering']), findings: [{ line: 6, message: 'Helped with' }] },
    { name: 'a bullet that opens with "Worked on"', kind: 'resume', text: resume(['Worked on the new seasonal menu']), findings: [{ line: 6, message: 'Worked on' }] },
    { name: 'a duty phrase after "was"', kind: 'resume', text: resume(['Was responsible for closing the kitchen']), findings: [{ line: 6, message: 'responsible for' }] },
    { name: 'a noun-phrase bullet with no verb', kind: 'resume', text: resume(['Customer service and cash handling for a busy counter']), findings: [{ line: 6, message: 'no verb' }] },
    { name: 'only the weak bullets of a mixed list', kind: 'resume', text: resume(['Prepared sauces and stocks daily', 'Worked on catering orders', 'Food safety and sanitation of the line']), findings: [{ line: 7, message: 'Worked on' }, { line: 8, message: 'no verb' }] },
  ],
});
