// Runs in the browser before the app's own code. Zod probes whether it may compile parsers with `new Function`;
// the CSP forbids eval, so every page that built a schema reported a securitypolicyviolation, which hides
// a real one. Without the probe zod parses as fast as these forms need. Only zod's config module is imported:
// `zod` itself would put all of zod into every page's script, including pages that never build a schema.
import { config } from 'zod/v4/core';

config({ jitless: true });
