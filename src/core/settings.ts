import { DEFAULT_SETTINGS } from "./apology/composeApology";
import type { BusinessSettings, Tone } from "./apology/types";
import { DEFAULT_HOURS, type BusinessHours } from "./followup/quickPicks";
import { utf8Bytes } from "./followup/appointment";

/** Everything a team shares as its standard: the business settings plus policy and hours. */
export interface TeamSettings extends BusinessSettings {
  /** Compensation a first reply may promise: "refund", "discount", "credit", "free service". */
  allowedCompensation: string[];
  businessHours: BusinessHours;
}

export const COMPENSATION_KINDS = ["refund", "discount", "credit", "free service"] as const;

export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  ...DEFAULT_SETTINGS,
  allowedCompensation: [],
  businessHours: DEFAULT_HOURS,
};

/** Outlook's roaming settings hold 32 KB in all, shared by everything the add-in stores. */
export const ROAMING_LIMIT_BYTES = 32 * 1024;
/**
 * The share of it that settings may use. Settings (6 KB) and records (24 KB) leave 2 KB for the
 * JSON that wraps them (keys, braces, escaping), so the two together always fit in 32 KB.
 */
export const SETTINGS_BUDGET_BYTES = 6 * 1024;

const TONES: Tone[] = ["warm", "neutral", "formal"];
const TEXT_LIMITS: Partial<Record<keyof TeamSettings, number>> = {
  businessName: 120,
  signerName: 120,
  signerTitle: 120,
  ownershipStatement: 600,
  signOff: 60,
  timeZone: 64,
};

export interface SettingsParse {
  settings: TeamSettings;
  /** Why parts of the input were ignored, in words the pane can show. */
  problems: string[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Reads settings from storage or an imported file. Never throws: anything
 * unusable falls back to the default and is named in `problems`.
 */
export function parseSettings(input: unknown, base: TeamSettings = DEFAULT_TEAM_SETTINGS): SettingsParse {
  const problems: string[] = [];
  let raw: unknown = input;
  if (typeof input === "string") {
    try {
      raw = JSON.parse(input);
    } catch {
      return { settings: base, problems: ["That isn't valid JSON. Paste the whole text you exported."] };
    }
  }
  if (!isObject(raw)) return { settings: base, problems: raw == null ? [] : ["The settings should be a JSON object."] };
  const source = isObject(raw.settings) ? raw.settings : raw;
  const out: TeamSettings = { ...base, businessHours: { ...base.businessHours }, allowedCompensation: [...base.allowedCompensation] };

  for (const [key, max] of Object.entries(TEXT_LIMITS) as [keyof TeamSettings, number][]) {
    const v = source[key];
    if (v === undefined) continue;
    if (typeof v !== "string") problems.push(`"${key}" should be text.`);
    else (out as unknown as Record<string, unknown>)[key] = v.trim().slice(0, max);
  }
  if (source.tone !== undefined) {
    if (TONES.includes(source.tone as Tone)) out.tone = source.tone as Tone;
    else problems.push(`"tone" should be one of ${TONES.join(", ")}.`);
  }
  if (source.followUpWindowHours !== undefined) {
    const n = Number(source.followUpWindowHours);
    if (Number.isFinite(n) && n >= 1 && n <= 24 * 14) out.followUpWindowHours = Math.round(n);
    else problems.push('"followUpWindowHours" should be a number of hours from 1 to 336.');
  }
  if (source.allowedCompensation !== undefined) {
    if (Array.isArray(source.allowedCompensation)) {
      out.allowedCompensation = source.allowedCompensation.filter(
        (c): c is string => typeof c === "string" && (COMPENSATION_KINDS as readonly string[]).includes(c),
      );
    } else problems.push('"allowedCompensation" should be a list.');
  }
  if (source.businessHours !== undefined) {
    const h = source.businessHours;
    if (
      isObject(h) &&
      Number.isInteger(h.startHour) &&
      Number.isInteger(h.endHour) &&
      (h.startHour as number) >= 0 &&
      (h.endHour as number) <= 24 &&
      (h.startHour as number) < (h.endHour as number) &&
      Array.isArray(h.days)
    ) {
      out.businessHours = {
        startHour: h.startHour as number,
        endHour: h.endHour as number,
        days: (h.days as unknown[]).filter((d): d is number => Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 6),
      };
    } else problems.push('"businessHours" needs a start hour before its end hour, and a list of days.');
  }
  return { settings: out, problems };
}

/** The JSON a team shares, with a marker so an import can tell it apart from other files. */
export function exportSettings(settings: TeamSettings): string {
  return JSON.stringify({ makeItRight: "settings", version: 1, settings }, null, 2);
}

export function settingsBytes(settings: TeamSettings): number {
  return utf8Bytes(JSON.stringify(settings));
}

const SETTING_KEYS = [
  "businessName",
  "signerName",
  "signerTitle",
  "ownershipStatement",
  "signOff",
  "tone",
  "followUpWindowHours",
  "allowedCompensation",
  "businessHours",
];

/**
 * Why a pasted text is not a settings file, in words the pane can show; null when it is one
 * (our export, or an object with at least one setting in it).
 */
export function notASettingsFile(text: string): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return "That isn't valid JSON. Paste the whole text you exported from Settings.";
  }
  if (!isObject(raw)) return "Settings are a JSON object, in braces; this is something else.";
  if (raw.makeItRight !== undefined && raw.makeItRight !== "settings") return "This is a Make It Right file, but not a settings file.";
  const source = isObject(raw.settings) ? raw.settings : raw;
  if (!SETTING_KEYS.some((k) => k in source))
    return "This isn't a Make It Right settings file: it holds none of the settings (business name, signer, tone and so on).";
  return null;
}
