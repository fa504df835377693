import { ruleTable } from '../../../../test/support/rule-tester.js';
import { skillRule } from './rule.js';

ruleTable(skillRule, {
  valid: [
    { name: 'a document with no skill the graph names', kind: 'resume', text: '# Sam Lee\n\n## Summary\n\nI like long walks and good coffee.\n' },
    { name: 'a common word written in lower case mid-sentence', kind: 'resume', text: '# Sam Lee\n\n## Summary\n\nI excel at staying calm under pressure.\n' },
  ],
  invalid: [
    { name: 'each item of a skills list', kind: 'resume', text: '# Sam Lee\n\n## Skills\n\n- Python\n- SQL\n', findings: [{ line: 4, message: 'Skill: Python' }, { line: 5, message: 'Skill: SQL' }] },
    { name: 'a graph name in prose', kind: 'resume', text: '# Sam Lee\n\n## Summary\n\nAnalyst who writes SQL and builds Tableau dashboards.\n', findings: [{ line: 4, message: 'SQL' }, { line: 4, message: 'Tableau' }] },
    { name: 'an alias, named by its canonical skill', kind: 'resume', text: '# Ana Ruiz\n\n## Skills\n\n- ACLS\n', findings: [{ line: 4, message: 'Advanced Cardiac Life Support' }] },
  ],
});
