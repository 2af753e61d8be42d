import type { CurrentItem } from "../core";
import { officeCall } from "./asyncCall";
import { isComposeMode, supportsMailbox } from "./requirements";

type Body = { body: string; bodyFormat: "html" | "text" };

function readBody(item: Office.MessageRead | Office.MessageCompose): Promise<Body> {
  return officeCall<string>((cb) => item.body.getAsync(Office.CoercionType.Html, cb))
    .then((body): Body => ({ body, bodyFormat: "html" }))
    .catch(() => officeCall<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb)).then((body): Body => ({ body, bodyFormat: "text" })));
}

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === "string" || typeof value === "number") {
    const d = new Date(value);
    return isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

/**
 * Reads the open item into the shape the analysis takes. In compose mode the
 * complaint is the quoted message below the reply, and the customer is the
 * first recipient.
 */
export async function readCurrentEmail(): Promise<CurrentItem | null> {
  const item = Office.context.mailbox?.item as Office.MessageRead | Office.MessageCompose | null | undefined;
  if (!item) return null;
  if (isComposeMode(item)) {
    const compose = item as Office.MessageCompose;
    // One call at a time: web and new Outlook allow only three in flight.
    const subject = await officeCall<string>((cb) => compose.subject.getAsync(cb)).catch(() => "");
    const to = await officeCall<Office.EmailAddressDetails[]>((cb) => compose.to.getAsync(cb)).catch((): Office.EmailAddressDetails[] => []);
    const body: Body = supportsMailbox("1.3") ? await readBody(compose) : { body: "", bodyFormat: "text" };
    const first = to[0];
    return {
      email: { subject, from: { displayName: first?.displayName ?? "", emailAddress: first?.emailAddress ?? "" }, ...body },
      conversationId: compose.conversationId ?? undefined,
    };
  }
  const read = item as Office.MessageRead;
  const body = await readBody(read);
  const from = read.from ?? read.sender;
  return {
    email: {
      subject: read.subject ?? "",
      from: { displayName: from?.displayName ?? "", emailAddress: from?.emailAddress ?? "" },
      ...body,
      receivedAt: toDate(read.dateTimeCreated),
    },
    itemId: read.itemId,
    conversationId: read.conversationId,
  };
}
