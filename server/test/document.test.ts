import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../src/engine/document/parse.js';
import { offsetAt } from '../src/engine/document/positions.js';
import { sectionKindOf } from '../src/engine/document/sections.js';
import { isSectionLabel, wrapsCommaList } from '../src/engine/document/blocks.js';
import { readingOf } from '../src/engine/document/zones.js';
import { DEFAULT_SETTINGS } from 'hrdocs-protocol';

const textAt = (source: string, lineStarts: number[], r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
  source.slice(offsetAt(lineStarts, r.start), offsetAt(lineStarts, r.end));

test('kind comes from front matter first', () => {
  const doc = parseDocument('---\nhrdocs: job\n---\n## Experience\n- 2019 - 2023\n');
  assert.equal(doc.kind, 'job');
  assert.equal(doc.kindReason, 'front-matter');
});

// one row per shape of a document's opening `---` block: settings are skipped, a resume between rules is read
const OPENING_RULE_TABLE: Array<[string, string, boolean]> = [
  ['settings: front matter', '---\nhrdocs: resume\ntarget: jobs/a.md\n---\n## Skills\n- Triage\n', true],
  ['empty settings: front matter', '---\n---\n## Skills\n- Triage\n', true],
  ['settings half typed: still front matter', '---\nhrdocs: resume\ntarget: [jobs/a\n---\n## Skills\n- Triage\n', true],
  ['a resume between two rules: read as Markdown', '---\n\nPersonal Information\nName: Ana Lee\n\nSkills\n1. Triage\n2. Wound care\n\n---', false],
  ['one line of prose between two rules: read as Markdown', '---\nAna Lee, staff nurse\n---\n\nSkills\n- Triage\n', false],
  ['a rule never closed: read as Markdown', '---\n\nSkills\n- Triage\n', false],
];

for (const [name, source, settings] of OPENING_RULE_TABLE) {
  test(`a document that opens with a rule: ${name}`, () => {
    const doc = parseDocument(source, { kind: 'resume' });
    assert.equal(doc.blocks.some((b) => /Triage/.test(b.text)), true, 'the body is read');
    const read = [...doc.blocks.map((b) => b.text), ...doc.sections.map((s) => s.heading ?? '')];
    assert.equal(read.some((t) => /hrdocs: resume|target:|Ana Lee, staff nurse/.test(t)), !settings && /staff nurse/.test(source), 'settings are not text; prose is');
  });
}

test('kind from file-name patterns, then from headings', () => {
  const body = '## Summary\nNurse.\n';
  const byName = parseDocument(body, { relativePath: 'jobs/icu-nurse.md', documentPatterns: DEFAULT_SETTINGS.documentPatterns });
  assert.equal(byName.kind, 'job');
  assert.equal(byName.kindReason, 'file-name');
  const job = parseDocument('# ICU Nurse\n## Requirements\n- BLS\n## Responsibilities\n- Care\n');
  assert.equal(job.kind, 'job');
  const resume = parseDocument('# Ana\n## Work History\n- Nurse (2019 - 2023)\n## Education\nBSN\n');
  assert.equal(resume.kind, 'resume');
});

test('section headings are normalized from their many spellings', () => {
  const resume = parseDocument('# Ana\n## Core Competencies\n- SQL\n## Employment\n- X\n## Technical Skills\n- Y\n', { kind: 'resume' });
  assert.deepEqual(resume.sections.slice(1).map((s) => s.kind), ['skills', 'experience', 'skills']);
  const job = parseDocument("# Analyst\n## What you'll need\n- SQL\n## What you'll do\n- Reports\n## Qualifications\n- BA\n## Nice to have\n- R\n", { kind: 'job' });
  assert.deepEqual(job.sections.slice(1).map((s) => s.kind), ['requiredSkills', 'responsibilities', 'requiredSkills', 'preferredSkills']);
});

// one row per class of posting heading whose words mislead: a person spec, a nice-to-have, pay with benefits
const POSTING_HEADING_TABLE: Array<[string, string, string]> = [
  ['a person specification addressed to the reader', 'About you', 'requiredSkills'],
  ['a nice-to-have written "desirable"', 'Desirable experience', 'preferredSkills'],
  ['pay named with benefits', 'Salary & benefits', 'benefits'],
  ['pay alone', 'Salary', 'benefits'],
  ['the place, still logistics', 'Location', 'about'],
  ['the person sought, named in the third person', 'The Person', 'requiredSkills'],
  ['a person specification\'s column of what is needed', 'Essential', 'requiredSkills'],
  ['a person specification\'s column of what is wished', 'Desirable', 'preferredSkills'],
  ['who is sought, contracted', "Who we're looking for", 'requiredSkills'],
  ['what the post gives, addressed to the reader', 'What you will get', 'benefits'],
  ['the duties a post cannot be done without', 'Essential Job Functions', 'responsibilities'],
];

for (const [name, heading, kind] of POSTING_HEADING_TABLE) {
  test(`a posting heading: ${name} ("${heading}")`, () => {
    assert.equal(sectionKindOf(heading, 'job'), kind);
  });
}

test('a person specification\'s plain labels head their sections and are no skills ("The Person", "Essential:")', () => {
  const job = parseDocument(['Theatre Nurse', '', 'The Person', 'You will have:', '', '- A passion for high standards.', '- NMC registration.', '', 'Essential:', '', '- Scrub experience.', ''].join('\n'), { kind: 'job' });
  assert.deepEqual(job.sections.filter((s) => s.heading).map((s) => [s.heading, s.kind]), [['The Person', 'requiredSkills'], ['You will have:', 'requiredSkills'], ['Essential:', 'requiredSkills']]);
  assert.ok(!job.blocks.some((b) => /^(?:The Person|Essential:)$/.test(b.text) && b.type !== 'heading'));
});

test('section names that real documents use and that would read as skills if taken for text', () => {
  const resume = parseDocument('Ana Lee\n\nHighlights\n\nCustomer service, Teamwork\n\nAccomplishments\n\nEmployee of the month\n', { kind: 'resume' });
  assert.deepEqual(resume.sections.filter((s) => s.heading).map((s) => [s.heading, s.kind]), [['Highlights', 'skills'], ['Accomplishments', 'other']]);
  assert.ok(!resume.blocks.some((b) => /^(?:Highlights|Accomplishments)$/.test(b.text.trim())), 'the labels are headings, not text');
  const job = parseDocument('Clerk\n\nWhat we look for\n\n- Audio typing\n\nPROCESS NOTES\n\nApply online.\n', { kind: 'job' });
  assert.deepEqual(job.sections.filter((s) => s.heading).map((s) => s.kind), ['requiredSkills', 'other']);
});

test('a label that reads as a role title names no section', () => {
  const rows: Array<[string, string | undefined]> = [
    ['Project Accountant', undefined], ['Education Coordinator', undefined], ['Skills Trainer', undefined], ['Benefits Specialist', undefined],
    ['Projects', 'projects'], ['Key Projects', 'projects'], ['Education and Training', 'education'], ['Technical Skills', 'skills'],
  ];
  for (const [label, kind] of rows) assert.equal(sectionKindOf(label, 'resume'), kind, label);
});

test('documents without Markdown headings: a lone label line starts a section', () => {
  const doc = parseDocument('Job title\nOracle Analyst\n\nRequired Skills\n- General Ledger\n- Accounts Receivable\n\nRequired Experience\n- 4 years as an Oracle Analyst\n', { kind: 'job' });
  const kinds = doc.sections.map((s) => s.kind);
  assert.ok(kinds.includes('requiredSkills'), kinds.join());
  assert.ok(kinds.includes('requiredExperience'), kinds.join());
  assert.equal(doc.title, 'Oracle Analyst');
});

test('blocks map back to exact source ranges, skipping markup, URLs and contact lines', () => {
  const source = '---\nhrdocs: resume\n---\n# Jane Doe\nEmail: jane@example.com | https://linkedin.com/in/jane\n\n## Skills\n- **Languages:** Python, `SQL` and [Tableau](https://tableau.com)\n';
  const doc = parseDocument(source);
  const item = doc.blocks.find((b) => b.text.includes('Python'))!;
  assert.equal(item.text, 'Languages: Python, SQL and Tableau');
  const i = item.text.indexOf('Tableau');
  assert.equal(source.slice(item.offsets[i], item.offsets[i] + 7), 'Tableau');
  assert.ok(!doc.blocks.some((b) => b.text.includes('jane@example.com')), 'contact line is not analyzed');
  assert.ok(!doc.blocks.some((b) => /https?:/.test(b.text)), 'URLs are not analyzed');
  const skills = doc.sections.find((s) => s.kind === 'skills')!;
  assert.equal(textAt(source, doc.lineStarts, skills.headingRange!), 'Skills');
  assert.equal(skills.listStyle, 'bullet');
});

test('UTF-16 positions: characters outside the BMP count as two', () => {
  const source = '## Skills\n- 🚀 Python\n';
  const doc = parseDocument(source, { kind: 'resume' });
  const item = doc.blocks.find((b) => b.text.includes('Python'))!;
  const off = item.offsets[item.text.indexOf('Python')];
  assert.equal(source.slice(off, off + 6), 'Python');
  assert.equal(off - doc.lineStarts[1], 5); // "- " + 2 UTF-16 units + " "
});

test('list style is recorded for edits: numbered with its delimiter, comma lists', () => {
  const numbered = parseDocument('## Skills\n1) SQL\n2) Excel\n', { kind: 'resume' });
  assert.equal(numbered.sections[0].listStyle, 'numbered');
  assert.equal(numbered.sections[0].listMarker, ')');
  const comma = parseDocument('## Skills\nSQL, Excel, Tableau, Python\n', { kind: 'resume' });
  assert.equal(comma.sections[0].listStyle, 'comma');
});

test('hrdocs-disable regions and disable-next-line are recorded', () => {
  const source = '## Skills\n<!-- hrdocs-disable -->\n- SQL\n<!-- hrdocs-enable -->\n- Excel\n';
  const doc = parseDocument(source, { kind: 'resume' });
  assert.equal(doc.disabled.length, 1);
  const [a, b] = doc.disabled[0];
  assert.ok(source.indexOf('SQL') > a && source.indexOf('SQL') < b);
  assert.ok(source.indexOf('Excel') > b);
});

test('bad input never throws', () => {
  const inputs = ['', '\u0000\u0001\u0002binary\uFFFD', '---\n: : bad yaml [\n---\n# x', '#'.repeat(10000), '```\nunclosed code', 'ñandú 履歴書 スキル\n## スキル\n- Python', '\r\n\r\n## Skills\r\n- SQL\r\n'];
  for (const input of inputs) {
    const doc = parseDocument(input);
    assert.ok(doc.kind === 'resume' || doc.kind === 'job');
  }
  const crlf = parseDocument('## Skills\r\n- SQL\r\n', { kind: 'resume' });
  const b = crlf.blocks.find((x) => x.text === 'SQL')!;
  assert.deepEqual(b && { line: 1 }, { line: 1 });
});

test('a document indented as a whole is read as Markdown, positions still exact', () => {
  const source = '\t## Required Skills\n\t- Python\n\t- SQL\n';
  const doc = parseDocument(source, { kind: 'job' });
  assert.equal(doc.sections[0].kind, 'requiredSkills');
  const b = doc.blocks.find((x) => x.text === 'SQL')!;
  assert.equal(source.slice(b.offsets[0], b.offsets[0] + 3), 'SQL');
  assert.equal(textAt(source, doc.lineStarts, doc.sections[0].headingRange!), 'Required Skills');
});

test('a plain label line heads a section only with something under it: alone, it is the text', () => {
  const alone = parseDocument('Experience with Python and SQL', { kind: 'job' });
  assert.deepEqual(alone.blocks.map((b) => [b.type, b.text]), [['paragraph', 'Experience with Python and SQL']]);
  assert.ok(!alone.sections.some((s) => s.heading), 'no heading');
  const headed = parseDocument(['Experience with Python and SQL', '', 'Three years of reporting work.'].join('\n'), { kind: 'job' });
  assert.equal(headed.sections.find((s) => s.heading)?.heading, 'Experience with Python and SQL');
});

test('a line that cannot end an item was wrapped: it goes on into the next line', () => {
  // a qualifier or a connector waiting for its noun, a comma or a dash leaving the list or range open
  const rows: Array<[string, string[]]> = [
    ['Great\nOrganizational Skills\nTeam player', ['Great\nOrganizational Skills', 'Team player']],
    ['Strong\nwritten communication\nExcel', ['Strong\nwritten communication', 'Excel']],
    ['Knowledge of\nGAAP\nPayroll', ['Knowledge of\nGAAP', 'Payroll']],
    ['SQL, Python,\nJava\nTableau', ['SQL, Python,\nJava', 'Tableau']],
    ['C++\nJava\nGo', ['C++', 'Java', 'Go']],
    ['Customer service\nCash handling\nInventory', ['Customer service', 'Cash handling', 'Inventory']],
  ];
  for (const [body, expected] of rows) {
    const doc = parseDocument(`# Ana Lee\n\n## Skills\n\n${body}\n`, { kind: 'resume' });
    const texts = doc.blocks.map((b) => b.text).filter((t) => t !== 'Ana Lee');
    assert.deepEqual(texts, expected, body);
  }
});

test('lines that state their need end their requirement as a full stop would: each its own block', () => {
  const doc = parseDocument(['# Instructor', '', 'Requirements & Experience', '', 'ABSOLUTE MUST: teaching or coaching experience in one or more of the following: debate, mock trial, or similar activities with students of many ages and levels.', 'Bachelors Degree Required', 'Masters Degree Preferred', 'The applicant must be fully vaccinated.', ''].join('\n'), { kind: 'job' });
  const texts = doc.blocks.map((b) => b.text);
  assert.ok(texts.includes('Bachelors Degree Required'), JSON.stringify(texts));
  assert.ok(texts.includes('Masters Degree Preferred'), JSON.stringify(texts));
});

test('a common heading closed by a dash heads its section; the dash leaves no range open into the next line', () => {
  for (const dash of ['-', '–', '—']) {
    const resume = parseDocument(['Jane Doe', '', 'Skills', '', '- Cooking', '- Baking', '', `Experience ${dash}`, 'Cooks (2018 - 2019) – Prepared dishes.',
      'Curators (2013 - 2018) - Planned catalogs.'].join('\n'), { kind: 'resume' });
    const cooks = resume.blocks.find((b) => b.text.startsWith('Cooks'));
    assert.equal(cooks?.text, 'Cooks (2018 - 2019) – Prepared dishes.', dash);
    assert.equal(cooks?.zone, 'experience', dash);
  }
  // a line whose dash opens a range still runs on ("2018 -" / "2019")
  const doc = parseDocument('# Ana Lee\n\n## Skills\n\nSQL, Python -\nJava\nTableau\n', { kind: 'resume' });
  assert.deepEqual(doc.blocks.map((b) => b.text).filter((t) => t !== 'Ana Lee'), ['SQL, Python -\nJava', 'Tableau']);
});

test('a long comma list cut by the page width goes on in the next line; prose and labelled lines do not', () => {
  const cut = 'Budget Tracking, Data Entry, Payroll, Vendor Relations, Event Planning, Records Management, Conflict Resolution, Critical';
  const rows: Array<[string, string[]]> = [
    // pasted from a PDF: the last name of the line ends in the next one ("Critical" / "Thinking")
    [`${cut}\nThinking, Customer Service, Data Entry,\nFiling`, [`${cut}\nThinking, Customer Service, Data Entry,\nFiling`]],
    // each line a list with its own label: written so, not cut
    [`${cut}\nTools: Git, Docker, Jenkins`, [cut, 'Tools: Git, Docker, Jenkins']],
    // a short line was ended by its writer
    ['SQL, Python, Java\nTableau, Excel', ['SQL, Python, Java', 'Tableau, Excel']],
  ];
  for (const [body, expected] of rows) {
    const doc = parseDocument(`# Ana Lee\n\n## Skills\n\n${body}\n`, { kind: 'resume' });
    assert.deepEqual(doc.blocks.map((b) => b.text).filter((t) => t !== 'Ana Lee'), expected, body);
  }
  // wrapped prose with a series inside: its lines are not a list of names
  const prose = 'Each morning I baked the full tray list of rolls, scones, tarts, muffins and pies for the head baker before service\nin the small kitchen, and then restocked flour, sugar, butter and eggs';
  assert.equal(wrapsCommaList(prose.split('\n')[0], prose.split('\n')[1]), false);
});

const BLURB = 'Our trust runs three hospitals and a network of community clinics across the county, and we are proud of the care our nurses, doctors and therapists give to every patient, every day.';
const DUTY = 'You will lead the ward team, manage the rota and the budget, and work closely with the matron, the consultants and the therapists on the safety and quality of care.';
// one row per shape of a paragraph's line breaks: a break between sentences starts a block, a wrap does not
const LINE_BREAK_TABLE: Array<[string, string, string[]]> = [
  ['a web page pasted with one paragraph per line',
    `${BLURB}\n${DUTY}\nYou will need strong stakeholder skills (essential).`,
    [BLURB, DUTY, 'You will need strong stakeholder skills (essential).']],
  ['prose its writer wrapped inside sentences',
    'You will lead the ward team of twelve registered nurses and manage the\nrota, the budget and the audits of the unit across the day and night shifts.',
    ['You will lead the ward team of twelve registered nurses and manage the\nrota, the budget and the audits of the unit across the day and night shifts.']],
  ['a wrapped sentence, then a new one after its full stop',
    'Applicants must hold a current driving licence and be able to travel between\nour sites every week. Please say how you meet this.\nInterviews will be held in the spring.',
    ['Applicants must hold a current driving licence and be able to travel between\nour sites every week. Please say how you meet this.', 'Interviews will be held in the spring.']],
  ['a requirement list pasted a line an entry with no full stops, one line too long to read it line by line',
    'Has completed the state pre-service training\nDevelops relationships and communicates well with children, parents and staff\nMust be able to lift up to 50 lbs in connection with the handling of children for the facilitation of programs, child safety and all emergencies\nMeets background check eligibility',
    ['Has completed the state pre-service training', 'Develops relationships and communicates well with children, parents and staff',
      'Must be able to lift up to 50 lbs in connection with the handling of children for the facilitation of programs, child safety and all emergencies', 'Meets background check eligibility']],
  ['such a list where a line stops on a word that waits for more: a sentence wrapped before a capital',
    'Has completed the state pre-service training\nYou will bring five years of experience within\nCommunity Services teams, and the confidence to lead them through the many changes ahead of the service and of the wider health board this year\nMeets background check eligibility',
    ['Has completed the state pre-service training', 'You will bring five years of experience within\nCommunity Services teams, and the confidence to lead them through the many changes ahead of the service and of the wider health board this year', 'Meets background check eligibility']],
  ['a question, then an answer on the next line',
    `Have you cared for people living with dementia in their own homes, in a residential setting or on a hospital ward, and would you like to do it with us?\n${DUTY}`,
    ['Have you cared for people living with dementia in their own homes, in a residential setting or on a hospital ward, and would you like to do it with us?', DUTY]],
];

for (const [name, body, expected] of LINE_BREAK_TABLE) {
  test(`a paragraph's line breaks: ${name}`, () => {
    const doc = parseDocument(`# Ward Sister\n\n${body}\n`, { kind: 'job' });
    assert.deepEqual(doc.blocks.map((b) => b.text).filter((t) => t !== 'Ward Sister'), expected);
  });
}

// one row per shape of a full stop with no space after it: two run-together sentences get a space, names keep their dot
const RUN_ON_TABLE: Array<[string, string, string]> = [
  ['sentences a PDF copy ran together', 'Served meals and washed dishes.Facilitated games for residents.', 'Served meals and washed dishes. Facilitated games for residents.'],
  ['several in one paragraph', 'Met targets.Trained staff.Reported weekly.', 'Met targets. Trained staff. Reported weekly.'],
  ['technology names with a dot', 'Built apps in Node.js and ASP.NET with Vue.Js', 'Built apps in Node.js and ASP.NET with Vue.Js'],
  ['abbreviations', 'Served in the U.S.Army, e.g.Germany and Italy', 'Served in the U.S.Army, e.g.Germany and Italy'],
];

for (const [name, line, expected] of RUN_ON_TABLE) {
  test(`a full stop with no space after it: ${name}`, () => {
    const source = `# Ana Lee\n\n## Experience\n\n${line}\n`;
    const doc = parseDocument(source, { kind: 'resume' });
    const block = doc.blocks.find((b) => b.type === 'paragraph')!;
    assert.equal(block.text, expected);
    // every character still maps into the source, in order, and a word reads as written
    assert.equal(block.offsets.length, block.text.length);
    for (let i = 0; i < block.text.length; i++) if (block.text[i] !== ' ') assert.equal(source[block.offsets[i]], block.text[i]);
  });
}

test('section names of a resume\'s end matter head their sections: languages, additional information, links', () => {
  const resume = parseDocument('Ana Lee\n\nSkills\n\nExcel, Payroll\n\nLanguages\n\nEnglish, Marathi\n\nAdditional Information\n\nDean\'s list 2016\n\nLINKS\n\nhttp://example.com/ana\n', { kind: 'resume' });
  assert.deepEqual(resume.sections.filter((s) => s.heading).map((s) => [s.heading, s.kind]),
    [['Skills', 'skills'], ['Languages', 'skills'], ['Additional Information', 'other'], ['LINKS', 'contact']]);
  assert.ok(!resume.blocks.some((b) => /^(?:Languages|Additional Information|LINKS)$/.test(b.text.trim())), 'the labels are headings, not text');
});

test('a line under end matter that lists no skills is read as written, whatever zone it looks like ("Lacrosse" under Interests)', () => {
  const resume = parseDocument('Ana Lee\n\nSkills\n\nExcel, Payroll\n\nInterests\n\nLacrosse, Rugby\n', { kind: 'resume' });
  // the zone model's reading of both lists: a skills list
  for (const b of resume.blocks) b.zone = 'skills';
  const readings = resume.blocks.filter((b) => b.text.includes(',')).map((b) => [b.text, readingOf(resume, b)]);
  assert.deepEqual(readings, [['Excel, Payroll', 'skills'], ['Lacrosse, Rugby', 'other']]);
});

test('a label written with commas, an ellipsis or a hard break inside its bold still heads a section; a block never starts with the break', () => {
  const doc = parseDocument('# Clerk\n\n**\\\nKnowledge, Skills and Abilities Required:**\n\n- Inventory counts\n\nMandatory Requirements...\n\n- Forklift\n', { kind: 'job' });
  const kinds = doc.sections.map((s) => s.kind);
  assert.equal(kinds.filter((k) => k === 'requiredSkills').length, 2, kinds.join());
  assert.ok(!doc.blocks.some((b) => /Knowledge|Mandatory/.test(b.text) && b.type !== 'heading'), JSON.stringify(doc.blocks.map((b) => [b.type, b.text])));
  assert.ok(doc.blocks.every((b) => b.text === b.text.trim()));
});

// one row per class of lone Title Case line: a label heads a section when its head noun names one
const TITLE_CASE_LINE_TABLE: Array<[string, string, boolean]> = [
  ['a skill whose first word is a section word', 'Project Management', false],
  ['a product ending in "Contact"', 'Constant Contact', false],
  ['a duty whose first word is a section word', 'Benefits Administration', false],
  ['a field of law', 'Employment Law', false],
  ['a head noun that names the section', 'Core Qualifications', true],
  ['a head noun before a prepositional phrase', 'Experience with Python and SQL', true],
  ['a word that only groups after the section word', 'Skill Details', true],
  ['a word that only groups after the section word, plural', 'Skill Areas', true],
  ['a list of heads, one of them a section word', 'Education, Certifications, Endorsements', true],
  ['written with a colon: a label, whatever its head', 'Project Management:', true],
  ['a degree stating its need is a requirement', 'Masters Degree Preferred', false],
  ['a degree stating its need is a requirement, required', 'Bachelors Degree Required', false],
  ['a section stating its need is a label', 'Experience Preferred', true],
  ['a label closed by a semicolon', 'Required Skills and Experience;', true],
  ['a list item closed by a semicolon', 'Customer Service;', false],
  ['"About" and the employer\'s name', 'About Goddard Schools', true],
  ['"About" and what is said of', 'About the Trust', true],
  ['"About" and an amount is no label', 'About 20 hours a week', false],
  ['how to apply, whose head is in its verb', 'How To Apply', true],
  ['a common heading of benefits in sentence case', 'Rewards and benefits', true],
  ['a heading of benefits closed by its verb', 'Benefits Include', true],
  ['a heading of the legal statement', 'EEO Statement', true],
];

for (const [name, line, heads] of TITLE_CASE_LINE_TABLE) {
  test(`a lone Title Case line: ${name} ("${line}")`, () => {
    assert.equal(isSectionLabel(line), heads);
  });
}

test('a skills list with Title Case items keeps them in the list ("Project Management", "Constant Contact")', () => {
  const resume = parseDocument(['Ana Lee', 'Skills', 'Budget development', 'Project Management', 'Constant Contact', 'Public relations', 'Work History',
    'Executive Director , 07/2012 to 02/2015'].join('\n'), { kind: 'resume' });
  assert.deepEqual(resume.sections.filter((s) => s.heading).map((s) => [s.heading, s.kind]), [['Skills', 'skills'], ['Work History', 'experience']]);
  const skills = resume.sections.find((s) => s.kind === 'skills')!;
  assert.deepEqual(skills.blocks.map((i) => resume.blocks[i].text), ['Budget development', 'Project Management', 'Constant Contact', 'Public relations']);
});

test('a common heading never continues a line cut at a comma ("..., SANs," / "Work History")', () => {
  const resume = parseDocument(['Skills', 'Active Directory, Help Desk, Linux, Windows Server, group policy, vbscripts and Powershell, SANs,', 'Work History',
    'Computer Network Specialist, 07/2008 to Current'].join('\n'), { kind: 'resume' });
  assert.deepEqual(resume.sections.filter((s) => s.heading).map((s) => [s.heading, s.kind]), [['Skills', 'skills'], ['Work History', 'experience']]);
});
