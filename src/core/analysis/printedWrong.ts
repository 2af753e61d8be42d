// Something printed, written or labelled wrong, in the customer's own quotation, said back only
// when the customer corrects it in the next breath: 'the embroidery says "Grandma Maragret". Her
// name is Margaret.' → 'the embroidery says “Grandma Maragret”'. Also what a label says against
// what is inside: 'The label on the box says bisoprolol 2.5mg. The tablets inside are 5mg.'
// Personalised goods (cakes, ribbons, invitations, engraving) get this wrong often, and the
// customer's quotation names the problem exactly. One pattern a line, with what it catches.

import { swapPerson } from "./summary";

interface Misprint {
  /** The thing, then what it says in quotes, then the correction. Group 1 the thing, 2 the words. */
  re: RegExp;
  /** The clause as we say it back (in English after "that"; elsewhere after a colon). */
  say: (thing: string, words: string) => string;
}

const QUOTED = `["“„«]\\s?([^"”“«»\\n]{2,40}?)\\s?["”“»]`;
const re = (source: string) => new RegExp(source, "i");

const MISPRINTS: Record<string, Misprint> = {
  // 'the embroidery says "Grandma Maragret". Her name is Margaret.' / 'My cake reads "Ella". It should say Isla.'
  en: {
    re: re(
      `\\b((?:the|my|our) (?:[a-z-]+ ){0,2}(?:embroidery|engraving|inscription|lettering|writing|wording|text|message|name|ribbon|banner|sign|label|cake|card|cards|invitations?|plaque|print|sticker|tag|certificate|badge))(?: (?:attached|on|with|in|for|to|it|the|them)){0,3} (?:says|reads|said|read|spells) ${QUOTED}[.!]?\\s+(?:[-–—]\\s+)?(?:[^.!?\\n]{0,60}[.!]\\s+)?(?:[^.!?\\n]{0,40}?\\b(?:her|his|my|our|their|the) (?:name|number|date|spelling|address) (?:is|was)\\b|it should (?:say|read|be)\\b|(?:that|which|this|it) (?:is|was|isn'?t|wasn'?t) (?:wrong|misspelt|misspelled|not (?:her|his|my|our|their) name))`,
    ),
    // "My cake" is "your cake" from our side; "The embroidery" reads on in lower case.
    say: (thing, words) => `${thing.replace(/^(?:my|our)\b/i, "your").replace(/^The\b/, "the")} says “${words}”`,
  },
  // 'Maar op het lint staat "Opa Henk" en hij heette Hein.'
  nl: {
    re: re(
      `\\bop (?:het|de|mijn|ons) (lint|kaart|kaartje|taart|bord|label|etiket|naambordje|bloemstuk|uitnodiging(?:en)?|gravure) staat ${QUOTED}[.,!]?\\s+(?:[^.!?\\n]{0,30}?\\b(?:hij|zij|ze|het) (?:heet|heette|moet|moest)\\b|[^.!?\\n]{0,30}?\\b(?:zijn|haar|mijn|onze) naam is\\b|[^.!?\\n]{0,30}?\\b(?:is fout|klopt niet))`,
    ),
    say: (thing, words) => `op het ${thing.toLowerCase()} staat “${words}”`,
  },
  // 'Auf der Schleife steht „Opa Henk“, er hieß aber Hein.'
  de: {
    re: re(
      `\\bauf (?:der|dem|die|meiner|unserer|meinem|unserem) (Schleife|Karte|Torte|Band|Schild|Etikett|Urkunde|Einladung(?:en)?|Gravur) steht ${QUOTED}[.,!]?\\s+(?:[^.!?\\n]{0,30}?\\b(?:heißt|hieß|sollte|müsste|ist falsch|richtig wäre)(?![\\wß]))`,
    ),
    say: (thing, words) => `Auf der ${thing} steht „${words}“`,
  },
  // 'La tarta dice "Feliz cumpleaños Ella" y mi hija se llama Isla.'
  es: {
    re: re(
      `\\b(?:el|la|mi|nuestra|nuestro) (pastel|tarta|cinta|tarjeta|placa|letrero|etiqueta|bordado|invitación|grabado) (?:dice|pone) ${QUOTED}[.,!]?\\s+(?:[^.!?\\n]{0,30}?\\b(?:se llama|su nombre es|debería decir|debía decir|está mal)\\b)`,
    ),
    say: (thing, words) => `${/^(?:tarta|cinta|tarjeta|placa|etiqueta|invitación)$/i.test(thing) ? "la" : "el"} ${thing.toLowerCase()} dice “${words}”`,
  },
  // 'Sur le ruban, il est écrit « Papy Henri » alors qu'il s'appelait Henrique.'
  fr: {
    re: re(
      `\\bsur (?:le|la|mon|ma|notre) (ruban|gâteau|carte|plaque|étiquette|broderie|gravure|invitation),? (?:il )?est écrit ${QUOTED}[.,!]?\\s+(?:[^.!?\\n]{0,30}?\\b(?:s['’]appelle|s['’]appelait|son nom est|devait|aurait dû|est faux)\\b)`,
    ),
    say: (thing, words) =>
      `sur ${/^(?:carte|plaque|étiquette|broderie|gravure|invitation)$/i.test(thing) ? "la" : "le"} ${thing.toLowerCase()}, il est écrit « ${words} »`,
  },
};

// 'The label on the box says bisoprolol 2.5mg. The tablets inside are 5mg' (English only).
const MISMATCH =
  /\bthe (label|box|packet|packaging|bag|jar|bottle|tin|carton|order|invoice|receipt|confirmation)((?: on the [a-z]+)?) (says|is labell?ed|is marked) ((?:[^.!?\n"“”,]|\.(?=\d)){1,40}?)(?:[.!]\s+|,?\s+but\s+)the ([a-z]+(?: [a-z]+)?) (inside|in the (?:box|bag|packet|bottle|jar)) (is|are|was|were) ((?:[^.!?\n"“”—–;,]|\.(?=\d)){1,30}?)(?:[.!;,]|\s[—–-]\s)/i;

// 'All 200 of the menus you printed have "Chiken" instead of "Chicken"': the correction is in the
// same breath (English only).
const INSTEAD = new RegExp(
  `\\b((?:all|every|each|the|my|our|your)(?: [a-z0-9'-]+){0,9}?) (have|has|say|says|read|reads|show|shows|painted|printed|engraved|wrote|used|sent|delivered|fitted)((?: [a-z0-9'-]+){0,5}?) ${QUOTED} instead of ${QUOTED}`,
  "i",
);

/** The clause to say back when something was printed or labelled wrong, in the email's language, or undefined. */
export function printedWrong(latest: string, language: string): string | undefined {
  const text = latest.slice(0, 20_000);
  if (language === "en") {
    const instead = INSTEAD.exec(text);
    if (instead) {
      const [, thing, verb, between, wrong, right] = instead;
      // Turned to our side whole, so "you" before "printed" reads as the one who printed.
      const ours = swapPerson(`${thing} ${verb!.toLowerCase()}${between}`);
      return `${ours.charAt(0).toLowerCase()}${ours.slice(1)} “${wrong}” instead of “${right}”`;
    }
    const m = MISMATCH.exec(text);
    if (m) {
      const [, holder, where, label, says, thing, inside, verb, is] = m;
      return `the ${holder!.toLowerCase()}${where} ${label!.toLowerCase()} ${says}, but the ${thing!.toLowerCase()} ${inside} ${verb!.toLowerCase()} ${is}`;
    }
  }
  const rule = MISPRINTS[language];
  const m = rule?.re.exec(text);
  return m ? rule!.say(m[1]!, m[2]!.trim()) : undefined;
}
