// Child processes for the benchmark and the e2e tests that start their own servers (next dev,
// a fixture site): free ports, one-shot commands, and servers stopped with their whole tree.
import { spawn } from 'node:child_process';
import net from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * Runs a command to completion; rejects with the end of its output when it fails. `live` shows the
 * output as it comes instead (for long runs whose failure is not at the end, like a test suite).
 */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env, { live = false } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: live ? 'inherit' : 'pipe' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}${live ? ' (its output is above)' : `:\n${output.slice(-4000)}`}`)),
    );
  });
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface Server {
  /** Stops the server's whole process group (npx, next, its workers) and waits until it is gone. */
  stop: () => Promise<void>;
}

/**
 * Starts a long-running server in its own process group and resolves once its output matches
 * `ready` (within `timeoutMs`, 120 s by default).
 */
export async function startServer(
  command: string,
  args: string[],
  cwd: string,
  ready: RegExp,
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 120_000,
): Promise<Server> {
  const server = spawn(command, args, { cwd, env, stdio: 'pipe', detached: true });
  const stop = async () => {
    if (!server.pid || !groupAlive(server.pid)) return;
    process.kill(-server.pid, 'SIGTERM');
    while (groupAlive(server.pid)) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')} did not start in ${timeoutMs / 1000} s`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        if (ready.test(chunk.toString())) {
          clearTimeout(timer);
          resolve();
        }
      };
      server.stdout!.on('data', onData);
      server.stderr!.on('data', onData);
      server.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)));
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}
