import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const run = promisify(execFile);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(data.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('the Teams app package', () => {
  it('has a 192×192 colour icon and a 32×32 outline icon', () => {
    expect(pngSize(readFileSync(join(root, 'manifests/teams/color.png')))).toEqual({
      width: 192,
      height: 192,
    });
    expect(pngSize(readFileSync(join(root, 'manifests/teams/outline.png')))).toEqual({
      width: 32,
      height: 32,
    });
  });

  it('`npm run package:teams` builds a zip with the filled-in manifest and both icons', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'joinedup-teams-')), 'joinedup-teams.zip');
    const appId = '0d5b1c44-1111-4222-8333-944445555666';
    await run(process.execPath, [join(root, 'scripts/package-teams.mjs'), out], {
      env: { ...process.env, MICROSOFT_APP_ID: appId, PUBLIC_URL: 'https://joinedup.example.org/' },
    });
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await (zip.file('manifest.json')?.async('string') ?? '{}'));
    expect(manifest.$schema).toMatch(/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json$/);
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(19);
    expect(manifest.id).toBe(appId);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(manifest.developer.websiteUrl).toBe('https://joinedup.example.org');
    expect(manifest.validDomains).toEqual(['joinedup.example.org']);
    const [bot] = manifest.bots;
    expect(bot.botId).toBe(appId);
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const commands = bot.commandLists.flatMap((l: { commands: { title: string }[] }) => l.commands);
    expect(commands.map((c: { title: string }) => c.title)).toEqual(
      expect.arrayContaining(['help', 'ask', 'forum create', 'rsvp going', 'pulse start', 'pulse results']),
    );
    for (const list of bot.commandLists) expect(list.commands.length).toBeLessThanOrEqual(10);
    for (const c of commands) expect(c.title.length).toBeLessThanOrEqual(32);
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
    expect(pngSize(Buffer.from(await (zip.file('color.png')?.async('uint8array') ?? [])))).toEqual({
      width: 192,
      height: 192,
    });
  });

  it('refuses to build without an app id', async () => {
    await expect(
      run(process.execPath, [join(root, 'scripts/package-teams.mjs'), '/tmp/never.zip'], {
        env: { ...process.env, MICROSOFT_APP_ID: '', PUBLIC_URL: 'https://x.example' },
      }),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/MICROSOFT_APP_ID/) });
  });
});
