// The document's role title, one table per class of where a title is written. Invented fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../src/engine/document/parse.js';
import { documentTitle, titleIn } from '../src/engine/document/title.js';
import { readsAsTitle, TitleLexicon } from '../src/engine/experience/lexicon.js';

const lexicon = TitleLexicon.load('models');
const jobTitle = (text: string) => { const doc = parseDocument(text, { kind: 'job' }); return documentTitle(doc, doc.title, lexicon); };

test('titles in a phrase: a title with a short tail after it, "X in Y" whole, never a schedule, a place or a single loose word', () => {
  const rows: Array<[string, string | undefined]> = [
    ['Special Education Teacher - FreshSTART', 'Special Education Teacher'],
    ['Senior Clinical Pharmacist in Oncology', 'Senior Clinical Pharmacist in Oncology'],
    ['The Quality Assurance Manager', 'Quality Assurance Manager'],
    ['SENIOR ACCOUNTANT', 'Senior Accountant'],
    ['HR GENERALIST', 'HR Generalist'],
    ['SR. FINANCE MANAGER', 'Sr. Finance Manager'],
    ['ASST. STORE MANAGER', 'Asst. Store Manager'],
    ['R.N. CASE MANAGER', 'R.N. Case Manager'],
    ['PAYROLL CLERK/ ADMINISTRATION', 'Payroll Clerk'],
    ['Sales Associate /', 'Sales Associate'],
    ['Monday through Friday 8:00 am to 4:30 pm', undefined],
    ['Austin, TX 78701', undefined],
    ['About Me', undefined],
    ['Professional', undefined],
    ['Requirements', undefined],
  ];
  for (const [phrase, expected] of rows) assert.equal(titleIn(phrase, lexicon), expected, phrase);
});

test('titles in a phrase: the field after a rank ("Director of Finance") is the title\'s most telling part; a place, an employer or a dangling word after it is not', () => {
  const rows: Array<[string, string | undefined]> = [
    ['Director of Finance', 'Director of Finance'],
    ['DIRECTOR OF NURSING', 'Director of Nursing'],
    ['Deputy Director of Elections', 'Deputy Director of Elections'],
    ['Director of Sales and Marketing', 'Director of Sales and Marketing'],
    ['Consultant in Gastroenterology', 'Consultant in Gastroenterology'],
    ['Director of Finance - Northern Region', 'Director of Finance'],
    ['Director of Communications, Lakeside County', 'Director of Communications'],
    ['Staff Nurse in London', 'Staff Nurse'],
    ['Secretary of State’s Office', 'Secretary'],
    ['Teacher of English and', 'Teacher'],
  ];
  for (const [phrase, expected] of rows) assert.equal(titleIn(phrase, lexicon), expected, phrase);
});

test('a posting\'s title where postings write it: a heading, a labelled line, a hiring sentence, a leading "Title, Employer —"', () => {
  assert.equal(jobTitle('## Waiting List Co-ordinator\n\nYou will manage the waiting list.'), 'Waiting List Co-ordinator');
  assert.equal(jobTitle('Acme Clinic\n\nWorking Title: Dental Hygienist\n\nWe care for teeth.'), 'Dental Hygienist');
  assert.equal(jobTitle('We are now hiring a Lead Preschool Teacher for our lovely school in Denver.\n\nBenefits include tuition.'), 'Lead Preschool Teacher');
  assert.equal(jobTitle('Finance Coordinator, Sarasota County, Florida — The coordinator manages budgets.'), 'Finance Coordinator');
  assert.equal(jobTitle('---\ntitle: Night Porter\n---\nCarry bags.'), 'Night Porter', 'front matter wins');
});

test('a posting\'s title a rank word ends ("Team Lead", "Department Head"), on its first line; a rank word alone is no title', () => {
  assert.equal(jobTitle('Business Development Lead\n\nThe Business Development team supports new business opportunities.'), 'Business Development Lead');
  assert.equal(jobTitle('Department Head\n\nYou will run the department.'), 'Department Head');
  assert.equal(jobTitle('Lead\n\nYou will run the department.'), undefined);
});

test('a posting\'s title after "the role of" in its opening prose', () => {
  assert.equal(jobTitle('The Trust is seeking to appoint a highly motivated and knowledgeable individual to the role of Systems Accountant within the Financial Directorate.'), 'Systems Accountant');
});

// Boards that list postings as one paragraph ("Title, Employer, Place — duties ...") write the title
// first; the zone model may read the paragraph as duties, which name other roles the post reports to.
const jobTitleReadAsDuties = (text: string) => {
  const doc = parseDocument(text, { kind: 'job' });
  for (const b of doc.blocks) b.zone = 'responsibilities';
  return documentTitle(doc, doc.title, lexicon);
};
test('a one-paragraph posting opening with its title: that title, not a role its duties name, in whatever zone the paragraph reads', () => {
  const rows: Array<[string, string]> = [
    ['Voter Outreach Coordinator, Pine County, Oregon — performs journey-level work assisting the County Recorder with plans, organization, coordination and activities of all election and voter registration duties to ensure compliance with state law.', 'Voter Outreach Coordinator'],
    ['Chief Budget Officer, State Board of Elections— Under the general supervision of the Director of Administrative Services formulates, interprets, controls and administers policies regarding all fiscal programs. Provides technical assistance to staff.', 'Chief Budget Officer'],
  ];
  for (const [text, expected] of rows) {
    assert.equal(jobTitle(text), expected, text);
    assert.equal(jobTitleReadAsDuties(text), expected, `${text} (read as duties)`);
  }
});

test('a parenthesis after a leading title qualifies the role and is no part of its name', () => {
  const rows: Array<[string, string]> = [
    ['High School Teacher (Spanish) for Lakeside Charter School to work at our Dayton site. Grade work and write progress reports.', 'High School Teacher'],
    ['Elections Specialist (Tagalog), Bay County, Washington— This is a term-limited position supporting multilingual voters.', 'Elections Specialist'],
    ['Research Analyst (Junior Analyst), Civic Data Project — under general supervision of the Director, the analyst compiles data.', 'Research Analyst'],
  ];
  for (const [text, expected] of rows) assert.equal(jobTitle(text), expected, text);
});

test('a posting that names no role gets no title rather than its employer, address or hours', () => {
  assert.equal(jobTitle('Harbor Grill, 12 Dock Street\n\nMonday thru Thursday 5:30am-11am\n\nCome work with us!'), undefined);
});

test('titles in a phrase: a tail after a comma or dash, a capitalised line\'s unit and place, a label without its colon, never a credential named after a role', () => {
  const rows: Array<[string, string | undefined]> = [
    ['Pre-assessment Nurse, Full time - Band 5', 'Pre-assessment Nurse'],
    ['Working Title Welding Adjunct Instructor', 'Welding Adjunct Instructor'],
    ['Description: Registered Nurse', 'Registered Nurse'],
    // a line all in capitalised words goes on to the unit and place
    ['Staff Nurse Acute Cardiac Unit Rivermead Hospital, Boston', 'Staff Nurse'],
    ['Staff Nurse working on the acute cardiac unit of Rivermead Hospital', undefined],
    ["Food Handler's Certification and TABC", undefined],
    ['Texas Food Handlers Card', undefined],
  ];
  for (const [phrase, expected] of rows) assert.equal(titleIn(phrase, lexicon), expected, phrase);
});

test('a posting\'s title named in its opening prose with an article, never from its employer line or its requirements', () => {
  assert.equal(jobTitle('Class Code: 7256\n\nANNUAL SALARY\n\n$105,005 to $153,509\n\nDUTIES\n\nAn Airport Engineer performs professional engineering work on landside facilities.'), 'Airport Engineer');
  assert.equal(jobTitle('Advert for Critical Care Rehabilitation Coordinator\n\nJoin our unit.'), 'Critical Care Rehabilitation Coordinator');
  assert.equal(jobTitle('An exciting opportunity has arisen within the Operations team for a motivated and enthusiastic IT Technician to join the team.'), 'IT Technician');
  // asides, pay grades and head counts between the article and the role
  assert.equal(jobTitle('Our clinic is recruiting for a part-time (16 hrs/week) Finance Officer to join the practice.'), 'Finance Officer');
  assert.equal(jobTitle('The team now has room for a full time Band 3 Administration Support Worker on a temporary contract.'), 'Administration Support Worker');
  assert.equal(jobTitle('The network wants to recruit 1 x full time Health and Wellbeing Coach to work across three surgeries.'), 'Health and Wellbeing Coach');
  // the hours of several posts, and a plural that takes "-es"
  assert.equal(jobTitle('We are looking to recruit several 1 x full time, and 1 x part time (24 hours) Health and Wellbeing Coaches who will work across three surgeries.'), 'Health and Wellbeing Coach');
  assert.equal(jobTitle('The surgery is hiring a Full Time/Part-Time Practice Nurse for its new clinic.'), 'Practice Nurse');
  assert.equal(jobTitle('The hospital invites applications for the post of Consultant Anaesthetist with an interest in day surgery.'), 'Consultant Anaesthetist');
  assert.equal(jobTitle('Our trust has opportunities for keen and hard-working, Assistant Finance Managers to support the finance team.'), 'Assistant Finance Manager');
  assert.equal(jobTitle('Harbor Grill Hotel, 12 Dock Street, Austin\n\nGreat tips and a fun crew.\n\n## Requirements\n\n- Team Player\n- Valid Food Handler card'), undefined);
});

test('a resume\'s title: its header line under the name, else its current role, never a placeholder', () => {
  const resume = parseDocument('Jane Roe\n\nSTAFF NURSE\n\n## Experience\n\nNurse, Mercy Hospital 2019 - 2021', { kind: 'resume' });
  assert.equal(documentTitle(resume, undefined, lexicon), 'Staff Nurse');
  const noHeader = parseDocument('Jane Roe\n\n## Experience\n\nplain words here', { kind: 'resume' });
  assert.equal(documentTitle(noHeader, undefined, lexicon, [{ title: 'Untitled role' } as never]), undefined);
});

test('a role written in lower case after a hiring phrase: the describing words dropped, a plural made singular, never a person or a need', () => {
  const rows: Array<[string, string | undefined]> = [
    ['Harbor Grill, 12 Dock Street\n\nLooking for 3 experienced line cooks-2 breakfast shifts.', 'Line Cook'],
    ['Harbor Grill, 12 Dock Street\n\nWe are seeking to recruit a ward clerk to join our busy team.', 'Ward Clerk'],
    ['Harbor Grill, 12 Dock Street\n\nWe are looking for a part time bartender and a full time server.', 'Bartender'],
    ['Rivermead Hospital\n\nAre you an experienced CAMHS Mental Health Practitioner looking for a change?', 'CAMHS Mental Health Practitioner'],
    ['Rivermead Hospital\n\nThe unit is recruiting band 5 staff nurses to join the ward.', 'Staff Nurse'],
    ['Harbor Grill, 12 Dock Street\n\nOur pizza trailer needs a part-time cook for two shifts a week.', 'Cook'],
    ['Harbor Grill, 12 Dock Street\n\nLooking for talented and responsible cooks for our food trailer.', 'Cook'],
    ['Harbor Grill, 12 Dock Street\n\nWe are looking for energetic, passionate servers to join the floor.', 'Server'],
    ['Rivermead Hospital\n\nIf you are an experienced Psychologist looking for a rewarding job, join the team.', 'Psychologist'],
    ['Rivermead Hospital\n\nWe are looking for a person who loves people.', undefined],
    ['Rivermead Hospital\n\nThe team meets the needs of the person at every visit.', undefined],
  ];
  for (const [text, expected] of rows) assert.equal(jobTitle(text), expected, text);
});

test('titles with a pay grade or hours: the grade is not part of the role', () => {
  const rows: Array<[string, string | undefined]> = [
    ['Band 6 Theatre Scrub Practitioner', 'Theatre Scrub Practitioner'],
    ['Band 5 Occupational Therapist', 'Occupational Therapist'],
    ['Surveillance Support Worker – Band 3', 'Surveillance Support Worker'],
    ['Counselling Psychologist 1.0 wte.', 'Counselling Psychologist'],
    ['Grade 4 Ward Clerk', 'Ward Clerk'],
    ['Bank Band 3 Healthcare Assistant', 'Bank Healthcare Assistant'],
  ];
  for (const [phrase, expected] of rows) assert.equal(titleIn(phrase, lexicon), expected, phrase);
});

test('title heads real postings use that O*NET lacks, and plurals of heads read as the role', () => {
  const rows: Array<[string, string | undefined]> = [
    ['Senior Physiotherapist', 'Senior Physiotherapist'],
    ['Consultant Paediatrician', 'Consultant Paediatrician'],
    ['Experienced Servers', 'Experienced Server'],
    ['Community Carer', 'Community Carer'],
    // a posting hiring several names one role
    ['Registered Nurses', 'Registered Nurse'],
    ['Health Care Assistants', 'Health Care Assistant'],
  ];
  for (const [phrase, expected] of rows) assert.equal(titleIn(phrase, lexicon), expected, phrase);
});

// Class: a rank word that heads a title ("Team Lead", "Head of Finance") where the title table
// counts it mostly as a qualifier ("Lead Cook", "Head Chef")
test('a title headed by a rank word reads as a title where the word ends it or comes before its "of"', () => {
  const table = TitleLexicon.fromJson({ format: 'hrdocs-title-lexicon/1', words: { lead: [2, 40], head: [1, 30], cook: [30, 31], team: [0, 20], sales: [0, 50], of: [0, 90], finance: [0, 10] } });
  const cases: Array<[string, boolean]> = [
    ['Customer Service Team Lead', true],
    ['Sales Lead', true],
    ['Head of Accounts and Finance', true],
    ['Head of the Guidance Department', true],
    ['Lead Cook', true],
    // a rank word that qualifies the words after it, or sits inside a sentence, heads nothing
    ['Lead management team', false],
    ['Was the Hubble mission lead on the outreach project for', false],
    ['Head General', false],
    ['Sales', false],
  ];
  for (const [title, reads] of cases) assert.equal(readsAsTitle(title, table), reads, title);
});

test('the title table names support posts by their head word: clerical, serving, cleaning and driving work, not the trades or professions beside them', () => {
  for (const w of ['secretary', 'receptionist', 'cook', 'teller', 'cashier', 'waitress', 'housekeeper', 'secretaries', 'cooks']) assert.equal(lexicon.namesSupportPost(w), true, w);
  // chefs and head cooks are supervisors; technicians, nurses and administrators need preparation; an assistant is a helper by its own word
  for (const w of ['chef', 'technician', 'nurse', 'administrator', 'assistant', 'accountant', 'electrician', 'pilot', 'specialist', 'unheardofword']) assert.equal(lexicon.namesSupportPost(w), false, w);
});
