import type { FailureType, RequestedRemedy, SensitiveMatter } from "../types";

// Each cue is a plain alternation of words, anchored on word edges, so matching
// stays linear on any input.
const FAILURE_CUES: Record<Exclude<FailureType, "unknown">, RegExp> = {
  timing: /\b(late|later than|delay(ed|s)?|never (showed|turned up|arrived|came)|no[- ]show|didn'?t (show|turn up|arrive|come)|did not (show|turn up|arrive|come)|still (hasn'?t|has not|haven'?t|not) (arrived|come|been delivered)|waited|waiting|hours? late|overdue|behind schedule|took (weeks|days|hours|forever)|missed (the|our|my) (appointment|slot|window|deadline|delivery)|on time|not here yet|en retard|retraso|llegó tarde|no llegó|nunca llegó|pas arrivée?|jamais arrivée?|verspätet|verspätung|zu spät|nie gekommen)\b/gi,
  quality: /\b(broken|damaged|cold|stale|poor|defective|faulty|leak(s|ing)?|stain(s|ed)?|dirty|burnt|burned|undercooked|overcooked|sloppy|low quality|not working|doesn'?t work|does not work|stopped working|still (leaks|broken|dripping)|cracked|scratched|torn|ripped|inedible|soggy|mouldy|moldy|falling apart|shoddy|messy|unfinished|careless|rot[oa]s?|dañad[oa]s?|estropead[oa]s?|suci[oa]s?|cassée?s?|abîmée?s?|sale|kaputt|beschädigt|schmutzig)\b/gi,
  communication: /\b(no one (called|replied|responded|got back)|nobody (called|replied|responded|got back)|never (replied|responded|called( me)? back|got back)|no (response|reply|answer|update|call ?back)|(didn'?t|did not) (tell|inform|let (me|us) know|call|reply|respond|answer)|ignored|unanswered|rude|dismissive|hung up|voicemail|kept (me|us) in the dark|not informed|without (warning|notice)|no one told|nobody told|sin respuesta|pas de réponse|keine antwort)\b/gi,
  execution: /\b(wrong|incorrect|mistake|mix-?up|mixed up|forgot|forgotten|left out|missing|missed (the|my|our|a)( [\w-]+)? (note|request|instructions?|items?|order|part)|forgot (the|my|our|to)|not what (i|we) (ordered|asked)|charged twice|double[- ]charged|overcharged|billed (twice|incorrectly|wrong)|didn'?t follow|did not follow|ignored (my|our) (note|instructions?|request)|dietary|allergy note|instead of|equivocad[oa]|erróneo|incorrect[oa]|incomplet[oa]s?|faltan?|erreur|faux|manquants?|incomplète?s?|falsch|fehler|fehlt|fehlen|unvollständig)\b/gi,
};

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

export function classifyFailure(text: string): { type: FailureType; score: number } {
  let best: FailureType = "unknown";
  let bestScore = 0;
  for (const [type, re] of Object.entries(FAILURE_CUES) as [Exclude<FailureType, "unknown">, RegExp][]) {
    const score = countMatches(re, text);
    if (score > bestScore) {
      best = type;
      bestScore = score;
    }
  }
  return { type: best, score: bestScore };
}

const REMEDY_CUES: [Exclude<RequestedRemedy, "none">, RegExp][] = [
  ["refund", /\b(refund(ed)?|money back|reimburse(ment|d)?|charge ?back|pay (me|us) back|reembolso|remboursement|rembourser|rückerstattung|erstattung|geld zurück)\b/i],
  ["replacement", /\b(replace(ment|d)?|send (me|us) (a |another |the right |the correct )?(new|one|replacement|another)|exchange (it|them)|new one|reemplazo|remplacement|ersatz)\b/i],
  ["redo", /\b(redo|re-do|come back (and|to) (fix|finish|redo|do)|do it (again|properly)|fix (it|this) properly|return visit|re-?clean|re-?install|finish the job|rehacer|refaire|nachbessern)\b/i],
  ["callback", /\b(call me|phone me|ring me|give me a (call|ring)|call ?back|speak to (a|the) (manager|owner|someone)|talk to (a|the) (manager|owner|someone)|llámame|appelez-moi|rufen sie mich)\b/i],
  ["discount", /\b(discount|credit|compensat(e|ion)|voucher|money off|% off|percent off|partial refund|gesture|descuento|réduction|rabatt)\b/i],
  ["explanation", /\b(explain|explanation|why (did|was|were|is|has|would)|what happened|want to know (why|how|what)|need to understand|explicación|explication|erklärung)\b/i],
];

export function detectRemedy(text: string): RequestedRemedy {
  // "partial refund" asks for a discount, not a full refund.
  if (/\bpartial refund\b/i.test(text)) return "discount";
  for (const [remedy, re] of REMEDY_CUES) if (re.test(text)) return remedy;
  return "none";
}

const SENSITIVE_CUES: [SensitiveMatter["kind"], RegExp, string][] = [
  ["chargeback", /\b(charge ?back|dispute (the|this) (charge|payment|transaction)|(call|contact) my (bank|card company|credit card)|reverse the (charge|payment))\b/i, "The customer mentions disputing the payment with their bank or card issuer."],
  ["refund", /\b(refund|money back|reimburse|reembolso|remboursement|rückerstattung)\b/i, "The customer asks for money back; check what your refund policy allows before promising it."],
  ["legal", /\b(lawyer|attorney|solicitor|legal action|sue|suing|court|small claims|trading standards|better business bureau|bbb|consumer (protection|rights)|ombudsman|report (you|this) to|abogado|avocat|anwalt|rechtsanwalt)\b/i, "The customer mentions legal steps or a regulator."],
  ["privacy", /\b(personal (data|information|details)|data (breach|protection)|gdpr|privacy|wrong (person|address|recipient)|someone else'?s (details|information|invoice|order)|sent my (details|information|data)|confidential)\b/i, "Personal information may have gone to the wrong person."],
  ["health-safety", /\b(allerg(y|ic|ies)|anaphyla\w*|epi-?pen|food poisoning|sick|ill|vomit\w*|injur(y|ed|ies)|hurt|burn(ed|t)? (my|his|her|their)|hospital|a&e|emergency room|unsafe|hazard\w*|gas leak|carbon monoxide|electric(al)? shock|exposed wires?|fire risk|alergia|allergie)\b/i, "There may be a health or safety risk to the customer or others."],
  ["property-damage", /\b(damaged (my|our|the) (floor|wall|car|carpet|furniture|property|house|home|door)|water damage|flood(ed|ing)?|insurance|scratched (my|our|the)|broke (my|our)|ruined (my|our))\b/i, "The customer reports damage to their property, which can involve insurance."],
  ["regulated", /\b(medical|dental|dentist|prescription|pharmac(y|ist)|patient|clinic|therapy|financial advice|mortgage|pension|tax return|accountant|childcare|nursery|legal advice|insurance claim)\b/i, "This involves a regulated service, where complaint handling may have rules of its own."],
];

export function detectSensitive(text: string): SensitiveMatter[] {
  const found: SensitiveMatter[] = [];
  for (const [kind, re, reason] of SENSITIVE_CUES) {
    if (re.test(text)) found.push({ kind, reason });
  }
  return found;
}

const NEGATIVE =
  /\b(disappoint\w*|unhappy|upset|frustrat\w*|angry|annoyed|furious|unacceptable|terrible|awful|horrible|worst|complain\w*|not happy|not good enough|let down|appalled|disgusted|ridiculous|poor service|bad service|shame|embarrass\w*|decepcionad\w*|inaceptable|queja|déçu\w*|inacceptable|plainte|enttäuscht|unzufrieden|inakzeptabel|beschwerde)\b/i;
const THANKS_ONLY = /\b(thank you so much|thanks so much|great job|amazing|wonderful|fantastic|excellent|brilliant|loved it|love it|perfect|well done|above and beyond|highly recommend)\b/i;

/** True when the message reads as a complaint rather than thanks or a plain question. */
export function looksLikeComplaint(text: string, failureScore: number, remedy: RequestedRemedy): boolean {
  const negative = NEGATIVE.test(text);
  if (negative) return true;
  if (THANKS_ONLY.test(text) && failureScore === 0) return false;
  if (failureScore >= 2) return true;
  if (failureScore >= 1 && remedy !== "none" && remedy !== "explanation") return true;
  if (remedy === "refund" || remedy === "redo" || remedy === "replacement") return true;
  return failureScore >= 1 && !/\?\s*$/.test(text.trim());
}
