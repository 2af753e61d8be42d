import type {
  FollowUpResult,
  ApologyDraft,
  CurrentItem,
  FollowUpAppointment,
  MailboxCapabilities,
  MailboxPort,
  OperationResult,
  RecoveryRecord,
  TeamSettings,
} from "../../src/core";

export interface FakeMailbox extends MailboxPort {
  saved: TeamSettings[];
  records: RecoveryRecord[][];
  opened: string[];
  tags: string[];
  inserted: { draft: ApologyDraft; mode: string }[];
  appointments: FollowUpAppointment[];
  /** The event id passed with each addFollowUp call (undefined for a new one). */
  eventIds: (string | undefined)[];
  changeItem(item: CurrentItem | null): void;
}

export const complaint: CurrentItem = {
  email: {
    subject: "Lunch order #4471",
    from: { displayName: "Priya Shah", emailAddress: "priya@harbour.example" },
    body: "Hi,\n\nYour team missed the vegan note on our lunch order and three guests had nothing to eat. Order 4471.\n\nThanks,\nPriya",
    bodyFormat: "text",
    receivedAt: new Date("2026-03-10T14:00:00Z"),
  },
  itemId: "item-1",
  conversationId: "conv-1",
};

export function fakeMailbox(
  opts: {
    item?: CurrentItem | null;
    caps?: Partial<MailboxCapabilities>;
    insert?: OperationResult;
    follow?: FollowUpResult | ((eventId?: string) => FollowUpResult);
    readError?: Error;
    stored?: unknown;
    save?: OperationResult;
    storedRecords?: unknown;
    saveRecords?: OperationResult;
    timeZone?: string;
  } = {},
): FakeMailbox {
  let item = opts.item === undefined ? complaint : opts.item;
  let handler: (() => void) | null = null;
  const mailbox: FakeMailbox = {
    saved: [],
    records: [],
    opened: [],
    tags: [],
    loadRecords: () => opts.storedRecords ?? null,
    saveRecords: async (records) => {
      mailbox.records.push(records);
      return opts.saveRecords ?? { ok: true, message: "Saved your follow-up records." };
    },
    openItem: async (id) => {
      mailbox.opened.push(id);
      return { ok: true, message: "Opened the email." };
    },
    tagItem: async (category) => {
      mailbox.tags.push(category);
      return { ok: true, message: `Tagged the email "${category}".` };
    },
    untagItem: async (category) => {
      mailbox.tags = mailbox.tags.filter((t) => t !== category);
      return { ok: true, message: `Removed "${category}" from the email.` };
    },
    loadSettings: () => opts.stored ?? null,
    saveSettings: async (settings) => {
      mailbox.saved.push(settings);
      return opts.save ?? { ok: true, message: "Settings saved." };
    },
    inserted: [],
    appointments: [],
    eventIds: [],
    capabilities: () => ({
      mode: "read",
      canOpenReplyForm: true,
      canInsertIntoBody: false,
      canOpenAppointmentForm: true,
      canCreateCalendarEvent: false,
      platform: "web",
      ...opts.caps,
    }),
    owner: () => ({ displayName: "Alex Rivera", emailAddress: "alex@biz.example" }),
    timeZone: () => opts.timeZone ?? "UTC",
    readCurrentEmail: async () => {
      if (opts.readError) throw opts.readError;
      return item;
    },
    insertReply: async (draft, mode) => {
      mailbox.inserted.push({ draft, mode });
      return opts.insert ?? { ok: true, message: "Outlook opened the reply with your apology in it." };
    },
    addFollowUp: async (appointment, eventId) => {
      mailbox.appointments.push(appointment);
      mailbox.eventIds.push(eventId);
      const follow = typeof opts.follow === "function" ? opts.follow(eventId) : opts.follow;
      return follow ?? { ok: true, message: "Outlook opened the follow-up appointment." };
    },
    onItemChanged: (h) => {
      handler = h;
    },
    changeItem: (next) => {
      item = next;
      handler?.();
    },
  };
  return mailbox;
}
