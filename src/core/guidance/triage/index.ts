export {
  assessUrgency,
  URGENCY_REASONS,
  type UrgencyAssessment,
  type UrgencyReason,
} from './assess-urgency.ts';
export { composeUrgentReply, type EmergencyContacts, type UrgentReply } from './compose-urgent-reply.ts';
