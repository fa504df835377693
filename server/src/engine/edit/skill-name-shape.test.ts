import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skillNameShape, type SkillNameShape } from './skill-name-shape.js';

// one row per class of phrase a posting's requirement text yields
const TABLE: Array<[string, SkillNameShape]> = [
  ['Tableau', 'skill'],
  ['Advanced Cardiac Life Support (ACLS)', 'skill'],
  ['Mechanical ventilation', 'skill'],
  ['C++', 'skill'],
  ['A/B testing', 'skill'],
  ['Lockout/tagout', 'skill'],
  ['Algebra and geometry', 'skill'],
  ['Python 3', 'skill'],
  ['Current, unrestricted RN license in California', 'licence'],
  ['Board certified in pediatrics', 'licence'],
  ["Bachelor's degree in accounting", 'licence'],
  ['BSN', 'licence'],
  ['Mercy Hollow Medical Center', 'employer'],
  ['Acme Inc.', 'employer'],
  ['Data Analyst', 'title'],
  ['Registered Nurse', 'title'],
  ['Lead generation', 'skill'],
  ['Health insurance', 'benefit'],
  ['Tuition reimbursement', 'benefit'],
  ['Paid time off', 'benefit'],
  ['Clear background check', 'condition'],
  ['Reliable transportation', 'condition'],
  ['and communication', 'fragment'],
  ['experience with', 'fragment'],
  ['Timely', 'fragment'],
  ['Respectful', 'fragment'],
  ['Organizational', 'fragment'],
  ['approach challenges positively', 'fragment'],
  ['Manage payroll', 'duty'],
  ['Deliver outstanding service', 'duty'],
  ['Budget management', 'skill'],
  ['Care planning', 'skill'],
  ['must be able to work independently under pressure', 'fragment'],
  ['Minimum 5 years', 'fragment'],
  ['Excel, Word', 'fragment'],
  ['Strong communicator.', 'fragment'],
  ['Epic (EHR', 'fragment'],
  ['', 'fragment'],
];

for (const [phrase, shape] of TABLE) {
  test(`skill-name shape: ${JSON.stringify(phrase)} is a ${shape}`, () => {
    assert.equal(skillNameShape(phrase), shape);
  });
}
