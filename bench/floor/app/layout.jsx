// The floor of `npm run bench:throughput`: the least a dynamic Next.js page costs with this
// project's node_modules. Not part of the app; built on its own into bench/floor/.next.
export const metadata = { title: 'Floor' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
