// Matters that need care before anyone replies: money back, legal steps, exposed personal data,
// health and safety, damage to property, regulated services. One kind a line, with what to
// check for that kind of case; cues in the languages our customers write.
import type { SensitiveMatter } from "../types";
import { wordsPattern } from "../text/wordEdges";

// Lower-case patterns without the i flag, tested on lower-cased text: quicker for V8 to compile.
const cue = (words: string) => wordsPattern(words, "");

interface SensitiveCue {
  kind: SensitiveMatter["kind"];
  re: RegExp;
  /** What to check before promising anything, in plain words. */
  reason: string;
}

export const SENSITIVE_CUES: SensitiveCue[] = [
  {
    kind: "chargeback",
    re: cue(
      "charge ?back|dispute (?:the|this|a) (?:charge|payment|transaction)|open a (?:dispute|claim) with (?:paypal|my bank|the bank|my card)|(?:call|contact|go through|going to) (?:my|the) (?:bank|card company|card issuer|credit card company)|reverse the (?:charge|payment)|cancel the (?:direct debit|mandate)|stop (?:the )?(?:payment|direct debit)|rückbuchung|lastschrift zurück|rétrofacturation|contestation|contracargo|estorno",
    ),
    reason:
      "They mention disputing the payment with their bank or card issuer: check the payment record and your card processor's dispute rules before replying.",
  },
  {
    kind: "refund",
    re: cue(
      "refund(?:ed|s)?|money back|every penny|[£$€]\\s?[\\d,.]+ back|reimburs(?:e|ed|ement)|pay (?:me|us) back|repay|deposit back|reembols\\w*|devolución|rembours\\w*|rückerstattung|erstatt\\w*|geld zurück|rimbors\\w*|terugbetal\\w*",
    ),
    reason: "They ask for money back: check what your refund policy allows before promising an amount.",
  },
  {
    kind: "legal",
    re: cue(
      "lawyer|attorney|solicitor|legal (?:action|advice|claim|proceedings)|take (?:this|you|it) (?:to court|further)|sue|suing|court|the hearing|small claims|tribunal|trading standards|better business bureau|bbb|consumer (?:protection|rights|law|contracts? regulations?|affairs)|ombudsman|regulator|licensing board|license board|licen[cs]e (?:complaint|board)|state board|report (?:you|this|it|the matter) to|complaint (?:to|with) the|solicitors regulation|financial conduct|general pharmaceutical council|ico|oaic|under reservation|unter vorbehalt|abogad[oa]|demanda|avocat|tribunal|anwalt|rechtsanwalt|gericht|avvocato|advogad[oa]|advocaat|rechter",
    ),
    reason: "They mention legal steps, a regulator or their rights: keep to facts, admit nothing beyond them, and get advice before committing to anything.",
  },
  {
    kind: "privacy",
    re: cue(
      "personal (?:data|information|details)|data (?:breach|protection)|gdpr|privacy|confidential|someone else'?s|another (?:client|customer|guest)'?s? (?:details|information|data|invoice|documents?|file)|(?:sent|emailed|given|gave|disclosed|shared) (?:it |my \\w+ |our \\w+ )?to (?:the wrong|another|a stranger|someone|a different)|wrong (?:person|recipient|client)|alarm code|door code|garage code|spare key|email addresses|reply[- ]all|social security|date of birth|photos? of my (?:daughter|son|child|children|kids?)|photo release|protect(?:ion|ive) order|gave (?:him|her|them) (?:a|the) key|(?:remote )?access to (?:my|her|his|our) (?:home|house|account|room|lock|door)|unlocked (?:my|her|his|our|the) (?:front )?door|admin(?:istrator)? (?:on|of|for) (?:my|her|the) (?:lock|account)|under his own account|datos personales|protección de datos|données personnelles|datenschutz|dati personali|dados pessoais|persoonsgegevens",
    ),
    reason:
      "Personal information or home access may have reached the wrong person: find out what was shared and with whom, secure it, and check whether you must report it.",
  },
  {
    kind: "health-safety",
    re: cue(
      "allerg(?:y|ic|ies)|anaphyla\\w*|epi-?pen|coeliac|celiac|gluten|peanut|food poisoning|poison\\w*|sick|ill|illness|vomit\\w*|diarrh\\w*|hospital\\w*|a&e|emergency room|er|urgent care|911|999|111|ambulance|injur(?:y|ed|ies)|hurt|stitches|cut (?:her|his|my) (?:foot|hand|finger)|bleed\\w*|burn(?:ed|t|s)?|rash|faint(?:ed)?|dizzy|asthma\\w*|wheez\\w*|inhaler|mou?ld|black mou?ld|damp|bed ?bugs?|bites|carbon monoxide|co alarm|gas leak|smoke|fire|electric(?:al)? shock|exposed wires?|unsafe|hazard\\w*|danger\\w*|brake (?:failure|failed|lever)|crash(?:ed)?|pesticide|chemical\\w*|chlorine|vet (?:bill|visit)|emergency vet|medication|tablets|dose|alergi\\w*|alérgic\\w*|urgencias|herid[oa]|moho|humedad|enferm[oa]|hospitalizad[oa]|allergie|hôpital|malade|blessée?|moisissure|punaises|krankenhaus|krank|verletzt|schimmel|allergia|ospedale|malat[oa]|ferit[oa]|muffa|cimici|punture|dermatolog\\w*|doente|ferid[oa]|mofo|ziekenhuis|ziek|gewond",
    ),
    reason:
      "Someone's health or safety may be at risk: make sure the danger is dealt with first, and don't admit fault or promise to pay costs before you know the facts.",
  },
  {
    kind: "property-damage",
    re: cue(
      "water damage|flood(?:ed|ing)?|leak(?:ed|ing)? (?:into|through|onto|all over|across)|water (?:came|coming|was coming|dripping) through|(?:through|in|on) the ceiling|soaked|ruined|destroyed|(?:scratch(?:ed)?|dent(?:ed)?|gouge[sd]?|crack(?:ed)?|damag(?:e|ed)|broke|bent|ripped|torn|stain(?:ed)?) (?:on |in |to |down |across )?(?:the |my |our |a |her |his )?(?:[\\w-]+ ){0,2}(?:car|door|frame|floor|floors|wall|walls|plaster|ceiling|carpet|rug|furniture|piano|bumper|tires?|tyres?|driveway|fence|window|trim|stucco|lawn|tree|cabinet|laminate)|flat tires?|flat tyres?|insurance (?:claim|adjuster|company|details|carrier)|adjuster|claim (?:number|with)|body shop|(?:cut|trenched) (?:down|through)|fallen plaster|chunk out of|(?:files?|data|documents?) (?:were |was |are |is )?(?:wiped|lost|deleted|gone)|(?:lost|deleted|wiped) (?:all )?(?:of )?(?:my|our) (?:files|data|documents)|daños|dañad[oa]|cortaron|parte al seguro|seguro|dégâts?|endommagée?|sinistre|schaden|beschädigt|versicherung|danni|danneggiat[oa]|danos|danificad[oa]|schade|beschadigd|verzekering",
    ),
    reason: "They report damage to their property: record what happened, ask for photos and estimates, and check with your insurer before accepting liability.",
  },
  {
    kind: "regulated",
    re: cue(
      "medical|doctor|nurse|dental|dentist|crown|molar|wisdom teeth|patient|prescription|pharmac(?:y|ist)|clinic|physio\\w*|therap(?:y|ist)|vet|veterinar\\w*|spay\\w*|neuter\\w*|vaccin\\w*|surgery|solicitor|conveyanc\\w*|completion|legal (?:service|advice)|accountan\\w*|cpa|tax (?:return|preparation)|irs|hmrc|companies house|filing|payroll|bacs|insurance (?:policy|broker|cover|premium)|pre-?authori[sz]ation|mortgage|pension|financial advice|physiotherapie|arzt|ärztin|zahnarzt|rezept|apotheke|tierarzt|pharmacie|ordonnance|médecin|vétérinaire|dentiste|farmacia|médico|dentista|veterinari[oa]|receta|gestoría|assicurazione|medico|ricetta",
    ),
    reason: "This is a regulated service, where complaints may have set handling steps and time limits: follow your professional body's complaint procedure.",
  },
];

// Words that only look like a sensitive matter: a member of staff "off sick", "burnt food" left in
// an oven, "tree surgery".
const LOOKALIKES = /\b(?:off sick|called in sick|phoned in sick|on sick leave|burnt (?:food|on|bits|grease|toast)|tree (?:surgery|surgeons?))\b/g;

/** The sensitive matters an email raises, one entry per kind. */
export function detectSensitive(text: string, options: { refundAsked?: boolean } = {}): SensitiveMatter[] {
  const sample = text.slice(0, 50_000).toLowerCase().replace(LOOKALIKES, " ");
  const found: SensitiveMatter[] = [];
  for (const { kind, re, reason } of SENSITIVE_CUES) {
    if (re.test(sample) || (kind === "refund" && options.refundAsked)) found.push({ kind, reason });
  }
  return found;
}
