/**
 * A typed model of the Adaptive Card JSON the Teams adapter sends (schema 1.5, the elements it
 * uses). Card builders return these types, so a misspelt property or a wrong element is a
 * compile error rather than a card Teams refuses.
 */

type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  weight?: 'Default' | 'Lighter' | 'Bolder';
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  color?: 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  isSubtle?: boolean;
  fontType?: 'Default' | 'Monospace';
  spacing?: Spacing;
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
  bleed?: boolean;
  spacing?: Spacing;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: Spacing;
}

interface InputBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
  spacing?: Spacing;
}

export interface TextInput extends InputBase {
  type: 'Input.Text';
  value?: string;
  placeholder?: string;
  maxLength?: number;
  isMultiline?: boolean;
}

export interface NumberInput extends InputBase {
  type: 'Input.Number';
  value?: number;
  min?: number;
  max?: number;
}

export interface DateInput extends InputBase {
  type: 'Input.Date';
  value?: string;
}

export interface TimeInput extends InputBase {
  type: 'Input.Time';
  value?: string;
}

export interface ToggleInput extends InputBase {
  type: 'Input.Toggle';
  title: string;
  value?: 'true' | 'false';
}

export interface Choice {
  title: string;
  value: string;
}

/** Choices looked up as the person types: Teams' people picker, or the bot's own search. */
export interface DataQuery {
  type: 'Data.Query';
  /** `graph.microsoft.com/users` (the organisation's people) or `graph.microsoft.com/users?scope=currentContext` (this chat's members). */
  dataset: string;
}

export interface ChoiceSetInput extends InputBase {
  type: 'Input.ChoiceSet';
  choices: Choice[];
  'choices.data'?: DataQuery;
  value?: string;
  style?: 'compact' | 'expanded' | 'filtered';
  isMultiSelect?: boolean;
  placeholder?: string;
}

export type CardInput = TextInput | NumberInput | DateInput | TimeInput | ToggleInput | ChoiceSetInput;
export type CardElement = TextBlock | Container | ActionSet | CardInput;

/** Data every button of ours carries: `verb` routes it (see `card-actions.ts`). */
export type ActionData = { verb: string } & Record<string, string | number | boolean>;

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: ActionData;
  style?: 'default' | 'positive' | 'destructive';
}

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: ActionData;
  style?: 'default' | 'positive' | 'destructive';
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export type CardAction = SubmitAction | ExecuteAction | OpenUrlAction;

/** A Teams mention inside a card: `<at>Name</at>` in a TextBlock and this entity beside it. */
export interface MentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardAction[];
  speak?: string;
  msteams?: { width?: 'Full'; entities?: MentionEntity[] };
}
