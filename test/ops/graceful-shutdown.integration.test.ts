import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, projectRoot } from '../support/run-cli.ts';

describe('a running bot with operations endpoints', () => {
  it('is ready, counts answers in /metrics, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'joinedup-ops-')), 'data');
    const child = spawn(process.execPath, [binPath, 'start'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        DATABASE_URL: '',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ops url: ${stderr}`)), 60_000);
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        const m = /"url":"(http:\/\/[^"]+)"/.exec(stderr);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    let ready = 0;
    for (let i = 0; i < 50 && ready !== 200; i++) {
      ready = (await fetch(`${url}/readyz`)).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(ready).toBe(200);

    child.stdin.write('what is a team around the child\n');
    let metrics = '';
    for (let i = 0; i < 50 && !/joinedup_questions_total\{kind="answer"/.test(metrics); i++) {
      await new Promise((r) => setTimeout(r, 200));
      metrics = await (await fetch(`${url}/metrics`)).text();
    }
    expect(metrics).toMatch(/joinedup_questions_total\{kind="answer",app="joinedup"\} 1/);
    // the question text never reaches the logs
    expect(stderr).not.toMatch(/team around the child/);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const started = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(stderr).toMatch(/shutting down/);
    // the embedded database was closed and its lock released
    expect(existsSync(join(dataDir, 'joinedup.lock'))).toBe(false);
  }, 90_000);
});
