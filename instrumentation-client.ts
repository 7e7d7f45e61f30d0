// Runs in the browser before the app's own code. Zod probes whether it may compile parsers with `new Function`;
// the CSP forbids eval, so every page that built a schema reported a securitypolicyviolation, which hides
// a real one. Without the probe zod parses as fast as these forms need.
import { z } from 'zod';

z.config({ jitless: true });
