import { parseRecords, parseSettings, DEFAULT_TEAM_SETTINGS, type MailboxPort, type RecoveryRecord, type TeamSettings } from "../../core";
import type { Notice } from "../notices";
import { recordsOnDevice } from "./records";

const ASIDE_PREFIX = "make-it-right:unreadable:";

/** Keeps an unreadable stored value on this device, so repairing it never destroys it. */
function keepAside(what: string, raw: unknown): void {
  try {
    window.localStorage.setItem(`${ASIDE_PREFIX}${what}`, JSON.stringify({ keptAt: new Date().toISOString(), raw }));
  } catch {
    // Storage blocked: the notice still tells the user.
  }
}

/**
 * Settings and records as stored with the mailbox, repaired where they can't be read. The user is
 * told, and the unreadable value is kept aside on this device before anything overwrites it.
 */
export function readStoredData(mailbox: MailboxPort): { settings: TeamSettings; records: RecoveryRecord[]; notice: Notice | null } {
  const owner = mailbox.owner();
  const base: TeamSettings = { ...DEFAULT_TEAM_SETTINGS, signerName: owner.displayName };
  const rawSettings = mailbox.loadSettings();
  const { settings, problems } = parseSettings(rawSettings, base);
  const rawRecords = mailbox.loadRecords();
  const fromMailbox = parseRecords(rawRecords);
  // Promises the mailbox couldn't take last time were kept on this device: bring them back.
  const fromDevice = parseRecords(recordsOnDevice()).filter((r) => !fromMailbox.some((m) => m.id === r.id));
  const records = [...fromMailbox, ...fromDevice];
  const lostRecords = rawRecords == null ? 0 : Array.isArray(rawRecords) ? rawRecords.length - fromMailbox.length : 1;
  const parts: string[] = [];
  if (problems.length) {
    keepAside("settings", rawSettings);
    parts.push(`some of your settings (${problems.join(" ")}) were reset`);
  }
  if (fromDevice.length) {
    parts.push(
      `${fromDevice.length === 1 ? "one follow-up is" : `${fromDevice.length} follow-ups are`} kept on this device only, because Outlook couldn't store ${fromDevice.length === 1 ? "it" : "them"}`,
    );
  }
  if (lostRecords > 0) {
    keepAside("records", rawRecords);
    parts.push(lostRecords === 1 ? "one follow-up record was left out" : `${lostRecords} follow-up records were left out`);
  }
  const notice: Notice | null = parts.length
    ? {
        id: "stored-data",
        intent: "warning",
        title:
          fromDevice.length && !problems.length && !lostRecords
            ? "Not everything is stored in your mailbox."
            : "Part of what Outlook stored for Make It Right couldn't be read.",
        body: `${parts.join("; ")}. The rest is in use, and the unreadable copy is kept on this device. Check Settings and Open promises.`,
      }
    : null;
  // The time zone always comes from the mailbox (or the browser), never from a shared file.
  return { settings: { ...settings, signerName: settings.signerName || owner.displayName, timeZone: mailbox.timeZone() }, records, notice };
}
