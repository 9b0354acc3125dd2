// Progressive enhancement only: every page works without this file.
(() => {
  // The URL whose results are on screen; only a change of it needs a reload.
  let shown = location.pathname + location.search;

  // On a phone the filters would push the results a screen down: fold them, one tap away.
  // Wider again, they are the sidebar, whose summary is hidden: open them for good.
  const narrow = window.matchMedia("(max-width: 50rem)");
  const fold = () => {
    for (const panel of document.querySelectorAll("details[data-fold-narrow]")) panel.open = !narrow.matches;
  };
  fold();
  narrow.addEventListener("change", fold);

  // Filters apply as soon as they change; the URL keeps the whole state.
  for (const form of document.querySelectorAll("form[data-autosubmit]")) {
    const submit = form.querySelector("[data-autosubmit-button]");
    if (submit) submit.hidden = true;
    form.addEventListener("change", () => refresh(form));
  }

  async function refresh(form) {
    const params = new URLSearchParams(new FormData(form));
    for (const [key, value] of [...params]) if (value === "") params.delete(key);
    const url = `${form.action.split("?")[0]}?${params}`;
    const target = document.querySelector("[data-results]");
    if (!target || !window.fetch) return form.submit();
    target.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(url, { headers: { Accept: "text/html" } });
      const html = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = html.querySelector("[data-results]");
      const filters = html.querySelector("form[data-autosubmit]");
      if (!fresh) return form.submit();
      target.replaceWith(fresh);
      if (filters) syncCounts(form, filters);
      history.pushState({}, "", url);
      shown = location.pathname + location.search;
      document.title = html.title;
      const status = document.querySelector("[data-results-status]");
      if (status) status.textContent = fresh.querySelector("[data-results-count]")?.textContent ?? "";
    } catch {
      form.submit();
    }
  }

  // Counts come from the server; the inputs themselves stay so focus is not lost.
  function syncCounts(form, fresh) {
    for (const count of form.querySelectorAll("[data-count-for]")) {
      const match = fresh.querySelector(`[data-count-for="${CSS.escape(count.dataset.countFor)}"]`);
      count.textContent = match ? match.textContent : "0";
    }
  }

  // Back and forward between filtered results show that state again; a #fragment alone
  // (the skip link, a table of contents) also fires popstate and must not reload the page.
  window.addEventListener("popstate", () => {
    if (location.pathname + location.search !== shown) location.reload();
  });
})();

// Following. Signed out, a theme's "Volgen" keeps the pick in this browser (the page says it
// is not saved yet); on the first signed-in page the picks join the account. Signed in, the
// button follows and unfollows in place. Without this file the same buttons are plain forms.
(() => {
  const KEY = "subsidiegids.themes";
  const read = () => {
    try {
      const picks = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(picks) ? picks.filter((slug) => typeof slug === "string") : [];
    } catch {
      return [];
    }
  };
  const write = (picks) => {
    try {
      if (picks.length) localStorage.setItem(KEY, JSON.stringify(picks));
      else localStorage.removeItem(KEY);
    } catch {
      // Storage refused (private mode): the buttons still lead to logging in.
    }
  };
  if (!window.fetch) return;

  const merge = document.querySelector("form[data-theme-merge]");
  if (merge) {
    const picks = read();
    if (picks.length) {
      const body = new FormData(merge);
      for (const slug of picks) body.append("theme", slug);
      fetch(merge.getAttribute("action"), { method: "POST", body, headers: { Accept: "application/json" } }).then((response) => {
        if (!response.ok) return;
        write([]);
        location.reload();
      });
    }
  }

  const banner = document.querySelector("[data-follow-banner]");
  const showBanner = () => {
    if (banner) banner.hidden = read().length === 0;
  };
  for (const button of document.querySelectorAll("button[data-follow-theme]")) {
    const slug = button.dataset.followTheme;
    const paint = () => {
      button.textContent = read().includes(slug) ? button.dataset.labelUnfollow : button.dataset.labelFollow;
    };
    button.addEventListener("click", (event) => {
      event.preventDefault();
      const picks = read();
      write(picks.includes(slug) ? picks.filter((s) => s !== slug) : [...picks, slug]);
      paint();
      showBanner();
    });
    paint();
  }
  showBanner();

  // The button's name is "action", which shadows form.action: read the attribute.
  for (const form of document.querySelectorAll("form[data-follow-form]")) {
    const button = form.querySelector("button[name=action]");
    if (!button) continue;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const body = new URLSearchParams(new FormData(form));
      body.set("action", button.value);
      const plainly = () => {
        form.insertAdjacentHTML("beforeend", `<input type="hidden" name="action" value="${button.value}">`);
        HTMLFormElement.prototype.submit.call(form);
      };
      try {
        const response = await fetch(form.getAttribute("action"), {
          method: "POST",
          body,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) return plainly();
        const { following } = await response.json();
        button.value = following ? "unfollow" : "follow";
        button.textContent = following ? button.dataset.labelUnfollow : button.dataset.labelFollow;
        button.classList.toggle("following", following);
      } catch {
        plainly();
      }
    });
  }
})();
