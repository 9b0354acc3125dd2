/**
 * The fields a browser would send for a page's first form with `method="post"` and the given
 * action (or the first post form): text inputs, checked boxes, textareas and chosen options.
 */
export function formFields(html: string, action?: string): Record<string, string | string[]> {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].filter(
    (m) => /method="post"/.test(m[1] ?? "") && (!action || (m[1] ?? "").includes(`action="${action}"`)),
  );
  const body = forms.find((m) => /name="version"/.test(m[2] ?? ""))?.[2] ?? forms[0]?.[2] ?? "";
  const fields: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const decoded = decode(value);
    if (name.endsWith("[]")) fields[name] = [...((fields[name] as string[] | undefined) ?? []), decoded];
    else fields[name] = decoded;
  };
  for (const [tag] of body.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, "name");
    if (!name) continue;
    const type = attr(tag, "type") ?? "text";
    if ((type === "checkbox" || type === "radio") && !/\schecked(?:=""|\s|>|\/)/.test(tag)) continue;
    if (type === "submit") continue;
    add(name, attr(tag, "value") ?? "");
  }
  for (const m of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attr(m[1] ?? "", "name");
    if (name) add(name, m[2] ?? "");
  }
  for (const m of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attr(m[1] ?? "", "name");
    if (!name) continue;
    const options = [...(m[2] ?? "").matchAll(/<option\b([^>]*)>/g)].map((o) => o[1] ?? "");
    const chosen = options.find((o) => /\sselected(?:=""|\s|$)/.test(o)) ?? options[0] ?? "";
    add(name, attr(chosen, "value") ?? "");
  }
  return fields;
}

/** The fields as a urlencoded body, lists as repeated names. */
export function formBody(fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  }
  return body;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function decode(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
