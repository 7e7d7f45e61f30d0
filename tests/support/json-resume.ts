import { validate } from '@jsonresume/schema';

/** The schema's complaints about a resume, as "property message" lines; empty when it is valid. */
export function jsonResumeProblems(resume: unknown): string[] {
  let problems: string[] = [];
  validate(resume, (errors) => {
    problems = (errors ?? []).map((error) => `${error.property} ${error.message}`);
  });
  return problems;
}
