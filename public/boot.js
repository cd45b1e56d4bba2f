// Runs before the page's first paint (a plain script in <head>, same origin, no inline code):
// moves the reader to the page of their language, shows the prerendered view the URL asks
// for, and keeps a reader's choice made on it until the live map takes over
// (src/ui/takeover.rs applies what this writes into the URL).
(() => {
  const root = document.documentElement;
  const query = new URLSearchParams(location.search);

  // Each language has its own page, prerendered in it (src/bin/prerender.rs, `Lang::page_file`);
  // this page's language is its <html lang>, which the live map starts in.
  const pages = { en: "index.html", ja: "ja.html" };
  const pageLang = Object.hasOwn(pages, root.lang) ? root.lang : "en";
  // The language the reader's browser prefers: Japanese if it comes before English.
  const browserLang = () => {
    for (const tag of navigator.languages ?? [navigator.language]) {
      const primary = String(tag).split(/[-_]/)[0].toLowerCase();
      if (Object.hasOwn(pages, primary)) return primary;
    }
    return "en";
  };
  // The URL's `lang`, else on the English page the browser's; ja.html was chosen by its link.
  const asked = query.get("lang");
  const wanted = Object.hasOwn(pages, asked ?? "") ? asked : pageLang === "en" ? browserLang() : pageLang;
  if (wanted !== pageLang) {
    location.replace(`${pages[wanted]}${location.search}${location.hash}`);
    return;
  }
  root.classList.add("booting");
  if (query.get("embed") === "1") root.dataset.view = "embed";
  const theme = query.get("theme");
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;

  // A link to another view: until the live map shows it, say what the prerendered one shows.
  const asksForAnotherView = ["source", "compare", "site", "proj", "unit", "view", "sources"].some((k) => query.has(k));
  // An embed offering only some sources (`sources`, set in the editor): the prerendered
  // switcher offers only those too (the live map checks the list and says if it is wrong).
  const offered = (query.get("sources") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (offered.length > 0) {
    document.addEventListener("DOMContentLoaded", () => {
      for (const button of document.querySelectorAll(".prerender .source-switcher button[data-source]")) {
        const id = button.getAttribute("data-source");
        if (id === "all") continue;
        if (id === "compare" ? offered.length < 2 : !offered.includes(id)) button.hidden = true;
      }
    });
  }
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
      // The other language's page is prerendered too: show it now, with every choice kept.
      if (param === "lang") {
        if (value === pageLang || !Object.hasOwn(pages, value)) return;
        event.preventDefault();
        location.assign(`${pages[value]}?${query}${location.hash}`);
        return;
      }
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
