// The back office's small helpers; every form works without them.
(() => {
  // GOV.UK's pattern: a refused form puts the keyboard on its error summary.
  const summary = document.getElementById("error-summary") || document.getElementById("conflict");
  if (summary) {
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }

  // A contact picked from the list fills its row at once (without script the server does it on the next send);
  // the pick is then cleared, so what the editor types after it is what is saved.
  const choices = document.getElementById("contact-choices");
  if (choices) {
    document.addEventListener("change", (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.getAttribute("list") !== "contact-choices" || !input.form) return;
      const option = [...choices.options].find((o) => o.value === input.value.trim());
      if (!option) return;
      const prefix = input.name.slice(0, -"pick".length);
      for (const [field, value] of Object.entries(JSON.parse(option.dataset.contact || "{}"))) {
        const cell = input.form.elements.namedItem(prefix + field);
        if (cell instanceof HTMLInputElement) cell.value = value;
      }
      input.value = "";
    });
  }

  // Enter in a picker's search box searches instead of pressing the form's first button (saving).
  document.addEventListener("keydown", (event) => {
    const input = event.target;
    if (event.key !== "Enter" || !(input instanceof HTMLInputElement) || !input.dataset.find || !input.form) return;
    const button = input.form.querySelector(`button[name="action"][value="${input.dataset.find}"]`);
    if (!button) return;
    event.preventDefault();
    button.click();
  });

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
