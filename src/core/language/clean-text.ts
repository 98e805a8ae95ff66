// Control, zero-width and bidi-override characters: C0 except tab/newline, DEL, C1, U+200B-200F,
// U+202A-202E, U+2066-2069. Built from code points so the source holds no control characters.
const controlCharacters = new RegExp(
  `[${[
    [0x00, 0x08],
    [0x0b, 0x0c],
    [0x0e, 0x1f],
    [0x7f, 0x9f],
    [0x200b, 0x200f],
    [0x202a, 0x202e],
    [0x2066, 0x2069],
  ]
    .map(([a, b]) => `\\u{${(a as number).toString(16)}}-\\u{${(b as number).toString(16)}}`)
    .join('')}]`,
  'gu',
);

/** Strips control and bidi-override characters and folds whitespace; keeps ordinary text and emoji. */
export function cleanText(text: string): string {
  return text.replace(controlCharacters, '').replace(/\s+/g, ' ').trim();
}
