/**
 * A visitor with a cookie jar over app.request(): follows what a browser keeps between
 * requests (cookies, the CSRF token of the last form), so tests walk the flows as people do.
 */
export interface TestApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

export function visitorClient(app: TestApp, origin = "http://localhost:3000") {
  const jar = new Map<string, string>();
  let lastHtml = "";

  function remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  }

  async function send(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await app.request(new URL(path, origin).href, { ...init, headers, redirect: "manual" });
    remember(res);
    return res;
  }

  return {
    cookies: jar,
    get lastHtml() {
      return lastHtml;
    },
    async get(path: string) {
      const res = await send(path);
      if ((res.headers.get("content-type") ?? "").includes("text/html")) lastHtml = await res.clone().text();
      return res;
    },
    /**
     * Posts a form as a browser would after the last page fetched: with that page's hidden
     * fields (the CSRF token, a link's token, ?next=), then the fields given.
     */
    async post(path: string, fields: Record<string, string> = {}) {
      const hidden: Record<string, string> = {};
      for (const m of lastHtml.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
        hidden[m[1] as string] = (m[2] as string).replace(/&amp;/g, "&").replace(/&quot;/g, '"');
      }
      const body = new URLSearchParams({ ...hidden, ...fields });
      const res = await send(path, {
        method: "POST",
        body,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      if ((res.headers.get("content-type") ?? "").includes("text/html")) lastHtml = await res.clone().text();
      return res;
    },
    send,
  };
}
