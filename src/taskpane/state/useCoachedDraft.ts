import { useMemo } from "react";
import {
  acknowledgmentIsSpecific,
  allOwnership,
  apologyFromLanes,
  composeLanes,
  type ApologyInput,
  type ComplaintAnalysis,
  type CurrentItem,
  type DraftSuggestion,
  type LanguagePack,
  type TeamSettings,
} from "../../core";
import { loadedReader } from "../reader";
import type { PaneFields } from "./paneState";

/** The composer's input from what the user has in the fields. */
export function toInput(fields: PaneFields, item: CurrentItem, suggestion: DraftSuggestion, analysis: ComplaintAnalysis): ApologyInput {
  return {
    kind: suggestion.kind,
    customerFirstName: fields.customerFirstName,
    summary: fields.summary,
    // Our acknowledgment comes from the reading until the user writes their own summary.
    reading: fields.summary === analysis.summary ? suggestion.input.reading : undefined,
    acknowledgment: fields.acknowledgment,
    ownership: fields.ownership,
    explanation: fields.explanation,
    fix: { move: fields.move, detail: fields.moveDetail, confirmed: fields.moveConfirmed },
    nextUpdate: { owner: fields.owner, at: fields.followUpAt ? new Date(fields.followUpAt) : null },
    originalSubject: item.email.subject,
    tone: fields.tone,
  };
}

/** The draft as it stands, in the chosen language, and what the coach says of it. */
export function useCoachedDraft(
  fields: PaneFields,
  ctx: { item: CurrentItem; suggestion: DraftSuggestion; analysis: ComplaintAnalysis; settings: TeamSettings; pack: LanguagePack; now: () => Date },
  /** False for the first paint: the coach (and compiling its patterns) waits until the summary shows. */
  active = true,
) {
  const { item, suggestion, analysis, settings, pack, now } = ctx;
  // The coach comes with the reader script, which an email has always been read with by now.
  const coach = loadedReader();
  const input = useMemo(() => toInput(fields, item, suggestion, analysis), [fields, item, suggestion, analysis]);
  const lanes = useMemo(() => composeLanes(input, settings, pack), [input, settings, pack]);
  const draft = useMemo(() => apologyFromLanes(lanes, input.originalSubject), [lanes, input.originalSubject]);
  // The owner's own sentences and the fix they confirmed always count for their lanes.
  const ownSentences = useMemo(() => [settings.ownershipStatement, ...allOwnership(pack.tones[fields.tone])], [settings.ownershipStatement, pack, fields.tone]);
  const confirmedFix = fields.moveConfirmed ? lanes.fix : "";
  // Where we could only name the kind of problem, the coach asks for the specifics.
  const reading = input.reading;
  const kindOnlyAcknowledgment = reading && !fields.acknowledgment && !acknowledgmentIsSpecific(reading, pack, fields.tone) ? lanes.acknowledgment : undefined;
  const followUpAt = input.nextUpdate.at;
  const findings = useMemo(
    () =>
      !active || !coach
        ? []
        : coach.reviewApology(draft, {
            now: now(),
            followUpAt,
            followUpOwner: fields.owner,
            timeZone: settings.timeZone,
            windowHours: settings.followUpWindowHours,
            businessHours: settings.businessHours,
            allowedCompensation: settings.allowedCompensation,
            sensitive: analysis.sensitive,
            customerLanguage: analysis.isComplaint ? analysis.language : undefined,
            customerDeadline: analysis.customerDeadline?.date ?? null,
            ownSentences,
            confirmedFix,
            kindOnlyAcknowledgment,
          }),
    [active, coach, draft, followUpAt, fields.owner, settings, analysis, ownSentences, confirmedFix, kindOnlyAcknowledgment, now],
  );
  const readiness = useMemo(
    () =>
      active && coach
        ? coach.laneReadiness(draft.text, ownSentences, confirmedFix)
        : { acknowledgment: false, ownership: false, fix: false, nextUpdate: false },
    [active, coach, draft.text, ownSentences, confirmedFix],
  );
  return { lanes, draft, findings, readiness, followUpAt };
}
