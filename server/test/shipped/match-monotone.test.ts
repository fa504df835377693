// Monotonicity of the shipped matcher: adding a true required skill to a resume, or more years
// to its relevant role, never lowers its score. Invented resumes and postings (no corpus text);
// each edit adds one of the job's required skills, as the job names it, to the resume's Skills
// list, one at a time in several orders, and compares the score with the score before the edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine, type Engine } from '../../src/engine/index.js';
import { FEATURE_DIRECTIONS, FEATURE_NAMES } from '../../src/engine/match/features.js';

let engine: Engine;
const ready = loadEngine({ referenceMonth: '2024-06' }).then((e) => { engine = e; });

const resume = (title: string, skills: string[], roles: string[]) => `# Sam Doe
sam@example.com

## Summary
${title} with a record of steady, careful work.

## Skills
${skills.map((s) => `- ${s}`).join('\n')}

## Experience
${roles.join('\n\n')}
`;

const RESUMES = [
  resume('Registered nurse', ['Patient care', 'Wound care'], ['**Staff Nurse**, City Hospital (Jan 2019 - Present)\n- Cared for patients on a busy surgical ward.']),
  resume('Line cook', ['Food preparation', 'Knife skills'], ['**Line Cook**, The Corner Bistro (Mar 2020 - Present)\n- Prepared sauces and plated dishes for dinner service.']),
  resume('Staff accountant', ['Bookkeeping', 'Microsoft Excel'], ['**Staff Accountant**, Acme Ltd (2017 - Present)\n- Prepared month-end journals and reconciliations.']),
  resume('Elementary teacher', ['Lesson planning'], ['**Teacher**, Maple Elementary School (Aug 2016 - Present)\n- Taught a third-grade class of 24 pupils.']),
  resume('Data analyst', ['SQL', 'Python'], ['**Data Analyst**, Northwind Traders (Jan 2019 - Present)\n- Built weekly sales dashboards.']),
];

const job = (title: string, skills: string[], years: string) => `# ${title}

## About the role
We are hiring a ${title.toLowerCase()} to join a friendly team.

## Requirements
${skills.map((s) => `- ${s}`).join('\n')}
- ${years}
`;

const JOBS = [
  job('Registered Nurse', ['Patient assessment', 'Medication administration', 'Wound care', 'Infection control', 'Electronic health records', 'Basic life support', 'Care planning', 'Phlebotomy'], '2+ years of experience as a registered nurse'),
  job('Sous Chef', ['Menu planning', 'Food safety', 'Inventory management', 'Kitchen management', 'Food preparation', 'Cost control', 'Staff training', 'Butchery'], '3+ years of experience as a cook'),
  job('Accountant', ['Financial reporting', 'Accounts payable', 'Accounts receivable', 'General ledger', 'Budgeting', 'Payroll', 'Tax preparation', 'Auditing'], '3+ years of experience as an accountant'),
  job('Primary Teacher', ['Classroom management', 'Curriculum development', 'Lesson planning', 'Student assessment', 'Differentiated instruction', 'Parent communication', 'Literacy', 'Special education'], '2+ years of teaching experience'),
  job('Data Analyst', ['SQL', 'Tableau', 'Statistics', 'Data visualization', 'Power BI', 'Python', 'Data cleaning', 'A/B testing'], '3+ years of experience as a data analyst'),
];

const ORDERS = 5;

function orderFor(list: string[], seed: number): string[] {
  const a = [...list];
  let s = seed * 2654435761 >>> 0;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 12345) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const addSkill = (text: string, skill: string) => text.replace('\n\n## Experience', `\n- ${skill}\n\n## Experience`);

test('the matcher is non-decreasing in every directed feature', async () => {
  await ready;
  // probe the scorer through features alone: a random base, one directed feature moved its way
  const { loadModels } = await import('../../src/engine/models/registry.js');
  const { SkillGraph } = await import('../../src/engine/graph/graph.js');
  const { defaultModelsDir } = await import('../../src/engine/load.js');
  const dir = defaultModelsDir();
  const models = await loadModels({ modelsDir: dir, graph: SkillGraph.load(dir) });
  assert.equal(models.scorer.name, 'model', models.problems.join('; '));
  let seed = 7;
  const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
  let checks = 0;
  for (let i = 0; i < 300; i++) {
    const base = Object.fromEntries(FEATURE_NAMES.map((n) => [n, rnd()])) as Record<(typeof FEATURE_NAMES)[number], number>;
    const s0 = await models.scorer.score(base);
    for (const n of FEATURE_NAMES) {
      const d = FEATURE_DIRECTIONS[n];
      if (!d) continue;
      const moved = { ...base, [n]: Math.min(1, Math.max(0, base[n] + d * 0.2)) };
      const s1 = await models.scorer.score(moved);
      assert.ok(s1 >= s0 - 1e-6, `${n} moved ${d > 0 ? 'up' : 'down'} lowered the score ${s0} -> ${s1}`);
      checks++;
    }
  }
  assert.ok(checks >= 1000);
  await models.dispose?.();
});

test('adding a required skill to a resume never lowers its score (>= 1,000 edits)', async () => {
  await ready;
  let edits = 0;
  const decreases: string[] = [];
  for (const [ri, base] of RESUMES.entries()) {
    for (const [ji, jobText] of JOBS.entries()) {
      const jobAnalysis = await engine.analyze(jobText, undefined, { kind: 'job' });
      const wanted = jobAnalysis.requiredSkills.map((s) => s.text.replace(/[*_`]/g, '').trim()).filter((s) => s && s.split(' ').length <= 5);
      assert.ok(wanted.length >= 6, `job ${ji} reads ${wanted.length} required skills`);
      const start = (await engine.match(await engine.analyze(base, undefined, { kind: 'resume' }), jobAnalysis)).score;
      for (let o = 0; o < ORDERS; o++) {
        let text = base;
        let before = start;
        for (const skill of orderFor(wanted, ri * 100 + ji * 10 + o)) {
          text = addSkill(text, skill);
          const after = (await engine.match(await engine.analyze(text, undefined, { kind: 'resume' }), jobAnalysis)).score;
          edits++;
          if (after < before) decreases.push(`resume ${ri} x job ${ji}: + ${skill}: ${before} -> ${after}`);
          before = after;
        }
      }
    }
  }
  console.log(`# monotone: ${edits} edits, ${decreases.length} decreases`);
  assert.ok(edits >= 1000, `${edits} edits`);
  assert.deepEqual(decreases, [], `${decreases.length} of ${edits} edits lowered the score`);
});

test('more years in the relevant role never lower the score', async () => {
  await ready;
  let checks = 0;
  for (const [ji, jobText] of JOBS.entries()) {
    const jobAnalysis = await engine.analyze(jobText, undefined, { kind: 'job' });
    const base = RESUMES[ji];
    let before = -1;
    for (const year of [2024, 2023, 2021, 2019, 2016, 2012]) {
      const text = base.replace(/\((?:[A-Z][a-z]{2} )?\d{4} - Present\)/, `(Jan ${year} - Present)`);
      const score = (await engine.match(await engine.analyze(text, undefined, { kind: 'resume' }), jobAnalysis)).score;
      assert.ok(score >= before, `job ${ji}: starting in ${year} lowered the score ${before} -> ${score}`);
      before = score;
      checks++;
    }
  }
  assert.ok(checks >= 30);
});
