// Runs before the page's first paint (a plain script in <head>, same origin, no inline code):
// shows the prerendered view the URL asks for, and keeps a reader's choice made on it until
// the live map takes over (src/ui/takeover.rs applies what this writes into the URL).
(() => {
  const root = document.documentElement;
  const query = new URLSearchParams(location.search);
  root.classList.add("booting");
  if (query.get("embed") === "1") root.dataset.view = "embed";
  const theme = query.get("theme");
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;

  // A link to another view: until the live map shows it, say what the prerendered one shows.
  const asksForAnotherView = ["source", "compare", "site", "proj", "unit", "view", "lang"].some((k) => query.has(k));
  if (asksForAnotherView) {
    document.addEventListener("DOMContentLoaded", () => {
      const note = document.querySelector("[data-testid=boot-view]");
      if (note) note.hidden = false;
    });
  }

  // A source or launch site picked before the map is live: pressed at once, and written
  // into the URL, which the live map reads (and re-reads when it takes over).
  const choices = [
    ["button[data-source]", "source", "data-source"],
    ["button[data-site-option]", "site", "data-site-option"],
    ["button[data-lang]", "lang", "data-lang"],
  ];
  document.addEventListener("click", (event) => {
    if (!root.classList.contains("booting")) return;
    const target = event.target instanceof Element ? event.target : null;
    for (const [selector, param, attr] of choices) {
      const button = target?.closest(`.prerender ${selector}`);
      if (!button) continue;
      const value = button.getAttribute(attr);
      if (!value || value === "compare" || value === "custom") return;
      query.set(param, value);
      if (param === "source") query.delete("compare");
      history.replaceState(history.state, "", `${location.pathname}?${query}${location.hash}`);
      for (const other of button.parentElement?.querySelectorAll(selector) ?? []) {
        other.setAttribute("aria-pressed", other === button ? "true" : "false");
      }
      const view = document.querySelector("[data-testid=boot-view]");
      if (view) view.hidden = true;
      const status = document.querySelector("[data-testid=boot-status]");
      if (status) status.hidden = false;
      return;
    }
  });
})();
