import { DEFAULT_TEAM_SETTINGS, parseSettings, type MailboxPort, type TeamSettings } from "../../core";
import type { Notice } from "../notices";

/** The settings the pane starts with: stored ones where readable, the mailbox's owner and zone. */
export function initialSettings(mailbox: MailboxPort): TeamSettings {
  const owner = mailbox.owner();
  const base: TeamSettings = { ...DEFAULT_TEAM_SETTINGS, signerName: owner.displayName };
  const { settings } = parseSettings(mailbox.loadSettings(), base);
  // The time zone always comes from the mailbox (or the browser), never from a shared file.
  return { ...settings, signerName: settings.signerName || owner.displayName, timeZone: mailbox.timeZone() };
}

export async function saveSettings(mailbox: MailboxPort, next: TeamSettings): Promise<{ notice: Notice; settings?: TeamSettings }> {
  const result = await mailbox.saveSettings(next);
  if (!result.ok) return { notice: { id: "settings", intent: "error", title: "Settings not saved.", body: result.message } };
  return { notice: { id: "settings", intent: "success", title: "Saved.", body: result.message }, settings: { ...next, timeZone: mailbox.timeZone() } };
}
