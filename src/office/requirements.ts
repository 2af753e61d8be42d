/** Whether this Outlook client supports a Mailbox requirement set, checked at run time. */
export function supportsMailbox(version: string): boolean {
  try {
    return !!Office.context.requirements?.isSetSupported("Mailbox", version);
  } catch {
    return false;
  }
}

export function platformName(): "web" | "windows" | "mac" | "mobile" | "unknown" {
  const p = String(Office.context?.platform ?? Office.context?.diagnostics?.platform ?? "");
  switch (p) {
    case "OfficeOnline":
      return "web";
    case "PC":
    case "Universal":
      return "windows";
    case "Mac":
      return "mac";
    case "iOS":
    case "Android":
      return "mobile";
    default:
      return "unknown";
  }
}

/** True when the item is a message being written rather than read. */
export function isComposeMode(item: Office.MessageRead | Office.MessageCompose | null | undefined): boolean {
  if (!item) return false;
  return (
    typeof (item as Office.MessageRead).displayReplyForm !== "function" && typeof (item as Office.MessageCompose).body?.setSelectedDataAsync === "function"
  );
}
