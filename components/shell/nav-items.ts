// The main navigation. An item `under` another is a part of that section, shown indented below it, so the
// menu stays one short list on a phone.
export const navItems: readonly { href: string; label: string; under?: string }[] = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/goals', label: 'Goals' },
  { href: '/weekly', label: 'Weekly update' },
  { href: '/career', label: 'Career' },
  { href: '/career/feedback', label: 'Feedback', under: '/career' },
  { href: '/career/people', label: 'People', under: '/career' },
  { href: '/next-role', label: 'Next role' },
  { href: '/achievements', label: 'Achievements' },
  { href: '/review', label: 'Review' },
  { href: '/settings', label: 'Settings' },
];

/** The item of the page at `pathname`: the one with the longest address that the path is at or under. */
export function currentNavHref(pathname: string): string | undefined {
  return navItems
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
