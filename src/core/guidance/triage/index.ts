export {
  assessUrgency,
  URGENCY_REASONS,
  type UrgencyAssessment,
  type UrgencyReason,
  type UrgencyTier,
} from './assess-urgency.ts';
export { composeUrgentReply, type EmergencyContacts, type UrgentReply } from './compose-urgent-reply.ts';
export { mentionsHarm, SAFETY_NET_LINE, withSafetyNet } from './safety-net.ts';
