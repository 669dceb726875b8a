// Imported first by both entries. Zod (core's validation) probes whether it may compile parsers
// with `new Function`; even caught, that probe is reported as a violation on every page with a
// Content-Security-Policy without 'unsafe-eval', in the console and to report-uri endpoints.
// Jitless validation never tries; for roadmaps its speed makes no difference. The bundled zod
// is the element's own copy, so the host page's zod (if any) is unaffected.
import { config } from 'zod';

config({ jitless: true });
