import type { MailboxPort, TeamSettings } from "../../core";
import type { Notice } from "../notices";

export async function saveSettings(mailbox: MailboxPort, next: TeamSettings): Promise<{ notice: Notice; settings?: TeamSettings }> {
  const result = await mailbox.saveSettings(next);
  if (!result.ok) return { notice: { id: "settings", intent: "error", title: "Settings not saved.", body: result.message } };
  return { notice: { id: "settings", intent: "success", title: "Saved.", body: result.message }, settings: { ...next, timeZone: mailbox.timeZone() } };
}
