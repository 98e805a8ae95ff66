export { BOT_SCOPES, createSlackAdapter, type SlackAdapter, type SlackAdapterDeps } from './slack-adapter.ts';
