import { config } from 'zod';

/**
 * Builds the zod schemas that follow without zod's compiled parsers, leaving zod's global
 * configuration as it found it once the returned function is called.
 *
 * Why: zod 4 decides when an object schema is built whether to compile its parser with
 * `new Function`, and the first one built probes `new Function("")` first. On a page whose
 * Content-Security-Policy lacks 'unsafe-eval' the browser reports that probe as a violation (in
 * the console and to report-uri endpoints) although zod catches the error. A schema built while
 * `jitless` is set neither probes nor compiles, then or later. The setting lives on `globalThis`,
 * shared by every copy of zod 4 on the page, so calling `z.config({ jitless: true })` for good
 * would change the host's own schemas; here it is set and restored within one synchronous module
 * evaluation, where no other code runs, and zod's cached probe result is never computed.
 */
export function suspendJit(): () => void {
  const settings = config();
  const had = 'jitless' in settings;
  const previous = settings.jitless;
  settings.jitless = true;
  return () => {
    if (had) settings.jitless = previous;
    else delete settings.jitless;
  };
}
