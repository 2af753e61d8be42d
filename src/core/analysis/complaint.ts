// Complaint or not. The pane is opened on mail the user thinks is a complaint, so the reader
// calls it one unless the email is plainly something else: an auto-reply, a newsletter, a sales
// pitch, thanks, a question or a booking change with nothing gone wrong. One pattern a line.
import { FAILURE_CUES, REMEDY_CUES, countMatches } from "./cues";

/** Out-of-office and other automatic replies (the subject or the body says so). */
const AUTO_REPLY =
  /\b(automatic reply|auto-?reply|autoreply|out of (the )?office|i am (currently )?(away|on leave|on holiday|on vacation)|limited access to (my )?e-?mail|(respond|reply|get back to you)[^.]{0,40}(when|on|upon) (i return|my return)|abwesenheitsnotiz|automatische antwort|ich bin (bis|vom)|fuera de la oficina|respuesta automática|absente? du bureau|réponse automatique|fuori ufficio|risposta automatica|automatisch antwoord|afwezig|resposta automática|fora do escritório)\b/i;
/** An automatic reply the customer got from us, mentioned: "I get an automatic reply and nothing happens". */
const MENTIONED_AUTO_REPLY = /\b(?:get|got|getting|received|receive|only|just|another|an|your) (?:an? )?(?:automatic|auto-?) ?repl(?:y|ies)\b/gi;
/** Newsletters and bulk mail. */
const BULK =
  /\b(unsubscribe|view (this e-?mail )?in (your )?browser|update your preferences|manage (your )?(e-?mail )?preferences|you are receiving this (e-?mail )?because|mailing list|darse de baja|se désabonner|désinscri\w+|abmelden|disiscriviti|afmelden|cancelar (a )?inscrição)\b/i;
/** Sales pitches. */
const PITCH =
  /\b((i was|i've been|we were) (looking at|browsing)|came across) your (website|site|business|company|listing|page)|\bwe help (\w+ ){0,2}(businesses|companies|owners)|(quick|short) (\d+[- ]minute )?(call|chat)\b|(free|no-obligation|complimentary) (audit|trial|sample|consultation)|sample pack|first-order discount|grow your (business|revenue)|more (leads|bookings|customers) (for|to)|map pack|\bseo\b|floating this back|circling back|bumping this|top of your inbox/i;
/** Gratitude and praise. */
const THANKS =
  /\b(thank you|thanks|grateful|wonderful|amazing|fantastic|brilliant|great job|loved|recommend|excellent|superb|best day|above and beyond|highly recommend|so pleased|delighted|lovely|gentle|kind(ness)?|gracias|merci|danke|grazie|obrigad[oa]|bedankt)\b/gi;
/** A request put politely, which is not thanks: "I would be grateful if you could…", "thanks in advance". */
const POLITE_ASK =
  /\b(?:(?:would|'d|should) be (?:very |most )?grateful (?:if|for)|thanks? (?:you )?in advance|merci de (?=\p{L})|gracias de antemano|danke im voraus|grazie in anticipo|obrigad[oa] desde já|alvast bedankt)/giu;
/** Asking to move or change a booking. */
const CHANGE =
  /\b(could we|can we|would it be possible to|is it possible to|we'?d like to|i'?d like to) (please )?(push|move|change|reschedule|postpone|bring forward|switch|add|book)\b|\b(reschedule|change (our|my) booking|push it back)\b/i;
/** Words of upset that mark a complaint even without a named failure. */
const UPSET =
  /\b(disappoint\w*|unhappy|upset|frustrat\w*|angry|annoyed|furious|unacceptable|terrible|awful|horrible|worst|complain\w*|not happy|let down|appalled|disgusted|ridiculous|shocking|in tears|fed up|had enough|not acceptable|formal complaint|decepcionad\w*|inaceptable|queja|reclamación|molest[oa]|decepcionad\w*|inaceitável|reclamação|déçue?s?|inacceptable|plainte|réclamation|mécontent\w*|enttäuscht|unzufrieden|inakzeptabel|beschwerde|verärgert|deluso|delusa|inaccettabile|reclamo|teleurgesteld|onacceptabel|klacht)\b/i;

/** Praise that turns: "The engineer was lovely, so thank you. But the boiler stopped working again". */
const PIVOT = /\b(?:but|unfortunately|however|sadly|except that|the only (?:problem|issue|thing) (?:is|was))\b/i;
/** Small faults named after the turn, beyond the failure cues: "the cupboard door doesn't close properly". */
const SMALL_FAULT =
  /\b(?:doesn'?t|does not|won'?t|will not) (?:close|shut|lock|open|fit|drain|flush|latch|work)|\b(?:is|are|was|were) (?:loose|wobbly|missing|crooked|chipped|scratched|leaking)\b/i;

/** Something not as it should be, said outside the questions: "half of the insulation simply isn't there". */
const NOT_AS_IT_SHOULD =
  /\b(?:isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|hadn'?t|didn'?t|doesn'?t|won'?t|never|nothing|nobody|no one|missing|lost|wrong|broken|without)\b|n['’](?:est|a|ont|avons|ai) (?:plus|pas|jamais)\b|\b(?:no|nunca|nada|nadie|niet|nicht|kein\w*|non|não)\b/i;

/** Something still not done, said outside the questions: "he still hasn't turned up", "we have no shower". */
const STILL_NOT =
  /\bstill (?:hasn'?t|haven'?t|has not|have not|isn'?t|aren'?t|wasn'?t|not|no|doesn'?t|don'?t|can'?t|cannot|won'?t|waiting|nothing)\b|\b(?:have|has|had) no (?:shower|water|hot water|heating|power|electricity|internet|phone|toilet|kitchen)\b/i;

// Cue groups that on their own say something went wrong ("nobody has responded", "charged twice").
const STRONG = new Set(["t:noshow", "c:noreply", "e:billing", "q:broken", "e:wrong"]);

/** How strongly the text says something went wrong: failure cue groups matched (strong ones count twice), plus upset. */
export function complaintEvidence(text: string): number {
  let evidence = 0;
  for (const [name, re] of Object.entries(FAILURE_CUES)) if (countMatches(re, text).count > 0) evidence += STRONG.has(name) ? 2 : 1;
  return evidence + (UPSET.test(text) ? 2 : 0);
}

export interface ComplaintInput {
  subject: string;
  latest: string;
  context: string;
}

/** An auto-reply, a newsletter or a pitch: nothing in it is the customer's. */
export function isAutomated({ subject, latest, context }: ComplaintInput): boolean {
  const text = `${latest}\n${context}`.slice(0, 20_000);
  // "Every time I report it I get an automatic reply": a customer telling us about one, not one.
  const opening = latest.slice(0, 600).replace(MENTIONED_AUTO_REPLY, " ");
  return AUTO_REPLY.test(subject) || AUTO_REPLY.test(opening) || BULK.test(text) || PITCH.test(text);
}

/** True unless the email is plainly not a complaint. */
export function isComplaint({ subject, latest, context }: ComplaintInput): boolean {
  const text = `${latest}\n${context}`.slice(0, 20_000);
  if (!latest.trim()) return false;
  if (isAutomated({ subject, latest, context })) return false;
  const evidence = complaintEvidence(`${subject}\n${text}`);
  // "I would be grateful if you could arrange an inspection" asks; it doesn't thank.
  const thanks = (text.replace(POLITE_ASK, " ").match(THANKS) ?? []).length;
  const asksRemedy = ["refund", "replacement", "redo", "discount"].some((r) => countMatches(REMEDY_CUES[r]!, text).count > 0);
  // Thanks that turn to a failure after "but" or "unfortunately" are a complaint, politely put.
  const pivot = PIVOT.exec(latest);
  const turn = pivot ? latest.slice(pivot.index) : "";
  const turns = !!pivot && (complaintEvidence(turn) >= 1 || SMALL_FAULT.test(turn));
  if (turns) return true;
  // Thanks with at most a passing sad word ("one of the worst days, and you made it gentle").
  if (thanks >= 2 && evidence <= 2 && !asksRemedy) return false;
  // A note that opens with thanks and never turns, with at most one passing cue ("thank you for
  // fitting us in at short notice"), asks for nothing and is not upset: a thank-you.
  if (thanks >= 1 && evidence <= 1 && !asksRemedy && !UPSET.test(text) && /\bthank/i.test(latest.slice(0, 200))) return false;
  // Nothing gone wrong, nothing asked for, no upset: a note, not a complaint.
  if (evidence === 0 && !asksRemedy && thanks >= 1) return false;
  // A question or a booking change, with nothing gone wrong said outside the questions and
  // nothing asked to be put right.
  const questions = (latest.match(/\?/g) ?? []).length;
  if (CHANGE.test(latest) || questions >= 1) {
    // A question runs back to the last sentence end; the dot in "6.30" or "12.50" isn't one.
    const statements = latest.replace(/(\d)\.(\d)/g, "$1$2").replace(/[^.!?\n]*\?/g, " ");
    // "Why was I charged £45 for a cancellation…?" asks nothing; it says what went wrong.
    const why = (latest.match(/\bwhy\b[^.!?\n]*\?/gi) ?? []).join("\n");
    const aboutUs = /\bwhy (?:was|were|did|have|has|is|are|do|does) (?:i|we|my|our|you|your)\b/i.test(why) ? 1 : 0;
    const said =
      complaintEvidence(`${subject}\n${statements}`) +
      (why ? complaintEvidence(why) + aboutUs : 0) +
      (STILL_NOT.test(statements) ? 2 : 0) +
      // Not in a booking change ("If 7 doesn't work, 6.30 is fine"), nor in a condition.
      (!CHANGE.test(latest) && NOT_AS_IT_SHOULD.test(statements.replace(/(?:^|[.!\n]\s*)(?:if|unless)\b[^.!?\n]*/gi, " ")) ? 2 : 0);
    if (!asksRemedy && said <= 1 && !UPSET.test(text)) return false;
  }
  return true;
}
