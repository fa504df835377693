import { ruleTable } from '../../../../test/support/rule-tester.js';
import { unlistedSkillRule } from './rule.js';

const job = '# Data Analyst\n\n## Required Skills\n\n- SQL\n- Tableau\n- Python\n';

ruleTable(unlistedSkillRule, {
  valid: [
    { name: 'a resume without a target job', kind: 'resume', text: '# Sam Lee\n\n## Skills\n\n- Excel\n\n## Experience\n\n- Reports in Python\n' },
    { name: 'every required skill the resume shows is in its Skills list', kind: 'resume', job, text: '# Sam Lee\n\n## Skills\n\n- SQL\n- Python\n\n## Experience\n\n**Analyst**, Acme, 2020 - 2023\n\n- Automated reports in Python\n' },
    { name: 'a required skill the resume does not show at all (missing-skill reports it)', kind: 'resume', job, text: '# Sam Lee\n\n## Skills\n\n- SQL\n' },
  ],
  invalid: [
    { name: 'a required skill shown in a bullet, on that bullet', kind: 'resume', job, text: '# Sam Lee\n\n## Skills\n\n- SQL\n\n## Experience\n\n**Analyst**, Acme, 2020 - 2023\n\n- Automated reports in Python\n', findings: [{ line: 10, message: 'Required skill not in Skills: Python' }] },
  ],
});
