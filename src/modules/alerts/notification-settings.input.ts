import { z } from "zod";
import { MAX_REMINDER_DAYS } from "./catalogue-news.js";

/** The settings form: a frequency, and reminder days typed as "30, 7, 1" (empty: no reminders). */
export const settingsForm = z.object({
  frequency: z.enum(["daily", "weekly", "off"], { message: "alerts.settings.badFrequency" }),
  reminderDays: z
    .string()
    .trim()
    .regex(/^(\d{1,3}(\s*,\s*\d{1,3}){0,9})?$/, "alerts.settings.badDays")
    .transform((text) => (text ? text.split(",").map((d) => Number(d.trim())) : []))
    .refine((days) => days.every((d) => d >= 1 && d <= MAX_REMINDER_DAYS), "alerts.settings.badDays"),
});
