/** Trajectory's logo mark, beside the name on the front page and the sign-in pages. */
export function TrajectoryMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
      <rect width="32" height="32" rx="8" className="fill-brand-700 dark:fill-brand-400" />
      <path
        d="M7 23 L14 16 L18 20 L25 10"
        fill="none"
        stroke="white"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
