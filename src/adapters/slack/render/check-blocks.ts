/**
 * Slack's Block Kit limits, counted as Slack counts them: after `&`, `<` and `>` are escaped
 * (so `<question>` in plain text is 16 characters, not 10). One validator for every message,
 * modal and App Home the adapter sends, and for the fake Slack in tests, which refuses what Slack
 * would refuse.
 */

/** One way a payload breaks a limit: where (`blocks[3].text`) and what. */
export interface LimitProblem {
  path: string;
  problem: string;
}

/** Blocks in one message, and in one modal or App Home view. */
export const MAX_MESSAGE_BLOCKS = 50;
export const MAX_VIEW_BLOCKS = 100;
/** Text of a section, or of one mrkdwn element of a context block. */
export const MAX_SECTION_TEXT = 3000;
/** A message's top-level `text` (the notification and screen-reader fallback). */
export const MAX_MESSAGE_TEXT = 40_000;
export const MAX_BUTTON_TEXT = 75;
export const MAX_ACTIONS_ELEMENTS = 25;

type Json = Record<string, unknown>;

/** The length Slack measures: plain text is escaped by Slack; mrkdwn we escaped ourselves, except a bare `&`. */
export function slackLength(text: string, type: 'plain_text' | 'mrkdwn' = 'plain_text'): number {
  if (type === 'plain_text') {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').length;
  }
  return text.replace(/&(?!(amp|lt|gt);)/g, '&amp;').length;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

class Checker {
  readonly problems: LimitProblem[] = [];

  fail(path: string, problem: string): void {
    this.problems.push({ path, problem });
  }

  /** A text object (`plain_text` / `mrkdwn`) of at most `max` characters; `plainOnly` refuses mrkdwn. */
  text(
    path: string,
    value: unknown,
    max: number,
    opts: { plainOnly?: boolean; required?: boolean } = {},
  ): void {
    if (value === undefined) {
      if (opts.required) this.fail(path, 'is missing');
      return;
    }
    if (!isObject(value) || typeof value.text !== 'string') {
      this.fail(path, 'is not a text object');
      return;
    }
    const type = value.type === 'mrkdwn' ? 'mrkdwn' : 'plain_text';
    if (opts.plainOnly && type !== 'plain_text') this.fail(path, 'must be plain_text');
    if (value.text.length === 0) this.fail(path, 'is empty');
    const length = slackLength(value.text, type);
    if (length > max) this.fail(path, `is ${length} characters after escaping; the limit is ${max}`);
  }

  /** A raw string field (ids, values, urls) of at most `max` characters. */
  string(path: string, value: unknown, max: number): void {
    if (value === undefined) return;
    if (typeof value !== 'string') {
      this.fail(path, 'is not a string');
      return;
    }
    if (value.length > max) this.fail(path, `is ${value.length} characters; the limit is ${max}`);
  }

  count(path: string, items: unknown[], max: number, min = 0): void {
    if (items.length > max) this.fail(path, `has ${items.length} items; the limit is ${max}`);
    if (items.length < min) this.fail(path, `has ${items.length} items; at least ${min} are needed`);
  }

  confirm(path: string, value: unknown): void {
    if (!isObject(value)) return;
    this.text(`${path}.title`, value.title, 100, { plainOnly: true });
    this.text(`${path}.text`, value.text, 300);
    this.text(`${path}.confirm`, value.confirm, 30, { plainOnly: true });
    this.text(`${path}.deny`, value.deny, 30, { plainOnly: true });
  }

  options(path: string, value: unknown, max: number, textMax: number): void {
    const options = list(value);
    this.count(path, options, max);
    for (const [i, o] of options.entries()) {
      if (!isObject(o)) continue;
      this.text(`${path}[${i}].text`, o.text, textMax, { required: true });
      this.string(`${path}[${i}].value`, o.value, 150);
      this.text(`${path}[${i}].description`, o.description, 75);
    }
  }

  /** An interactive element (button, select, input...). */
  element(path: string, e: unknown): void {
    if (!isObject(e)) {
      this.fail(path, 'is not an element');
      return;
    }
    this.string(`${path}.action_id`, e.action_id, 255);
    this.text(`${path}.placeholder`, e.placeholder, 150, { plainOnly: true });
    this.confirm(`${path}.confirm`, e.confirm);
    switch (e.type) {
      case 'button':
        this.text(`${path}.text`, e.text, MAX_BUTTON_TEXT, { plainOnly: true, required: true });
        this.string(`${path}.value`, e.value, 2000);
        this.string(`${path}.url`, e.url, 3000);
        break;
      case 'static_select':
      case 'multi_static_select':
        this.options(`${path}.options`, e.options, 100, 76);
        for (const [i, g] of list(e.option_groups).entries()) {
          if (isObject(g)) this.options(`${path}.option_groups[${i}].options`, g.options, 100, 76);
        }
        break;
      case 'overflow':
        this.options(`${path}.options`, e.options, 5, 76);
        break;
      case 'radio_buttons':
      case 'checkboxes':
        this.options(`${path}.options`, e.options, 10, 3000);
        break;
      case 'plain_text_input':
        this.string(`${path}.initial_value`, e.initial_value, 3000);
        if (typeof e.max_length === 'number' && e.max_length > 3000) {
          this.fail(`${path}.max_length`, 'is over 3000');
        }
        break;
    }
  }

  block(path: string, b: unknown): void {
    if (!isObject(b)) {
      this.fail(path, 'is not a block');
      return;
    }
    this.string(`${path}.block_id`, b.block_id, 255);
    switch (b.type) {
      case 'section': {
        if (b.text === undefined && b.fields === undefined) this.fail(path, 'has neither text nor fields');
        this.text(`${path}.text`, b.text, MAX_SECTION_TEXT);
        const fields = list(b.fields);
        this.count(`${path}.fields`, fields, 10);
        for (const [i, f] of fields.entries()) this.text(`${path}.fields[${i}]`, f, 2000);
        if (b.accessory !== undefined) this.element(`${path}.accessory`, b.accessory);
        break;
      }
      case 'header':
        this.text(`${path}.text`, b.text, 150, { plainOnly: true, required: true });
        break;
      case 'context': {
        const elements = list(b.elements);
        this.count(`${path}.elements`, elements, 10, 1);
        for (const [i, e] of elements.entries()) {
          if (isObject(e) && (e.type === 'mrkdwn' || e.type === 'plain_text')) {
            this.text(`${path}.elements[${i}]`, e, MAX_SECTION_TEXT);
          }
        }
        break;
      }
      case 'actions': {
        const elements = list(b.elements);
        this.count(`${path}.elements`, elements, MAX_ACTIONS_ELEMENTS, 1);
        for (const [i, e] of elements.entries()) this.element(`${path}.elements[${i}]`, e);
        break;
      }
      case 'input':
        this.text(`${path}.label`, b.label, 2000, { plainOnly: true, required: true });
        this.text(`${path}.hint`, b.hint, 2000, { plainOnly: true });
        this.element(`${path}.element`, b.element);
        break;
      case 'image':
        this.string(`${path}.image_url`, b.image_url, 3000);
        this.string(`${path}.alt_text`, b.alt_text, 2000);
        break;
      case 'divider':
      case 'rich_text':
      case 'file':
        break;
      default:
        this.fail(`${path}.type`, `is not a block type the app sends (${String(b.type)})`);
    }
  }

  blocks(blocks: unknown, max: number): void {
    if (blocks === undefined) return;
    const all = list(blocks);
    this.count('blocks', all, max);
    for (const [i, b] of all.entries()) this.block(`blocks[${i}]`, b);
  }
}

/** What a message (`chat.postMessage`, `chat.postEphemeral`, `chat.update`, a `response_url`) breaks. */
export function checkMessage(message: { text?: unknown; blocks?: unknown }): LimitProblem[] {
  const c = new Checker();
  if (typeof message.text === 'string' && message.text.length > MAX_MESSAGE_TEXT) {
    c.fail('text', `is ${message.text.length} characters; the limit is ${MAX_MESSAGE_TEXT}`);
  }
  if (message.blocks === undefined && (typeof message.text !== 'string' || !message.text)) {
    c.fail('text', 'is missing (and there are no blocks)');
  }
  c.blocks(message.blocks, MAX_MESSAGE_BLOCKS);
  return c.problems;
}

/** What a modal or App Home view (`views.open`, `views.update`, `views.push`, `views.publish`) breaks. */
export function checkView(view: unknown): LimitProblem[] {
  const c = new Checker();
  if (!isObject(view)) return [{ path: 'view', problem: 'is not an object' }];
  if (view.type === 'modal') {
    c.text('view.title', view.title, 24, { plainOnly: true, required: true });
    c.text('view.submit', view.submit, 24, { plainOnly: true });
    c.text('view.close', view.close, 24, { plainOnly: true });
  }
  c.string('view.private_metadata', view.private_metadata, 3000);
  c.string('view.callback_id', view.callback_id, 255);
  c.string('view.external_id', view.external_id, 255);
  c.blocks(view.blocks, MAX_VIEW_BLOCKS);
  return c.problems;
}

/** A payload Slack would refuse: thrown before sending, so it is logged instead of lost unnoticed. */
export class BlockLimitError extends Error {
  constructor(
    readonly surface: string,
    readonly problems: LimitProblem[],
  ) {
    super(
      `Slack would refuse this ${surface}: ${problems
        .slice(0, 5)
        .map((p) => `${p.path} ${p.problem}`)
        .join('; ')}`,
    );
    this.name = 'BlockLimitError';
  }
}

/** The message itself, or a BlockLimitError naming every limit it breaks. */
export function fitsMessage<T extends { text?: unknown; blocks?: unknown }>(message: T): T {
  const problems = checkMessage(message);
  if (problems.length > 0) throw new BlockLimitError('message', problems);
  return message;
}

/** The view itself, or a BlockLimitError naming every limit it breaks. */
export function fitsView<T>(view: T): T {
  const problems = checkView(view);
  if (problems.length > 0) throw new BlockLimitError('view', problems);
  return view;
}
