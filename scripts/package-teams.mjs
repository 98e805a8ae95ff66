// Builds the Teams app package: dist/joinedup-teams.zip with manifest.json (filled in from the
// environment) and the two icons. `npm run package:teams`.
//   MICROSOFT_APP_ID  the bot's app id (required)
//   PUBLIC_URL        https address of the bot (its /api/messages endpoint); its host goes in validDomains
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'manifests', 'teams');

/** The filled-in manifest; throws with what is missing. */
export function buildManifest(env = process.env) {
  const appId = (env.MICROSOFT_APP_ID ?? '').trim();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(appId)) {
    throw new Error("Set MICROSOFT_APP_ID to the bot's app id (a GUID) to build the Teams package.");
  }
  const publicUrl = (env.PUBLIC_URL ?? '').trim().replace(/\/+$/, '');
  if (!/^https:\/\/[^/?#\s]+/.test(publicUrl)) {
    throw new Error("Set PUBLIC_URL to the bot's https address, e.g. https://joinedup.example.org.");
  }
  const domain = new URL(publicUrl).host;
  const text = readFileSync(join(dir, 'manifest.json'), 'utf8')
    .replaceAll('{{MICROSOFT_APP_ID}}', appId.toLowerCase())
    .replaceAll('{{PUBLIC_URL}}', publicUrl)
    .replaceAll('{{BOT_DOMAIN}}', domain);
  return JSON.parse(text);
}

/** Writes the zip and returns its path. */
export async function packageTeams(env = process.env, out = join(root, 'dist', 'joinedup-teams.zip')) {
  const manifest = buildManifest(env);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file('color.png', readFileSync(join(dir, 'color.png')));
  zip.file('outline.png', readFileSync(join(dir, 'outline.png')));
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const out = await packageTeams(process.env, process.argv[2]);
    console.log(`Teams app package: ${out}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
