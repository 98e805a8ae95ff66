/**
 * `/privacy` and `/terms`: the privacy notice and terms of use the Teams and Slack manifests link
 * to. What joinedup stores, for how long and whom to ask come from the configuration, so the pages
 * say what this deployment actually does.
 */
import type { ServerResponse } from 'node:http';
import type { Config } from '../config.ts';
import type { HttpMount } from './http-server.ts';

export type LegalSettings = Pick<Config, 'privacy' | 'retention' | 'pulse'> & {
  guidance: Pick<Config['guidance'], 'questionRetentionDays'>;
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · joinedup</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}h1,h2{color:#1f6f78}</style>
</head><body><main>
<h1>${title}</h1>
${body}
</main></body></html>
`;
}

function contactLine(settings: LegalSettings): string {
  const operator = settings.privacy.operator
    ? escapeHtml(settings.privacy.operator)
    : 'the organisation that runs this joinedup';
  const contact = settings.privacy.contact
    ? ` Contact: <strong>${escapeHtml(settings.privacy.contact)}</strong>.`
    : ' Ask your joinedup coordinator who to contact.';
  return `<p>This joinedup is run by ${operator}, which is the data controller for what it stores.${contact}</p>`;
}

/** The privacy notice: what is stored, for how long, and whom to contact. */
export function renderPrivacyPage(settings: LegalSettings): string {
  const { retention, pulse, guidance } = settings;
  return page(
    'Privacy notice',
    `${contactLine(settings)}
<h2>What joinedup stores</h2>
<ul>
<li><strong>Questions you ask</strong>, with names, dates of birth, addresses, phone numbers and similar details removed before they are stored, the articles used to answer and your 👍 / 👎 rating. Urgent safeguarding messages are kept without their text or author.</li>
<li><strong>Forums</strong>: their names, schedules, member agencies and contacts, hosts, and who said they are going to a meeting.</li>
<li><strong>Pulse surveys</strong>: answers and your sector. Anonymous surveys store no name; results are only shown for groups of at least ${pulse.minGroupSize} people.</li>
<li><strong>Where to post</strong>: the Teams or Slack workspace, channel and conversation ids the bot was added to, your chat user id and display name, and your role (member, host or coordinator).</li>
</ul>
<p>Never post names or other identifying details of children or families.</p>
<h2>How long it is kept</h2>
<ul>
<li>Questions: ${guidance.questionRetentionDays} days.</li>
<li>Meeting RSVPs: ${retention.rsvpDays} days after the meeting.</li>
<li>Survey answers: ${pulse.responseRetentionDays} days; the anonymity-safe results are kept with the survey.</li>
<li>Everything of a workspace: ${retention.uninstallGraceDays} days after joinedup is removed from it.</li>
</ul>
<h2>Your rights</h2>
<p>You can ask for a copy of what joinedup holds about you (a coordinator makes it with <code>data export</code>) and ask for it to be corrected or deleted, using the contact above.</p>`,
  );
}

/** The terms of use. */
export function renderTermsPage(settings: LegalSettings): string {
  return page(
    'Terms of use',
    `${contactLine(settings)}
<ul>
<li>joinedup gives short guidance on CAF / early help and information sharing with its sources. It does not replace your local procedures, your safeguarding lead or professional judgement.</li>
<li><strong>If a child may be in immediate danger, call 999.</strong> joinedup is not monitored and is not a way to make a referral.</li>
<li>Do not post names or other identifying details of children or families.</li>
<li>Forum reminders and surveys are sent for coordinators of your partnership; coordinators can change or stop them at any time.</li>
</ul>
<p>How data is handled: see the <a href="privacy">privacy notice</a>.</p>`,
  );
}

function send(res: ServerResponse, method: string | undefined, html: string): void {
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' });
    res.end('method not allowed');
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'public, max-age=300',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(method === 'HEAD' ? undefined : html);
}

/** The two pages as mounts on the operations server. */
export function createLegalPageMounts(settings: LegalSettings): HttpMount[] {
  const privacy = renderPrivacyPage(settings);
  const terms = renderTermsPage(settings);
  return [
    { prefix: '/privacy', handle: (req, res) => send(res, req.method, privacy) },
    { prefix: '/terms', handle: (req, res) => send(res, req.method, terms) },
  ];
}
