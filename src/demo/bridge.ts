/** What the simulated Outlook window shares with the Office stand-in inside the pane's frame. */
export interface SimItem {
  mode: "read" | "compose";
  itemId: string;
  conversationId: string;
  subject: string;
  from: { displayName: string; emailAddress: string };
  to: { displayName: string; emailAddress: string }[];
  body: string;
  bodyFormat: "html" | "text";
  receivedAt: Date;
  /** Compose mode: the body type of the reply being written. */
  composeType?: "html" | "text";
}

export interface ClientProfile {
  id: "web" | "windows" | "mac" | "legacy" | "mobile";
  label: string;
  platform: "OfficeOnline" | "PC" | "Mac" | "iOS";
  /** Highest Mailbox requirement set the client supports. */
  mailbox: string;
}

export const PROFILES: ClientProfile[] = [
  { id: "web", label: "Outlook on the web / new Outlook", platform: "OfficeOnline", mailbox: "1.14" },
  { id: "windows", label: "Classic Outlook for Windows", platform: "PC", mailbox: "1.14" },
  { id: "mac", label: "Outlook for Mac", platform: "Mac", mailbox: "1.14" },
  { id: "legacy", label: "Outlook 2016 for Windows (Mailbox 1.4)", platform: "PC", mailbox: "1.4" },
  { id: "mobile", label: "Outlook mobile (iOS/Android)", platform: "iOS", mailbox: "1.5" },
];

export type FailurePoint = "read-body" | "reply-form" | "appointment-form" | "insert-body" | "save-settings";

export interface ReplyShown {
  via: string;
  mode: "reply" | "replyAll" | "compose";
  html: string;
  coercion: "html" | "text";
}

export interface AppointmentShown {
  via: string;
  subject: string;
  start: Date;
  end: Date;
  body: string;
  attendees: number;
}

/** Calendar time zones a mailbox can have, as Outlook names them (Windows form). */
export const MAILBOX_ZONES = [
  "Pacific Standard Time",
  "Eastern Standard Time",
  "GMT Standard Time",
  "W. Europe Standard Time",
  "India Standard Time",
  "AUS Eastern Standard Time",
];

export interface DemoBridge {
  profile(): ClientProfile;
  /** userProfile.timeZone: a Windows zone name, or "" for this computer's zone. */
  mailboxZone(): string;
  owner(): { displayName: string; emailAddress: string };
  currentItem(): SimItem | null;
  shouldFail(point: FailurePoint): boolean;
  showReply(reply: ReplyShown): void;
  showAppointment(appointment: AppointmentShown): void;
  onItemChanged(handler: () => void): void;
  /** Opens another message by id, as displayMessageForm does. Returns false when it doesn't exist. */
  openItem(itemId: string): boolean;
  /** Adds a category to the open message; false when the category isn't in the mailbox's list. */
  tagItem(itemId: string, category: string): boolean;
  /** Removes a category from a message. */
  untagItem(itemId: string, category: string): void;
  /** Office.context.officeTheme as Outlook would give it for the chosen theme. */
  officeTheme(): OfficeThemeColors;
  /** OfficeThemeChanged (Mailbox 1.14). */
  onThemeChanged(handler: () => void): void;
}

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

/** The Office themes the demo can show, with the colours Outlook reports for each (approximately). */
export const OFFICE_THEMES: Record<string, { label: string; colors: OfficeThemeColors }> = {
  colorful: {
    label: "Colorful (light)",
    colors: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626" },
  },
  black: {
    label: "Black (dark)",
    colors: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#3B3B3B", controlForegroundColor: "#FFFFFF" },
  },
  contrast: {
    label: "High contrast",
    colors: { bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#000000", controlForegroundColor: "#FFFF00" },
  },
};

export const BRIDGE_KEY = "__makeItRightDemoHost";
