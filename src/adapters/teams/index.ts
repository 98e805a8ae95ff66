/**
 * Microsoft Teams. The SDKs (teams-ai, botbuilder) take seconds to import, so they are loaded
 * only when Teams is configured: this module checks the settings and imports the adapter lazily.
 */
import type { TeamsConfig } from '../../config.ts';
import { AppError } from '../../core/shared/errors.ts';
import type { TeamsAdapterHandle, TeamsAdapterOptions } from './teams-adapter.ts';

export type { TeamsAdapterHandle, TeamsAdapterOptions } from './teams-adapter.ts';

/**
 * Refuses settings that would run the bot without authentication: botbuilder silently accepts
 * unsigned requests when the app id is empty, so that needs local development switched on.
 */
export function assertSecureTeamsConfig(config: TeamsConfig): void {
  if (!config.appId && !config.localDevelopment) {
    throw new AppError(
      'INSECURE_CONFIG',
      'Teams needs MICROSOFT_APP_ID: with an empty app id anyone could post to /api/messages. Set TEAMS_LOCAL_DEVELOPMENT=true only to try it on your own machine.',
    );
  }
}

/** Starts the Teams adapter: `{ mount, gateway, stop }` to wire into the ops server and scheduler. */
export async function createTeamsAdapter(options: TeamsAdapterOptions): Promise<TeamsAdapterHandle> {
  assertSecureTeamsConfig(options.config);
  const { startTeamsAdapter } = await import('./teams-adapter.ts');
  return startTeamsAdapter(options);
}
