/**
 * Resolves once every promise in `work` has settled, including any added while waiting (a turn
 * that defers a reply adds one), or when the clock passes `deadline` (milliseconds since the
 * epoch), whichever comes first. The set is the caller's: its promises remove themselves when
 * they settle.
 */
export async function settleAll(work: ReadonlySet<Promise<unknown>>, deadline: number): Promise<void> {
  while (work.size > 0) {
    const left = deadline - Date.now();
    if (left <= 0) return;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), left);
      timer.unref();
    });
    const outcome = await Promise.race([Promise.allSettled([...work]), late]);
    clearTimeout(timer);
    if (outcome === 'late') return;
  }
}
