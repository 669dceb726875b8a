import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { userEnv } from '../../support/run.js';

/** A running `next start` of a built app. */
export interface NextServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/** A port free on 127.0.0.1 right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * Runs `next start` in `dir` (a built Next.js app) on a free port of 127.0.0.1, and resolves once
 * it answers `/` with 200: the server a visitor would reach. Rejects with its output if it exits
 * first. `close` ends the process group it started (next start runs its server as a child).
 */
export async function startNext(dir: string): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(join(dir, 'node_modules/.bin/next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: dir,
    env: userEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, fail) =>
    child.on('exit', (code) => fail(new Error(`next start exited with ${code} before serving:\n${output.slice(-4000)}`))),
  );
  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((done) => child.once('exit', () => done()));
    process.kill(-child.pid!, 'SIGTERM');
    await gone;
  };
  const answering = (async () => {
    for (;;) {
      const status = await fetch(`${url}/`).then((response) => response.status, () => 0);
      if (status === 200) return;
      if (status !== 0) throw new Error(`next start answered / with ${status}:\n${output.slice(-4000)}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  try {
    await Promise.race([answering, exited]);
  } catch (error) {
    await close();
    throw error;
  }
  exited.catch(() => undefined);
  return { url, close };
}
