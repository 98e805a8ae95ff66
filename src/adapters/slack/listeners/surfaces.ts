import type { WebClient } from '@slack/web-api';
import type { WorkspaceRef } from '../../../core/shared/ports.ts';
import type { SlackListenerContext } from '../context.ts';
import { agencyAddView } from '../render/agency-modal.ts';
import { fitsView } from '../render/check-blocks.ts';
import { homeView } from '../render/home.ts';
import { forumCreateView, surveyCreateView } from '../render/modals.ts';

/** Opens the "new forum" modal. */
export async function openForumModal(
  client: WebClient,
  triggerId: string,
  channelId?: string,
): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: fitsView(forumCreateView(channelId)) });
}

/** Opens the "add an agency" modal, with the workspace's forums and a people picker for contacts. */
export async function openAgencyModal(
  ctx: SlackListenerContext,
  client: WebClient,
  workspace: WorkspaceRef,
  triggerId: string,
): Promise<void> {
  const forums = await ctx.forums.listForums(workspace.id);
  const view = agencyAddView(forums.map((f) => f.name));
  await client.views.open({ trigger_id: triggerId, view: fitsView(view) });
}

/** Opens the "new survey" modal with the workspace's surveys and forums. */
export async function openSurveyModal(
  ctx: SlackListenerContext,
  client: WebClient,
  workspace: WorkspaceRef,
  triggerId: string,
  channelId?: string,
): Promise<void> {
  const [templates, forums] = await Promise.all([
    ctx.pulse.templates(workspace.id),
    ctx.forums.listForums(workspace.id),
  ]);
  const view = surveyCreateView(
    templates,
    forums.map((f) => f.name),
    channelId,
  );
  await client.views.open({ trigger_id: triggerId, view: fitsView(view) });
}

/** Publishes a person's App Home: their meetings, surveys and, for coordinators, shortcuts. */
export async function publishHome(
  ctx: SlackListenerContext,
  client: WebClient,
  workspace: WorkspaceRef,
  userId: string,
): Promise<void> {
  const member = await ctx.members.ensureMember(workspace, userId);
  const [meetings, surveys, runs] = await Promise.all([
    ctx.forums.upcomingFor(member),
    ctx.pulse.openRunsFor(member),
    member.role === 'coordinator' ? ctx.pulse.listRuns(workspace.id) : Promise.resolve([]),
  ]);
  await client.views.publish({
    user_id: userId,
    view: fitsView(homeView({ role: member.role, meetings, surveys, recentRuns: runs })),
  });
}
