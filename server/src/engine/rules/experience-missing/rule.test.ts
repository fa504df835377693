import { ruleTable } from '../../../../test/support/rule-tester.js';
import { experienceMissingRule } from './rule.js';

const job = '# Registered Nurse\n\n## Required Experience\n\n- 3+ years of experience as a Registered Nurse\n';

ruleTable(experienceMissingRule, {
  valid: [
    { name: 'a matching role, even a short one', kind: 'resume', job, text: '# Ana Ruiz\n\n## Experience\n\n**Registered Nurse**, Mercy Hospital, Jan 2023 - Present\n' },
    { name: 'a job that asks for no years', kind: 'resume', job: '# Nurse\n\n## Required Skills\n\n- BLS\n', text: '# Ana Ruiz\n\n## Experience\n\n**Barista**, Bean Co, Jan 2023 - Present\n' },
  ],
  invalid: [
    { name: 'no role matches the requirement: at the Experience heading', kind: 'resume', job, text: '# Ana Ruiz\n\n## Experience\n\n**Barista**, Bean Co, Jan 2023 - Present\n', findings: [{ line: 2, message: 'No experience found: 3 years as Registered Nurse' }] },
  ],
});
