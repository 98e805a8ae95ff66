import { type ChatRoute, chatRoute, type Route } from '../conversation/types.ts';
import { hasRole } from '../shared/roles.ts';
import type { DashboardAuth } from './dashboard-auth.ts';

/**
 * The `dashboard` command: a coordinator gets a one-time sign-in link, shown only to them; anyone
 * else is told politely who can. Without `auth` the dashboard is not served by this deployment.
 */
export function dashboardRoutes(auth: DashboardAuth | undefined): ChatRoute[] {
  const route: Route<true> = {
    name: 'dashboard',
    help: '`dashboard`: a one-time link to the coordinators’ dashboard (coordinators).',
    match: (t) => /^(dashboard|open dashboard)$/i.test(t) || undefined,
    handle: async (turn) => {
      if (!hasRole(turn.member, 'coordinator')) {
        return {
          text: 'Sorry, the dashboard is for coordinators only. A coordinator can share the charts with you, or give you the coordinator role with `role`.',
          ephemeral: true,
        };
      }
      if (!auth) {
        return {
          text: 'The dashboard is not switched on here: it is served when joinedup runs with PORT set (see docs/dashboard.md).',
          ephemeral: true,
        };
      }
      const { url } = await auth.issueLink(turn.member);
      const minutes = Math.round(auth.linkTtlMs / 60_000);
      return {
        text: `Your dashboard link (for you only: it works once, within ${minutes} minutes):\n${url}`,
        ephemeral: true,
      };
    },
  };
  return [chatRoute(route)];
}
