/**
 * Signs that a question is about a local arrangement rather than national guidance: a particular
 * day, a contact, a room, a booking, a deadline, this month's meeting, someone's rota or pay. The
 * knowledge base deliberately holds none of these (the no-answer reply points to the local
 * coordinator for them), so a question that asks for one is not answered from an article that
 * merely shares its topic ("the phone number for the MASH" is not "what is a MASH").
 * Matched against normalised text (lower-case words, single spaces).
 */
const LOCAL_ARRANGEMENT_CUES: readonly RegExp[] = [
  // a particular day or time
  /\b(?:on|this|next|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/,
  /\b(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)? (?:am|pm|morning|afternoon|evening)\b/,
  // "this week's", "next month's": a particular occasion; "stepped down next month" or "the TAC
  // next week" is only when something happens to a case, not what is asked.
  /\b(?:when|what time|where|which room|is it still on|still on)\b[^.?!]{0,40}\btomorrow\b|\btomorrow\b[^.?!]{0,30}\b(?:when|what time|where|which room|still on)\b|\btomorrow(?:'s|s)? (?:forum|meeting|session|training|panel|network|event|agenda|drop in|clinic)\b/,
  // a month's meeting: "who's hosting the May forum"
  /\b(?:the|our|this) (?:january|february|march|april|may|june|july|august|september|october|november|december) (?:forum|forums|meeting|session|training|panel|network|event|drop in)\b/,
  /\b(?:this|next) (?:week|month|term|year)(?:'s|s)? (?:forum|forums|meeting|meetings|session|sessions|training|panel|panels|network|event|events|agenda|rota|dates?|slots?|drop in|clinic)\b/,
  /\b(?:when|what time|what day|which day|where)\b[^.?!]{0,60}\b(?:this|next) (?:week|month|term|year)\b|\b(?:this|next) (?:week|month|term|year)\b[^.?!]{0,30}\b(?:when|what time|what day|which day|where)\b/,
  /\bwhat time\b|\bopening (?:hours|times)\b|\bopen (?:on|at|until)\b|\bclose (?:on|at)\b/,
  /\bwhen (?:is|are|does) (?:the|our|my) next\b/,
  /\b(?:deadline|timesheet|rota for|shift|shifts)\b/,
  // a contact
  /\b(?:phone|telephone|mobile|contact) (?:number|no|details)\b/,
  // (not a piece of a child's data: "nhs number for the boy" asks about the number itself)
  /(?<!\b(?:nhs|insurance|reference|case|pupil|upn) )\b(?:number|email address|extension) (?:for|of)\b/,
  // (a post held for a place, not "who is the lead professional for the family")
  /\bwho is (?:the|our) \w+(?: \w+){0,2} (?:for|in|at|covering) (?:the|our|my|this) (?:(?:north|south|east|west|central|city|town) )?(?:area|areas|locality|localities|borough|county|district|patch|region|council|town|city|cluster|north|south|east|west|central)\b/,
  /\bname of (?:the|our|my)\b/,
  // a place, a room, a booking
  /\b(?:book|booking|reserve) (?:a |the )?(?:room|space|venue|slot)\b/,
  /\b(?:room|venue|parking|car park|wifi|wi fi|log in details|weather)\b|\bwhere (?:can|do|should) (?:i|we) park\b|\b(?:wifi|the) password\b|\bpassword for\b/,
  /\bwhere (?:is|are) (?:the|this|our|my) \w+(?: \w+)? (?:being )?held\b/,
  /\bin (?:our|my) (?:borough|county|council|locality|town|city|patch|trust)\b/,
  /\b(?:near|nearest) (?:the|here|me|us)\b|\bnearby\b|\b(?:round|around) here\b/,
  // lists, pay and staff matters
  /\b(?:add me to|take me off|sign me up|unsubscribe)\b/,
  /\b(?:distribution|mailing|email) list\b/,
  /\b(?:annual leave|holiday entitlement|sick pay|pension|salary|payslip|expenses|overtime)\b/,
  /\b(?:christmas|xmas|leaving) (?:party|do|lunch|meal)\b/,
];

/** True when normalised text asks about a local arrangement (a time, contact, room, list, pay). */
export function asksLocalArrangement(normalisedText: string): boolean {
  return LOCAL_ARRANGEMENT_CUES.some((cue) => cue.test(normalisedText));
}
