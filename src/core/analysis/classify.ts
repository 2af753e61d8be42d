import type { FailureType, RequestedRemedy, SensitiveMatter } from "../types";

// Each cue is a plain alternation of words, anchored on word edges, so matching
// stays linear on any input.
const FAILURE_CUES: Record<Exclude<FailureType, "unknown">, RegExp> = {
  timing:
    /\b(late|later than|delay(ed|s)?|never (showed|turned up|arrived|came)|no[- ]show|didn'?t (show|turn up|arrive|come)|did not (show|turn up|arrive|come)|still (hasn'?t|has not|haven'?t|have not|not|isn'?t|is not|waiting)( \w+)? (arrived|come|been delivered|received|live|here|ready|done|finished)|waited|waiting|hours? late|minutes late|overdue|was due|were due|behind schedule|took (weeks|days|hours|forever)|missed (the|our|my) (appointment|slot|window|deadline|delivery)|on time|not here yet|(moved|changed|postponed|rescheduled) (our|the|my) (date|appointment|installation|booking|delivery)|third time|weeks since|months since|en retard|de retard|retraso|llegó tarde|no llegó|nunca llegó|pas arrivée?|jamais arrivée?|verspätet|verspätung|zu spät|nie gekommen|nicht gekommen)\b/gi,
  quality:
    /\b(broken|damaged|cold|stale|poor|defective|faulty|leak(s|ing)?|stain(s|ed)?|dirty|burnt|burned|undercooked|overcooked|sloppy|low quality|not working|doesn'?t work|does not work|stopped working|still (leaks|leaking|broken|dripping|grinding|dirty|wet|there|back)|(are|is) back|came back (\w+ )?(shrunk|damaged|stained|torn|ripped|with)|cracked|scratched|torn|ripped|shrunk|patchy|crooked|damp|exposed wires?|unsafe|grinding|inedible|soggy|mouldy|moldy|falling apart|shoddy|messy|unfinished|careless|a cut|rot[oa]s?|dañad[oa]s?|estropead[oa]s?|suci[oa]s?|cassée?s?|abîmée?s?|pas réparée?|n'est pas réparée?|sale|kaputt|beschädigt|zerbrochen|schmutzig)\b/gi,
  communication:
    /\b(no one (called|replied|responded|got back|answers)|nobody (called|replied|responded|got back|answers|has (replied|responded|called))|never (replied|responded|called( me)? back|got back)|no (response|reply|answer|update|call ?back)|(didn'?t|did not) (tell|inform|let (me|us) know|call|reply|respond|answer|warn)|nobody (told|warned|informed)|no one (told|warned|informed)|ignored|unanswered|rude|dismissive|hung up|voicemail|kept (me|us) in the dark|not informed|without (warning|notice)|raised this|chased|nadie responde|sin respuesta|pas de réponse|personne ne répond|keine antwort|niemand hat angerufen)\b/gi,
  execution:
    /\b(wrong|incorrect|mistake|by mistake|mix-?up|mixed up|forgot|forgotten|left out|missing|missed (the|my|our|a)( [\w-]+)? (note|request|instructions?|items?|order|part)|forgot (the|my|our|to)|not what (i|we) (ordered|asked)|(i|we) asked for|charged (me |us |her |him |my \w+ )?(twice|again|for)|double[- ]charged|overcharged|billed (twice|incorrectly|wrong|for)|didn'?t follow|did not follow|ignored (my|our) (note|instructions?|request)|dietary|allergy note|instead of|too (short|long|small|big|tight|loose)|never (had|ordered|asked)|told (the|your) \w+ .{0,40}(twice|and)|equivocad[oa]|erróneo|incorrect[oa]|incomplet[oa]s?|faltan?|cobrad[oa] dos veces|me han cobrado|erreur|faux|manquants?|il manquait|incomplète?s?|falsch|fehler|fehlt|fehlen|unvollständig)\b/gi,
};

function countMatches(re: RegExp, text: string): { count: number; first: number } {
  re.lastIndex = 0;
  let count = 0;
  let first = Infinity;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (count === 0) first = m.index;
    count++;
  }
  return { count, first };
}

/** The kind of failure with the most cues; on a tie, the one the customer mentions first. */
export function classifyFailure(text: string): { type: FailureType; score: number } {
  let best: FailureType = "unknown";
  let bestScore = 0;
  let bestFirst = Infinity;
  for (const [type, re] of Object.entries(FAILURE_CUES) as [Exclude<FailureType, "unknown">, RegExp][]) {
    const { count, first } = countMatches(re, text);
    if (count > bestScore || (count === bestScore && count > 0 && first < bestFirst)) {
      best = type;
      bestScore = count;
      bestFirst = first;
    }
  }
  return { type: best, score: bestScore };
}

const REMEDY_CUES: [Exclude<RequestedRemedy, "none">, RegExp][] = [
  [
    "refund",
    /\b(refund(ed)?|money back|reimburse(ment|d)?|charge ?back|pay (me|us) back|reembolso|remboursement|rembourser|rückerstattung|erstattung|geld zurück)\b/i,
  ],
  [
    "replacement",
    /\b(replace(ment|d)?|send (me |us )?(a |an |another )?(the )?(new|right|correct|proper|replacement|another)\b|exchange (it|them)|new one|reemplazo|remplacement|ersatz)\b/i,
  ],
  [
    "redo",
    /\b(redo|re-do|come back\b.{0,25}\b(fix|finish|redo|do|sort)|do it (again|properly)|fix (it|them|this|that)|finish the job|return visit|re-?clean|re-?install|reprint(ed)?|make it safe|correct (it|this|that)|put (it|this) right|rehacer|refaire|nachbessern|reparieren)\b/i,
  ],
  [
    "callback",
    /\b(call me|phone me|ring me|give me a (call|ring)|call ?back|speak to (a|the) (manager|owner|someone)|talk to (a|the) (manager|owner|someone)|llámame|llamadme|appelez-moi|me rappeler|rappelez-moi|rufen sie mich)\b/i,
  ],
  [
    "discount",
    /\b(discount|credit|compensat(e|ion)|voucher|money off|% off|percent off|partial refund|gesture|pay for the (repair|damage|bill|cost)|cover the (cost|bill|vet bill|repair)|descuento|réduction|rabatt)\b/i,
  ],
  [
    "explanation",
    /\b(explain|explanation|why (did|was|were|is|has|would)|what happened|how this happened|want to know (why|how|what)|need to understand|explicación|explication|erklärung)\b/i,
  ],
];

/** What the customer asks for: the remedy they name first. */
export function detectRemedy(text: string): RequestedRemedy {
  // "partial refund" asks for a discount, not a full refund.
  if (/\bpartial refund\b/i.test(text)) return "discount";
  let best: RequestedRemedy = "none";
  let at = Infinity;
  for (const [remedy, re] of REMEDY_CUES) {
    const m = re.exec(text);
    if (m && m.index < at) {
      best = remedy;
      at = m.index;
    }
  }
  return best;
}

const SENSITIVE_CUES: [SensitiveMatter["kind"], RegExp, string][] = [
  [
    "chargeback",
    /\b(charge ?back|dispute (the|this) (charge|payment|transaction)|(call|contact) my (bank|card company|credit card)|reverse the (charge|payment))\b/i,
    "The customer mentions disputing the payment with their bank or card issuer.",
  ],
  [
    "refund",
    /\b(refund(s|ed)?|money back|deposit back|reimburse|reembolso|remboursement|rückerstattung)\b/i,
    "The customer asks for money back; check what your refund policy allows before promising it.",
  ],
  [
    "legal",
    /\b(lawyer|attorney|solicitor|legal action|sue|suing|court|small claims|trading standards|better business bureau|bbb|consumer (protection|rights)|ombudsman|report (you|this) to|abogado|avocat|anwalt|rechtsanwalt)\b/i,
    "The customer mentions legal steps or a regulator.",
  ],
  [
    "privacy",
    /\b(personal (data|information|details)|data (breach|protection)|gdpr|privacy|wrong (person|address|recipient)|someone else'?s (details|information|invoice|order)|sent my (details|information|data)|confidential)\b/i,
    "Personal information may have gone to the wrong person.",
  ],
  [
    "health-safety",
    /\b(allerg(y|ic|ies)|anaphyla\w*|epi-?pen|food poisoning|sick|ill|vomit\w*|injur(y|ed|ies)|hurt|burn(ed|t)? (my|his|her|their)|hospital|a&e|emergency room|unsafe|hazard\w*|gas leak|carbon monoxide|electric(al)? shock|exposed wires?|fire risk|alergia|allergie)\b/i,
    "There may be a health or safety risk to the customer or others.",
  ],
  [
    "property-damage",
    /\b(damaged (my|our|the) ([\w-]+ )?(floor|wall|car|carpet|furniture|property|house|home|door|piano|ceiling)|water damage|flood(ed|ing)?|scratched (my|our|the)|broke (my|our)|ruined (my|our))\b/i,
    "The customer reports damage to their property, which can involve insurance.",
  ],
  [
    "regulated",
    /\b(medical|dental|dentist|prescription|pharmac(y|ist)|patient|clinic|therapy|financial advice|mortgage|pension|tax return|accountant|childcare|nursery|legal advice|insurance claim)\b/i,
    "This involves a regulated service, where complaint handling may have rules of its own.",
  ],
];

export function detectSensitive(text: string): SensitiveMatter[] {
  const found: SensitiveMatter[] = [];
  for (const [kind, re, reason] of SENSITIVE_CUES) {
    if (re.test(text)) found.push({ kind, reason });
  }
  return found;
}

const NEGATIVE =
  /\b(disappoint\w*|unhappy|upset|frustrat\w*|angry|annoyed|furious|unacceptable|terrible|awful|horrible|worst|complain\w*|not happy|not good enough|let down|appalled|disgusted|ridiculous|poor service|bad service|shame|embarrass\w*|in tears|very serious|unsafe|not acceptable|fed up|had enough|decepcionad\w*|inaceptable|queja|déçu\w*|inacceptable|plainte|enttäuscht|unzufrieden|inakzeptabel|beschwerde)\b/i;
const THANKS_ONLY =
  /\b(thank you so much|thanks so much|great job|amazing|wonderful|fantastic|excellent|brilliant|loved it|love it|perfect|well done|above and beyond|highly recommend)\b/i;

/** True when the message reads as a complaint rather than thanks or a plain question. */
export function looksLikeComplaint(text: string, failureScore: number, remedy: RequestedRemedy): boolean {
  const negative = NEGATIVE.test(text);
  if (negative) return true;
  if (THANKS_ONLY.test(text) && failureScore === 0) return false;
  if (failureScore >= 1) return true;
  return remedy === "refund" || remedy === "redo" || remedy === "replacement";
}
