import { assessUrgency } from '../core/guidance/triage/index.ts';
import { detectPersonalData } from '../core/privacy/index.ts';

// The longest message the bot handles (MAX_MESSAGE_LENGTH in the conversation service) and a
// longer one, as pasted text can be.
const LENGTHS = [4_000, 20_000];

/** Inputs built to make pattern matching slow: long runs, repeated cues, separators, mixed vocabulary. */
export function adversarialInputs(length: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  let seed = 11;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const vocabulary =
    `told if a child is hitting her not kill herself said no one has collected missing alone left
    the knife with older men in danger . , and abuse taken pills breathing being who when what should just now
    called named about for re the girl is Jayden Smith 07700 900123 LS6 2AB 12 Mill Road 3/4/2019 dob nhs
    943 476 5919 AB123456C mum dad nan family children St Mary's Primary Academy Lane Road born 2016 is 8 n`
      .split(/\s+/)
      .filter(Boolean);
  return {
    letters: 'a'.repeat(length),
    capitalised: fill('Jayden '),
    spaces: ' '.repeat(length),
    digits: '7'.repeat(length),
    digitGroups: fill('0770 '),
    dots: '.'.repeat(length),
    apostrophes: fill("O'"),
    hyphens: fill('Mae-'),
    // Lower-case names joined by dots and slashes with no space: one long run the address check
    // around each name must not read again and again.
    namesInOneRun: fill('abdullahi.kemar/'),
    cues: fill('about the girl is called named for re '),
    family: fill('the Khan family the Murphys '),
    streets: fill('12 Mill Road Lane Avenue '),
    dates: fill('3/4/19 1 March 2019 '),
    framedTrigger: fill('if a child says she will kill herself '),
    hedges: fill('not sure if this is anything but '),
    // A message that turns again and again: each part is read on its own, and must stay bounded.
    turns: fill('what form? also '),
    turnsAtBreaks: fill('also | '),
    // Capitals are read twice (as typed and in lower case).
    shouted: fill('OAKLEY AND JAXON BOTH ABSENT AGAIN, MUM ZOFIA SAYS '),
    capitalRuns: fill('ABC DEF ghi JAYDEN SMITH st marks '),
    saidNames: fill("mum (honour) Big Lee ocean n Kai aunty precious's J.B. (aged 4) summer-rose "),
    namedOutright: fill('her name is Bear and the boy is called Fox, the child is Legend and '),
    schoolsBesideNames: fill(
      'Kai at Hillcrest, Brookside, yr 7, omar booth who is at oakfield, Brookside have excluded ',
    ),
    // A child's identifier, then a cue and a long run of spaces: the readers that look for where a
    // child is placed ("at", "@", "dsl") must not backtrack over it.
    placedAfterChild: `Jack Smith, 9, at${' '.repeat(Math.max(0, length - 20))}x`.slice(0, length),
    placesBesideNames: fill(
      'Amy Smith (4) at busy bees sheffield, QE yr 8, the grange, archbishop rowntree, ',
    ),
    mixed: Array.from(
      { length: Math.ceil(length / 6) },
      () => vocabulary[Math.floor(rnd() * vocabulary.length)],
    )
      .join(' ')
      .slice(0, length),
  };
}

/**
 * How long screening (triage and the identifier guard, as every message goes through both) takes
 * on hostile inputs. The target is 200 ms for any input up to the length the bot accepts; the
 * longer inputs show the growth stays linear.
 */
export function benchScreening(): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  let worst = 0;
  let worstName = '';
  for (const length of LENGTHS) {
    const timings: Record<string, number> = {};
    for (const [name, text] of Object.entries(adversarialInputs(length))) {
      // Best of three runs: the figure is the work, not the machine's other load.
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run += 1) {
        const started = performance.now();
        assessUrgency(text);
        detectPersonalData(text);
        best = Math.min(best, performance.now() - started);
      }
      timings[name] = Math.round(best * 10) / 10;
      if (length === LENGTHS[0] && best > worst) {
        worst = best;
        worstName = name;
      }
    }
    result[`chars_${length}_ms`] = timings;
  }
  result.worst_at_max_message_ms = Math.round(worst * 10) / 10;
  result.worst_input = worstName;
  result.target_ms = 200;
  result.met = worst <= 200;
  return result;
}
