import { withTimeout } from "./withTimeout";

export type ZoneTable = () => Promise<{ findIana: (windowsName: string) => string[] }>;

const loadZoneTable: ZoneTable = () => import(/* webpackChunkName: "zones" */ "windows-iana");

/** How long start-up waits for the zone table before going on with the computer's zone. */
export const ZONE_TABLE_WAIT_MS = 1500;

/** The zone this browser runs in; the fallback when the mailbox gives none we can use. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

function ianaName(name: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * The mailbox's own time zone as an IANA name. Outlook gives it in Windows
 * form ("Pacific Standard Time"); on the web it is the calendar's setting,
 * which can differ from the computer's. The Windows-to-IANA table is loaded
 * only when it is needed, so the pane's start-up script stays small.
 */
export async function mailboxTimeZone(loadTable: ZoneTable = loadZoneTable, waitMs = ZONE_TABLE_WAIT_MS): Promise<string> {
  const browser = browserTimeZone();
  let profile = "";
  try {
    profile = String(Office.context.mailbox?.userProfile?.timeZone ?? "").trim();
  } catch {
    return browser;
  }
  if (!profile) return browser;
  const direct = ianaName(profile);
  if (direct) return direct;
  try {
    const { findIana } = await withTimeout(loadTable(), waitMs, "The time zone table took too long to load.");
    const candidates = findIana(profile);
    // The computer's zone is the most precise choice when it keeps the same clock.
    if (candidates.includes(browser)) return browser;
    for (const candidate of candidates) {
      const usable = ianaName(candidate);
      if (usable) return usable;
    }
  } catch {
    // The table could not load (offline, blocked, too slow): the computer's zone is the best guess left.
  }
  return browser;
}
