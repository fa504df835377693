// Runs the trained skill tagger over SkillSpan dev per docs/EVALUATION.md and prints strict
// and loose span F1 (union and per kind), plus timing.
//   node server/out/scripts/eval-skillspan.js [path/to/dev.json] [--device cpu|cuda|auto] [--bench]
// --bench also times tagging a one-page resume (~60 text blocks), warm, median of 50 runs.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalSkillspan } from '../eval/skillspan.js';
import type { DeviceRequest } from '../../server/src/engine/models/runtime.js';
import { SkillTagger } from '../../server/src/engine/models/tagger.js';

function defaultDevFile(): string {
  // the data lives beside the project: <repo>/../shared/data
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, '..', 'shared', 'data', 'skillspan', 'dev.json');
    if (existsSync(candidate)) return resolve(candidate);
    dir = dirname(dir);
  }
  throw new Error('SkillSpan dev.json not found; pass its path');
}

const RESUME_BLOCKS = [
  'Maria Gonzalez', 'Registered Nurse', 'maria@example.com | (555) 010-2000 | Austin, TX',
  'Summary', 'Compassionate ICU nurse with 8+ years of experience in critical care, patient assessment and family education.',
  'Skills', 'Patient assessment', 'Ventilator management', 'IV therapy and medication administration', 'Epic EHR, Cerner',
  'BLS, ACLS, PALS certified', 'Wound care', 'Team leadership', 'Spanish (fluent)', 'Microsoft Excel',
  'Experience', 'Staff Nurse, ICU — St. David’s Medical Center (2018 – present)',
  'Monitor and assess up to 3 critically ill patients per shift, titrating vasoactive drips per protocol.',
  'Precepted 12 new graduate nurses and led weekly sepsis bundle audits.',
  'Collaborated with physicians, respiratory therapists and pharmacists on daily rounds.',
  'Reduced CLABSI rate by 40% through a central-line maintenance initiative.',
  'Charge Nurse, Med-Surg — Seton Hospital (2015 – 2018)',
  'Coordinated bed flow for a 32-bed unit and supervised LPNs and CNAs.',
  'Educated patients and families on discharge plans, diabetes management and wound care.',
  'Education', 'Bachelor of Science in Nursing, University of Texas at Austin, 2015',
  'Certifications', 'CCRN (Critical Care Registered Nurse)', 'Basic Life Support (BLS)',
  'Advanced Cardiovascular Life Support (ACLS)',
  'Projects', 'Built a Python and SQL dashboard in Tableau to track ventilator-associated events.',
  'Languages', 'English, Spanish',
];
while (RESUME_BLOCKS.length < 60) RESUME_BLOCKS.push(`Used Kubernetes, Docker and AWS to deploy React and Node.js services (${RESUME_BLOCKS.length}).`);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const deviceIndex = args.indexOf('--device');
  const device = (deviceIndex >= 0 ? args[deviceIndex + 1] : 'cpu') as DeviceRequest;
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--device') ?? defaultDevFile();
  const logger = { info: (m: string) => console.error(m), warn: (m: string) => console.error(m), error: (m: string) => console.error(m) };

  const t0 = performance.now();
  // no span cache: every number below is the model's own work
  const tagger = await SkillTagger.create({ device, logger });
  const loadMs = performance.now() - t0;
  const result = await evalSkillspan(file, (texts) => tagger.tag(texts));
  const pct = (x: number) => (100 * x).toFixed(2);
  console.log(`SkillSpan ${result.file}: ${result.sentences} sentences, device ${tagger.device}, model load ${loadMs.toFixed(0)} ms`);
  console.log(`  union strict  P ${pct(result.strict.precision)}  R ${pct(result.strict.recall)}  F1 ${pct(result.strict.f1)}`);
  console.log(`  union loose   P ${pct(result.loose.precision)}  R ${pct(result.loose.recall)}  F1 ${pct(result.loose.f1)}`);
  console.log(`  skill         strict F1 ${pct(result.skill.strict.f1)}  loose F1 ${pct(result.skill.loose.f1)}`);
  console.log(`  knowledge     strict F1 ${pct(result.knowledge.strict.f1)}  loose F1 ${pct(result.knowledge.loose.f1)}`);
  console.log(`  tagging ${result.tagSeconds.toFixed(2)} s (${((1000 * result.tagSeconds) / result.sentences).toFixed(3)} ms/sentence)`);

  if (args.includes('--bench')) {
    for (let i = 0; i < 5; i++) await tagger.tag(RESUME_BLOCKS); // warm up
    const times: number[] = [];
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < 50; i++) {
      const s = performance.now();
      await tagger.tag(RESUME_BLOCKS);
      times.push(performance.now() - s);
    }
    const cpu = process.cpuUsage(cpuStart);
    times.sort((a, b) => a - b);
    const words = RESUME_BLOCKS.join(' ').split(/\s+/).length;
    // CPU time per call too: on a shared machine wall time mostly measures the neighbours
    console.log(`  one-page resume (${RESUME_BLOCKS.length} blocks, ~${words} words): wall p50 ${times[25].toFixed(2)} ms, ` +
      `p95 ${times[47].toFixed(2)} ms; CPU ${((cpu.user + cpu.system) / 1000 / 50).toFixed(2)} ms/call`);
    // what an editor sees: the document re-tagged after one block changed, spans cached
    const cached = await SkillTagger.create({ runtime: tagger.runtime });
    await cached.tag(RESUME_BLOCKS);
    const edits: number[] = [];
    for (let i = 0; i < 50; i++) {
      const edited = [...RESUME_BLOCKS];
      edited[20] = `${edited[20]} Edit ${i}.`;
      const s = performance.now();
      await cached.tag(edited);
      edits.push(performance.now() - s);
    }
    edits.sort((a, b) => a - b);
    console.log(`  same resume, one block edited (span cache on): wall p50 ${edits[25].toFixed(2)} ms, p95 ${edits[47].toFixed(2)} ms`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
