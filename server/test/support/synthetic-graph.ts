// A small skill-occupation graph for fast engine tests: a few skills from several fields (with
// the cross-field traps real text sets, like "ventilation"), five occupations, built into the
// same artifact shape the real graph uses. Tests that need the real 23k-skill graph live in
// test/shipped/.
import { GRAPH_FORMAT, GRAPH_VERSION, SkillFlag, type GraphArtifact } from '../../src/engine/graph/artifact.js';
import { SkillGraph } from '../../src/engine/graph/graph.js';
import { normalizeTerm } from '../../src/engine/text/normalize.js';
import { titleKey } from '../../src/engine/text/title-key.js';

interface SkillSpec { id: string; name: string; kind?: 'skill' | 'knowledge'; aliases?: string[]; tool?: boolean; ambiguous?: boolean; description?: string }

export const SKILLS: SkillSpec[] = [
  { id: 'test:python', name: 'Python', kind: 'knowledge', tool: true, description: 'A programming language.' },
  { id: 'test:sql', name: 'SQL', kind: 'knowledge', aliases: ['structured query language'] },
  { id: 'test:excel', name: 'Excel', tool: true, ambiguous: true, aliases: ['Microsoft Excel'] },
  { id: 'test:tableau', name: 'Tableau', tool: true },
  { id: 'test:google-calendar', name: 'Google Calendar', tool: true, aliases: ['calendar'] },
  { id: 'test:powerpoint', name: 'PowerPoint', tool: true },
  { id: 'test:microsoft', name: 'Microsoft' },
  { id: 'test:ms-office', name: 'MS Office', tool: true },
  { id: 'test:ms-word', name: 'Microsoft Word', tool: true, aliases: ['MS Word'] },
  { id: 'test:outlook', name: 'Outlook', tool: true },
  { id: 'test:epic-erosion', name: 'Erosion Productivity Impact Calculator EPIC', tool: true, aliases: ['EPIC'] },
  { id: 'test:data-analysis', name: 'data analysis', aliases: ['analyse data', 'analyze data'] },
  { id: 'test:patient-assessment', name: 'patient assessment', aliases: ['assess patients'] },
  { id: 'test:mechanical-ventilation', name: 'mechanical ventilation' },
  { id: 'test:ventilation-systems', name: 'ventilation systems', kind: 'knowledge', description: 'Building HVAC ventilation.' },
  { id: 'test:infection-control', name: 'infection control', kind: 'knowledge' },
  { id: 'test:acls', name: 'Advanced Cardiac Life Support', aliases: ['ACLS'] },
  { id: 'test:bls', name: 'Basic Life Support', aliases: ['BLS'] },
  { id: 'test:communication', name: 'communication', ambiguous: true },
  { id: 'test:project-management', name: 'project management' },
  { id: 'test:general-ledger', name: 'general ledger', kind: 'knowledge' },
  { id: 'test:payroll', name: 'payroll', kind: 'knowledge' },
  { id: 'test:budgeting', name: 'budgeting', aliases: ['manage budgets'] },
  { id: 'test:lesson-planning', name: 'lesson planning', aliases: ['plan lessons'] },
  { id: 'test:classroom-management', name: 'classroom management' },
  { id: 'test:food-safety', name: 'food safety', kind: 'knowledge' },
  { id: 'test:knife-skills', name: 'knife skills' },
  { id: 'test:customer-service', name: 'customer service' },
  { id: 'test:teamwork', name: 'teamwork' },
  { id: 'test:problem-solving', name: 'problem solving' },
  // ESCO names competences by an action
  { id: 'test:perform-public-relations', name: 'perform public relations' },
  { id: 'test:perform-market-research', name: 'perform market research' },
  { id: 'test:perform-balance-sheet', name: 'perform balance sheet operations' },
];

interface OccupationSpec { id: string; title: string; alternates?: string[]; skills: Array<[string, number, boolean]>; tasks?: string[] }

export const OCCUPATIONS: OccupationSpec[] = [
  { id: 'test:occ:nurse', title: 'registered nurse', alternates: ['staff nurse', 'RN'], skills: [['test:patient-assessment', 90, true], ['test:mechanical-ventilation', 60, false], ['test:infection-control', 80, true], ['test:acls', 70, false], ['test:bls', 70, true]], tasks: ['Assess patients and record observations.'] },
  { id: 'test:occ:accountant', title: 'accountant', alternates: ['staff accountant', 'accounting manager', 'accounts payable clerk'], skills: [['test:general-ledger', 90, true], ['test:excel', 80, true], ['test:payroll', 40, false], ['test:budgeting', 60, false]], tasks: ['Reconcile accounts and prepare financial statements.'] },
  { id: 'test:occ:analyst', title: 'data analyst', skills: [['test:sql', 90, true], ['test:python', 70, false], ['test:tableau', 60, false], ['test:data-analysis', 90, true], ['test:excel', 50, false], ['test:epic-erosion', 10, false]], tasks: ['Build dashboards and reports from data.'] },
  { id: 'test:occ:teacher', title: 'secondary school teacher', alternates: ['teacher', 'math teacher'], skills: [['test:lesson-planning', 90, true], ['test:classroom-management', 90, true], ['test:communication', 60, false]], tasks: ['Plan and deliver lessons.'] },
  { id: 'test:occ:chef', title: 'chef', alternates: ['cook', 'line cook'], skills: [['test:food-safety', 90, true], ['test:knife-skills', 80, true], ['test:customer-service', 30, false]], tasks: ['Prepare and plate dishes.'] },
  // O*NET's plural own title; its alternate names no worker of the work ("engineer", not "developer")
  // a client's account, not the books: "Account Manager" and "Accounting Manager" fold to one stem
  { id: 'test:occ:account-manager', title: 'sales account manager', alternates: ['account manager', 'key account manager'], skills: [['test:customer-service', 80, true]], tasks: ['Keep in touch with client accounts.'] },
  { id: 'test:occ:developer', title: 'software developers', alternates: ['software engineer'], skills: [['test:python', 80, true], ['test:sql', 50, false]], tasks: ['Write and test code for web services.'] },
];

export function syntheticArtifact(): GraphArtifact {
  const index = new Map(SKILLS.map((s, i) => [s.id, i]));
  const aliasSkills = new Map<string, number[]>();
  const ambiguousKeys = new Set<string>();
  SKILLS.forEach((s, i) => {
    for (const label of [s.name, ...(s.aliases ?? [])]) {
      const key = normalizeTerm(label);
      if (!key) continue;
      aliasSkills.set(key, [...(aliasSkills.get(key) ?? []), i]);
      if (s.ambiguous && label === s.name) ambiguousKeys.add(key);
    }
  });
  const keys = [...aliasSkills.keys()].sort();
  const titleOccupations = new Map<string, number[]>();
  OCCUPATIONS.forEach((o, i) => {
    for (const t of [o.title, ...(o.alternates ?? [])]) {
      const key = titleKey(t);
      titleOccupations.set(key, [...(titleOccupations.get(key) ?? []), i]);
    }
  });
  const titleKeys = [...titleOccupations.keys()].sort();
  return {
    format: GRAPH_FORMAT,
    version: GRAPH_VERSION,
    sources: [{ name: 'synthetic', version: '1', license: 'test fixture', files: [] }],
    skills: {
      ids: SKILLS.map((s) => [s.id]),
      names: SKILLS.map((s) => s.name),
      flags: SKILLS.map((s) => SkillFlag.esco | (s.kind === 'knowledge' ? SkillFlag.knowledge : 0) | (s.tool ? SkillFlag.tool : 0) | (s.ambiguous ? SkillFlag.ambiguous : 0)),
      reuse: SKILLS.map(() => 0),
      descriptions: SKILLS.map((s) => s.description ?? ''),
      broader: SKILLS.map(() => []),
      groups: SKILLS.map(() => []),
    },
    skillGroups: { ids: [], codes: [], labels: [], broader: [] },
    aliases: {
      keys,
      skills: keys.map((k) => aliasSkills.get(k)!),
      ambiguous: keys.map((k, i) => (ambiguousKeys.has(k) ? i : -1)).filter((i) => i >= 0),
      shortNames: {},
    },
    occupations: {
      ids: OCCUPATIONS.map((o) => o.id),
      titles: OCCUPATIONS.map((o) => o.title),
      sources: OCCUPATIONS.map(() => 0),
      descriptions: OCCUPATIONS.map(() => ''),
      tasks: OCCUPATIONS.map((o) => o.tasks ?? []),
      skills: OCCUPATIONS.map((o) => o.skills.flatMap(([id, w, e]) => [index.get(id)!, w, e ? 1 : 0])),
    },
    titles: { keys: titleKeys, occupations: titleKeys.map((k) => titleOccupations.get(k)!) },
  };
}

let cached: SkillGraph | undefined;

/** The synthetic graph (built once per test process: it is immutable). */
export function syntheticGraph(): SkillGraph {
  cached ??= SkillGraph.fromArtifact(syntheticArtifact());
  return cached;
}
