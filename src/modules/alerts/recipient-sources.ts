import { subscriptionRecipients } from "../subscriptions/subscription-recipients.js";
import { memberRecipients } from "./member-recipients.js";
import type { RecipientSource } from "./recipient.js";

/**
 * Everyone a digest may go to. Another kind of recipient (an e-mail subscription without
 * account) joins by adding its source here; the digest run and the links in mails use this list.
 */
export const recipientSources: readonly RecipientSource[] = [memberRecipients, subscriptionRecipients];
