import type { ChatGateway, OutboundMessage, PostTarget } from '../../src/core/shared/ports.ts';

/** A chat gateway that records what it was asked to post; can fail on demand. */
export class RecordingGateway implements ChatGateway {
  readonly posted: { target: PostTarget; message: OutboundMessage; key: string }[] = [];
  failNext = 0;

  async post(target: PostTarget, message: OutboundMessage, key: string) {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('platform unavailable');
    }
    this.posted.push({ target, message, key });
    return { externalId: `msg-${this.posted.length}` };
  }

  keys(): string[] {
    return this.posted.map((p) => p.key);
  }
}

/** The same, able to tell whether a key was already posted (as Slack message metadata allows). */
export class LookupGateway extends RecordingGateway {
  async findPosted(_target: PostTarget, key: string) {
    const i = this.posted.findIndex((p) => p.key === key);
    return i >= 0 ? { externalId: `msg-${i + 1}` } : null;
  }
}
