/**
 * The words a sample organisation is dressed in: departments, team names, job titles and sites.
 * They read like a large local authority, the organisations nodefinder was first built for.
 */

/** Department names in the order they are used; larger organisations number further rounds. */
export const DEPARTMENT_NAMES: readonly string[] = [
  'Corporate Services', 'Housing', 'Finance', 'Adult Social Care', "Children's Services", 'Education', 'Public Health',
  'Planning', 'Highways', 'Waste and Recycling', 'Libraries', 'Parks and Open Spaces', 'Legal Services',
  'Human Resources', 'IT and Digital', 'Revenues and Benefits', 'Environmental Health', 'Trading Standards',
  'Culture and Leisure', 'Communications', 'Democratic Services', 'Procurement', 'Property and Estates', 'Transport',
  'Economic Development', 'Regeneration', 'Customer Services', 'Emergency Planning', 'Licensing', 'Building Control',
  'Audit and Risk', 'Community Safety', 'Registration Services', 'Youth Services', 'Adult Learning', 'Sustainability',
  'Strategy and Performance', 'Bereavement Services',
];

/** The name of the `index`-th department: "Housing", later "Housing 2", "Housing 3", … */
export function departmentName(index: number): string {
  const base = DEPARTMENT_NAMES[index % DEPARTMENT_NAMES.length];
  const round = Math.floor(index / DEPARTMENT_NAMES.length);
  return round === 0 ? base : `${base} ${round + 1}`;
}

/**
 * What follows the department's name in a team's name ("Housing Casework"). There are more
 * than the largest number of teams a department can have, so names are unique within it.
 */
export const TEAM_SUFFIXES: readonly string[] = [
  'Operations', 'Strategy', 'Business Support', 'Casework', 'Projects', 'Commissioning', 'Quality Assurance',
  'Performance', 'Systems', 'Partnerships', 'Service Desk', 'Compliance', 'Assessment', 'Development', 'North',
  'South', 'East', 'West', 'Central', 'Intake', 'Reviews', 'Programmes', 'Engagement', 'Contracts',
];

/** The title of the department head who also leads the whole organisation. */
export const CHIEF_EXECUTIVE_TITLE = 'Chief Executive';
/** The title of every other department head. */
export const DIRECTOR_TITLE = 'Director';
/** The title of a team lead. */
export const TEAM_LEAD_TITLES: readonly string[] = ['Team Manager', 'Team Leader', 'Service Manager'];

/** Titles of team members; each team draws a few of these as its own trades. */
export const JOB_TITLES: readonly string[] = [
  'Officer', 'Senior Officer', 'Principal Officer', 'Assistant', 'Administrator', 'Business Support Officer',
  'Analyst', 'Senior Analyst', 'Data Analyst', 'Caseworker', 'Social Worker', 'Senior Social Worker',
  'Occupational Therapist', 'Support Worker', 'Care Coordinator', 'Accountant', 'Finance Officer', 'Project Manager',
  'Project Officer', 'Programme Manager', 'Policy Officer', 'Planning Officer', 'Surveyor', 'Engineer', 'Technician',
  'Inspector', 'Adviser', 'Customer Service Adviser', 'Solicitor', 'Paralegal', 'HR Adviser', 'Developer',
  'Systems Administrator', 'Communications Officer', 'Librarian', 'Environmental Health Officer', 'Coordinator',
  'Specialist', 'Apprentice', 'Trainee',
];

/** Sites people work from, with the relative share of teams based at each. */
export const SITES: readonly { readonly name: string; readonly weight: number }[] = [
  { name: 'Town Hall', weight: 5 },
  { name: 'Civic Centre', weight: 6 },
  { name: 'Riverside House', weight: 4 },
  { name: 'Northgate Depot', weight: 2 },
  { name: 'Market Street Hub', weight: 3 },
  { name: 'Eastfield Offices', weight: 3 },
  { name: 'Home-based', weight: 1 },
];
