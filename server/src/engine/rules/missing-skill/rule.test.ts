import { ruleTable } from '../../../../test/support/rule-tester.js';
import { missingSkillRule } from './rule.js';

const job = '# Data Analyst\n\n## Required Skills\n\n- SQL\n- Tableau\n- Python\n';

ruleTable(missingSkillRule, {
  valid: [
    { name: 'a resume without a target job', kind: 'resume', text: '# Sam Lee\n\n## Skills\n\n- Excel\n' },
    { name: 'a resume that has every required skill', kind: 'resume', job, text: '# Sam Lee\n\n## Skills\n\n- SQL\n- Tableau\n- Python\n' },
    { name: 'a required skill shown in an experience bullet', kind: 'resume', job, text: '# Sam Lee\n\n## Skills\n\n- SQL\n- Tableau\n\n## Experience\n\n**Analyst**, Acme, 2020 - 2023\n\n- Automated reports in Python\n' },
    { name: 'a job is not checked against itself', kind: 'job', text: job },
  ],
  invalid: [
    { name: 'each required skill the resume lacks, at its Skills heading', kind: 'resume', job, text: '# Sam Lee\n\n## Skills\n\n- SQL\n', findings: [{ line: 2, message: 'Missing required skill: Tableau' }, { line: 2, message: 'Missing required skill: Python' }] },
    { name: 'a resume with no Skills section: its first line', kind: 'resume', job, text: '# Sam Lee\n\n## Summary\n\nAnalyst who writes SQL and Python.\n', findings: [{ line: 0, message: 'Tableau' }] },
  ],
});
