// Phrases that make an apology fail, each with the words the coach quotes back. One pattern a
// line, with an example of what it catches.

/** Form-letter apologies. */
export const VAGUE_APOLOGY: [RegExp, string][] = [
  [/\bsorry for (?:the|any) inconvenience\b/i, "sorry for the inconvenience"], // "We're sorry for any inconvenience caused."
  [/\bapologi[sz]e for any (?:inconvenience|trouble|issues?)\b/i, "apologise for any inconvenience"], // "We apologize for any inconvenience this has caused."
  [/\bsorry if\b/i, "sorry if"], // "Sorry if you felt let down."
  [/\bany inconvenience\b/i, "any inconvenience"], // "for any inconvenience"
  [/\bwe regret any\b/i, "we regret any"], // "We regret any disappointment."
];

/** Reasons given before the business has owned anything. */
export const EXCUSE = new RegExp(
  [
    "(?:just )?to give you (?:some )?(?:background|context)", // "Just to give you some background:"
    "as you (?:may|might) (?:know|be aware|have heard)", // "As you may know, the morning was unusually heavy"
    "(?:let me|i'?d like to|allow me to) explain", // "Let me explain what happened first."
    "\\bdue to\\b", // "Due to high demand"
    "as per (?:our|the) (?:policy|terms)", // "As per our policy deliveries can be late."
    "because of (?:the|a|an|high|unexpected|staff)", // "because of the storm"
    "\\bhad to (?:send|prioriti[sz]e|cancel|move|reschedule|divert|pull)", // "we had to send the crew there first"
    "prioriti[sz]", // "we have to prioritize them"
    "\\bshortage\\b|\\boutage\\b|off sick|short[- ]staffed|understaffed", // "the controller shortage"
    "unusually (?:busy|heavy|high)|higher than (?:usual|normal)", // "unusually heavy for our NOC"
    "(?:extremely|incredibly|really|very|exceptionally|so) busy|(?:two|three|a|one) (?:chefs?|staff|people|drivers?|engineers?|members of staff) (?:down|short|off)", // "an extremely busy weekend… two chefs down"
    "beyond our control|out of our hands|not our fault", // "which is not our fault"
    "(?:our|the) (?:supplier|subcontractor|courier|manufacturer|distributor|partner) (?:let us down|was late|failed|didn'?t)", // "the subcontractor let us down"
    "which (?:is why|accounts for|meant)", // "which is why nobody called you"
    "emergencies|(?:an|another) emergency", // "Emergencies like that are rare"
    "ran (?:long|over|late)", // "the crew's first job ran long"
  ].join("|"),
  "i",
);

/** The customer made to carry it, however politely. */
export const BLAME: [RegExp, string][] = [
  [/\byou should have (?:checked|read|measured|told|called|let|informed|noticed|known|asked|booked|cancel\w*|confirmed|mentioned)\b/i, "you should have"], // "you should have measured the door"
  [/\byou (?:failed|forgot|neglected) to\b|\byou (?:didn'?t|did not) (?:tell|inform|mention|read|check|measure|confirm|cancel)\b/i, "you failed to"], // "you didn't tell us"
  [/\bif you had\b/i, "if you had"], // "If you had read the terms"
  [/\b(?:agreement|contract|terms|form|authori[sz]ation|estimate|quote) (?:that )?you (?:signed|agreed|accepted|approved)\b/i, "the agreement you signed"], // "the work authorization you signed"
  [/\b(?:terms|conditions|policy|agreement|contract)(?: and conditions)?,? (?:which|that) you (?:agreed|signed|accepted)/i, "which you agreed to"], // "Our terms and conditions, which you agreed to when booking"
  [
    /\bas (?:mentioned|stated|set out|explained|outlined|noted|shown) in (?:your|the|our) (?:booking|confirmation|agreement|terms|contract|policy|invoice|email|quote)/i,
    "as stated in your booking",
  ], // "As mentioned in your booking confirmation"
  [/\bwe (?:do )?ask (?:all )?(?:customers|clients|guests|patients|members) to\b/i, "we ask customers to"], // "we do ask customers to measure doorways"
  [/\bcannot be held (?:responsible|liable)\b|\bnot (?:responsible|liable) for\b/i, "cannot be held responsible"], // "our team cannot be held responsible"
  [/\b(?:easy|common) (?:step )?to (?:miss|overlook)\b/i, "easy to miss"], // "I appreciate that this step is easy to miss"
  [/\bas per (?:our|the) (?:policy|terms)\b|\bper (?:our|the) (?:policy|terms)\b/i, "as per our policy"], // "As per our policy, ..."
  [/\byou (?:may|might|must) have (?:misread|misunderstood|missed|overlooked)\b/i, "you may have misunderstood"], // "you may have misread the quote"
  [
    /\b(?:the )?(?:[\w-]+ ){0,2}(?:code|address|details|information|measurements?|number|instructions|date|postcode|size) you (?:gave|provided|sent|supplied|entered|wrote down)(?: us| me)? (?:was|were) (?:wrong|incorrect|not (?:right|correct)|out of date|incomplete)\b/i,
    "the code you gave us was wrong",
  ], // "Unfortunately the access code you gave us was wrong"
];

/** Asking the customer to tell it all again. */
export const RESTATE =
  /\b(?:(?:can|could|would) you|please) (?:please )?(?:send|give|provide|tell|let (?:me|us) know|explain|describe|share|write|confirm|go over)\b[^.?!]{0,160}\b(?:description|account of|details of what|what (?:happened|was said|went wrong|it'?s doing|the problem is)|in your own words|exactly what|dates and times|who you spoke|the (?:issue|problem) again)|\b(?:a|an|full|short) description of (?:the|your) (?:issue|problem|fault)|\bdescribe (?:the|your) (?:issue|problem)|\bexplain (?:the problem|what happened) again|\bin your own words\b/i;

/** Admitting legal fault or promising to pay for harm: on a sensitive case, that's for advice first. */
export const LIABILITY =
  /\b(?:entirely|completely|totally|wholly|100%|all) (?:our|my) (?:fault|responsibility)|\baccept (?:full|all|complete) (?:responsibility|liability)|\b(?:we|i)(?:'ll| will)(?: of course)? (?:pay|cover|reimburse|foot)(?: for)? (?:the |his |her |their |your |all |any )?(?:[\w-]+ ){0,2}(?:bills?|costs?|treatment|expenses|medical|hospital|vet|repairs?|damages?)\b|\bwill be on us\b/i;

/** Corporate autopilot. */
export const AUTOPILOT: [RegExp, string][] = [
  [/\bvalued customer\b/i, "valued customer"], // "Dear Valued Customer"
  [/\bwe take (?:this|these|your \w+) (?:very |extremely )?seriously\b/i, "we take this very seriously"],
  [/\byour (?:feedback|comments) (?:is|are) (?:very )?important\b/i, "your feedback is important"],
  [/\byour satisfaction is our (?:top |number one |#1 )?priority\b/i, "your satisfaction is our priority"],
  [/\b(?:please )?do not hesitate to\b/i, "do not hesitate to"],
  [/\brest assured\b/i, "rest assured"],
  [/\bwe strive to\b/i, "we strive to"],
  [/\bwe appreciate your (?:feedback|patience|business)\b/i, "we appreciate your patience"],
];

/** Money promised in the reply, by the kind of compensation a policy allows. */
export const COMPENSATION: [RegExp, string][] = [
  [
    /\b(?:we|i)(?:'ll| will| are going to| have|'m| am| are)? (?:give you |issue |process |be )?(?:a )?(?:full )?refund(?:ing)?\b(?! (?:request|review))|\bfull refund\b|\bmoney back\b|\brefund (?:your|the) (?:whole|full|entire)\b/i,
    "refund",
  ],
  [/\b\d{1,3} ?(?:%|percent) (?:off|discount)\b|\bdiscount of\b|\b(?:we|i)(?:'ll| will) (?:give|offer) you a discount\b/i, "discount"],
  [/\bvoucher\b|\bgift card\b|\bcredit of\b|\baccount credit\b/i, "credit"],
  [/\bfree of charge\b|\bon the house\b|\bcomplimentary\b|\bno charge\b|\bat no cost\b/i, "free service"],
  [/\b(?:pay|cover) (?:the |your |his |her )?[\w-]+(?: [\w-]+)? (?:bill|costs?) in full\b/i, "payment of their costs"],
];
