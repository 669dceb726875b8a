import { cac } from 'cac';
import { buildGraph } from '../graph/buildGraph.js';
import { bakedLayoutFor } from '../layout/bakedLayoutFor.js';
import { checkBakedLayout } from '../layout/checkBakedLayout.js';
import { createElkEngine } from '../layout/elkNodeEngine.js';
import { layoutAllWidths } from '../layout/layoutAllWidths.js';
import { layoutRoadmap } from '../layout/layoutRoadmap.js';
import { stringifyRoadmap } from '../layout/stringifyRoadmap.js';
import { isWidthClass, WIDTH_CLASS_NAMES, type WidthClass } from '../layout/widthClasses.js';
import { toMarkdown } from '../markdown/write/toMarkdown.js';
import { renderSvg } from '../render/renderSvg.js';
import { withBakedLayout } from '../layout/withBakedLayout.js';
import { roadmapJsonSchema } from '../schema/toJsonSchema.js';
import type { Roadmap } from '../schema/roadmapSchema.js';
import { formatErrors } from '../validate/formatErrors.js';
import type { ValidationError } from '../validate/types.js';
import { loadRoadmap } from './loadRoadmap.js';
import { STDIO } from './readInput.js';
import { writeOutput } from './writeOutput.js';

/** Exit codes: 0 success, 1 invalid input, 2 wrong usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

const DIRECTIONS = ['DOWN', 'RIGHT'] as const;
type Direction = (typeof DIRECTIONS)[number];
const THEMES = ['light', 'dark', 'auto'] as const;

class UsageError extends Error {}

/**
 * The one place the command line prints a message: every line goes through `formatErrors`, which
 * escapes control characters, so a file name, id or JSON snippet from the input stays one
 * `file:path: message` line and cannot drive the terminal.
 */
function say(stream: NodeJS.WritableStream, file: string, messages: readonly ValidationError[]): void {
  if (messages.length) stream.write(`${formatErrors(messages, file)}\n`);
}

/**
 * Runs the `roadmap-graph` command line with the given arguments (without `node` and the
 * script) and resolves with the exit code. Output goes to the process's stdout and stderr.
 */
export async function runCli(args: readonly string[], version: string): Promise<number> {
  const cli = cac('roadmap-graph');
  let exitCode: number = EXIT.ok;
  const report = (file: string, result: { errors?: ValidationError[]; warnings: ValidationError[] }) => {
    say(process.stderr, file, result.warnings);
    say(process.stderr, file, result.errors ?? []);
  };
  const load = async (file: string): Promise<Roadmap | undefined> => {
    const result = await loadRoadmap(file);
    report(file === STDIO ? '<stdin>' : file, result);
    if (!result.ok) {
      exitCode = EXIT.invalid;
      return undefined;
    }
    return result.roadmap;
  };
  const direction = (value: unknown): Direction => {
    const upper = String(value ?? 'DOWN').toUpperCase();
    if (!(DIRECTIONS as readonly string[]).includes(upper)) throw new UsageError(`--direction must be DOWN or RIGHT, not "${value}"`);
    return upper as Direction;
  };
  const widthClass = (value: unknown): WidthClass | undefined => {
    if (value === undefined) return undefined;
    const lower = String(value).toLowerCase();
    if (!isWidthClass(lower)) throw new UsageError(`--width must be ${WIDTH_CLASS_NAMES.join(', ')}, not "${value}"`);
    return lower;
  };

  cli
    .command('validate <...files>', 'Check roadmap files (.json or .md); prints file:path: message per problem')
    .option('--strict', 'Also fail on warnings and on a stale baked layout')
    .example('roadmap-graph validate data/*.roadmap.json data/*.md')
    .action(async (files: string[], options: { strict?: boolean }) => {
      for (const file of files) {
        const result = await loadRoadmap(file);
        const name = file === STDIO ? '<stdin>' : file;
        const baked = result.ok ? checkBakedLayout(result.roadmap) : undefined;
        if (baked?.status === 'stale') {
          result.warnings.push({ path: 'layout', message: `warning: the baked layout is stale: ${baked.reason}` });
        }
        report(name, result);
        if (!result.ok || (options.strict && result.warnings.length)) exitCode = EXIT.invalid;
        else say(process.stdout, name, [{ path: '', message: 'ok' }]);
      }
    });

  cli
    .command('import <file>', 'Convert a Markdown outline into roadmap JSON')
    .option('-o, --output <file>', 'Where to write the JSON (default: stdout)')
    .action(async (file: string, options: { output?: string }) => {
      const roadmap = await load(file);
      if (roadmap) await writeOutput(options.output, JSON.stringify(roadmap, null, 2));
    });

  cli
    .command('export <file>', 'Write a roadmap back as a Markdown outline')
    .option('-o, --output <file>', 'Where to write the Markdown (default: stdout)')
    .action(async (file: string, options: { output?: string }) => {
      const roadmap = await load(file);
      if (roadmap) await writeOutput(options.output, toMarkdown(roadmap));
    });

  cli
    .command('layout <file>', 'Compute the layouts (phone, column, wide) and write the roadmap with them baked in')
    .option('-o, --output <file>', 'Where to write the JSON (default: stdout)')
    .option('--direction <direction>', 'DOWN or RIGHT (phones always flow down)', { default: 'DOWN' })
    .option('--width <class>', 'Lay out only this width class: phone, column or wide (default: all three)')
    .example('roadmap-graph layout roadmap.json -o roadmap.json --direction RIGHT')
    .action(async (file: string, options: { output?: string; direction?: string; width?: string }) => {
      const dir = direction(options.direction);
      const only = widthClass(options.width);
      const roadmap = await load(file);
      if (!roadmap) return;
      const before = checkBakedLayout(roadmap);
      const { layout: _old, ...content } = roadmap;
      const baked = await layoutAllWidths(buildGraph(content), {
        engine: createElkEngine(),
        direction: dir,
        ...(only === undefined ? {} : { widthClasses: [only] }),
      });
      // Laying out one class keeps the other classes of a fresh layout in the same direction.
      if (only !== undefined && before.status === 'fresh' && before.layout.direction === dir) {
        baked.views = { ...before.layout.views, ...baked.views };
      }
      await writeOutput(options.output, stringifyRoadmap(withBakedLayout(content, baked)));
    });

  cli
    .command('render <file>', 'Draw the roadmap as a standalone static SVG (no script)')
    .option('-o, --output <file>', 'Where to write the SVG (default: stdout)')
    .option('--width <class>', 'The width class to draw: phone, column or wide', { default: 'wide' })
    .option('--direction <direction>', 'DOWN or RIGHT (default: the direction of the baked layout, else DOWN)')
    .option('--theme <theme>', 'light, dark, or auto (follows the viewer\'s prefers-color-scheme)', { default: 'light' })
    .example('roadmap-graph render roadmap.json --width column -o roadmap.svg')
    .action(async (file: string, options: { output?: string; direction?: string; width?: string; theme?: string }) => {
      const chosen = widthClass(options.width ?? 'wide') as WidthClass;
      const asked = options.direction === undefined ? undefined : direction(options.direction);
      const theme = THEMES.find((name) => name === options.theme);
      if (theme === undefined) throw new UsageError(`--theme must be light, dark or auto, not "${options.theme}"`);
      const roadmap = await load(file);
      if (!roadmap) return;
      const graph = buildGraph(roadmap);
      // The baked layout of that class, when it is fresh and no other direction is asked for.
      const baked = checkBakedLayout(roadmap);
      const usable = baked.status === 'fresh' && (asked === undefined || asked === baked.layout.direction);
      const bakedDirection = baked.status === 'fresh' ? baked.layout.direction : baked.status === 'stale' ? baked.direction : undefined;
      const layout =
        (usable ? bakedLayoutFor(roadmap, chosen) : undefined) ??
        (await layoutRoadmap(graph, { engine: createElkEngine(), widthClass: chosen, direction: asked ?? bakedDirection ?? 'DOWN' }));
      await writeOutput(options.output, renderSvg(graph, layout, { theme }));
    });

  cli
    .command('schema', 'Print the JSON Schema of the roadmap format')
    .option('-o, --output <file>', 'Where to write it (default: stdout)')
    .action(async (options: { output?: string }) => {
      await writeOutput(options.output, JSON.stringify(roadmapJsonSchema(), null, 2));
    });

  cli.help();
  cli.version(version);
  try {
    // The argument parser swallows a lone "-", so it travels under another name.
    cli.parse(['node', 'roadmap-graph', ...args.map((a) => (a === '-' ? STDIO : a))], { run: false });
    if (!cli.matchedCommand) {
      if (!cli.options.help && !cli.options.version) {
        if (cli.args.length) throw new UsageError(`unknown command "${cli.args[0]}"; see roadmap-graph --help`);
        cli.outputHelp();
        return EXIT.usage;
      }
      return EXIT.ok;
    }
    if (cli.options.help) return EXIT.ok;
    await cli.runMatchedCommand();
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError || (error as Error).name === 'CACError') {
      say(process.stderr, 'roadmap-graph', [{ path: '', message: (error as Error).message }]);
      return EXIT.usage;
    }
    say(process.stderr, 'roadmap-graph', [{ path: '', message: (error as Error).message ?? String(error) }]);
    return EXIT.invalid;
  }
}
