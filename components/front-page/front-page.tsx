// What a signed-out visitor reads at `/`: what Trajectory is, a picture of the dashboard and the ways in.
// A server component only: the page adds no script beyond the root layout's.
import { InAppLink } from '@/components/ui/in-app-link';
import { buttonClasses } from '@/components/ui/button-classes';
import { TrajectoryMark } from '@/components/shell/trajectory-mark';
import { DashboardPicture } from './dashboard-picture';

const jobToCareer = [
  { dimension: 'Time horizon', job: 'This week’s tasks', career: 'Multi-year goals, with short goals that serve them' },
  {
    dimension: 'Learning',
    job: 'Optional, rarely continued',
    career: 'Courses, training hours and skill levels that rise',
  },
  {
    dimension: 'Credentials',
    job: 'Enough to get hired',
    career: 'Certifications kept valid for credibility and mobility',
  },
  {
    dimension: 'Advancement',
    job: 'Lateral moves by chance',
    career: 'Roles reached on purpose, pay tracked over time',
  },
  { dimension: 'Purpose', job: 'Earning an income', career: 'Mastery and values, rated every week' },
  { dimension: 'Next role', job: 'Whatever comes up', career: 'A target role, its gaps turned into goals' },
];

const rhythms = [
  {
    when: 'Every week, two minutes',
    what: 'Update each active goal, and rate how aligned the week was with what you are working toward.',
  },
  {
    when: 'When something happens',
    what: 'Record a new skill level, a course finished, a certification earned, a new role or a raise.',
  },
  {
    when: 'Once a year',
    what: 'Look back, write a summary and export a review for yourself, a manager or a mentor.',
  },
];

const sectionHeading = 'text-2xl font-bold tracking-tight';
const muted = 'text-slate-700 dark:text-slate-300';

export function FrontPage() {
  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-8">
          <p className="flex items-center gap-2 text-lg font-bold text-brand-800 dark:text-brand-300">
            <TrajectoryMark />
            Trajectory
          </p>
          <nav aria-label="Account">
            <ul className="flex items-center gap-2">
              <li>
                <InAppLink href="/sign-in" className={buttonClasses('secondary')}>
                  Sign in
                </InAppLink>
              </li>
              <li className="max-sm:hidden">
                <InAppLink href="/sign-up" className={buttonClasses('primary')}>
                  Sign up
                </InAppLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>

      <main id="main" className="mx-auto max-w-6xl space-y-16 px-4 py-10 sm:px-8 sm:py-16">
        <section aria-labelledby="intro-heading" className="grid items-center gap-10 lg:grid-cols-2">
          <div className="space-y-5">
            <h1 id="intro-heading" className="text-4xl font-bold tracking-tight sm:text-5xl">
              Turn the job you have into a career you chose
            </h1>
            <p className={`text-lg ${muted}`}>
              Trajectory is a private place to see where your working life is heading: your goals, weekly check-ins,
              skills, training, certifications and roles, and one index that shows whether the path looks more like a
              job or a career.
            </p>
            <div className="flex flex-wrap gap-3">
              <InAppLink href="/sign-up" className={buttonClasses('primary')}>
                Sign up, it is free
              </InAppLink>
              <InAppLink href="/sign-in" className={buttonClasses('secondary')}>
                Sign in
              </InAppLink>
            </div>
          </div>
          <DashboardPicture />
        </section>

        <section aria-labelledby="career-heading" className="space-y-6">
          <div className="max-w-2xl space-y-2">
            <h2 id="career-heading" className={sectionHeading}>
              From a job to a career
            </h2>
            <p className={muted}>
              A job pays the bills; a career has direction. Trajectory turns what you record into signals along that
              line, and the trajectory index (0 is a job, 100 a career) adds them up month by month. It is a mirror of
              your own record, not a judgement, and every factor’s share is shown.
            </p>
          </div>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {jobToCareer.map((row) => (
              <li
                key={row.dimension}
                className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
              >
                <h3 className="font-semibold">{row.dimension}</h3>
                <dl className="mt-2 space-y-1 text-sm">
                  <div>
                    <dt className="inline font-medium text-slate-600 dark:text-slate-400">As a job: </dt>
                    <dd className="inline">{row.job}</dd>
                  </div>
                  <div>
                    <dt className="inline font-medium text-brand-800 dark:text-brand-300">As a career: </dt>
                    <dd className="inline">{row.career}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="rhythm-heading" className="space-y-6">
          <h2 id="rhythm-heading" className={sectionHeading}>
            A rhythm that fits a busy week
          </h2>
          <ol className="grid gap-4 md:grid-cols-3">
            {rhythms.map((rhythm) => (
              <li
                key={rhythm.when}
                className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
              >
                <h3 className="font-semibold">{rhythm.when}</h3>
                <p className={`mt-1 text-sm ${muted}`}>{rhythm.what}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="privacy-heading" className="max-w-2xl space-y-3">
          <h2 id="privacy-heading" className={sectionHeading}>
            Your data stays yours
          </h2>
          <ul className={`list-disc space-y-1 pl-5 ${muted}`}>
            <li>One person, one account: nobody else sees your record, and nothing is shared or sold.</li>
            <li>Export everything as one JSON file at any time, and bring it back into another account.</li>
            <li>Pay stays private: it leaves a review or CV only when you tick it for that download.</li>
            <li>Deleting your account deletes all of its data.</li>
          </ul>
        </section>

        <section
          aria-labelledby="start-heading"
          className="space-y-4 rounded-2xl border border-brand-300 bg-brand-50 p-6 dark:border-brand-800 dark:bg-slate-900"
        >
          <h2 id="start-heading" className={sectionHeading}>
            Start with one goal
          </h2>
          <p className={muted}>Add a long-term goal and your current role; the index starts from that month.</p>
          <div className="flex flex-wrap gap-3">
            <InAppLink href="/sign-up" className={buttonClasses('primary')}>
              Create your account
            </InAppLink>
            <InAppLink href="/sign-in" className={buttonClasses('secondary')}>
              I have an account
            </InAppLink>
          </div>
        </section>
      </main>

      <footer className="border-t border-slate-200 dark:border-slate-800">
        <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600 sm:px-8 dark:text-slate-400">
          Trajectory: a private tool for turning a job into a career.
        </p>
      </footer>
    </div>
  );
}
