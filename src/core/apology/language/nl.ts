import { LETTERS, wordsPattern } from "../../text/wordEdges";
import { formatIn } from "./formatIn";
import type { LanguagePack } from "./types";

// Dutch drafts, with "u". Loaded on demand (not in the start-up script). Every kind of failure is
// a clause after "dat" (as in German), so no preposition has to fit each noun.
const SORRY_WARM = ["Het spijt me echt dat", "Het spijt me heel erg dat", "Ik vind het echt vervelend dat"];
const SORRY_NEUTRAL = ["Het spijt me dat", "Het spijt ons dat", "Ik betreur het dat"];
const SORRY_FORMAL = ["Ik bied u mijn excuses aan; ik betreur het zeer dat", "Ik betreur het zeer dat", "Wij betreuren het ten zeerste dat"];

export const NL: LanguagePack = {
  code: "nl",
  tones: {
    warm: {
      greeting: (n) => (n ? `Beste ${n},` : "Beste klant,"),
      sorryAbout: SORRY_WARM,
      sorryThat: SORRY_WARM,
      sorryWhatHappened: ["Het spijt me echt wat er is gebeurd:", "Het spijt me heel erg wat er is gebeurd:", "Mijn excuses voor wat er is gebeurd:"],
      acknowledgment: (s) => `Het spijt me echt wat er is gebeurd: ${s}.`,
      acknowledgmentNoSummary: "Het spijt me echt dat u dit probleem had.",
      ownership: "Dit is niet de service die u van ons mag verwachten, en het is aan mij om dit recht te zetten.",
      ownershipFor: {
        timing: "We zijn de afgesproken termijn niet nagekomen, en dat neem ik op mij.",
        communication: "We hadden u op de hoogte moeten houden en dat hebben we niet gedaan; dat neem ik op mij.",
        execution: "We hebben een fout gemaakt, en het is aan mij om dit recht te zetten.",
        "c:rude": "Zo had u nooit behandeld mogen worden, en dat neem ik op mij.",
        "q:harm": "Het is aan mij om precies uit te zoeken wat er is gebeurd.",
        "c:misinfo": "De informatie die we u gaven klopte niet, en dat neem ik op mij.",
      },
      nextUpdateSelf: (w) => `Ik laat u uiterlijk ${w} persoonlijk weten hoe het ervoor staat.`,
      nextUpdateOther: (who, w) => `${who} laat u uiterlijk ${w} persoonlijk weten hoe het ervoor staat.`,
      thanks: "Dank u dat u het ons hebt laten weten en ons de kans geeft het goed te maken.",
      signOff: "Hartelijke groet,",
      plainReply: "Dank u voor uw bericht.",
    },
    neutral: {
      greeting: (n) => (n ? `Beste ${n},` : "Beste klant,"),
      sorryAbout: SORRY_NEUTRAL,
      sorryThat: SORRY_NEUTRAL,
      sorryWhatHappened: ["Het spijt me wat er is gebeurd:", "Excuses voor wat er is gebeurd:", "Ik betreur wat er is gebeurd:"],
      acknowledgment: (s) => `Excuses voor wat er is gebeurd: ${s}.`,
      acknowledgmentNoSummary: "Het spijt me dat u dit probleem had.",
      ownership: "Dit voldoet niet aan de norm die we onszelf stellen, en dat nemen we op ons.",
      nextUpdateSelf: (w) => `Ik stuur u uiterlijk ${w} de volgende update.`,
      nextUpdateOther: (who, w) => `${who} stuurt u uiterlijk ${w} de volgende update.`,
      thanks: "Dank voor uw melding en voor de kans om dit te herstellen.",
      signOff: "Met vriendelijke groet,",
      plainReply: "Dank voor uw e-mail.",
    },
    formal: {
      greeting: (n) => (n ? `Beste ${n},` : "Geachte heer, mevrouw,"),
      sorryAbout: SORRY_FORMAL,
      sorryThat: SORRY_FORMAL,
      sorryWhatHappened: [
        "Ik bied u mijn excuses aan voor wat er is voorgevallen:",
        "Ik betreur het voorval zeer:",
        "Onze oprechte excuses voor wat er is voorgevallen:",
      ],
      acknowledgment: (s) => `Ik bied u mijn excuses aan: ${s}.`,
      acknowledgmentNoSummary: "Ik bied u mijn excuses aan voor het probleem dat u beschrijft.",
      ownership: "Wij hebben niet het serviceniveau geleverd waartoe wij ons verplichten, en wij nemen daarvoor de volle verantwoordelijkheid.",
      nextUpdateSelf: (w) => `Ik schrijf u uiterlijk ${w} met de stand van zaken.`,
      nextUpdateOther: (who, w) => `${who} schrijft u uiterlijk ${w} met de stand van zaken.`,
      thanks: "Ik dank u voor uw bericht en voor de gelegenheid dit te herstellen.",
      signOff: "Met vriendelijke groet,",
      plainReply: "Ik dank u voor uw e-mail.",
    },
  },
  issues: {
    "t:late": { kind: "clause", text: "het zo lang heeft geduurd" },
    "t:noshow": { kind: "clause", text: "we niet zijn nagekomen wat we u hadden beloofd" },
    "t:resched": { kind: "clause", text: "uw afspraak is afgezegd of verzet" },
    "t:short": { kind: "clause", text: "de afspraak zo kort van tevoren is afgezegd" },
    "q:broken": { kind: "clause", text: "er iets beschadigd is geraakt" },
    "q:faulty": { kind: "clause", text: "het probleem nog steeds niet is opgelost" },
    "q:poor": { kind: "clause", text: "ons werk niet in orde was" },
    "q:harm": { kind: "clause", text: "er iemand gewond of ziek is geworden" },
    "c:noreply": { kind: "clause", text: "wij u niet op de hoogte hebben gehouden" },
    "c:rude": { kind: "clause", text: "u zo bent behandeld" },
    "c:misinfo": { kind: "clause", text: "u verkeerd bent geïnformeerd" },
    "e:wrong": { kind: "clause", text: "er deze verwarring is ontstaan" },
    "e:billing": { kind: "clause", text: "er een fout in de facturering zat" },
    "e:ignored": { kind: "clause", text: "uw instructies niet zijn opgevolgd" },
    "e:missing": { kind: "clause", text: "er iets ontbrak van wat was afgesproken" },
    "e:unasked": { kind: "clause", text: "er werk is gedaan waar u niet om had gevraagd" },
    timing: { kind: "clause", text: "het zo lang heeft geduurd" },
    quality: { kind: "clause", text: "ons werk niet in orde was" },
    communication: { kind: "clause", text: "we u niet goed op de hoogte hebben gehouden" },
    execution: { kind: "clause", text: "ons deze fout is overkomen" },
    unknown: { kind: "clause", text: "u dit probleem had" },
  },
  withReference: (words, ref) => `${words} (${ref})`,
  also: (i) => ` en dat ${i.text}`,
  again: ", temeer omdat het niet de eerste keer is",
  saysAgain: wordsPattern("opnieuw|weer|alweer|tweede|derde", "i", LETTERS),
  formatTime: (at, zone) => formatIn("nl-NL", at, zone, (p) => `${p.weekday} ${p.day} ${p.month} om ${p.time}`),
};
