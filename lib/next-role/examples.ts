// Example role profiles that ship with the app, written by us as starting points to copy and edit.
// They are typical expectations drawn from common job descriptions, not any employer's standard.
import type { RoleProfileInput } from './profile-schema';

export type ExampleProfile = { slug: string; profile: RoleProfileInput };

export const exampleProfiles: ExampleProfile[] = [
  {
    slug: 'team-lead-customer-support',
    profile: {
      title: 'Team lead',
      level: 'Customer support',
      summary: 'Leads a team of support agents: coaches them, keeps service levels, and improves how the team works.',
      requirements: [
        { type: 'skill', skill: 'Coaching', skillKind: 'soft', level: 3, weight: 3 },
        { type: 'skill', skill: 'Stakeholder communication', skillKind: 'soft', level: 3, weight: 2 },
        { type: 'skill', skill: 'Conflict resolution', skillKind: 'soft', level: 3, weight: 2 },
        { type: 'skill', skill: 'Excel', skillKind: 'technical', level: 3, weight: 1 },
        { type: 'certification', name: 'ITIL 4 Foundation', weight: 1 },
        { type: 'education', educationKind: 'workshop', field: 'coaching', weight: 1 },
        { type: 'experience', years: 2, roleIncludes: 'support', weight: 2 },
        { type: 'achievements', count: 2, withinYears: 2, tag: 'customer', weight: 1 },
        { type: 'expectation', text: 'Runs one-to-ones and gives useful feedback every week', weight: 2 },
      ],
    },
  },
  {
    slug: 'customer-experience-strategist',
    profile: {
      title: 'Customer experience strategist',
      level: 'Senior',
      summary: 'Shapes how customers are served across channels, from research and data to a plan the business funds.',
      requirements: [
        { type: 'skill', skill: 'Customer research', skillKind: 'technical', level: 4, weight: 3 },
        { type: 'skill', skill: 'Journey mapping', skillKind: 'technical', level: 4, weight: 2 },
        { type: 'skill', skill: 'Stakeholder communication', skillKind: 'soft', level: 4, weight: 3 },
        { type: 'skill', skill: 'Presenting', skillKind: 'soft', level: 4, weight: 2 },
        { type: 'certification', name: 'Certified Customer Experience Professional', weight: 1 },
        { type: 'learning_hours', field: 'customer experience', hours: 60, weight: 1 },
        { type: 'experience', years: 4, roleIncludes: '', weight: 2 },
        { type: 'achievements', count: 3, withinYears: 3, tag: 'customer', weight: 2 },
        { type: 'expectation', text: 'Turns customer insight into a business case leaders act on', weight: 2 },
      ],
    },
  },
  {
    slug: 'senior-data-analyst',
    profile: {
      title: 'Senior data analyst',
      level: 'Senior',
      summary:
        'Owns analyses from the question to the decision, builds the data models others use, and mentors analysts.',
      requirements: [
        { type: 'skill', skill: 'SQL', skillKind: 'technical', level: 4, weight: 3 },
        { type: 'skill', skill: 'Power BI', skillKind: 'technical', level: 4, weight: 2 },
        { type: 'skill', skill: 'Python', skillKind: 'technical', level: 3, weight: 2 },
        { type: 'skill', skill: 'Statistics', skillKind: 'technical', level: 3, weight: 2 },
        { type: 'skill', skill: 'Stakeholder communication', skillKind: 'soft', level: 4, weight: 2 },
        { type: 'certification', name: 'Power BI Data Analyst Associate', weight: 1 },
        { type: 'learning_hours', field: 'data', hours: 100, weight: 1 },
        { type: 'experience', years: 2, roleIncludes: 'analyst', weight: 2 },
        { type: 'achievements', count: 3, withinYears: 2, tag: 'data', weight: 2 },
        {
          type: 'expectation',
          text: 'Leads an analysis from the first question to the decision it informs',
          weight: 2,
        },
      ],
    },
  },
  {
    slug: 'engineering-manager',
    profile: {
      title: 'Engineering manager',
      level: '',
      summary: 'Leads a team of software engineers: hires and grows people, runs delivery, and partners with product.',
      requirements: [
        { type: 'skill', skill: 'Coaching', skillKind: 'soft', level: 4, weight: 3 },
        { type: 'skill', skill: 'Hiring', skillKind: 'soft', level: 3, weight: 2 },
        { type: 'skill', skill: 'Project planning', skillKind: 'technical', level: 3, weight: 2 },
        { type: 'skill', skill: 'System design', skillKind: 'technical', level: 4, weight: 2 },
        { type: 'skill', skill: 'Stakeholder communication', skillKind: 'soft', level: 4, weight: 2 },
        { type: 'experience', years: 5, roleIncludes: 'engineer', weight: 2 },
        { type: 'experience', years: 1, roleIncludes: 'lead', weight: 2 },
        { type: 'education', educationKind: 'course', field: 'management', weight: 1 },
        { type: 'achievements', count: 3, withinYears: 2, tag: 'leadership', weight: 2 },
        { type: 'expectation', text: 'Gives feedback that people act on, including the hard kind', weight: 2 },
      ],
    },
  },
  {
    slug: 'school-principal',
    profile: {
      title: 'School principal',
      level: '',
      summary: 'Leads a school: its teaching, its staff and its community, within the law and the budget.',
      requirements: [
        { type: 'skill', skill: 'Instructional leadership', skillKind: 'soft', level: 4, weight: 3 },
        { type: 'skill', skill: 'Budgeting', skillKind: 'technical', level: 3, weight: 2 },
        { type: 'skill', skill: 'Coaching', skillKind: 'soft', level: 4, weight: 2 },
        { type: 'skill', skill: 'Stakeholder communication', skillKind: 'soft', level: 4, weight: 2 },
        { type: 'education', educationKind: 'degree', field: 'education', weight: 2 },
        { type: 'certification', name: 'Principal certification', weight: 2 },
        { type: 'experience', years: 5, roleIncludes: 'teacher', weight: 2 },
        { type: 'experience', years: 2, roleIncludes: 'head', weight: 2 },
        { type: 'expectation', text: 'Leads staff through a change in how the school teaches', weight: 2 },
      ],
    },
  },
];
