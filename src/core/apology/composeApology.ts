import { acknowledge } from "./acknowledge";
import { escapeHtml } from "./escapeHtml";
import { EN } from "./language/en";
import { ourOwnership, ourThanks, type LanguagePack } from "./language/types";
import { recoveryMove } from "./recoveryMoves";
import type { ApologyDraft, ApologyInput, ApologyLanes, BusinessSettings, Tone } from "./types";

export const DEFAULT_SETTINGS: BusinessSettings = {
  businessName: "",
  signerName: "",
  signerTitle: "",
  ownershipStatement: "",
  signOff: "",
  tone: "warm",
  timeZone: "UTC",
  followUpWindowHours: 48,
};

function oneLine(s: string | undefined): string {
  return (s ?? "").replace(/\s+/g, " ").trim();
}

function sentence(s: string | undefined): string {
  const t = oneLine(s);
  if (!t) return "";
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

function isSelf(owner: string, settings: BusinessSettings): boolean {
  const o = oneLine(owner).toLowerCase();
  return !o || o === "i" || o === "me" || o === oneLine(settings.signerName).toLowerCase();
}

/**
 * The text of each lane: what the user typed, or our wording in the draft's language (`pack`,
 * English unless the user chose another). A lane the user typed is used as typed, even emptied,
 * so the preview shows exactly what is sent.
 */
export function composeLanes(input: ApologyInput, settings: BusinessSettings, pack: LanguagePack = EN): ApologyLanes {
  const tone: Tone = input.tone ?? settings.tone ?? "warm";
  const w = pack.tones[tone] ?? pack.tones.warm;
  const summary = oneLine(input.summary).replace(/[.!?]+$/, "");
  const when = input.nextUpdate.at && !isNaN(input.nextUpdate.at.getTime()) ? pack.formatTime(input.nextUpdate.at, settings.timeZone) : "";
  const owner = oneLine(input.nextUpdate.owner);
  const defaultNext = when ? (isSelf(owner, settings) ? w.nextUpdateSelf(when) : w.nextUpdateOther(owner, when)) : "";
  const signature = [oneLine(settings.signerName), [oneLine(settings.signerTitle), oneLine(settings.businessName)].filter(Boolean).join(", ")].filter(Boolean);
  const reply = input.kind === "reply";
  const ourAcknowledgment = reply
    ? w.plainReply
    : input.reading
      ? acknowledge(input.reading, pack, tone)
      : summary
        ? w.acknowledgment(summary)
        : w.acknowledgmentNoSummary;
  const confirmed = input.fix.confirmed !== false;
  return {
    greeting: w.greeting(oneLine(input.customerFirstName)),
    acknowledgment: input.acknowledgment !== undefined ? sentence(input.acknowledgment) : ourAcknowledgment,
    ownership:
      input.ownership !== undefined
        ? sentence(input.ownership)
        : reply
          ? ""
          : sentence(settings.ownershipStatement) || ourOwnership(w, input.reading?.failureType, input.reading?.issues, input.reading?.careful),
    explanation: sentence(input.explanation),
    fix:
      input.fix.text !== undefined ? sentence(input.fix.text) : confirmed ? recoveryMove(input.fix.move).wording[pack.code](input.fix.detail ?? "", tone) : "",
    nextUpdate: input.nextUpdate.text !== undefined ? sentence(input.nextUpdate.text) : defaultNext,
    thanks: reply ? "" : ourThanks(w, input.reading?.seed),
    signOff: oneLine(settings.signOff) || w.signOff,
    signature,
  };
}

function replySubject(original: string | undefined): string {
  const s = oneLine(original);
  if (!s) return "Making this right";
  return /^re\s*:/i.test(s) ? s : `RE: ${s}`;
}

/**
 * Builds the reply: greeting, acknowledgment, ownership, an optional short
 * explanation, the fix in motion, the next update, thanks and sign-off.
 * Plain paragraphs only (Outlook strips CSS and SVG); every piece of text is escaped.
 */
export function composeApology(input: ApologyInput, settings: BusinessSettings = DEFAULT_SETTINGS, pack: LanguagePack = EN): ApologyDraft {
  return apologyFromLanes(composeLanes(input, { ...DEFAULT_SETTINGS, ...settings }, pack), input.originalSubject);
}

/** The reply from lanes already composed (the pane has them anyway, so it doesn't compose twice). */
export function apologyFromLanes(lanes: ApologyLanes, originalSubject?: string): ApologyDraft {
  const opening = [lanes.acknowledgment, lanes.ownership].filter(Boolean).join(" ");
  const paragraphs = [lanes.greeting, opening, lanes.explanation, lanes.fix, lanes.nextUpdate, lanes.thanks].filter(Boolean);
  const closing = [lanes.signOff, ...lanes.signature];

  const html = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") + `<p>${closing.map(escapeHtml).join("<br>")}</p>`;
  const text = [...paragraphs, closing.join("\n")].join("\n\n");
  return { subject: replySubject(originalSubject), html, text };
}
