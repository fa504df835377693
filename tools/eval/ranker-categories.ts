// The real-resume corpora's categories as graph occupations (titles the graph knows exactly),
// for the occupation ranker's training targets (tools/scripts/dump-ranker-data.ts), and the
// evaluation pool the 20-resume check draws from (tools/eval/ranker-real.ts), which training skips.
import { fnv1a } from '../../server/src/engine/models/hash.js';

/** A resume is in the evaluation pool (1 in 10, by a hash of its id): never trained on. */
export function inEvalPool(id: string): boolean {
  return fnv1a(`hrdocs-ranker-eval/${id}`) % 10 === 0;
}

/**
 * The resumes whose career paths the ranker is tuned on, never trained on (1 in 5 of the
 * training pool, by a hash of the id): where what the paths teach is read, and the pool the
 * suggestions of a retrained ranker are judged on.
 */
export function inPathTunePool(id: string): boolean {
  return !inEvalPool(id) && fnv1a(`hrdocs-ranker-paths/${id}`) % 5 === 0;
}

export const CATEGORY_TITLES: Record<string, string[]> = {
  // livecareer_resumes
  'accountant': ['accountant', 'Accountants and Auditors', 'accounting assistant'],
  'advocate': ['lawyer', 'Lawyers', 'customer service representative', 'social worker'],
  'agriculture': ['Farmers, Ranchers, and Other Agricultural Managers', 'agricultural technician', 'farm manager'],
  'apparel': ['fashion designer', 'Fashion Designers', 'Retail Salespersons'],
  'arts': ['Art Directors', 'artist', 'graphic designer', 'Fine Artists, Including Painters, Sculptors, and Illustrators'],
  'automobile': ['Automotive Service Technicians and Mechanics', 'motor vehicle mechanic'],
  'aviation': ['aircraft maintenance technician', 'Aircraft Mechanics and Service Technicians', 'Airline Pilots, Copilots, and Flight Engineers'],
  'banking': ['bank teller', 'Tellers', 'Loan Officers', 'bank account manager'],
  'bpo': ['call centre agent', 'Customer Service Representatives'],
  'business-development': ['business development manager', 'Sales Managers', 'sales account manager'],
  'chef': ['chef', 'Chefs and Head Cooks', 'cook', 'Cooks, Restaurant'],
  'construction': ['Construction Managers', 'construction manager', 'Construction Laborers', 'Cost Estimators'],
  'consultant': ['Management Analysts', 'business consultant'],
  'designer': ['graphic designer', 'Graphic Designers', 'interior designer', 'Interior Designers'],
  'digital-media': ['digital marketing manager', 'Marketing Managers', 'Producers and Directors', 'Graphic Designers'],
  'engineering': ['Mechanical Engineers', 'Electrical Engineers', 'Industrial Engineers', 'engineering technician'],
  'finance': ['Financial and Investment Analysts', 'financial analyst', 'Financial Managers'],
  'fitness': ['Exercise Trainers and Group Fitness Instructors', 'fitness instructor', 'personal trainer'],
  'healthcare': ['Registered Nurses', 'Medical Assistants', 'Medical and Health Services Managers'],
  'hr': ['human resources manager', 'Human Resources Specialists', 'Human Resources Managers', 'human resources officer'],
  'information-technology': ['Computer User Support Specialists', 'Network and Computer Systems Administrators', 'Computer Systems Analysts', 'ict help desk agent'],
  'public-relations': ['public relations manager', 'Public Relations Specialists', 'Public Relations Managers'],
  'sales': ['Sales Representatives, Wholesale and Manufacturing, Except Technical and Scientific Products', 'sales manager', 'Retail Salespersons', 'Sales Managers'],
  'teacher': ['Elementary School Teachers, Except Special Education', 'Secondary School Teachers, Except Special and Career/Technical Education', 'teacher', 'primary school teacher'],
  // kaggle_updated_resume_dataset
  'Java Developer': ['java developer', 'Software Developers', 'software developer'],
  'Database': ['Database Administrators', 'database administrator', 'Database Architects'],
  'Data Science': ['Data Scientists', 'data scientist'],
  'Advocate': ['lawyer', 'Lawyers'],
  'Automation Testing': ['Software Quality Assurance Analysts and Testers', 'ict test analyst'],
  'DevOps Engineer': ['devops engineer', 'Network and Computer Systems Administrators', 'Software Developers'],
  'Hadoop': ['Data Scientists', 'Database Architects', 'big data engineer'],
  'DotNet Developer': ['Software Developers', 'software developer'],
  'Testing': ['Software Quality Assurance Analysts and Testers', 'ICT system tester'],
  'Arts': ['artist', 'Fine Artists, Including Painters, Sculptors, and Illustrators'],
  'Business Analyst': ['business analyst', 'Management Analysts'],
  'SAP Developer': ['SAP Functional Consultants', 'Software Developers', 'Computer Systems Analysts'],
  'Python Developer': ['python developer', 'Software Developers'],
  'HR': ['human resources manager', 'Human Resources Specialists', 'human resources officer'],
  'Health and fitness': ['Exercise Trainers and Group Fitness Instructors', 'fitness instructor'],
  'Civil Engineer': ['civil engineer', 'Civil Engineers'],
  'Network Security Engineer': ['Information Security Analysts', 'network engineer', 'Computer Network Architects'],
  'ETL Developer': ['etl developer', 'Database Architects', 'data warehouse designer'],
  'Blockchain': ['blockchain developer', 'Software Developers'],
  'Web Designing': ['Web Developers', 'web designer', 'Web and Digital Interface Designers'],
  'Mechanical Engineer': ['mechanical engineer', 'Mechanical Engineers'],
  'Sales': ['sales manager', 'Sales Representatives, Wholesale and Manufacturing, Except Technical and Scientific Products'],
  'Electrical Engineering': ['electrical engineer', 'Electrical Engineers'],
  'Operations Manager': ['General and Operations Managers', 'operations manager'],
  'PMO': ['Project Management Specialists', 'project manager'],
};
