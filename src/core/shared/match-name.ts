/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbouring letters). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** How far a typed word may be from a name and still be taken as a typo of it. */
export function typoAllowance(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2;
}

/** A name as compared: lower case, and only its letters, digits and apostrophes (no emoji, "&" or "-"). */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

/**
 * Finds the name someone meant: an exact (case-insensitive) name, else the one name it is a prefix
 * of, else the one closest name within a typo's distance. `ambiguous` lists the candidates when
 * several fit equally; `closest` the nearest names otherwise, for "did you mean".
 */
export function matchName(
  typed: string,
  names: readonly string[],
): { match: string } | { ambiguous: string[] } | { closest: string[] } {
  const query = fold(typed);
  const exact = names.find((n) => fold(n) === query);
  if (exact !== undefined) return { match: exact };
  if (query.length === 0) return { closest: [] };
  const prefixed = names.filter((n) => fold(n).startsWith(query));
  if (prefixed.length === 1) return { match: prefixed[0] as string };
  if (prefixed.length > 1) return { ambiguous: prefixed };
  // A typo: against the whole name, and against its start as long as the typed text.
  const scored = names
    .map((name) => {
      const folded = fold(name);
      return {
        name,
        distance: Math.min(editDistance(query, folded), editDistance(query, folded.slice(0, query.length))),
      };
    })
    .sort((a, b) => a.distance - b.distance);
  const best = scored[0];
  if (best && best.distance <= typoAllowance(query)) {
    const tied = scored.filter((s) => s.distance === best.distance);
    return tied.length === 1 ? { match: best.name } : { ambiguous: tied.map((s) => s.name) };
  }
  return {
    closest: scored
      .filter((s) => s.distance <= Math.max(2, query.length / 2))
      .map((s) => s.name)
      .slice(0, 3),
  };
}

/** The one command a mistyped word is closest to ("shedule" → "schedule"), if any. */
export function closestCommand(word: string, commands: Iterable<string>): string | undefined {
  const allowance = typoAllowance(word);
  if (allowance === 0) return undefined;
  const near = [...commands].filter((c) => {
    const d = editDistance(word.toLowerCase(), c);
    return d > 0 && d <= allowance;
  });
  return near.length === 1 ? near[0] : undefined;
}
