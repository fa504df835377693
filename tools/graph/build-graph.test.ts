import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rjdbJobTitle } from './build-graph.js';

test('reads RJDB job titles with or without Markdown headings', () => {
  assert.equal(rjdbJobTitle('\n\n## Job title\nJunior Systems Admin/Engineer\n\n## Job Summary\nWe are...'), 'Junior Systems Admin/Engineer');
  assert.equal(rjdbJobTitle('\n\nJob Title\nJava E-Commerce Developer\n\nJob Summary\n...'), 'Java E-Commerce Developer');
  assert.equal(rjdbJobTitle('Job Title:\nPlanner/Scheduler\n\nJob Summary: \n...'), 'Planner/Scheduler');
  assert.equal(rjdbJobTitle('**Job Title** \nMSTR Administrator\n\n**Job Summary** \n...'), 'MSTR Administrator');
  assert.equal(rjdbJobTitle('Job title: Registered Nurse\n\nSummary...'), 'Registered Nurse');
  assert.equal(rjdbJobTitle(':\n##### Job Title:\nFPGA Engineer\n'), 'FPGA Engineer');
  assert.equal(rjdbJobTitle('Senior Data Analyst\n\nWe are hiring'), 'Senior Data Analyst');
  assert.equal(rjdbJobTitle('\n\n'), undefined);
});
