import type { Storage as BotStorage, StoreItems } from 'botbuilder';
import type { TurnStateRepository } from '../../core/shared/ports.ts';

/** botbuilder's storage contract over the turn state repository: an item written with a stale eTag is refused. */
export class BotStateStorage implements BotStorage {
  constructor(private readonly state: TurnStateRepository) {}

  async read(keys: string[]): Promise<StoreItems> {
    const rows = await this.state.read(keys);
    const items: StoreItems = {};
    for (const [key, row] of Object.entries(rows)) items[key] = { ...row.value, eTag: row.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = (item ?? {}) as Record<string, unknown>;
      const expected = typeof eTag === 'string' && eTag !== '*' && eTag !== '' ? eTag : undefined;
      const written = await this.state.write(key, value, expected);
      if (!written)
        throw new Error(`Storage: the item "${key}" was changed by another turn (eTag conflict).`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.state.delete(keys);
  }
}
