import { z } from "zod";
import { ROLES, type Role } from "../../platform/http/visitor.js";

export { ROLES, type Role };

export const PASSWORD_MIN = 10;
/** Long passphrases are welcome; the cap only keeps one request from hashing megabytes. */
export const PASSWORD_MAX = 256;

/** Addresses are compared and stored in lower case: An@Example.be and an@example.be are one login. */
export const emailAddress = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email("geen geldig e-mailadres / not a valid e-mail address"))
  .transform((e) => e.toLowerCase());

export const newUserInput = z.object({
  email: emailAddress,
  password: z
    .string()
    .min(PASSWORD_MIN, `minstens ${PASSWORD_MIN} tekens / at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX),
  name: z.string().trim().min(1).max(200).nullable().default(null),
  roles: z.array(z.enum(ROLES)).min(1).default(["member"]),
  language: z.enum(["nl", "en"]).default("nl"),
  /** Made by an operator on the command line the address is trusted; a visitor confirms it by mail. */
  verified: z.boolean().default(true),
});
export type NewUserInput = z.input<typeof newUserInput>;

/** The roles a user of a given role holds: an admin is also editor and member. */
export function rolesFor(role: Role): Role[] {
  return ROLES.slice(0, ROLES.indexOf(role) + 1);
}
