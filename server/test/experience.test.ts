import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../src/engine/document/parse.js';
import { extractExperience, extractRequirements, namedTitle, namesHeldRole, totalYears, UNTITLED_ROLE } from '../src/engine/experience/extract.js';
import { findDateRanges } from '../src/engine/experience/dates.js';
import { TitleLexicon } from '../src/engine/experience/lexicon.js';

const ref = { year: 2024, month: 6, exact: true };

test('date ranges in the formats people write', () => {
  const cases: Array<[string, string, string, number]> = [
    ['2019 - 2023', '2019-01', '2023-01', 48],
    ['Jan 2019 – Present', '2019-01', '2024-06', 66],
    ['03/2017-05/2019', '2017-03', '2019-05', 27],
    ['2017-2019', '2017-01', '2019-01', 24],
    ['June 2015 to August 2018', '2015-06', '2018-08', 39],
    ['Sept. 2020 — Dec. 2021', '2020-09', '2021-12', 16],
    ['2017-03 – 2019-05', '2017-03', '2019-05', 27],
  ];
  for (const [text, start, end, months] of cases) {
    const [r] = findDateRanges(`Nurse (${text})`, ref);
    assert.ok(r, text);
    assert.equal(`${r.start.year}-${String(r.start.month).padStart(2, '0')}`, start, text);
    assert.equal(`${r.end.year}-${String(r.end.month).padStart(2, '0')}`, end, text);
    assert.equal(r.months, months, text);
  }
  assert.equal(findDateRanges('Call 555-1234 or 2019', ref).length, 0);
});

test('date ranges in the other formats real resumes use', () => {
  // each row a class of date writing seen in real resumes (paraphrased), with start, end, current
  const cases: Array<[string, string, string, boolean]> = [
    ['ISO dates to the present: 2020-05-05 - Present', '2020-05', '2024-06', true],
    ['ordinal days: 06th June 2017 to 20th Aug 2018', '2017-06', '2018-08', false],
    ['still going: March 2016 to Still on going', '2016-03', '2024-06', true],
    ['till date: Jan 2018 till date', '2018-01', '2024-06', true],
    ['to date: 2015 to date', '2015-01', '2024-06', true],
    ['short years: Jan \'19 - Mar \'21', '2019-01', '2021-03', false],
    ['short year to now: Sept \'19 – Current', '2019-09', '2024-06', true],
    ['seasons: Summer 2016 - Fall 2017', '2016-06', '2017-09', false],
    ['day-first numeric: 20/08/2018 - 15/01/2020', '2018-08', '2020-01', false],
    ['month, day, year: June 6, 2017 - May 1, 2019', '2017-06', '2019-05', false],
  ];
  for (const [text, start, end, current] of cases) {
    const [r] = findDateRanges(text, ref);
    assert.ok(r, text);
    assert.equal(`${r.start.year}-${String(r.start.month).padStart(2, '0')}`, start, text);
    assert.equal(`${r.end.year}-${String(r.end.month).padStart(2, '0')}`, end, text);
    assert.equal(r.current, current, text);
  }
  // a lone apostrophe year is not a date ("the '90s", "rock 'n' roll 99")
  assert.equal(findDateRanges("music of the '90s and '00s", ref).length, 0);
});

test('resume entries: title, employer, dates and years', () => {
  const doc = parseDocument([
    '# Ana', '## Experience',
    '### ICU Nurse — St. Mary Hospital', '*Jan 2019 – Present*', '- Cared for patients',
    '**Staff Nurse**, City Clinic (03/2016-12/2018)',
    '- Junior Analyst (2014 - 2016)',
  ].join('\n'), { kind: 'resume' });
  const entries = extractExperience(doc, ref);
  assert.equal(entries.length, 3);
  assert.equal(entries[0].title, 'ICU Nurse');
  assert.equal(entries[0].employer, 'St. Mary Hospital');
  assert.equal(entries[0].current, true);
  assert.equal(entries[1].title, 'Staff Nurse');
  assert.equal(entries[1].employer, 'City Clinic');
  assert.equal(entries[1].months, 34);
  assert.equal(entries[2].title, 'Junior Analyst');
  assert.equal(entries[2].years, 2);
});

test('overlapping roles count once in the total', () => {
  const doc = parseDocument('## Experience\n- Nurse (2015 - 2020)\n- Tutor (2018 - 2019)\n- Analyst (2020 - 2022)\n', { kind: 'resume' });
  const entries = extractExperience(doc, ref);
  assert.equal(Math.round(totalYears(entries) * 10) / 10, 7);
});

test('job requirements: years and subject in the ways postings phrase them', () => {
  const doc = parseDocument([
    '## Required Experience',
    '- At least 4 years as a Registered Nurse in a hospital setting.',
    '- 3+ years of SQL',
    "- 5 years' experience in commercial electrical work",
    '- Minimum of two years working as a Staff Accountant',
    '- Has previous experience as an SOC Security Analyst for 5 years.',
    '- A minimum of one-year as a service desk engineer',
  ].join('\n'), { kind: 'job' });
  const reqs = extractRequirements(doc);
  assert.deepEqual(reqs.map((r) => [r.years, r.subject]), [
    [4, 'Registered Nurse'],
    [3, 'SQL'],
    [5, 'commercial electrical work'],
    [2, 'Staff Accountant'],
    [5, 'SOC Security Analyst'],
    [1, 'service desk engineer'],
  ]);
});

test('job requirements: one subject per requirement, totals, and endings that are not part of the role', () => {
  const doc = parseDocument([
    '## Required Experience',
    'At least five years of experience working as a Tile and Stone Setter is a must. Previous one year experience acting as a CNC Tools Programmer is also needed.',
    '- Minimum 5 years of experience as a Cisco UC Engineer and minimum of 2 years as a Senior Node.JS Engineer is absolutely required.',
    '- At least two years experience as a Software Engineer - Level 3 is mandatory',
    '- A minimum of five years experience as a Senior Security Engineer in relevant industry is obligatory',
    '- Minimum 2 years as a Geological technician or similarly natured earth science job.',
    '- 3 years previous experience as a Sr. Hadoop Developer',
    '- Minimum of 5 years spent as a supervisor managing operational tasks',
    '- Work experience in fields such as market research and design for a total of over 20 years.',
    '- Three years of paid experience in payroll operations, in any of the following areas: benefits, leave accounting.',
    '- Four years of paid experience as a Laboratory Analyst or in a class at that level testing water samples.',
    '- Six months of youth work experience and at least one of the following certificates:',
    '- Two years of full-time paid experience as a Roofer with the City of Springfield.',
    '- Three years of full-time paid experience at the level of Harbor Planner.',
    '- Five years of experience instructing classes in the arts.',
    '- A bachelor\'s degree may be substituted for no more than one year of the required experience.',
    '- Applicants who wish to substitute course work for one year of the required experience must list it.',
    '- Two years of electrical work may be substituted for the required degree.',
    '- Four years of college resulting in a bachelor\'s degree.',
    '- Two years of education management experience.',
  ].join('\n'), { kind: 'job' });
  assert.deepEqual(extractRequirements(doc).map((r) => [r.years, r.subject]), [
    [5, 'Tile and Stone Setter'],
    [1, 'CNC Tools Programmer'],
    [5, 'Cisco UC Engineer'],
    [2, 'Senior Node.JS Engineer'],
    [2, 'Software Engineer - Level 3'],
    [5, 'Senior Security Engineer'],
    [2, 'Geological technician'],
    [3, 'Sr. Hadoop Developer'],
    [5, 'supervisor'],
    [20, 'relevant experience'],
    // a list introduced by "any of the following" is not the role: the work was named before it
    [3, 'payroll operations'],
    // a civil service's equivalent ("or in a class at that level") is not part of the role
    [4, 'Laboratory Analyst'],
    // a clause cut after its joining word leaves no "and" on the subject
    [0.5, 'youth work experience'],
    // the employer the years are served with is no part of the role
    [2, 'Roofer'],
    [3, 'Harbor Planner'],
    // a linking word is a whole word: "in" does not open "instructing"
    [5, 'instructing classes in the arts'],
    // what a degree stands in for, years offered in place of a degree and years of college are no
    // experience asked for (no rows); work in education is
    [2, 'education management experience'],
  ]);
});

test('resume entries: labelled roles, labelled employers, indented blocks and "Responsibilities:" lines', () => {
  const doc = parseDocument([
    '## Experience',
    '    Job Title: Full Stack Developer',
    '    Dates Employed: 2019 - 2023',
    '    Built pages.',
    '',
    'Technical Delivery Manager (2017 – 2020)',
    'Responsibilities:',
    '- Managed projects.',
    '',
    'Software Implementation Project Manager (2013 – 2017)',
    'Responsibilities:',
    '- Led implementations.',
    '',
    '1. Senior Security Engineer; Company - Acme (2005 -2010)',
  ].join('\n'), { kind: 'resume' });
  const entries = extractExperience(doc, ref);
  assert.deepEqual(entries.map((e) => [e.title, e.years]), [
    ['Full Stack Developer', 4],
    ['Technical Delivery Manager', 3],
    ['Software Implementation Project Manager', 4],
    ['Senior Security Engineer', 5],
  ]);
  assert.equal(entries[3].employer, 'Acme');
  // the indented block's positions are the source's
  const line = doc.source.split('\n')[1];
  assert.equal(line.slice(entries[0].range.start.character, entries[0].range.start.character + 20), 'Full Stack Developer');
});

test('an indented paragraph reads as text, code-like indentation stays code', () => {
  const doc = parseDocument('## Skills\n    * Hadoop\n    * SQL\n\n## Notes\n    const x = f(y);\n', { kind: 'resume' });
  assert.deepEqual(doc.blocks.filter((b) => b.type === 'item').map((b) => b.text), ['Hadoop', 'SQL']);
  assert.ok(!doc.blocks.some((b) => b.text.includes('const x')), 'a code block is not prose');
});

test('requirements written as "Role – N years" lines, and a role on the line above its dates', () => {
  const job = parseDocument('## Required Experience\n- Roofer Helper – 1 year\n- Construction Trades: 3 years\n- Site Supervisor (2 years)\n', { kind: 'job' });
  assert.deepEqual(extractRequirements(job).map((r) => [r.years, r.subject]), [[1, 'Roofer Helper'], [3, 'Construction Trades'], [2, 'Site Supervisor']]);
  const resume = parseDocument('## Experience\nManager of Support Services\n(2020 - 2023)\nManaged a team of support technicians.\n', { kind: 'resume' });
  assert.deepEqual(extractExperience(resume, ref).map((e) => [e.title, e.years]), [['Manager of Support Services', 3]]);
});

test('job requirements: months, numbers in brackets, preferred ones, and none from benefits or legal text', () => {
  const doc = parseDocument([
    '# Accounts Clerk', '',
    '## Requirements', '',
    '- Minimum of four (4) years of experience as a bookkeeper',
    '- At least 6 months\' experience in a hospital setting', '',
    '## Preferred qualifications', '',
    '- 2+ years of experience in a manufacturing environment', '',
    '## Benefits', '',
    '- 33 days annual leave after 10 years\' service', '',
    '## Equal opportunity', '',
    'We have been an equal opportunity employer for 25 years of experience in fair hiring.', '',
    '## Minimum qualifications', '',
    '- Applicants who lack six months or less of the required experience may apply.',
    '- Applicants within six months of graduation from a four-year college may apply.',
    '- Candidates must be 18 years of age and have work experience.',
    '- Experience teaching classes for children (ages 18 months-5 years) or aged 3 to 11 years.',
  ].join('\n'), { kind: 'job' });
  const reqs = extractRequirements(doc);
  assert.deepEqual(reqs.map((r) => [r.years, r.required]), [[4, true], [0.5, true], [2, false]]);
});

test('job requirements: the post\'s own term is no experience asked for (a fixed-term contract, a secondment, maternity cover)', () => {
  const doc = parseDocument([
    'Department Administrator', '',
    'We have an opportunity for an experienced Administrator working across two sites. This is a 1 year fixed term contract.', '',
    'The work is a 12 month secondment and a 6 months maternity cover, with a 2-year funded post to follow.', '',
    'You will need at least 2 years of administration experience in a busy office.',
  ].join('\n'), { kind: 'job' });
  assert.deepEqual(extractRequirements(doc).map((r) => r.years), [2]);
});

test('job requirements: the post\'s term written before its length is no experience asked for', () => {
  const doc = parseDocument([
    'Corporate Accountant', '',
    'An opportunity has arisen for a suitably experienced accountant to undertake the role, on secondment/fixed term for 12 months.', '',
    'The posts are to start as soon as possible for a fixed term period of 12 months.', '',
    'The post will be for an initial period of 12 months, with review thereafter. This is maternity cover for 9 months.', '',
    '## Requirements', '',
    '- Post-registration experience of 2 years in acute care.',
    '- Contract management experience for 3 years.',
    '- The post holder will require a minimum of 4 years post registration in nursing.',
    '- This role would suit those with a minimum of 5 years postgraduate Radiography experience.',
  ].join('\n'), { kind: 'job' });
  assert.deepEqual(extractRequirements(doc).map((r) => r.years), [2, 3, 4, 5]);
});

test('job requirements: years that measure a training scheme or a plan are no experience asked for', () => {
  const doc = parseDocument([
    'Construction Inspector', '',
    '## Requirements', '',
    '1. Four years of full-time paid experience in construction management; or',
    '2. Completion of a recognized four-year apprenticeship and two years of full-time paid experience working on public works projects; or',
    '3. Completion of a recognized four-year apprenticeship as a carpenter.',
    '4. You will complete a 2 year training programme, in support of the 10 year plan.',
    '5. 18 months training and on-the-job experience in electrical work.',
  ].join('\n'), { kind: 'job' });
  const reqs = extractRequirements(doc);
  assert.deepEqual(reqs.map((r) => [r.years, r.subject]), [[4, 'construction management'], [2, 'public works projects'], [4, 'carpenter'], [1.5, 'electrical work']]);
  // the path through an apprenticeship is one of the ways to qualify, not a requirement of its own
  assert.equal(reqs[1].alternativeGroup, reqs[0].alternativeGroup ?? 0);
});

test('job requirements: a job board\'s "Subject: N years (Preferred)" lines, the need stated after the years', () => {
  const doc = parseDocument([
    'Front Desk Associate', '',
    '## Experience', '',
    '- Medical Receptionist: 1 year (Preferred)',
    '- Forklift: 1 year (Required)',
    '- Customer Service OR Teaching: 2 years (Preferred)',
  ].join('\n'), { kind: 'job' });
  assert.deepEqual(extractRequirements(doc).map((r) => [r.subject, r.years, r.required]), [
    ['Medical Receptionist', 1, false], ['Forklift', 1, true], ['Customer Service OR Teaching', 2, false],
  ]);
});

test('job requirements: years of post-registration experience are experience, not the post\'s term', () => {
  const doc = parseDocument(['Staff Nurse', '', '## Requirements', '',
    '- 2 years post-registration experience in acute care', '- 18 months post registration experience or experience in a similar role',
    '- 2 years post registration experience at Band 5 or equivalent', '- This is a 12 month post'].join('\n'), { kind: 'job' });
  // experience of no named work, or at a pay grade: any employment may show it
  assert.deepEqual(extractRequirements(doc).map((r) => [r.years, r.subject]), [[2, 'acute care'], [1.5, 'relevant experience'], [2, 'relevant experience']]);
});

test('job requirements: "N or more years" and years asked for in a role summary with no headings', () => {
  const doc = parseDocument([
    'Special Education Teacher', '',
    'We are looking for a teacher to join our learning support team. You will need a minimum of 6 months\' classroom experience.', '',
    '- One (1) or more years classroom experience with students with special needs',
  ].join('\n'), { kind: 'job' });
  assert.deepEqual(extractRequirements(doc).map((r) => r.years), [0.5, 1]);
});

// ---- the role header reader (experience/headers.ts): one table per class of header layout, on
// short invented fixtures, read with the shipped title lexicon (models/title-lexicon.json)
const lexicon = TitleLexicon.load('models');
type Row = [name: string, text: string, expected: Array<[title: string, employer: string | undefined, location: string | undefined, start: string, end: string]>];

function checkLayouts(rows: Row[]): void {
  for (const [name, text, expected] of rows) {
    const doc = parseDocument(`Experience\n${text}\nEducation\nBachelor of Arts, 2010\n`, { kind: 'resume' });
    const got = extractExperience(doc, ref, lexicon).map((e) => [e.title, e.employer, e.location, e.start, e.end]);
    assert.deepEqual(got, expected, name);
  }
}

test('header layouts: one-line headers', () => {
  checkLayouts([
    ['title, dates, employer, place', 'Night Baker 03/2016 to 05/2018 Company Name City , State\nBaked bread for three shops.',
      [['Night Baker', 'Company Name', 'City , State', '2016-03', '2018-05']]],
    ['title, comma, dates, colons', 'Loan Officer , 10/2013 : Current Company Name : City , State\nApproved small loans.',
      [['Loan Officer', 'Company Name', 'City , State', '2013-10', '2024-06']]],
    ['a real employer and place', 'Staff Accountant, Harbor Bank, Springfield, IL (2015 - 2019)\nClosed the books monthly.',
      [['Staff Accountant', 'Harbor Bank', 'Springfield, IL', '2015-01', '2019-01']]],
    ['a description after the date and a semicolon', 'Junior IT Help Desk at Lakeside Corp (2017-2018); Supporting our regional tech team for a year.',
      [['Junior IT Help Desk', 'Lakeside Corp', undefined, '2017-01', '2018-01']]],
    ['a description after the date and a colon, in lower case', 'Junior IT Help Desk at Lakeside Corp (2017-2018): supported our regional tech team.',
      [['Junior IT Help Desk', 'Lakeside Corp', undefined, '2017-01', '2018-01']]],
  ]);
});

test('header layouts: title line, then dates with employer and place', () => {
  checkLayouts([
    ['title above the dates', 'Senior Accountant\n09/2014 to Current Company Name City , State\nPrepared monthly statements.',
      [['Senior Accountant', 'Company Name', 'City , State', '2014-09', '2024-06']]],
    ['title with a comma before its dates, employer on the next line', 'Executive Chef , 03/2014 to Current\nCompany Name - City , State\nPlanned seasonal menus.',
      [['Executive Chef', 'Company Name', 'City , State', '2014-03', '2024-06']]],
    ['every entry alike', 'Waiter\nMay 2010 to June 2011 Company Name : City , State\nServed tables.\nHost\nJune 2011 to May 2012 Company Name : City , State\nGreeted guests.',
      [['Waiter', 'Company Name', 'City , State', '2010-05', '2011-06'], ['Host', 'Company Name', 'City , State', '2011-06', '2012-05']]],
  ]);
});

test('header layouts: a title line that shares a word with a section name', () => {
  // pasted resumes put each title on a short line of its own; "Project", "Education", "Benefits"
  // and "Skills" in a title must not open a section and hide the title from its dates
  checkLayouts([
    ['"Project" in the title', 'Staff Accountant\n09/2010 to 03/2013 Company Name : City , State\nClosed the books.\nProject Accountant\nApril 2013 to September 2014 Company Name : City , State\nPrepared draw reports.',
      [['Staff Accountant', 'Company Name', 'City , State', '2010-09', '2013-03'], ['Project Accountant', 'Company Name', 'City , State', '2013-04', '2014-09']]],
    ['"Education" and "Benefits" in titles', 'Education Coordinator\n01/2015 to 12/2017 Company Name : City , State\nRan training days.\nBenefits Specialist\n01/2018 to Current Company Name : City , State\nAnswered plan questions.',
      [['Education Coordinator', 'Company Name', 'City , State', '2015-01', '2017-12'], ['Benefits Specialist', 'Company Name', 'City , State', '2018-01', '2024-06']]],
  ]);
});

test('header layouts: dates first, then employer and title', () => {
  checkLayouts([
    ['dates, employer, title on three lines', 'January 2011\nCompany Name\nPurchasing Coordinator\nOrdered parts for the plant.',
      [['Purchasing Coordinator', 'Company Name', undefined, '2011-01', '2011-01']]],
    ['a range over three lines', 'March 2012\nto\nCurrent\nCompany Name City , State Pipeline Supervisor\nRan the night shift.',
      [['Pipeline Supervisor', 'Company Name', 'City , State', '2012-03', '2024-06']]],
    ['dates, then title with employer', '05/2014 to Current\nPress Officer Company Name : City , State\nWrote press releases.',
      [['Press Officer', 'Company Name', 'City , State', '2014-05', '2024-06']]],
  ]);
});

test('header layouts: employer first', () => {
  checkLayouts([
    ['employer, place, title, dates', 'Company Name City , State Payer Relations Coordinator 11/2015 to Current\nWorked claims with payers.',
      [['Payer Relations Coordinator', 'Company Name', 'City , State', '2015-11', '2024-06']]],
    ['employer, dates, title', 'Company Name December 2009 to Current Staff Accountant\nReconciled accounts.',
      [['Staff Accountant', 'Company Name', undefined, '2009-12', '2024-06']]],
  ]);
});

test('header layouts: location segments are not titles', () => {
  checkLayouts([
    ['a city is the place, not the title', 'Child Care Worker\nMay 2001 to June 2010 City , State\nLooked after toddlers.',
      [['Child Care Worker', undefined, 'City , State', '2001-05', '2010-06']]],
    ['a state name ends the place', 'Field Technician | Northwind Energy Inc | Austin, Texas | 2016 - 2018',
      [['Field Technician', 'Northwind Energy Inc', 'Austin, Texas', '2016-01', '2018-01']]],
  ]);
});

test('header layouts: Kaggle "company - / description -" entries', () => {
  checkLayouts([
    ['the role named in the description', 'company - Acme Analytics Ltd\ndescription - Worked as a Data Analyst from Jan 2016 to Dec 2017 on sales reports.',
      [['Data Analyst', 'Acme Analytics Ltd', undefined, '2016-01', '2017-12']]],
    ['the role in a line below the dates', 'company - Blue River Systems\ndescription - since 6th July 2011 to till date:\nCurrently working as a Python developer on billing APIs.',
      [['Python developer', 'Blue River Systems', undefined, '2011-07', '2024-06']]],
  ]);
});

test('header layouts: a title line between two dates belongs to one of them', () => {
  checkLayouts([
    ['dates, then title and employer below, twice', 'Sold software to law firms.\n02/1998 to 12/2009\nExecutive Director Company Name\n08/1997 to 11/2005\nAssistant Coach Company Name\nRan practices for the college team.',
      [['Executive Director', 'Company Name', undefined, '1998-02', '2009-12'], ['Assistant Coach', 'Company Name', undefined, '1997-08', '2005-11']]],
  ]);
});

test('header layouts: posts O*NET titles do not end with ("Internship", "Volunteer")', () => {
  checkLayouts([
    ['an internship above a capitalised duty line', 'Helped sell small planes.\n01/2012 to 05/2012\nInternship Company Name – City , State\nRunway Safety Checks (Daily and Weekly)',
      [['Internship', 'Company Name', 'City , State', '2012-01', '2012-05']]],
  ]);
});

test('header layouts: table rows', () => {
  const doc = parseDocument([
    '## Experience', '',
    '| Role | Employer | Location | Dates |', '|---|---|---|---|',
    '| Line Cook | Harbor Grill | Portland, OR | 2014 - 2016 |',
    '| Sous Chef | Company Name | City , State | 2016 - 2019 |',
  ].join('\n'), { kind: 'resume' });
  assert.deepEqual(extractExperience(doc, ref, lexicon).map((e) => [e.title, e.employer, e.location, e.start]), [
    ['Line Cook', 'Harbor Grill', 'Portland, OR', '2014-01'],
    ['Sous Chef', 'Company Name', 'City , State', '2016-01'],
  ]);
});

// ---- roles outside the experience zone: read wherever they are written, counted only as employment
// the zone model reads a section of volunteer posts as 'volunteering' (headings alone give 'other')
function rolesOf(text: string) {
  const doc = parseDocument(text, { kind: 'resume' });
  for (const b of doc.blocks) if (/volunteer|community/i.test(doc.sections[b.section]?.heading ?? '')) b.zone = 'volunteering';
  return { doc, entries: extractExperience(doc, ref, lexicon) };
}

test('roles in other zones: volunteer posts are read, and never counted as years of experience', () => {
  const rows: Array<[name: string, text: string, expected: Array<[title: string, zone: string, employment: boolean]>, years: number]> = [
    ['a volunteering section after the experience', '## Experience\nLine Cook 2015 - 2019 Harbor Grill\n## Volunteering\nShelf Stacker, Town Food Bank (2010 - 2014)\n',
      [['Line Cook', 'experience', true], ['Shelf Stacker', 'volunteering', false]], 4],
    ['a volunteer post with a lone month', '## Experience\nLine Cook 2015 - 2019 Harbor Grill\n## Volunteer Work\nTown Food Bank\nShelf Stacker March 2016\n',
      [['Line Cook', 'experience', true], ['Shelf Stacker', 'volunteering', false]], 4],
  ];
  for (const [name, text, expected, years] of rows) {
    const { entries } = rolesOf(text);
    assert.deepEqual(entries.map((e) => [e.title, e.zone, e.employment]), expected, name);
    assert.equal(Math.round(totalYears(entries) * 10) / 10, years, name);
  }
});

test('roles in other zones: a run-in list of posts, each date with its own header', () => {
  const { entries } = rolesOf('## Experience\nLine Cook 2015 - 2019 Harbor Grill\n## Community\nFood Bank Driver, Town Food Bank 2002-2004 Reading Tutor, City Library (Springfield, IL) 2008-2010 Litter Picker, Parks Trust 2011-2012\n');
  assert.deepEqual(entries.filter((e) => e.zone === 'volunteering').map((e) => e.start), ['2002-01', '2008-01', '2011-01']);
});

test('roles in other zones: a degree, an award or a membership is not a role', () => {
  const rows: Array<[name: string, text: string]> = [
    ['a degree in a list the zone model calls skills', '## Experience\nLine Cook 2015 - 2019 Harbor Grill\n## Skills\nJanuary 2010 to January 2014 B.Tech Mechanical, Riverside University\n'],
    ['an award with a range of years', '## Experience\nLine Cook 2015 - 2019 Harbor Grill\n## Honors\nVolunteer of the Year Award 2010 - 2012\n'],
    ['a membership', '## Experience\nLine Cook 2015 - 2019 Harbor Grill\n## Affiliations\nCulinary Guild, Member 2012 - Present\n'],
  ];
  for (const [name, text] of rows) assert.deepEqual(rolesOf(text).entries.map((e) => e.title), ['Line Cook'], name);
});

test('resume entries: a sentence telling of an achievement, with its years, is not a role', () => {
  const entry = '## Experience\nCompany Name January 2003 to January 2009 Pharmaceutical Sales Representative\n';
  const rows: Array<[name: string, line: string]> = [
    ['recognition with quoted award names', 'Recognized as "Gold Tier Winner" in 2004 in the region and "Silver Tier Winner" in the region 2005 and 2006'],
    ['a ranking over several years', 'Ranked among the top ten of five hundred representatives in the whole region for cardiac products 2006 - 2007'],
    ['an award as a bullet', '- Awarded the regional sales excellence prize by the national sales leadership team two years running 2005 - 2006'],
  ];
  for (const [name, line] of rows) assert.deepEqual(rolesOf(entry + line + '\n').entries.map((e) => e.title), ['Pharmaceutical Sales Representative'], name);
  // a sentence that tells of holding a post keeps its role, whatever verb opens it
  const posts: Array<[line: string, title: string]> = [
    ['Worked as a Staff Nurse at Mercy General Hospital on the cardiac ward for several busy years from 2015 to 2017', 'Staff Nurse'],
    ['Operated as a Motion Controls Engineer between 2017 and 2022', 'Motion Controls Engineer'],
  ];
  for (const [line, title] of posts) assert.deepEqual(rolesOf(`## Experience\n${line}\n`).entries.map((e) => e.title), [title], line);
});

test('resume entries: words picked where a title goes that name no post are no title (a placeholder, words from a sentence, a clause, a figure)', () => {
  // livecareer's layout: a dated header line holding only the template's placeholders, then a bullet
  const header = '## Experience\nBusiness Analyst May 2016 to August 2016\nCompany Name : City , State\nRefined data for project managers.\n';
  const rows: Array<[name: string, entry: string]> = [
    ['a bullet\'s words under a header of placeholders', 'September 2015 to December 2015 Company Name : City , State\nDeveloped a five-year growth strategy for the next funding round of the growth firm.\n'],
    ['an achievement with a figure', '97% senior student success rate 2014 to 2015\nTaught reading.\n'],
  ];
  for (const [name, entry] of rows) {
    const { entries } = rolesOf(header + entry);
    assert.deepEqual(entries.map((e) => e.title), ['Business Analyst', UNTITLED_ROLE], name);
    assert.equal(namedTitle(entries[1]), undefined, name);
  }
  const phrases: Array<[name: string, text: string, held: boolean]> = [
    ['a title the title words call one', 'Staff Accountant', true],
    ['a capitalised phrase naming work', 'Kitchen Crew', true],
    ['a department written as the title', 'Accounts Receivable', true],
    ['a lower-case title word', 'graphic designer', true],
    ['a template placeholder', 'City', false],
    ['a placeholder with a place', 'Company Name - State', false],
    ['lower-case words from a sentence', 'quality customer service', false],
    ['a clause opening with a verb', 'Process and maintain records of customer loans', false],
    ['a clause opening with a past verb', 'Helped drive an increase in customer satisfaction', false],
    ['a figure', '97% senior student success rate', false],
    ['a sentence opener', 'These actions also allowed', false],
    ['a duty clause in the third person', 'Serves as the timekeeping backup', false],
    ['one word naming a field', 'Healthcare', false],
    ['an acronym for the post', 'PMO', true],
    ['no words at all', '--', false],
    ['a participle opening a title', 'Registered Nurse', true],
  ];
  for (const [name, text, held] of phrases) assert.equal(namesHeldRole(text, lexicon), held, name);
});

test('resume entries: a contact\'s label closing the entry above ("Supervisor: Curtis Smith") is no title of the next role', () => {
  const { entries } = rolesOf('## Experience\nBudget Analyst Jul 2007 to Current\nCompany Name : City , State\nPrepared the quarterly budgets.\nSupervisor: Curtis Smith [phone]\nBudget Technician Series 0503 Sep 2002 to Jul 2007\nCompany Name : City , State\nKept the ledgers.\nSupervisor: Dana Jones\n');
  assert.ok(!entries.some((e) => e.title === 'Supervisor'), JSON.stringify(entries.map((e) => e.title)));
  assert.equal(entries.length, 2);
});

test('resume entries: years in parentheses closing a long sentence of a role tell when, not of another role; a post named before them is one', () => {
  const entry = '## Experience\nInformation Technology Specialist Sep 2011 to Current\nCompany Name : City , State\n';
  const rows: Array<[name: string, line: string]> = [
    ['a duty sentence in the present tense', 'Implements IT concepts, principles and methods and practices, providing technical oversight and headquarters systems monitoring (2011-2015).'],
    ['a sentence wrapped over two lines', 'Efficient planning and delivery of customer support services, including installation, configuration, troubleshooting, and/or\ntraining, in response to customer requirements (2011-2015).'],
  ];
  for (const [name, line] of rows) assert.deepEqual(rolesOf(entry + '\n' + line + '\n').entries.map((e) => e.title), ['Information Technology Specialist'], name);
  const posts = rolesOf(entry + '\nPatrols across the whole of the northern region with the boarding teams of the command, Officer In Charge of Forward Operating Base Kuwait (2012 - 2013).\n');
  assert.equal(posts.entries.length, 2, JSON.stringify(posts.entries.map((e) => e.title)));
});

test('roles in other zones: a range of years is not a phone number', () => {
  const doc = parseDocument('## Experience\nLine Cook 2015 - 2019 Harbor Grill\n## Other\nFood Bank Driver (Springfield, IL) 2002-2004\n', { kind: 'resume' });
  assert.ok(doc.blocks.some((b) => b.text.includes('2002-2004')), 'the line is kept, not blanked as contact details');
});

test('roles in other zones: a heading that names volunteering, under a Markdown name heading', () => {
  const rows: Array<[name: string, text: string]> = [
    ['"Volunteering" under the name', '# Ana Example\n\n## Experience\n\nLine Cook 2015 - 2019 Harbor Grill\n\n## Volunteering\n\nShelf Stacker, Town Food Bank (2010 - 2014)\n'],
    ['"Community Involvement" read as experience lines', '# Ana Example\n\n## Experience\n\nLine Cook 2015 - 2019 Harbor Grill\n\n## Community Involvement\n\nShelf Stacker, Town Food Bank (2010 - 2014)\n'],
  ];
  for (const [name, text] of rows) {
    const doc = parseDocument(text, { kind: 'resume' });
    // whatever zone a model gives the line, the heading says what the role is
    for (const b of doc.blocks) if (b.text.includes('Shelf')) b.zone = 'experience';
    const entries = extractExperience(doc, ref, lexicon);
    assert.deepEqual(entries.map((e) => [e.title, e.zone, e.employment]), [['Line Cook', 'experience', true], ['Shelf Stacker', 'volunteering', false]], name);
    assert.equal(totalYears(entries), 4, name);
  }
});

test('a requirement\'s years read with its own linking word: a role "as", work "of" / "in", a tool "with"', async () => {
  const { yearsLink } = await import('../src/engine/experience/extract.js');
  const rows: Array<[string, string, string]> = [
    ['At least 4 years as a Registered Nurse, including 2 years in an adult ICU.', 'Registered Nurse', 'as'],
    ['At least 4 years as a Registered Nurse, including 2 years in an adult ICU.', 'adult ICU', 'in'],
    ['3+ years of SQL in a professional setting.', 'SQL', 'of'],
    ['3+ years of experience as a Registered Nurse', 'Registered Nurse', 'as'],
    ['5 years of professional backend software development experience.', 'professional backend software development experience', 'of'],
    ['2 years experience using Excel.', 'Excel', 'with'],
    ['Site Supervisor (2 years)', 'Site Supervisor', 'as'],
    ['3+ years cooking experience, preferably some Italian cuisine', 'cooking experience', 'of'],
    ['2 years Line Cook', 'Line Cook', 'as'],
  ];
  for (const [text, subject, word] of rows) assert.equal(yearsLink(text, subject), word, `${text} / ${subject}`);
});

// one row per way postings write paths to qualify: [name, requirements text, [years, subject, group]]
const WAYS_TO_QUALIFY_TABLE: Array<[string, string, Array<[number, string, number | undefined]>]> = [
  ['numbered paths joined by "; or"',
    '1. A degree in accounting and two years of paid experience as an Accountant; or\n2. Six years of paid experience as an Accountant.',
    [[2, 'Accountant', 0], [6, 'Accountant', 0]]],
  ['two paragraphs with an "OR" line between them',
    'Three years of experience as a Line Cook.\n\nOR\n\nOne year of experience as a Sous Chef.',
    [[3, 'Line Cook', 0], [1, 'Sous Chef', 0]]],
  ['a later path that refers to the work of the first',
    '1. Two years of experience as a Payroll Clerk; or\n2. Four years of experience of the type specified in Requirement #1.',
    [[2, 'Payroll Clerk', 0], [4, 'Payroll Clerk', 0]]],
  ['an "or" between names of one role is no second path',
    '- Three years of experience as a Water Supervisor, Meter Supervisor, or Pump Supervisor.\n- Two years of experience as a Crew Lead.',
    [[3, 'Water Supervisor', undefined], [2, 'Crew Lead', undefined]]],
  ['requirements that are all asked for',
    '- Five years of experience as a Registered Nurse.\n- Two years of experience in an ICU.',
    [[5, 'Registered Nurse', undefined], [2, 'ICU', undefined]]],
  ['a path that asks for years twice, the first years far from the "or"',
    '1. Three years of full-time paid experience as a Steam Plant Assistant, one year of which shall be as a Steam Plant Assistant "A"; or\n2. Two years of full-time paid experience as an Electrical Tester.',
    [[3, 'Steam Plant Assistant', 0], [1, 'Steam Plant Assistant "A"', 0], [2, 'Electrical Tester', 0]]],
  ['a path that asks for years twice, the second years after the "or"',
    '1. Two years of full-time paid experience as a Housing Inspector; or\n2. Four years of full-time paid experience investigating complaints, one year of which must include supervision of staff.',
    [[2, 'Housing Inspector', 0], [4, 'investigating complaints', 0], [1, 'investigating complaints', 0]]],
  ['years asked twice with no other path are both asked for',
    '- Two years of full-time paid office clerical experience, including one year of clerical accounting work.',
    [[2, 'full-time paid office clerical experience', undefined], [1, 'clerical accounting work', undefined]]],
];

test('ways to qualify: the years one path asks for twice name that path', () => {
  const doc = parseDocument(`## Minimum Qualifications\n\n${WAYS_TO_QUALIFY_TABLE[5][1]}\n`, { kind: 'job' });
  assert.deepEqual(extractRequirements(doc).map((r) => r.wayToQualify), [0, 0, 2]);
});

// one row per kind of sentence a civil-service bulletin writes about its requirements: [name, sentence, the years it asks for]
const NOT_ASKED_TABLE: Array<[string, string, Array<[number, string]>]> = [
  ['schooling counted in academic units', 'One year (i.e., 30 semester or 45 quarter units) of classes from a law school counts as experience.', []],
  ['schooling counted in academic units, written after the word', 'One year of full-time paid experience as a Gardener and one year education (30 semester units or 45 quarter units) at an accredited college.', [[1, 'Gardener']]],
  ['what academic units are worth', '(i.e., 12 semester units equal one year of experience.)', []],
  ['a condition of appointment for early filers', 'However, they cannot be appointed until completion of eight months in the Utility Pre-Craft Trainee program.', []],
  ['who may file early', 'Applicants who have at least six months of the required experience in Requirement #2 may file for this examination.', []],
  ['years one may substitute, the verb first', 'Applicants may substitute one year of the experience lacking in Heating and Refrigeration with Requirement #2a.', []],
  ['years substituted for, with two qualifiers', 'One year of graduate study in engineering may be substituted for up to a maximum of one year of the required experience.', []],
  ['how long a result stays good', 'Medical test results are valid for 12 months; candidates need experience as described above.', []],
  ['the employer\'s own years', 'We have over 25 years\' experience in running staffing banks for hospitals.', []],
  ['the company\'s own years, a third person', 'Our company has more than 40 years of experience in building bridges.', []],
  ['"N-year" naming a kind of school', 'Our college is a two-year public institution of higher education; applicants need work experience.', []],
  ['"N-year" naming a term of office', 'This is a four-year term position appointed by the board, for which work experience is needed.', []],
  ['the time the post asks to be given', 'Applicants must commit to a minimum of 6 months in any year of the work.', []],
  ['a period a condition is measured over, then "at least" no linking word', 'Lenses must have been worn for at least three months and sight must be at least 20/30 in each eye.', []],
  ['an age the people served have', 'We care for adults over the age of 18 years; applicants need work experience.', []],
  ['the writer\'s own years', 'I have worked here for 15 years and still love coming to work.', []],
  ['the employer\'s own years, "we" after them', 'For over 20 years we have provided care; work experience is welcome.', []],
  ['a span\'s own length', 'Rotations are of 9 month duration in each work area.', []],
  ['a streak', 'The ward was rated outstanding for 2 years in a row; work experience welcome.', []],
  ['a contract\'s first term', 'The post is for 12 months in the first instance, for work experience.', []],
  ['a contract\'s basis', 'Work regular shifts for 3 months on a rolling contract.', []],
  ['a phase\'s length', 'Phase 1 will be for 3 months of work.', []],
  ['"N-year" then a linking word is experience', 'A minimum of one-year as a service desk engineer.', [[1, 'service desk engineer']]],
  ['"N-year" in lower-case practice is experience', 'A minimum of one-year consolidated practice as an Emergency Practitioner.', [[1, 'Emergency Practitioner']]],
  ['"N-year" apprenticeship in a trade is the trade\'s years', 'Completion of a recognized four-year apprenticeship program as a sheet metal worker.', [[4, 'sheet metal worker']]],
];

for (const [name, sentence, expected] of NOT_ASKED_TABLE) {
  test(`job requirements: years a bulletin names about its requirements: ${name}`, () => {
    const doc = parseDocument(`## Minimum Qualifications\n\n${sentence}\n`, { kind: 'job' });
    assert.deepEqual(extractRequirements(doc).map((r) => [r.years, r.subject]), expected);
  });
}

// one row per way a posting names the work its years are of: [name, requirement, [years, subject]]
const SUBJECT_TABLE: Array<[string, string, Array<[number, string]>]> = [
  ['the work before "experience", no linking word', '- 3 years sales experience', [[3, 'sales experience']]],
  ['the work before "experience", a possessive years', "- 3 years' retail experience", [[3, 'retail experience']]],
  ['a role before "experience"', '- 2 years line cook experience', [[2, 'line cook experience']]],
  ['the work before "experience", a clause after it', '- Minimum of 2 years restaurant experience, including FOH and BOH experience.', [[2, 'restaurant experience']]],
  ['the work before "experience", a wish after it', '- 3+ years cooking experience, preferably some Italian cuisine', [[3, 'cooking experience']]],
  ['a qualifier before "experience" names no work', '- 2 years recent experience', [[2, 'relevant experience']]],
  ['a series of lines of work', '- 2+ years of experience in retail, hospitality, or customer service', [[2, 'retail, hospitality, or customer service']]],
  ['a series of settings', '- 3 years of experience in a hospital, clinic or care home setting', [[3, 'hospital, clinic or care home setting']]],
  ['a series of roles', '- 3 years as a Cook, Chef, or Kitchen Manager', [[3, 'Cook, Chef, or Kitchen Manager']]],
  ['a series after the work it qualifies', '- 1-3 years of leadership experience in a Fulfillment, Production, Manufacturing or Warehouse setting', [[1, 'leadership experience in a Fulfillment, Production, Manufacturing or Warehouse setting']]],
  ['a list the work opens, no series', '- 2 years in a hospital, including ICU, ER and theatres', [[2, 'hospital']]],
  ['the work in a list after the line', '- Two years of full-time paid professional experience involving responsibility for two or more of the following areas:\n- risk assessment', [[2, 'relevant experience']]],
  ['the work named on the years\' own line, more lines in the block', '3+ years of industry experience in Real Estate\nA degree in business', [[3, 'Real Estate']]],
  ['a qualifier opening the work named before "experience"', '- 6 months previous care experience', [[0.5, 'care experience']]],
  ['the work in a list after the line, pointed at by one word', '- Two years of full-time paid professional experience in either:\n- financial analysis', [[2, 'relevant experience']]],
  ['a clause after a comma, no series', '- 5 years of experience in accounting, with a focus on audit', [[5, 'accounting']]],
  ['a lead word is a whole word ("Workers\' Compensation")', "- Two years of full-time paid experience as a Workers' Compensation Claims Assistant", [[2, "Workers' Compensation Claims Assistant"]]],
  ['an example after the work, holding a role of its own', "- One year of experience in the field of heritage conservation, including applying the Secretary of the Interior's guidelines", [[1, 'field of heritage conservation']]],
  ['an example with no work before it is the work', '- 3 years of experience including accounts payable and receivable', [[3, 'accounts payable and receivable']]],
  ['a total whose parts are asked with their own years', '- 7 years of experience including 4 years as a civil engineer and 3 years as a site manager', [[7, 'relevant experience'], [4, 'civil engineer'], [3, 'site manager']]],
  ['a linking word left at the end by a cut', '- Four years of experience in a call center environment with at least 50 call agents', [[4, 'call center environment']]],
  ['the work in a list after the line, pointed at by "the following" without an article', '- A minimum of 4 years experience in the following:\n- payroll', [[4, 'relevant experience']]],
  ['a wish after the setting', '- A minimum of 18 months experience in an urgent care setting is desirable', [[1.5, 'urgent care setting']]],
  ['the post sought, its years after it', '- We are seeking a motivated Dental Nurse with a minimum of 2 years\' experience to join us.', [[2, 'Dental Nurse']]],
  ['the posts sought, plural, a rank of the trade', '- Prep cooks with 1 year+ experience.', [[1, 'Prep cooks']]],
  ['a word describing the person is no part of the post', '- Looking for a hardworking, friendly Bartender with at least 2 yrs experience.', [[2, 'Bartender']]],
  ['whoever holds a post names no work', '- Candidates with 3 years of experience.', [[3, 'relevant experience']]],
  ['a wish closing the work', '- Two years of experience as a college lecturer is an added advantage', [[2, 'college lecturer']]],
  ['a wish closing the work, "serve as"', '- A further 3 years in food safety will serve as an added advantage', [[3, 'food safety']]],
  ['what the role is said to do as well', '- 3 years as a Veterinarian to ensure expert animal care', [[3, 'Veterinarian']]],
  ['a setting of two words after the work', '- 2 years of kitchen experience in a high volume environment', [[2, 'kitchen experience']]],
  ['a stage of a career names no work', '- 6 months post registration experience', [[0.5, 'relevant experience']]],
  ['a stage of a career before the work', '- A minimum of 6 months post registration NHS work experience', [[0.5, 'NHS work experience']]],
  ['the work in another sentence is not this one\'s', '- You will show the initiative to work autonomously. A minimum of six months post qualification experience is essential.', [[0.5, 'relevant experience']]],
  ['the work named before "experience" when the linking word after it leads to other years', '- A minimum of four (4) years administrative experience with two (2) years in elections required', [[4, 'administrative experience'], [2, 'elections']]],
  ['the work named before "experience" when a window follows it', '- At least 6 months NHS experience in the last three years', [[0.5, 'NHS experience']]],
  ['a window of time after the years names no work', '- A minimum of 6 months experience in the last 2 years', [[0.5, 'relevant experience']]],
  ['a window of time after the work is no part of it', '- Have a minimum of 6 months experience in a similar role held within the last 2 years', [[0.5, 'relevant experience']]],
  ['a pay band at its level, the setting and the window after it cut', '- A minimum of 6 months paid experience at Band 5 level in an acute hospital environment within the last 2 years', [[0.5, 'Band 5 level']]],
  ['training offered in place of the experience names no work', '- 9 months of related experience or training', [[0.75, 'relevant experience']]],
  ['equivalent education offered in place of the experience names no work', '- 2 years of experience or equivalent education', [[2, 'relevant experience']]],
];

for (const [name, line, expected] of SUBJECT_TABLE) {
  test(`job requirements: the work years are of: ${name}`, () => {
    const doc = parseDocument(`# Cook\n\n## Requirements\n\n${line}\n`, { kind: 'job' });
    assert.deepEqual(extractRequirements(doc, lexicon).map((r) => [r.years, r.subject]), expected);
  });
}

// one row per way a posting writes a path that asks for no years before one that does: the path as written
const PATH_WITHOUT_YEARS_TABLE: Array<[string, string, Array<string | undefined>]> = [
  ['an apprenticeship, or years of the trade', '1. Completion of a recognized apprenticeship as a machinist; or\n2. Six years of full-time paid experience performing machine shop work.', ['Completion of a recognized apprenticeship as a machinist']],
  ['a degree, or years, in one sentence', 'Have a bachelor\'s degree in a child related field; OR have three months of experience in a child care program.', ['Have a bachelor\'s degree in a child related field']],
  ['a path with years of its own first', '1. A degree and two years of paid experience as an Accountant; or\n2. Six years of paid experience as an Accountant.', [undefined, undefined]],
  ['years with no other path', '- Five years of experience as a Registered Nurse.', [undefined]],
];

for (const [name, body, expected] of PATH_WITHOUT_YEARS_TABLE) {
  test(`a path without years before a requirement: ${name}`, () => {
    const doc = parseDocument(`## Minimum Qualifications\n\n${body}\n`, { kind: 'job' });
    assert.deepEqual(extractRequirements(doc).map((r) => r.otherPathWithoutYears), expected);
  });
}
