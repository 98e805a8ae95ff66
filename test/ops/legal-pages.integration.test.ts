import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type OpsServer, startOpsServer } from '../../src/ops/http-server.ts';
import { createLegalPageMounts } from '../../src/ops/legal-pages.ts';
import { Metrics } from '../../src/ops/metrics.ts';

let server: OpsServer;
beforeAll(async () => {
  const config = loadConfig({
    PRIVACY_CONTACT: 'dpo@northshire.example <script>',
    PRIVACY_OPERATOR: 'Northshire Early Help Partnership',
    QUESTION_RETENTION_DAYS: '45',
    PULSE_RESPONSE_RETENTION_DAYS: '200',
  });
  server = await startOpsServer(0, '127.0.0.1', {
    metrics: new Metrics({ defaultMetrics: false }),
    checks: {},
    mounts: createLegalPageMounts(config),
  });
});
afterAll(async () => {
  await server?.close();
});

it('serves the privacy notice from the configuration: what is stored, for how long, who to contact', async () => {
  const res = await fetch(`${server.url}/privacy`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/html/);
  const html = await res.text();
  expect(html).toMatch(/Northshire Early Help Partnership/);
  expect(html).toMatch(/dpo@northshire.example &#60;script&#62;/);
  expect(html).not.toMatch(/<script>/);
  expect(html).toMatch(/Questions: 45 days/);
  expect(html).toMatch(/Survey answers: 200 days/);
  expect(html).toMatch(/Meeting RSVPs: 90 days/);
});

it('serves the terms, refuses other methods, and both manifests link the pages', async () => {
  const terms = await fetch(`${server.url}/terms`);
  expect(terms.status).toBe(200);
  expect(await terms.text()).toMatch(/call 999/);
  expect((await fetch(`${server.url}/terms`, { method: 'POST' })).status).toBe(405);
  const teams = JSON.parse(readFileSync('manifests/teams/manifest.json', 'utf8')) as {
    developer: { privacyUrl: string; termsOfUseUrl: string };
  };
  expect(teams.developer.privacyUrl).toBe('{{PUBLIC_URL}}/privacy');
  expect(teams.developer.termsOfUseUrl).toBe('{{PUBLIC_URL}}/terms');
  const slack = readFileSync('manifests/slack/manifest.yaml', 'utf8');
  expect(slack).toMatch(/https:\/\/joinedup\.example\.org\/privacy/);
  expect(slack).toMatch(/https:\/\/joinedup\.example\.org\/terms/);
});
