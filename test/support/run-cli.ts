import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const binPath = fileURLToPath(new URL('../../bin/joinedup.mjs', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `joinedup` command in a child process, feeding `input` on stdin. */
export function runCli(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd: projectRoot,
      env: { ...process.env, LOG_LEVEL: '', DATABASE_URL: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A `joinedup start` serving on a loopback port. */
export interface ServingCli {
  child: ChildProcessWithoutNullStreams;
  /** The operations server's base URL, from its "listening" log line. */
  url: string;
  /** Everything the process has written to stderr so far. */
  stderr(): string;
  /** Everything the process has written to stdout so far. */
  stdout(): string;
  exited: Promise<number | null>;
}

/**
 * Starts `joinedup start` with `PORT=0` on 127.0.0.1 (plus `env`) and resolves once its
 * operations endpoints are listening; rejects with what it printed if they are not by `timeoutMs`.
 */
export function startServing(env: Record<string, string>, timeoutMs = 90_000): Promise<ServingCli> {
  const child = spawn(process.execPath, [binPath, 'start'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ops url: ${stderr}`)), timeoutMs);
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      const m = /"url":"(http:\/\/[^"]+)","msg":"operations endpoints listening"/.exec(stderr);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], stderr: () => stderr, stdout: () => stdout, exited });
      }
    });
  });
}
