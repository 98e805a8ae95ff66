import type { PersonalDataFinding } from './types.ts';

// The lookbehind pins the start of the local part to a token boundary: without it a long run of
// letters with no "@" would be rescanned from every position (quadratic time).
const EMAIL =
  /(?<![\w.%+'-])[\w.%+'-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])/g;

// A service's shared inbox at a public body's domain ("earlyhelp@council.gov.uk",
// "mash.referrals@county.gov.uk", "cscfrontdoor@nhs.net"): the local part is only words for a
// service, so it names no one. A person's address ("j.harris@nhs.net") and every address at a
// mail provider are still redacted, and so is a school's ("office@stpeters.sch.uk" names the school a
// child attends).
const PUBLIC_DOMAIN = /(?:^|\.)(?:gov\.uk|nhs\.uk|nhs\.net|police\.uk|org\.uk|gov\.scot|gov\.wales|org)$/i;
const SERVICE_LOCAL_PART =
  /^(?:(?:early|help|hub|hubs|mash|referrals?|safeguarding|admin|office|info|enquiries|enquiry|duty|front|door|lado|camhs|contact|reception|team|services?|famil(?:y|ies)|childrens?|children|support|spa|consultations?|helpdesk|eh|csc|social|care|north|south|east|west|central|locality|localities|out|of|hours|ooh|emergency|school|nursing|health|visiting|youth|council|and|the|forum|pulse|partnership|board|inbox|general|secure|data|protection|dpo|governance)[._-]?|\d+[._-]?)+$/i;

function isServiceInbox(address: string): boolean {
  const at = address.lastIndexOf('@');
  return PUBLIC_DOMAIN.test(address.slice(at + 1)) && SERVICE_LOCAL_PART.test(address.slice(0, at));
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
