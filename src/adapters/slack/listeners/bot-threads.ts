import type { WebClient } from '@slack/web-api';

/**
 * Which threads are the bot's: those it has posted in. Slack's own thread history is the record,
 * so it holds across restarts and replicas; threads already known are remembered here to spare
 * Slack the question (a bounded set, oldest forgotten first).
 */
export class BotThreads {
  private readonly known = new Set<string>();

  constructor(private readonly limit = 5000) {}

  /** Notes a thread the bot has just answered in. */
  remember(channel: string, threadTs: string): void {
    const key = `${channel}:${threadTs}`;
    this.known.delete(key);
    this.known.add(key);
    if (this.known.size > this.limit) {
      const oldest = this.known.values().next().value;
      if (oldest !== undefined) this.known.delete(oldest);
    }
  }

  /** Whether the bot has posted in this thread (asking Slack when it is not known here). */
  async isBots(
    client: WebClient,
    channel: string,
    threadTs: string,
    bot: { userId?: string; botId?: string },
  ): Promise<boolean> {
    if (this.known.has(`${channel}:${threadTs}`)) return true;
    if (!bot.userId && !bot.botId) return false;
    const replies = await client.conversations.replies({ channel, ts: threadTs, limit: 200 });
    const ours = (replies.messages ?? []).some(
      (m) => (bot.userId && m.user === bot.userId) || (bot.botId && m.bot_id === bot.botId),
    );
    if (ours) this.remember(channel, threadTs);
    return ours;
  }
}
