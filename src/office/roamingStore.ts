import {
  recordsBytes,
  RECORDS_BUDGET_BYTES,
  settingsBytes,
  SETTINGS_BUDGET_BYTES,
  type OperationResult,
  type RecoveryRecord,
  type TeamSettings,
  errorMessage,
} from "../core";
import { officeCall } from "./asyncCall";

const SETTINGS_KEY = "makeItRight.settings";
const RECORDS_KEY = "makeItRight.records";

function load(key: string): unknown {
  try {
    return Office.context.roamingSettings?.get(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Saves one key of roaming settings, which follow the user across devices.
 * The 32 KB total is shared, so each key keeps to its own budget. A failed
 * save is tried once more, then reported, and the stored value is put back
 * so memory and mailbox agree; the pane keeps what the user entered.
 */
async function save(key: string, value: unknown, bytes: number, budget: number, what: string, makeRoom: string): Promise<OperationResult> {
  const roaming = Office.context.roamingSettings;
  if (!roaming) return { ok: false, reason: "unsupported", message: `This Outlook app can't store ${what}.` };
  if (bytes > budget) {
    return {
      ok: false,
      reason: "too-large",
      message: `The ${what} take ${Math.ceil(bytes / 1024)} KB; Outlook keeps ${budget / 1024} KB for them. ${makeRoom}`,
    };
  }
  const previous = roaming.get(key);
  roaming.set(key, value);
  let lastError = "";
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await officeCall<void>((cb) => roaming.saveAsync(cb));
      return { ok: true, message: `Saved your ${what}. They follow you to Outlook on your other devices.` };
    } catch (error) {
      lastError = errorMessage(error);
    }
  }
  if (previous === undefined) roaming.remove(key);
  else roaming.set(key, previous);
  return { ok: false, reason: "failed", message: `Outlook couldn't save the ${what} (${lastError}). Nothing you entered is lost; try again.` };
}

export const loadSettings = (): unknown => load(SETTINGS_KEY);
export const saveSettings = (settings: TeamSettings): Promise<OperationResult> =>
  save(
    SETTINGS_KEY,
    settings,
    settingsBytes(settings),
    SETTINGS_BUDGET_BYTES,
    "settings",
    "Shorten the ownership sentence, the sign-off or the business name, then save again.",
  );

export const loadRecords = (): unknown => load(RECORDS_KEY);
export const saveRecords = (records: RecoveryRecord[]): Promise<OperationResult> =>
  save(RECORDS_KEY, records, recordsBytes(records), RECORDS_BUDGET_BYTES, "follow-up records", "Mark kept the promises you've honoured to make room.");
