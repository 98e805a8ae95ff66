import type { PersonalDataFinding } from './types.ts';

// The lookbehind pins the start of the local part to a token boundary: without it a long run of
// letters with no "@" would be rescanned from every position (quadratic time).
const EMAIL =
  /(?<![\w.%+'-])[\w.%+'-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])/g;

// A service's shared inbox at a public body's own domain ("earlyhelp@council.gov.uk",
// "mash.referrals@county.gov.uk", "cscfrontdoor@nhs.net"): the local part is only words for a
// service, one of them a service's own ("mash", "referrals", "duty" ...), so it names no one. A
// person's address ("j.harris@nhs.net", "west@nhs.net"), a number (a pupil's account), and every
// address at a mail provider, a school, a charity or an academy trust (".org", ".org.uk", ".sch.uk")
// are still redacted.
const PUBLIC_DOMAIN = /(?:^|\.)(?:gov\.uk|nhs\.uk|nhs\.net|police\.uk|gov\.scot|gov\.wales)$/i;
const SERVICE_WORD =
  'early|help|hub|hubs|mash|referrals?|safeguarding|admin|office|info|enquiries|enquiry|duty|front|door|lado|camhs|contact|reception|team|services?|famil(?:y|ies)|childrens?|children|support|spa|consultations?|helpdesk|eh|csc|social|care|locality|out|of|hours|ooh|emergency|and|the|forum|partnership|board|inbox|dpo';
const SERVICE_LOCAL_PART = new RegExp(`^(?:(?:${SERVICE_WORD})[._-]?)+$`, 'i');
// At least one word only a service's inbox is named with.
const SERVICE_OWN_WORD =
  /(?:mash|referral|safeguarding|admin|enquir|duty|frontdoor|lado|camhs|reception|helpdesk|earlyhelp|familyhub|hub|spa|consultation|csc|ooh|inbox|dpo|services)/i;

function isServiceInbox(address: string): boolean {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  return (
    PUBLIC_DOMAIN.test(address.slice(at + 1)) &&
    SERVICE_LOCAL_PART.test(local) &&
    SERVICE_OWN_WORD.test(local)
  );
}

/**
 * Email addresses, including plus-tags, subdomains and apostrophes in the local part; not a
 * service's shared inbox at a public body (see `isServiceInbox`).
 */
export function detectEmails(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(EMAIL)) {
    if (isServiceInbox(match[0])) continue;
    findings.push({ kind: 'email', start: match.index, end: match.index + match[0].length });
  }
  return findings;
}
