// How the `joinedup` command loads its TypeScript sources. Loading some 400 modules one by one
// through tsx's loader took over a second of every start; the same sources bundled once by esbuild
// (the compiler tsx itself uses) load in a fraction of that. The bundle is made on first use after
// any change under src/ and kept in node_modules/.cache/joinedup, one directory per state of the
// sources, so `npm install` then `npm start` still needs no build step and an edited file is never
// run stale. When no bundle can be made (a read-only install, an esbuild failure), the sources run
// through tsx as before.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import module, { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'src');
const cacheDir = join(root, 'node_modules', '.cache', 'joinedup');
/** Old bundles are removed only after this long: a running bot may still load a lazy chunk from one. */
const KEEP_OLD_MS = 24 * 60 * 60 * 1000;

/** Every TypeScript source under `dir` (tests excluded), with its size and modification time. */
function sourceState(dir, base = dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceState(path, base, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      const { size, mtimeMs } = statSync(path);
      out.push(`${relative(base, path)}\t${size}\t${mtimeMs}`);
    }
  }
  return out;
}

/**
 * A name for one state of the sources under `sources` (any file added, removed, resized or
 * touched changes it), of `files` (the package and lock files, this loader) and of the tools.
 */
export function sourceSignature({ sources, files = [], tools = '' }) {
  const hash = createHash('sha256');
  hash.update(`${tools}\n`);
  for (const file of files) {
    try {
      hash.update(`${file}\t${statSync(file).mtimeMs}\n`);
    } catch {
      hash.update(`${file}\tabsent\n`);
    }
  }
  hash.update(sourceState(sources).sort().join('\n'));
  return hash.digest('hex').slice(0, 16);
}

function signature(esbuildVersion) {
  return sourceSignature({
    sources: srcDir,
    files: ['package.json', 'package-lock.json', 'bin/load-sources.mjs'].map((f) => join(root, f)),
    tools: `${process.version} ${esbuildVersion} ${root}`,
  });
}

/**
 * Each source keeps its own `import.meta.url`, so files found next to a module (the knowledge
 * base, models, the dashboard's stylesheet, the generated Prisma client's engine) are found where
 * they are, not next to the bundle.
 */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

async function bundle(esbuild, target) {
  const building = `${target}.building-${process.pid}-${Date.now()}`;
  await esbuild.build({
    entryPoints: [join(srcDir, 'cli.ts')],
    outdir: building,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'silent',
    plugins: [ownUrl],
  });
  // Another process may have made the same bundle meanwhile: either copy is the same.
  try {
    renameSync(building, target);
  } catch {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(target, 'cli.js'))) throw new Error('bundle not written');
  }
}

/** Removes bundles of earlier states of the sources, once no running bot can still need them. */
function removeOld(keep) {
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    if (name === keep) continue;
    const path = join(cacheDir, name);
    try {
      if (now - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed by another process
    }
  }
}

/** The URL of the bundled `src/cli.ts`, made now if the sources changed; undefined when none can be. */
export async function bundledCli() {
  if (process.env.JOINEDUP_NO_BUNDLE === '1') return undefined;
  try {
    // esbuild itself is loaded only to build: its version is read from its package.json.
    const esbuildMain = createRequire(import.meta.url).resolve('esbuild');
    const { version } = JSON.parse(readFileSync(join(dirname(esbuildMain), '..', 'package.json'), 'utf8'));
    const target = join(cacheDir, signature(version));
    if (!existsSync(join(target, 'cli.js'))) {
      mkdirSync(dirname(target), { recursive: true });
      await bundle(await import('esbuild'), target);
      removeOld(relative(cacheDir, target));
    }
    return pathToFileURL(join(target, 'cli.js')).href;
  } catch {
    return undefined;
  }
}

/** `src/cli.ts`'s exports: from the bundle, or through tsx when there is none. */
export async function loadCli() {
  // Node 22.1 and later can also keep V8's compiled code of every module between starts.
  try {
    module.enableCompileCache?.(join(root, 'node_modules', '.cache', 'joinedup-v8'));
  } catch {
    // no cache: only slower
  }
  const url = await bundledCli();
  if (url) {
    try {
      const cli = await loadCliAt(url);
      globalThis[LOADED_CLI] = url;
      return cli;
    } catch {
      // A bundle this account cannot read (made by another user): the sources, as below.
    }
  }
  const sources = new URL('../src/cli.ts', import.meta.url).href;
  const cli = await loadCliAt(sources);
  globalThis[LOADED_CLI] = sources;
  return cli;
}

/** Where the running process loaded `src/cli.ts` from (a worker thread loads the same). */
export const LOADED_CLI = Symbol.for('joinedup.loadedCli');

/** `src/cli.ts`'s exports from a given place: a bundle, or the sources through tsx. */
export async function loadCliAt(url) {
  if (url.endsWith('.ts')) {
    const { register } = await import('tsx/esm/api');
    register();
  } else {
    process.setSourceMapsEnabled(true);
  }
  return import(url);
}

// `node bin/load-sources.mjs`: make the bundle now (after `npm install`), and say where it is.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = await bundledCli();
  if (url) writeFileSync(1, `joinedup: sources bundled in ${relative(root, fileURLToPath(url))}\n`);
  else writeFileSync(2, 'joinedup: no bundle made; the sources will run through tsx\n');
}
