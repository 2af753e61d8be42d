import { settingsBytes, SETTINGS_BUDGET_BYTES, type OperationResult, type TeamSettings } from "../core";
import { officeCall } from "./asyncCall";

const KEY = "makeItRight.settings";

export function loadSettings(): unknown {
  try {
    return Office.context.roamingSettings?.get(KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Saves to roaming settings, which follow the user across devices. The 32 KB
 * total is shared with other records, so settings keep to their own budget.
 * A failed save is tried once more, then reported; the pane keeps the values.
 */
export async function saveSettings(settings: TeamSettings): Promise<OperationResult> {
  const roaming = Office.context.roamingSettings;
  if (!roaming) return { ok: false, reason: "unsupported", message: "This Outlook app can't store add-in settings." };
  const bytes = settingsBytes(settings);
  if (bytes > SETTINGS_BUDGET_BYTES) {
    return { ok: false, reason: "too-large", message: `These settings take ${Math.ceil(bytes / 1024)} KB; the limit is ${SETTINGS_BUDGET_BYTES / 1024} KB. Shorten the longer texts.` };
  }
  const previous = roaming.get(KEY);
  roaming.set(KEY, settings);
  let lastError = "";
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await officeCall<void>((cb) => roaming.saveAsync(cb));
      return { ok: true, message: "Settings saved. They follow you to Outlook on your other devices." };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  // Put back what was stored, so memory and mailbox agree.
  if (previous === undefined) roaming.remove(KEY);
  else roaming.set(KEY, previous);
  return { ok: false, reason: "failed", message: `Outlook couldn't save the settings (${lastError}). They're still in the form; try again.` };
}
