import { expect } from "vitest";
import type { signedInEditor } from "./editors.js";
import { formBody, formFields } from "./form-fields.js";

type Client = Awaited<ReturnType<typeof signedInEditor>>["client"];

/** Opens a back-office form as the browser shows it, changes some fields and presses one of its buttons. */
export async function submitForm(client: Client, path: string, changes: Record<string, string | string[]>, action = "save") {
  const page = await client.get(path);
  expect(page.status, path).toBe(200);
  return sendForm(client, path, { ...formFields(client.lastHtml), ...changes, action });
}

/** Posts fields as a browser would, without opening the form first (a form kept open for a while). */
export function sendForm(client: Client, path: string, fields: Record<string, string | string[]>) {
  return client.send(path, {
    method: "POST",
    body: formBody(fields),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
}

/** The id of the record a back-office form redirected to: /beheer/evenementen/12. */
export const recordId = (res: Response) => Number(/\/(\d+)$/.exec(res.headers.get("location") ?? "")?.[1]);
