import { z } from "zod";

export const ROLES = ["member", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const newUserInput = z.object({
  email: z.email("geen geldig e-mailadres / not a valid e-mail address").transform((e) => e.toLowerCase()),
  password: z.string().min(12, "minstens 12 tekens / at least 12 characters").max(200),
  name: z.string().trim().min(1).max(200).nullable().default(null),
  roles: z.array(z.enum(ROLES)).min(1).default(["member"]),
  language: z.enum(["nl", "en"]).default("nl"),
});
export type NewUserInput = z.input<typeof newUserInput>;
