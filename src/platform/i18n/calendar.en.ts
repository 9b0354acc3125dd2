import type { calendarNl } from "./calendar.nl.js";

/** English texts of a member's personal calendar feed. */
export const calendarEn: Record<keyof typeof calendarNl, string> = {
  "calendar.title": "My calendar",
  "calendar.intro":
    "Put the deadlines of the calls you follow and the events about your themes in your own calendar. Your calendar app fetches them itself and keeps them up to date, also when a deadline moves.",
  "calendar.guideLink": "My deadlines and events in my calendar",
  "calendar.none": "You have no calendar address yet.",
  "calendar.make": "Make my calendar address",
  "calendar.madeAt": "Your calendar address was made on {date}. The address is shown only once.",
  "calendar.renew": "Make a new address",
  "calendar.renewNote":
    "Making a new address stops the old one at once: use this when you lost the address or shared it with someone.",
  "calendar.address": "Your secret calendar address",
  "calendar.addressNote": "Copy this address now: it is not shown again. Whoever has it sees what you follow; do not share it.",
  "calendar.open": "Open in my calendar app",
  "calendar.howTo": "How to add it",
  "calendar.howTo.google": "Google Calendar: Other calendars → + → From URL, paste the address.",
  "calendar.howTo.outlook": "Outlook: Calendar → Add calendar → Subscribe from web, paste the address.",
  "calendar.howTo.apple": "Apple Calendar: File → New Calendar Subscription, paste the address.",
};
