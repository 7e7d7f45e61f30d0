export const navItems = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/goals', label: 'Goals' },
  { href: '/weekly', label: 'Weekly update' },
  { href: '/career', label: 'Career' },
  { href: '/review', label: 'Review' },
  { href: '/settings', label: 'Settings' },
] as const;
