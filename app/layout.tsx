import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Trajectory', template: '%s · Trajectory' },
  description: 'Turn a job into a career: goals, weekly check-ins, skills, credentials and roles in one private place.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request so Next.js can stamp its scripts with the CSP nonce (lib/server/request-gate.ts).
  await headers();
  return (
    <html lang="en">
      <head>
        {/* Plain links to files in public/: the file convention (app/icon.svg) made Next.js resolve the icons
            on every request, about a fourteenth of a small page's work (docs/performance.md, item 56). */}
        <link rel="icon" href="/favicon.ico" sizes="48x48" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      </head>
      <body className="min-h-dvh">
        <noscript>
          <p className="bg-amber-100 px-4 py-3 text-center text-sm text-amber-950">
            Trajectory needs JavaScript to sign in and save your changes. Turn it on for this site and reload.
          </p>
        </noscript>
        <ToastProvider>{children}</ToastProvider>
      </body>
    </html>
  );
}
