// `joinedup data workspaces|export|erase`: subject access and erasure from the command line.
// A request about a workspace or a person the database has never held is refused, not answered
// with an empty record or a row of zero counts, so that a typo cannot read as "nothing held" or
// "erased".
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';

export const DATA_USAGE = `  joinedup data workspaces [--json]
                                   the workspaces in the database: id, platform, member count
  joinedup data export --workspace W --user U [--out FILE]
                                   everything stored about a person, as JSON (subject access)
  joinedup data erase --workspace W --user U --yes
                                   remove a person's data, keeping anonymous aggregates correct
                                   (the terminal chat's workspace is \`local\`)`;

const LIST_HINT =
  'List the workspaces with `joinedup data workspaces` (the terminal chat’s workspace is `local`).';

/** Runs `joinedup data ...`; returns the exit code (2: usage, 1: nothing to act on). */
export async function runDataCommand(
  config: Config,
  argv: string[],
  io: { out: (text: string) => void; err: (text: string) => void } = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  },
): Promise<number> {
  const [sub, ...rest] = argv;
  let values: { workspace?: string; user?: string; out?: string; yes?: boolean; json?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        workspace: { type: 'string' },
        user: { type: 'string' },
        out: { type: 'string' },
        yes: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\nUsage:\n${DATA_USAGE}\n`);
    return 2;
  }
  const listing = sub === 'workspaces';
  if (!listing && ((sub !== 'export' && sub !== 'erase') || !values.workspace || !values.user)) {
    io.err(`Usage:\n${DATA_USAGE}\n`);
    return 2;
  }
  const { openStorage } = await import('../storage/index.ts');
  const { holdsNothing } = await import('../storage/data-protection.ts');
  const { respondentSecret } = await import('../storage/secrets.ts');
  const storage = await openStorage({
    databaseUrl: config.storage.databaseUrl,
    dataDir: config.storage.dataDir,
  });
  try {
    if (listing) {
      const workspaces = await storage.workspaces.list();
      if (values.json) {
        io.out(`${JSON.stringify(workspaces)}\n`);
        return 0;
      }
      if (workspaces.length === 0) {
        io.out('No workspaces yet: joinedup has not been used in any chat with this database.\n');
        return 0;
      }
      const width = Math.max(9, ...workspaces.map((w) => w.id.length));
      const lines = workspaces.map(
        (w) =>
          `${w.id.padEnd(width)}  ${w.platform.padEnd(8)}  ${String(w.members).padStart(7)}${w.uninstalledAt ? `  uninstalled ${w.uninstalledAt.toISOString().slice(0, 10)}` : ''}`,
      );
      io.out(`${['WORKSPACE'.padEnd(width), 'PLATFORM', ' MEMBERS'].join('  ')}\n${lines.join('\n')}\n`);
      return 0;
    }
    const workspace = values.workspace as string;
    const user = values.user as string;
    if (!(await storage.workspaces.exists(workspace))) {
      io.err(`There is no workspace "${workspace}" in this database. ${LIST_HINT}\n`);
      return 1;
    }
    const dp = storage.dataProtection(respondentSecret(config));
    const record = await dp.exportUser(workspace, user);
    if (holdsNothing(record)) {
      io.err(
        `joinedup holds nothing about "${user}" in workspace "${workspace}": they have not used joinedup there, or their data has been erased. Check the user id and the workspace; ${LIST_HINT}\n`,
      );
      return 1;
    }
    if (sub === 'export') {
      const json = `${JSON.stringify(record, null, 2)}\n`;
      if (values.out) {
        writeFileSync(values.out, json, { mode: 0o600 });
        io.out(`Wrote ${values.out}\n`);
      } else {
        io.out(json);
      }
      return 0;
    }
    if (!values.yes) {
      io.err('Erasure cannot be undone: run again with --yes to confirm.\n');
      return 2;
    }
    const counts = await dp.eraseUser(workspace, user);
    io.out(`${JSON.stringify({ erased: user, workspace, counts })}\n`);
    return 0;
  } finally {
    await storage.close();
  }
}
