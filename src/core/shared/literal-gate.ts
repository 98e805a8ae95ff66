/**
 * A cheap test that a regular expression cannot match a text, so the expression is never run (nor
 * compiled: V8 compiles an expression the first time it runs, and the triage's 130-odd long rules
 * took half a second to compile on the first message after a start).
 *
 * The gate is read from the expression itself: a list of clauses, each a list of literal strings,
 * such that every match contains at least one string of every clause. So when some clause has no
 * string in the text, the expression cannot match it, and skipping it changes no result. Anything
 * the reader does not follow (flags other than g, m and s; syntax it does not know) gives an
 * empty gate, one that lets every text through.
 */
export type LiteralGate = readonly (readonly string[])[];

/** Clauses of one node of the expression: a conjunction of disjunctions of literal strings. */
type Clauses = string[][];

const SPECIAL = new Set('\\^$.|?*+()[]{}');
const QUANTIFIER_START = new Set('?*+{');

/** Gives up on an expression the reader does not follow. */
class Unsupported extends Error {}

/** Clauses kept per expression: each costs a few substring searches per message. */
const MAX_CLAUSES = 3;

/**
 * How often a clause lets an ordinary message through, roughly: a string of n characters is taken
 * to occur with odds falling fourfold per letter; spaces and punctuation say less than letters.
 */
const costs = new WeakMap<readonly string[], number>();
function cost(clause: readonly string[]): number {
  let sum = costs.get(clause);
  if (sum !== undefined) return sum;
  sum = 0;
  for (const text of clause) {
    let bits = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bits += (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? 2 : 0.5;
    }
    sum += 2 ** -bits;
  }
  costs.set(clause, sum);
  return sum;
}

function bestClause(clauses: Clauses): string[] | undefined {
  let best: string[] | undefined;
  for (const clause of clauses) if (!best || cost(clause) < cost(best)) best = clause;
  return best;
}

/** The most selective clauses first, at most MAX_CLAUSES. */
function strongest(clauses: Clauses): Clauses {
  return clauses.length <= 1 ? clauses : [...clauses].sort((a, b) => cost(a) - cost(b)).slice(0, MAX_CLAUSES);
}

/** A recursive-descent reader of the expression syntax the rules use (no `u` or `v` flag). */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Clauses {
    const clauses = this.alternation();
    if (this.at !== this.source.length) throw new Unsupported('unbalanced parenthesis');
    return clauses;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  /** `a|b|c`: a match contains one branch's match, so one string from each branch's best clause. */
  private alternation(): Clauses {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Clauses;
    const union: string[] = [];
    for (const branch of branches) {
      const clause = bestClause(branch);
      if (!clause) return [];
      for (const text of clause) union.push(text);
    }
    return [union];
  }

  /** Atoms one after another: every clause of every required atom holds, and literal runs. */
  private sequence(): Clauses {
    const clauses: Clauses = [];
    let run = '';
    const endRun = () => {
      if (run !== '') clauses.push([run]);
      run = '';
    };
    const { source } = this;
    for (let ch = this.peek(); ch !== undefined && ch !== '|' && ch !== ')'; ch = this.peek()) {
      // Plain characters not followed by a quantifier, the bulk of a rule, are taken as they come.
      if (!SPECIAL.has(ch) && !QUANTIFIER_START.has(source[this.at + 1] as string)) {
        const start = this.at;
        do this.at++;
        while (
          this.at < source.length &&
          !SPECIAL.has(source[this.at] as string) &&
          !QUANTIFIER_START.has(source[this.at + 1] as string)
        );
        run += source.slice(start, this.at);
        continue;
      }
      const atom = this.atom();
      const min = this.quantifier();
      if (atom.literal !== undefined) {
        if (min === undefined) {
          run += atom.literal;
          continue;
        }
        // `s?` ends the run before the s; `s+` ends it after one s and starts the next with one.
        if (min >= 1) run += atom.literal;
        endRun();
        if (min >= 1) run = atom.literal;
        continue;
      }
      if (atom.zeroWidth) continue;
      endRun();
      if ((min ?? 1) >= 1) clauses.push(...atom.clauses);
    }
    endRun();
    return strongest(clauses);
  }

  /** The least number of times the quantifier after an atom allows; undefined when there is none. */
  private quantifier(): number | undefined {
    const ch = this.peek();
    let min: number;
    if (ch === '?' || ch === '*') {
      min = 0;
      this.at++;
    } else if (ch === '+') {
      min = 1;
      this.at++;
    } else if (ch === '{') {
      // Annex B: a brace that does not make a quantifier is a literal brace (read as an atom).
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (!m) return undefined;
      min = Number(m[1]);
      this.at += m[0].length;
    } else return undefined;
    if (this.peek() === '?') this.at++;
    return min;
  }

  private atom(): { literal?: string; zeroWidth?: boolean; clauses: Clauses } {
    const ch = this.peek() as string;
    this.at++;
    switch (ch) {
      case '(':
        return this.group();
      case '[':
        this.characterClass();
        return { clauses: [] };
      case '\\':
        return this.escape();
      case '.':
        return { clauses: [] };
      case '^':
      case '$':
        return { zeroWidth: true, clauses: [] };
      case '*':
      case '+':
      case '?':
        throw new Unsupported('nothing to repeat');
      default:
        return { literal: ch, clauses: [] };
    }
  }

  private group(): { zeroWidth?: boolean; clauses: Clauses } {
    let lookaround = false;
    if (this.peek() === '?') {
      const rest = this.source.slice(this.at, this.at + 4);
      if (rest.startsWith('?:')) this.at += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        this.at += 3;
        lookaround = true;
      } else {
        const named = /^\?<[A-Za-z_$][\w$]*>/.exec(this.source.slice(this.at));
        if (!named) throw new Unsupported('group syntax');
        this.at += named[0].length;
      }
    }
    const clauses = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.at++;
    // What a lookaround looks at is not part of the match.
    return lookaround ? { zeroWidth: true, clauses: [] } : { clauses };
  }

  private characterClass(): void {
    if (this.peek() === '^') this.at++;
    if (this.peek() === ']') this.at++;
    while (this.peek() !== ']') {
      if (this.peek() === undefined) throw new Unsupported('unclosed class');
      if (this.peek() === '\\') this.at++;
      this.at++;
    }
    this.at++;
  }

  private escape(): { zeroWidth?: boolean; clauses: Clauses } {
    const ch = this.peek();
    if (ch === undefined) throw new Unsupported('trailing backslash');
    this.at++;
    if (ch === 'b' || ch === 'B') return { zeroWidth: true, clauses: [] };
    if (ch === 'k') {
      const name = /^<[A-Za-z_$][\w$]*>/.exec(this.source.slice(this.at));
      if (name) this.at += name[0].length;
    }
    if (ch === 'x') this.at += 2;
    if (ch === 'u') this.at += 4;
    if (ch === 'c') this.at += 1;
    // Any other escape matches some character the reader does not name: it needs nothing.
    return { clauses: [] };
  }
}

/** The gate of one expression; empty (lets everything through) when it cannot be read. */
export function literalGate(pattern: RegExp): LiteralGate {
  if (/[^gms]/.test(pattern.flags)) return [];
  try {
    return new Reader(pattern.source).read();
  } catch (error) {
    if (error instanceof Unsupported) return [];
    throw error;
  }
}

/** False only when the expression the gate was read from cannot match `text`. */
export function mayMatch(gate: LiteralGate, text: string): boolean {
  for (const clause of gate) {
    let found = false;
    for (const literal of clause) {
      if (text.includes(literal)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

const gates = new WeakMap<RegExp, LiteralGate>();

/** The gate of `pattern`, read once and kept. */
export function gateOf(pattern: RegExp): LiteralGate {
  let gate = gates.get(pattern);
  if (!gate) {
    gate = literalGate(pattern);
    gates.set(pattern, gate);
  }
  return gate;
}

/** `pattern.test(text)`, without running (or compiling) the pattern when its gate rules it out. */
export function gatedTest(pattern: RegExp, text: string): boolean {
  return mayMatch(gateOf(pattern), text) && pattern.test(text);
}
