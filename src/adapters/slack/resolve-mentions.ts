/** A Slack user id, as Slack writes it in an escaped mention. */
const USER_ID = /^[UW][A-Z0-9]+$/;

/**
 * Slash-command text as the core reads it. With `should_escape: true` Slack sends a picked person as
 * `<@U123|bob>` and a channel as `<#C123|forum>`: these become `<@U123>` and `<#C123>`. A name that
 * Slack could not turn into a person (`contacts=@bob`, typed rather than picked) is refused with a
 * clear message, so nothing is stored that would later mention nobody.
 */
export function resolveSlackText(text: string): { ok: true; text: string } | { ok: false; message: string } {
  const resolved = text
    .replace(/<@([UW][A-Z0-9]+)(\|[^>]*)?>/g, '<@$1>')
    .replace(/<#([CGD][A-Z0-9]+)(\|[^>]*)?>/g, '<#$1>');
  const contacts = /\bcontacts=("([^"]*)"|(\S*))/i.exec(resolved);
  if (!contacts) return { ok: true, text: resolved };
  const items = (contacts[2] ?? contacts[3] ?? '')
    .split(/[,\s]+/)
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = items.filter((item) => !USER_ID.test(item.replace(/^<@(.*)>$/, '$1')));
  if (unknown.length === 0) return { ok: true, text: resolved };
  return {
    ok: false,
    message: `I could not find ${unknown.map((u) => `"${u.slice(0, 40)}"`).join(', ')} in this workspace, so nothing was saved. Type @ and pick each person from Slack's list (or use the *Add agency* form's people picker), then send the command again.`,
  };
}
