// Table tests for rules, after textlint's tester: each case is a document (and, for resumes,
// optionally a target job) with the findings the rule must report, by line and message; a valid
// case expects none. Runs on the synthetic graph with the rule-based models.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Rule } from '../../src/engine/rules/types.js';
import { testEngine } from './engine.js';

export interface RuleCase {
  /** the class of input the case stands for */
  name: string;
  text: string;
  kind?: 'resume' | 'job';
  /** a job the resume is measured against */
  job?: string;
  /** expected findings of this rule: 0-based line and a piece of the message */
  findings?: Array<{ line: number; message?: string | RegExp }>;
}

export function ruleTable(rule: Rule, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  const engine = testEngine();
  const run = async (c: RuleCase) => {
    const analysis = await engine.analyze(c.text, 'file:///case.md', { kind: c.kind });
    let target;
    if (c.job) {
      const job = await engine.analyze(c.job, 'file:///job.md', { kind: 'job' });
      target = { uri: 'file:///job.md', title: job.title ?? 'job', analysis: job, match: await engine.match(analysis, job) };
    }
    return engine.lint(analysis, { target, severities: { default: 'off', [rule.id]: rule.defaultSeverity } });
  };
  for (const c of cases.valid) {
    test(`${rule.id}: valid: ${c.name}`, async () => {
      const found = await run(c);
      assert.deepEqual(found.map((f) => `${f.range.start.line}: ${f.message}`), []);
    });
  }
  for (const c of cases.invalid) {
    test(`${rule.id}: invalid: ${c.name}`, async () => {
      const found = await run(c);
      const expected = c.findings ?? [];
      assert.equal(found.length, expected.length, `findings: ${found.map((f) => `${f.range.start.line}: ${f.message}`).join(' | ')}`);
      expected.forEach((e, i) => {
        assert.equal(found[i].rule, rule.id);
        assert.equal(found[i].range.start.line, e.line, found[i].message);
        if (e.message instanceof RegExp) assert.match(found[i].message, e.message);
        else if (e.message) assert.ok(found[i].message.includes(e.message), `${found[i].message} lacks ${e.message}`);
      });
    });
  }
}
