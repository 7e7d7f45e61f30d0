export const navItems = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/goals', label: 'Goals' },
  { href: '/weekly', label: 'Weekly update' },
  { href: '/career', label: 'Career' },
  { href: '/achievements', label: 'Achievements' },
  { href: '/review', label: 'Review' },
  { href: '/settings', label: 'Settings' },
] as const;
