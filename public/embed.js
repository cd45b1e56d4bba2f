/* Range claims map embed, for the article page around each <iframe data-range-claims>:
   - fits the frame to the height its page reports ({type:"range-claims:height", height,
     version:1}), unless the frame says data-range-claims-fit="none" (a sticky story map);
   - drives a story: when an element marked data-range-claims-step="N" reaches the reading
     position (the middle of the window), tells the frames to show step N
     ({type:"range-claims:step", step:N}); data-range-claims-for="ID" sends it to the frame
     with that id only. A frame that becomes live later ({type:"range-claims:ready"}) is sent
     the step then.
   It acts only on messages from its own frames' windows and origins, and ignores the rest. */
(function () {
  var current = 0, currentFor = null;
  function frames() { return document.querySelectorAll("iframe[data-range-claims]"); }
  function originOf(f) {
    try { return new URL(f.src, location.href).origin; } catch (e) { return null; }
  }
  function send(f, step) {
    var o = originOf(f);
    if (o && o !== "null" && f.contentWindow) f.contentWindow.postMessage({ type: "range-claims:step", step: step }, o);
  }
  function sendAll() {
    var all = frames(), i;
    for (i = 0; i < all.length; i++) if (!currentFor || all[i].id === currentFor) send(all[i], current);
  }
  addEventListener("message", function (e) {
    var d = e.data, f = null, i, all = frames();
    if (!d || typeof d !== "object" || typeof d.type !== "string") return;
    for (i = 0; i < all.length; i++) {
      if (e.source === all[i].contentWindow && e.origin === originOf(all[i])) f = all[i];
    }
    if (!f) return;
    if (d.type === "range-claims:height" && d.height > 0 && f.getAttribute("data-range-claims-fit") !== "none") {
      f.style.height = Math.min(Math.ceil(d.height), 10000) + "px";
    } else if (d.type === "range-claims:ready" && current > 0 && (!currentFor || f.id === currentFor)) {
      send(f, current);
    }
  });

  function stepOf(el) {
    var n = Number(el.getAttribute("data-range-claims-step"));
    return n >= 1 && n <= 999 && Math.floor(n) === n ? n : 0;
  }
  /* The step at the reading position: the marked element across the window's middle, or else
     the last one above it (between two steps, the one read last still shows). Read from the
     elements' boxes, so a fast fling ends on the right step whatever the observer saw. */
  function update() {
    var steps = document.querySelectorAll("[data-range-claims-step]"), mid = innerHeight / 2, pick = null, i, r;
    for (i = 0; i < steps.length; i++) {
      r = steps[i].getBoundingClientRect();
      if (r.top <= mid && stepOf(steps[i])) pick = steps[i];
      if (r.top <= mid && r.bottom > mid) break;
    }
    if (!pick) {
      for (i = 0; i < steps.length && !pick; i++) if (stepOf(steps[i])) pick = steps[i];
    }
    if (!pick) return;
    var n = stepOf(pick), to = pick.getAttribute("data-range-claims-for");
    if (n === current && to === currentFor) return;
    current = n;
    currentFor = to;
    sendAll();
  }
  function start() {
    var steps = document.querySelectorAll("[data-range-claims-step]"), i, io, seen;
    if (!steps.length || !("IntersectionObserver" in window)) return;
    /* A thin band around the window's middle: an element entering or leaving it is a change
       of step. No scroll handler. */
    io = new IntersectionObserver(update, { rootMargin: "-49% 0px -49% 0px", threshold: 0 });
    for (i = 0; i < steps.length; i++) io.observe(steps[i]);
    /* A jump (Home, End, a link to the top) can move the middle from one stretch without a step
       to another, say from below the last step to the introduction above the first: no step
       crosses the band in between, so the band's observer says nothing. A step coming on or
       off the screen, and the end of any scroll, ask again. */
    seen = new IntersectionObserver(update, { threshold: 0 });
    for (i = 0; i < steps.length; i++) seen.observe(steps[i]);
    addEventListener("scrollend", update, { passive: true });
    update();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
