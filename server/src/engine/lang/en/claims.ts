// English words that make a phrase a claim about facts (a licence, an employer, a date, a job
// title) or a posting's offer (a benefit) rather than a skill. Used by the edit guards: a fix may
// only add a skill, and only one the resume supports.

/** Words that make a phrase a licence, certification or degree claim ("RN license", "board certified", "BSN degree"). */
export const LICENCE_WORDS = new Set([
  'degree', 'degrees', 'bachelor', "bachelor's", 'bachelors', 'master', "master's", 'masters', 'diploma', 'phd',
  'doctorate', 'mba', 'bsn', 'msn', 'ged', 'gce', 'gcse', 'gcses', 'nvq', 'hnd', 'qualification', 'qualifications', 'qualified',
  'licence', 'licences', 'license', 'licenses', 'licensed', 'licensure', 'certification', 'certifications',
  'certificate', 'certificates', 'certified', 'registration', 'registered', 'accreditation', 'accredited',
  'chartered', 'permit', 'clearance', 'credential', 'credentials',
]);

/** Words of a posting's offer, never something a candidate has. */
export const BENEFIT_WORDS = new Set([
  'salary', 'pay', 'paid', 'retirement', 'bonus', 'bonuses', 'insurance', 'dental', 'vision', 'pension', '401k', 'pto', 'vacation',
  'holidays', 'holiday', 'leave', 'benefits', 'benefit', 'perks', 'stipend', 'reimbursement', 'equity',
  'stock', 'discount', 'discounts', 'wellness', 'gym', 'compensation', 'allowance', 'relocation',
]);

/** Words of a condition of employment, which a candidate meets rather than has as a skill. */
export const CONDITION_WORDS = new Set([
  'background', 'screen', 'screening', 'drug', 'transportation', 'citizenship', 'citizen', 'visa', 'sponsorship',
  'relocate', 'travel', 'shifts', 'weekends', 'overtime', 'lift', 'lbs', 'pounds', 'full-time', 'part-time',
  'fulltime', 'permanent', 'temporary', 'hours',
]);

/** Endings of a lone adjective or adverb ("timely", "respectful"): a word cut out of a sentence, no skill's name. */
export const MODIFIER_ENDINGS = ['ely', 'ally', 'ful', 'ous', 'ive', 'able', 'ible', 'onal'];

/** Last words of an organisation's name ("Mercy Medical Center", "Acme Inc"). */
export const ORGANISATION_WORDS = new Set([
  'inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'company', 'co', 'plc', 'gmbh', 'group', 'hospital',
  'hospitals', 'clinic', 'university', 'college', 'school', 'institute', 'foundation', 'association',
  'society', 'agency', 'department', 'ministry', 'council', 'bank', 'partners', 'holdings',
  'center', 'centre', 'authority', 'board', 'nhs',
]);

/** Head nouns of job titles ("Registered Nurse", "Engineering Manager"). */
export const TITLE_WORDS = new Set([
  'nurse', 'manager', 'director', 'engineer', 'developer', 'analyst', 'specialist', 'coordinator',
  'assistant', 'officer', 'technician', 'consultant', 'designer', 'supervisor', 'administrator',
  'scientist', 'architect', 'accountant', 'therapist', 'physician', 'teacher', 'lecturer', 'professor',
  'president', 'vp', 'ceo', 'cto', 'cfo', 'intern', 'associate', 'executive', 'representative', 'clerk',
  'secretary', 'receptionist', 'lead', 'head', 'chief', 'practitioner', 'pharmacist', 'surgeon',
  'paramedic', 'counselor', 'counsellor', 'attorney', 'lawyer', 'paralegal', 'auditor', 'recruiter',
]);

export const MONTH_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words a skill name never starts or ends with: a phrase that does is cut out of a sentence. */
export const DANGLING_WORDS = new Set([
  'and', 'or', 'of', 'with', 'to', 'the', 'a', 'an', 'in', 'for', 'on', 'at', 'by', 'as', 'from', 'into',
  'including', 'such', 'etc', 'e.g', 'i.e', 'is', 'are', 'be', 'will', 'must', 'should', 'can', 'you', 'we',
  'our', 'your', 'their', 'who', 'which', 'that', 'able', 'ability', 'all', 'any', 'some', 'please', 'note',
  'notes', 'what', 'have', 'has',
]);

/** Words of a requirement sentence rather than a name ("must have", "minimum", "years"). */
export const REQUIREMENT_WORDS = new Set([
  'must', 'required', 'requirement', 'minimum', 'preferred', 'years', 'year', 'months', 'current', 'valid',
  'unrestricted', 'active', 'eligible', 'eligibility', 'ability', 'able', 'willing', 'willingness', 'criteria',
  'essential', 'desirable',
]);

/**
 * Words before a skill that make its sentence a wish, not a record ("looking to grow into
 * critical care", "eager to learn Kubernetes"): such a mention is no evidence the person has it.
 */
export const ASPIRATION_CUE = /\b(?:looking to|seeking|hop(?:e|ing) to|eager to|keen to|want(?:s|ing)? to|would like to|aspir\w*|interested in|plan(?:s|ning)? to|aim(?:s|ing)? to|goal\w*|learning|to learn|to grow|grow into|transition into|move into|currently studying|studying for|working towards?)\b/i;
