import type { FailureType, RequestedRemedy } from "../types";
import type { DraftLanguage } from "./language/types";
import type { RecoveryMoveId, Tone } from "./types";

/** One sentence per language: `detail` is what the user typed ("" when nothing). */
type Wording = Record<DraftLanguage, (detail: string, tone: Tone) => string>;

/**
 * A recovery move, whole: its label, when the reading suggests it, its wording in every draft
 * language and tone, and what the coach looks for. A new move is one entry here plus tests.
 */
export interface RecoveryMove {
  id: RecoveryMoveId;
  label: string;
  /** What the detail line asks for. */
  detailLabel: string;
  detailPlaceholder: string;
  /** Suggested when the customer asks for one of these... */
  remedies: RequestedRemedy[];
  /** ...or, when they ask for nothing we recognise, for these failures. */
  failures: FailureType[];
  wording: Wording;
  /** Words that show this move in a typed fix lane (besides the coach's general cues). */
  coachCue: RegExp;
}

const clause = (detail: string) => detail.trim().replace(/[.\s]+$/, "");
const withDetail = (d: string, sep = ": ") => (clause(d) ? `${sep}${clause(d)}` : "");
const formal = (tone: Tone) => tone === "formal";
const asTyped = (d: string) => (clause(d) ? `${clause(d).charAt(0).toUpperCase()}${clause(d).slice(1)}.` : "");

export const RECOVERY_MOVES: readonly RecoveryMove[] = [
  {
    id: "replacement",
    label: "Replacement",
    detailLabel: "What is replaced, and when it arrives",
    detailPlaceholder: "e.g. a corrected vegan tray, delivered by 11:30 AM",
    remedies: ["replacement"],
    failures: [],
    wording: {
      en: (d, t) => `${formal(t) ? "We have already begun preparing a replacement" : "We're already preparing a replacement"}${withDetail(d) || " for you"}.`,
      es: (d, t) => `${formal(t) ? "Ya hemos comenzado a preparar un reemplazo" : "Ya estamos preparando un reemplazo"}${withDetail(d) || " para usted"}.`,
      fr: (d) => `Nous préparons déjà un remplacement${withDetail(d, " : ") || " pour vous"}.`,
      de: (d) => `Wir bereiten bereits einen Ersatz für Sie vor${withDetail(d)}.`,
      it: (d) => `Stiamo già preparando una sostituzione${withDetail(d) || " per Lei"}.`,
      pt: (d) => `Já estamos preparando uma substituição${withDetail(d) || " para você"}.`,
      nl: (d) => `We zijn al bezig met een vervanging${withDetail(d) || " voor u"}.`,
    },
    coachCue: /\b(replac\w*|reprint\w*|re-?send|new one|reemplaz\w*|remplac\w*|ersatz|sostituzion\w*|substitui\w*|vervang\w*)\b/i,
  },
  {
    id: "callback",
    label: "Callback",
    detailLabel: "When we will call",
    detailPlaceholder: "e.g. this afternoon before 4 PM",
    remedies: ["callback", "explanation"],
    failures: ["communication", "timing"],
    wording: {
      en: (d, t) => `${formal(t) ? "I have arranged to telephone you" : "I'll call you"}${clause(d) ? ` ${clause(d)}` : ""} to go through the fix with you.`,
      es: (d) => `Le llamaré${clause(d) ? ` ${clause(d)}` : ""} para repasar la solución con usted.`,
      fr: (d) => `Je vous appellerai${clause(d) ? ` ${clause(d)}` : ""} pour voir la solution avec vous.`,
      de: (d) => `Ich rufe Sie${clause(d) ? ` ${clause(d)}` : ""} an, um die Lösung mit Ihnen durchzugehen.`,
      it: (d) => `La chiamerò${clause(d) ? ` ${clause(d)}` : ""} per concordare insieme la soluzione.`,
      pt: (d) => `Vou ligar para você${clause(d) ? ` ${clause(d)}` : ""} para combinarmos a solução.`,
      nl: (d) => `Ik bel u${clause(d) ? ` ${clause(d)}` : ""} om de oplossing samen door te nemen.`,
    },
    coachCue: /\b(call|ring|phone|telephone|llam\w*|appel\w*|rufe|chiam\w*|ligar\w*|bel)\b/i,
  },
  {
    id: "correction",
    label: "Correction",
    detailLabel: "What is being corrected",
    detailPlaceholder: "e.g. the invoice, re-issued without the duplicate charge",
    remedies: [],
    failures: ["execution"],
    wording: {
      en: (d, t) =>
        clause(d)
          ? `${formal(t) ? "We are correcting this now" : "We're correcting it now"}: ${clause(d)}.`
          : formal(t)
            ? "We are correcting the error now."
            : "We're correcting the mistake now.",
      es: (d) => `Ya lo estamos corrigiendo${withDetail(d)}.`,
      fr: (d) => `Nous sommes en train de corriger cela${withDetail(d, " : ")}.`,
      de: (d) => `Wir korrigieren das bereits${withDetail(d)}.`,
      it: (d) => `Stiamo già correggendo l'errore${withDetail(d)}.`,
      pt: (d) => `Já estamos corrigindo isso${withDetail(d)}.`,
      nl: (d) => `We zijn al bezig dit te corrigeren${withDetail(d)}.`,
    },
    coachCue: /\b(correct\w*|re-?issu\w*|fix\w*|corrig\w*|korrigier\w*|corregg\w*|corrett\w*)\b/i,
  },
  {
    id: "refund-review",
    label: "Refund review",
    detailLabel: "Who decides, and by when",
    detailPlaceholder: "e.g. our manager, Sam, by Thursday",
    remedies: ["refund", "discount"],
    failures: [],
    wording: {
      en: (d, t) =>
        clause(d)
          ? `${formal(t) ? "Your refund request is under review by" : "I've passed your refund request to"} ${clause(d)}${formal(t) ? "." : ", who is reviewing it now."}`
          : formal(t)
            ? "Your refund request is now under review."
            : "I've already passed your refund request on for review.",
      es: (d) => (clause(d) ? `He pasado su solicitud de reembolso para que la revise ${clause(d)}.` : "Su solicitud de reembolso ya está en revisión."),
      fr: (d) =>
        clause(d) ? `J'ai transmis votre demande de remboursement pour examen : ${clause(d)}.` : "Votre demande de remboursement est déjà en cours d'examen.",
      de: (d) => (clause(d) ? `Ich habe Ihren Erstattungswunsch zur Prüfung weitergegeben: ${clause(d)}.` : "Ihr Erstattungswunsch wird bereits geprüft."),
      it: (d) =>
        clause(d) ? `Ho già inoltrato la Sua richiesta di rimborso per la verifica: ${clause(d)}.` : "La Sua richiesta di rimborso è già in fase di verifica.",
      pt: (d) => (clause(d) ? `Já encaminhei o seu pedido de reembolso para análise: ${clause(d)}.` : "O seu pedido de reembolso já está em análise."),
      nl: (d) =>
        clause(d) ? `Ik heb uw verzoek om terugbetaling al doorgestuurd ter beoordeling: ${clause(d)}.` : "Uw verzoek om terugbetaling wordt al beoordeeld.",
    },
    coachCue: /\b(refund|reembols\w*|rembours\w*|erstatt\w*|rimbors\w*|terugbetal\w*)\b/i,
  },
  {
    id: "service-redo",
    label: "Redo the work",
    detailLabel: "What is redone, and when",
    detailPlaceholder: "e.g. a return visit on Saturday morning, at no charge",
    remedies: ["redo"],
    failures: ["quality"],
    wording: {
      en: (d, t) => `${formal(t) ? "We will redo the work properly" : "We're redoing the work properly"}${withDetail(d)}.`,
      es: (d) => `Vamos a rehacer el trabajo como es debido${withDetail(d)}.`,
      fr: (d) => `Nous allons reprendre le travail correctement${withDetail(d, " : ")}.`,
      de: (d) => `Wir bessern die Arbeit ordentlich nach${withDetail(d)}.`,
      it: (d) => `Rifaremo il lavoro come si deve${withDetail(d)}.`,
      pt: (d) => `Vamos refazer o trabalho como deve ser${withDetail(d)}.`,
      nl: (d) => `We doen het werk opnieuw, en nu goed${withDetail(d)}.`,
    },
    coachCue: /\b(redo\w*|redoing|return visit|re-?do|rehac\w*|reprend\w*|nachbesser\w*|rifar\w*|refaz\w*|opnieuw)\b/i,
  },
  {
    id: "other",
    label: "Other",
    detailLabel: "What we are doing",
    detailPlaceholder: "Describe the step already under way",
    remedies: [],
    failures: [],
    // The user's own words, in whatever language they wrote them.
    wording: { en: asTyped, es: asTyped, fr: asTyped, de: asTyped, it: asTyped, pt: asTyped, nl: asTyped },
    coachCue: /$^/,
  },
];

export function recoveryMove(id: RecoveryMoveId): RecoveryMove {
  return RECOVERY_MOVES.find((m) => m.id === id) ?? RECOVERY_MOVES[RECOVERY_MOVES.length - 1]!;
}

/** The move that best answers what the customer asked for, else what went wrong. */
export function suggestMove(failure: FailureType, remedy: RequestedRemedy): RecoveryMoveId {
  const byRemedy = RECOVERY_MOVES.find((m) => m.remedies.includes(remedy));
  if (byRemedy) return byRemedy.id;
  return RECOVERY_MOVES.find((m) => m.failures.includes(failure))?.id ?? "callback";
}
