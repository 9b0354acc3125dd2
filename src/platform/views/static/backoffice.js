// The back office's small helpers; every form works without them.
(() => {
  // GOV.UK's pattern: a refused form puts the keyboard on its error summary.
  const summary = document.getElementById("error-summary") || document.getElementById("conflict");
  if (summary) {
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }

  // "Ook open bij ...": the page says every 30 seconds that it is still open, and shows who else has it.
  const presence = document.querySelector("[data-presence]");
  const token = document.querySelector('input[name="_csrf"]');
  const endpoint = presence?.getAttribute("data-presence-url");
  if (presence && token && endpoint) {
    const beat = async () => {
      try {
        const res = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": token.value, accept: "application/json" },
          body: JSON.stringify({ record: presence.getAttribute("data-presence") }),
          credentials: "same-origin",
        });
        if (!res.ok) return;
        const { text } = await res.json();
        presence.textContent = text;
        presence.className = text ? "presence" : "presence-empty";
      } catch {
        // Offline for a moment: the next beat tries again.
      }
    };
    setInterval(beat, 30_000);
  }
})();
