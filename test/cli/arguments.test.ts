import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';

/** Captures what `main` writes to stdout and stderr. */
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  return {
    out: () => out.join(''),
    err: () => err.join(''),
    restore: () => {
      process.stdout.write = write.out;
      process.stderr.write = write.err;
    },
  };
}

describe('command-line mistakes', () => {
  let io: ReturnType<typeof capture> | undefined;
  afterEach(() => io?.restore());

  it('an unknown option is named, with the usage, and exits 2 instead of a stack trace', async () => {
    io = capture();
    const code = await main(['ask', '--nope', 'what is a caf']);
    io.restore();
    expect(code).toBe(2);
    expect(io.err()).toContain("Unknown option '--nope'.");
    expect(io.err()).toContain('Usage:');
    expect(io.err()).not.toMatch(/at .*\.ts:\d+/);
  });

  it('an option without its value says so', async () => {
    io = capture();
    const code = await main(['db', 'backup', '--out']);
    io.restore();
    expect(code).toBe(2);
    expect(io.err()).toContain("Option '--out <value>' argument missing.");
  });

  it('--help after any command prints the usage and exits 0', async () => {
    io = capture();
    const code = await main(['ask', '--help']);
    io.restore();
    expect(code).toBe(0);
    expect(io.out()).toContain('joinedup ask [--json] [question]');
    expect(io.err()).toBe('');
  });
});
