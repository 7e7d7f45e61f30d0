'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState, useTransition, type MouseEvent, type ReactNode } from 'react';
import { isPlainClick } from '@/components/ui/in-app-link';
import { useHydrated } from '@/components/ui/use-hydrated';
import { currentNavHref, navItems } from './nav-items';

/**
 * The main links, followed by the router. The link whose page is on its way is marked: pages have no loading
 * skeleton (docs/performance.md, "Eighth round"). Plain links with one handler rather than `next/link`, whose
 * hooks, eleven times over, were about 1 % of every page's server time (docs/performance.md, item 74).
 */
function NavLinks({ weeklyDue }: { weeklyDue: boolean }) {
  const currentHref = currentNavHref(usePathname());
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const [followedHref, setFollowedHref] = useState<string | null>(null);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    const href = event.currentTarget.pathname;
    setFollowedHref(href);
    startNavigation(() => router.push(href));
  };
  return (
    <ul className="space-y-1">
      {navItems.map((item) => {
        const current = item.href === currentHref;
        return (
          <li key={item.href}>
            <a
              href={item.href}
              onClick={follow}
              aria-current={current ? 'page' : undefined}
              className="nav-link"
              data-under={item.under ? '' : undefined}
            >
              {item.label}
              {item.href === '/weekly' && weeklyDue && (
                <span className="nav-due">
                  Due<span className="sr-only"> this week</span>
                </span>
              )}
              {navigating && followedHref === item.href && <span className="nav-pending" aria-hidden="true" />}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

export function SidebarNav({ weeklyDue }: { weeklyDue: boolean }) {
  return (
    <nav aria-label="Main">
      <NavLinks weeklyDue={weeklyDue} />
    </nav>
  );
}

/** The phone menu: a button that discloses the navigation below the top bar. */
export function PhoneNav({ signOut, weeklyDue }: { signOut: ReactNode; weeklyDue: boolean }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(pathname);
  if (openedOn !== pathname) {
    // Following a link closes the menu.
    setOpenedOn(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return (
    <>
      <MenuButton open={open} weeklyDue={weeklyDue} onToggle={() => setOpen((value) => !value)} />
      <nav
        id="phone-menu"
        aria-label="Main"
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 border-b border-slate-200 bg-white px-4 pb-4 pt-2 shadow-lg dark:border-slate-800 dark:bg-slate-900"
      >
        {/* Drawn when opened: the page is not sent a second copy of the links that it shows only on demand. */}
        {open && (
          <>
            <NavLinks weeklyDue={weeklyDue} />
            <div className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-800">{signOut}</div>
          </>
        )}
      </nav>
    </>
  );
}

/**
 * The menu's toggle, disabled until the page can open the menu. Its own component so that the render which
 * enables it after hydration is the button's alone, not the menu's links as well.
 */
function MenuButton({ open, weeklyDue, onToggle }: { open: boolean; weeklyDue: boolean; onToggle: () => void }) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls="phone-menu"
      disabled={!hydrated}
      onClick={onToggle}
      className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3 text-sm font-semibold dark:border-slate-600"
    >
      <span aria-hidden="true">{open ? '✕' : '☰'}</span>
      Menu
      {weeklyDue && <span className="h-2 w-2 rounded-full bg-amber-500" aria-hidden="true" />}
    </button>
  );
}
