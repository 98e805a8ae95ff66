/**
 * Writes that arrive while one is under way wait and go together in the next (a group commit):
 * under load many callers share one statement, and a lone caller pays nothing extra. Each caller
 * gets its own result. With `writeOne`, a lone item is written by it, and when a batch of several
 * fails as a whole its items are written one by one, so one bad item fails only its own caller;
 * without it, every item goes through `writeMany` and a failed batch fails each of its callers.
 */
export class GroupCommit<In, Out> {
  private waiting: { input: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  private writing = false;

  constructor(
    private readonly writeMany: (inputs: readonly In[]) => Promise<Out[]>,
    private readonly writeOne?: (input: In) => Promise<Out>,
    private readonly maxBatch = 500,
  ) {}

  write(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxBatch);
        const { writeOne } = this;
        if (batch.length === 1 && writeOne) {
          const [only] = batch as [(typeof batch)[number]];
          await writeOne(only.input).then(only.resolve, only.reject);
          continue;
        }
        try {
          const outs = await this.writeMany(batch.map((b) => b.input));
          for (const [i, item] of batch.entries()) item.resolve(outs[i] as Out);
        } catch (error) {
          if (!writeOne) for (const item of batch) item.reject(error);
          else for (const item of batch) await writeOne(item.input).then(item.resolve, item.reject);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
