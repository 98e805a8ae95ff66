import { loadConfig } from '../../src/config.ts';
import { GuidanceService } from '../../src/core/guidance/answer-question.ts';
import { KnowledgeIndex } from '../../src/core/guidance/knowledge-index.ts';
import { loadKnowledgeBase } from '../../src/core/guidance/load-knowledge-base.ts';

let shared: GuidanceService | undefined;

/** The guidance service over the shipped knowledge base, built once per test file. */
export function shippedGuidance(options: { coordinatorContact?: string } = {}): GuidanceService {
  if (!options.coordinatorContact && shared) return shared;
  const service = new GuidanceService(new KnowledgeIndex(loadKnowledgeBase().articles), {
    minConfidence: loadConfig({}).guidance.minConfidence,
    coordinatorContact: options.coordinatorContact,
    emergency: { socialCareFrontDoor: '0113 000 0000', mash: '0113 111 1111' },
  });
  if (!options.coordinatorContact) shared = service;
  return service;
}
