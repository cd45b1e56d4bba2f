/* Range claims map embed: fits each <iframe data-range-claims> to the height its page reports
   ({type:"range-claims:height", height, version:1}); ignores every other message. */
addEventListener("message", function (e) {
  var d = e.data, f, i, all = document.querySelectorAll("iframe[data-range-claims]");
  if (!d || d.type !== "range-claims:height" || !(d.height > 0)) return;
  for (i = 0; i < all.length; i++) {
    f = all[i];
    if (e.source === f.contentWindow && e.origin === new URL(f.src, location.href).origin) {
      f.style.height = Math.min(Math.ceil(d.height), 10000) + "px";
    }
  }
});
