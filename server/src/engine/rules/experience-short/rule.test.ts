import { ruleTable } from '../../../../test/support/rule-tester.js';
import { experienceShortRule } from './rule.js';

const job = '# Registered Nurse\n\n## Required Experience\n\n- 3+ years of experience as a Registered Nurse\n';

ruleTable(experienceShortRule, {
  valid: [
    { name: 'enough years in a matching role', kind: 'resume', job, text: '# Ana Ruiz\n\n## Experience\n\n**Registered Nurse**, Mercy Hospital, Jan 2018 - Present\n' },
    { name: 'no matching role at all is another rule', kind: 'resume', job, text: '# Ana Ruiz\n\n## Experience\n\n**Barista**, Bean Co, Jan 2023 - Present\n' },
  ],
  invalid: [
    { name: 'a matching role with fewer years, at its dates', kind: 'resume', job, text: '# Ana Ruiz\n\n## Experience\n\n**Registered Nurse**, Mercy Hospital, Jan 2023 - Present\n', findings: [{ line: 4, message: /^1\.\d of 3 years as Registered Nurse/ }] },
  ],
});
