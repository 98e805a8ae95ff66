import { describe, expect, it } from 'vitest';
import type { Sector } from '../../../src/core/forums/types.ts';
import {
  computeRunResults,
  computeTrend,
  findShippedTemplate,
  type ResponseRecord,
  renderBar,
  renderResultsCsv,
  renderResultsText,
  toCsvCell,
} from '../../../src/core/pulse/index.ts';
import { makeResponses, makeTemplate } from './make-pulse.ts';

const trust = findShippedTemplate('trust-between-agencies');
const ids = trust.questions.map((question) => question.id);

function trustResponses(sector: Sector, count: number, base: number, comment?: string): ResponseRecord[] {
  return makeResponses(sector, count, (index) => {
    const answers: Record<string, number | string> = {};
    ids.slice(0, 4).forEach((id, position) => {
      answers[id] = Math.min(5, Math.max(1, base + ((index + position) % 3) - 1));
    });
    if (comment) answers[ids[4] as string] = `${comment} ${index}`;
    return answers;
  });
}

const responses = [
  ...trustResponses('education', 12, 4, 'Joint visits help'),
  ...trustResponses('health', 9, 3),
  ...trustResponses('youth_support', 4, 2, 'More contact please'),
];
const results = computeRunResults(trust, responses, {
  audienceSize: 40,
  anonymity: { mergeSmallSectors: false },
});

describe('renderBar', () => {
  it('draws eighths of a cell and pads to the width', () => {
    expect(renderBar(0.4)).toBe(`${'█'.repeat(8)}${' '.repeat(12)}`);
    expect(renderBar(0.42).trimEnd()).toBe(`${'█'.repeat(8)}▍`);
    expect(renderBar(1)).toBe('█'.repeat(20));
    expect(renderBar(0.01).trimEnd()).toBe('▎');
    expect(renderBar(0.0001).trimEnd()).toBe('▏');
    expect(renderBar(0)).toBe(' '.repeat(20));
    expect(renderBar(0.5, 4)).toBe('██  ');
  });
});

describe('renderResultsText', () => {
  const earlier = computeRunResults(trust, trustResponses('education', 10, 3), {});
  const trend = computeTrend([
    { runId: 'r1', label: 'Jan', closedAt: new Date('2026-01-30'), results: earlier },
    { runId: 'r2', label: 'Mar', closedAt: new Date('2026-03-30'), results },
  ]);
  const text = renderResultsText(trust, results, trend);
  const lines = text.split('\n');

  it('starts with the title, count and response rate', () => {
    expect(lines[0]).toBe('Trust between agencies: results');
    expect(lines[1]).toBe('25 responses (63% of 40 invited)');
  });

  it('gives the response rate of the count it shows, when more have answered since the last release', () => {
    const released = { ...results, liveResponseCount: 28 };
    expect(renderResultsText(trust, released).split('\n')[1]).toBe('28 responses (70% of 40 invited)');
  });

  it('draws a bar per answer with count and percentage', () => {
    expect(text).toMatch(/^ {2}Strongly agree {13}█+[▏▎▍▌▋▊▉]? +\d+ \(\d+%\)$/m);
    const rows = lines.filter((line) =>
      /^ {2}(Strongly disagree|Disagree|Neither|Agree|Strongly agree)/.test(line),
    );
    expect(rows).toHaveLength(20);
    expect(text).toMatch(/Q1\. I trust colleagues in other agencies to act on information I share/);
    expect(text).toMatch(/25 answers · mean \d\.\d · median \d/);
  });

  it('shows the change since the previous run with an arrow', () => {
    expect(text).toMatch(/[▲▼] [+−]\d\.\d since Jan · Jan \d\.\d → Mar \d\.\d/);
  });

  it('lists sectors, naming hidden groups without figures', () => {
    expect(text).toMatch(/^By sector \(means\)$/m);
    expect(text).toMatch(/^ {2}Education {6}n=12 {2}Q1 \d\.\d · Q2 \d\.\d · Q3 \d\.\d · Q4 \d\.\d$/m);
    expect(text).toMatch(/^ {2}Health {9}hidden to protect a smaller group$/m);
    expect(text).toMatch(/^ {2}Youth support {2}not enough responses$/m);
    expect(text).not.toMatch(/n=9|n=4/);
  });

  it('shows at most three comments, unattributed, and never respondent data', () => {
    expect(text).toMatch(/^Comments$/m);
    expect(lines.filter((line) => line.startsWith('  • '))).toHaveLength(3);
    expect(text).toMatch(/… and 13 more comments on the dashboard/);
    for (const response of responses) expect(text).not.toContain(response.respondentKey);
  });

  it('stays within about 60 lines', () => {
    expect(lines.length).toBeLessThanOrEqual(60);
  });

  it('shows only the count for a run that is too small', () => {
    const small = computeRunResults(trust, trustResponses('education', 3, 4, 'hidden text'));
    const rendered = renderResultsText(trust, small);
    expect(rendered).toBe(
      'Trust between agencies: results\n3 responses\nNot enough responses to show results yet: they appear once at least 5 people respond.',
    );
  });

  it('bands 0-10 scores and says when comments are hidden', () => {
    const nps = findShippedTemplate('recommend-forum');
    const scored = computeRunResults(
      nps,
      makeResponses('education', 6, (index) => ({ 'recommend-forum': index * 2, 'recommend-comment': 'x' })),
    );
    const rendered = renderResultsText(nps, scored);
    expect(rendered).toMatch(/^ {2}0-4 +█+[▏▎▍▌▋▊▉]? +3 \(50%\)$/m);
    expect(rendered).toMatch(/^ {2}9-10 +.* 1 \(17%\)$/m);
    expect(rendered).toMatch(/Comments are shown only when at least 10 people respond/);
    expect(rendered).not.toMatch(/^ {2}• /m);
  });
});

describe('toCsvCell', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(toCsvCell('plain')).toBe('plain');
    expect(toCsvCell('a, b')).toBe('"a, b"');
    expect(toCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(toCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(toCsvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(toCsvCell('+1')).toBe("'+1");
    expect(toCsvCell('-2+3')).toBe("'-2+3");
    expect(toCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(toCsvCell('\tcmd')).toBe("'\tcmd");
    expect(toCsvCell(3.5)).toBe('3.5');
    expect(toCsvCell(null)).toBe('');
  });
});

describe('renderResultsCsv', () => {
  it('writes aggregate rows only, with CRLF line ends', () => {
    const csv = renderResultsCsv(trust, results);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(
      'section,question_id,question,group,answer,answer_label,count,percent,n,mean,median,note',
    );
    expect(rows[1]).toBe('summary,,,all,,,,,25,,,response rate 63%');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      `question,trust-act-on-info,I trust colleagues in other agencies to act on information I share,all,5,Strongly agree,`,
    );
    expect(csv).toMatch(/\r\nsector,,,Youth support,,,,,,,,not enough responses\r\n/);
    expect(csv).toMatch(/\r\nsector,,,Health,,,,,,,,hidden to protect a smaller group\r\n/);
    expect(csv).toMatch(
      /\r\nsector,forum-helps,The forum helps me work with other agencies,Education,,,,,12,\d/,
    );
    expect(csv).toMatch(/comments,trust-comment,.*,all,,,,,16,,,comment text is not exported/);
    expect(csv).not.toMatch(/Joint visits help|More contact please/);
    for (const response of responses) expect(csv).not.toContain(response.respondentKey);
  });

  it('quotes and defuses coordinator-written text', () => {
    const options = ['@risk', '-minus', 'He said "ok"'];
    const template = makeTemplate({
      questions: [
        { id: 'q1', type: 'agree5', text: '=cmd|"/c calc"!A1, really', required: true },
        { id: 'q2', type: 'choice', text: 'Pick one, please', options, required: true },
      ],
    });
    const csv = renderResultsCsv(
      template,
      computeRunResults(
        template,
        makeResponses('education', 6, (index) => ({ q1: 3, q2: options[index % 3] as string })),
      ),
    );
    expect(csv).toContain(
      `question,q1,"'=cmd|""/c calc""!A1, really",all,3,Neither agree nor disagree,6,100,6,,,`,
    );
    expect(csv).toContain(`question,q2,"Pick one, please",all,'@risk,'@risk,2,33.3,6,,,`);
    expect(csv).toContain(`,'-minus,'-minus,2,`);
    expect(csv).toContain(`,"He said ""ok""","He said ""ok""",2,`);
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });

  it('exports only the count note for a run that is too small', () => {
    const csv = renderResultsCsv(trust, computeRunResults(trust, trustResponses('health', 2, 3, 'nope')));
    expect(csv).toContain('summary,,,all,,,,,2,,,not enough responses to show results');
    expect(csv).not.toMatch(/Strongly|nope/);
    expect(csv).toMatch(
      /comments,trust-comment,.*,all,,,,,,,,Results are shown only when at least 5 people respond\./,
    );
  });
});
