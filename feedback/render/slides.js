// Slide show controls: our own code, no data from quotes (those are escaped HTML elements).
(() => {
  const config = JSON.parse(document.getElementById("deck-config").textContent);
  const slides = Array.from(document.querySelectorAll(".slide"));
  const hud = document.querySelector(".hud");
  const count = document.querySelector(".hud .count");
  const state = document.querySelector(".hud .state");
  const progress = document.querySelector(".progress");
  const seconds = Number(config.interval) || 0;
  // Why 4 s: long enough to read the key hints once, short enough not to sit on a slide.
  const HUD_MS = 4000;
  // Where this page's show stands, kept across reruns: new quotes or Esc and back to full
  // screen draw the deck anew, and the meeting goes on at the slide it was on.
  const PLACE = config.show ? "love-wall-show:" + config.show : null;
  let index = 0;
  let paused = seconds <= 0;
  let timer = null;
  let hudTimer = null;

  function remembered() {
    try {
      return PLACE ? JSON.parse(window.sessionStorage.getItem(PLACE) || "null") : null;
    } catch (error) { return null; }  // storage off or unreadable: start at the title slide
  }

  function remember() {
    if (!PLACE) return;
    const key = slides[index].dataset.key;
    try {
      window.sessionStorage.setItem(PLACE, JSON.stringify({ key, index, paused }));
    } catch (error) { /* storage off: the show starts at the title slide next time */ }
  }

  // In the meeting-room view the hints show briefly after a change, then fade away.
  function flashHud() {
    if (!config.fullscreen) return;
    hud.classList.add("shown");
    clearTimeout(hudTimer);
    hudTimer = setTimeout(() => hud.classList.remove("shown"), HUD_MS);
  }

  function restart() {
    clearTimeout(timer);
    progress.style.transition = "none";
    progress.style.width = "0";
    const showPause = paused && seconds > 0;
    state.textContent = showPause ? config.paused : "";
    state.hidden = !showPause;
    remember();
    if (paused) return;
    void progress.offsetWidth; // start the bar's transition again from zero
    progress.style.transition = "width " + seconds + "s linear";
    progress.style.width = "100%";
    // After the last slide the show starts again from the title slide.
    timer = setTimeout(() => show(index + 1 < slides.length ? index + 1 : 0), seconds * 1000);
  }

  // Back stops at the first slide and forward at the last: a click or a key never jumps
  // from the title slide to the end.
  function show(target) {
    index = Math.min(Math.max(target, 0), slides.length - 1);
    prepare(slides[index]);
    slides.forEach((slide, i) => slide.classList.toggle("active", i === index));
    count.textContent = index + 1 + " / " + slides.length;
    restart();
    prepareNext();
  }

  // The largest type (up to the short quotes' size) with which a quote and its footer fit
  // the slide; a letter too long even at the smallest size shows the lines that fit.
  function fit(slide) {
    const text = slide.querySelector(".text");
    const last = slide.querySelector(".meta") || text;
    if (!text) return;
    const px = (size) => {  // a size of slides.css in px at this window's size
      text.style.fontSize = size;
      return parseFloat(getComputedStyle(text).fontSize);
    };
    const big = px("var(--fit-max)");
    const small = Math.min(big, px("var(--fit-min)"));
    const stickers = slide.querySelector(".stickers");
    slide.style.paddingTop = "";
    if (stickers && stickers.childElementCount) {
      const below = stickers.getBoundingClientRect().bottom - slide.getBoundingClientRect().top;
      slide.style.paddingTop = Math.max(parseFloat(getComputedStyle(slide).paddingTop), below) + "px";
    }
    const style = getComputedStyle(slide);
    const room = slide.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    text.classList.add("fitted");  // no fixed clamp of slides.css while measuring
    text.classList.remove("clamped");
    text.style.webkitLineClamp = "";
    const fits = (size) => {
      text.style.fontSize = size + "px";
      return last.getBoundingClientRect().bottom - text.getBoundingClientRect().top <= room;
    };
    let low = small;
    let high = big;
    if (fits(high)) return;
    if (!fits(low)) {
      const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
      const footer = last.getBoundingClientRect().bottom - text.getBoundingClientRect().bottom;
      const mark = 1.43 * low;  // the opening mark above line 1 (slides.css: 0.55em of 2.6em)
      text.classList.add("clamped");
      text.style.webkitLineClamp = String(Math.max(2, Math.floor((room - footer - mark) / lineHeight)));
      return;
    }
    for (let step = 0; step < 12 && high - low > 0.5; step += 1) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle;
      else high = middle;
    }
    fits(low);
  }

  // A slide is laid out and fitted when it is first shown, not all of them when the frame
  // opens: every fit lays a slide out a dozen times, and twenty slides at once cost a new tab
  // about 0.4 s of the browser's main thread. Until then a slide is not laid out at all
  // (slides.css: .slide:not(.laid)); the next one is fitted ahead while the browser is idle,
  // so moving on does not wait for it.
  function prepare(slide) {
    if (!slide || slide.dataset.fitted) return;
    slide.classList.add("laid");
    fit(slide);
    slide.dataset.fitted = "1";
  }

  function prepareNext() {
    const next = slides[index + 1 < slides.length ? index + 1 : 0];
    const ahead = () => prepare(next);
    if (window.requestIdleCallback) window.requestIdleCallback(ahead, { timeout: 2000 });
    else setTimeout(ahead, 200);
  }

  // The window's size or the fonts changed: every fit is stale, the shown slide's at once.
  function fitAll() {
    slides.forEach((slide) => { delete slide.dataset.fitted; });
    prepare(slides[index]);
    prepareNext();
  }

  // Leaving the meeting-room view: the page's own switch is hidden there, so Escape flips it.
  function leaveFullscreen() {
    try {
      const toggle = window.parent.document.querySelector(
        ".st-key-presentation_fullscreen input[type=checkbox]");
      if (toggle) toggle.click();
    } catch (error) { /* another origin: nothing to flip */ }
  }

  function togglePause() {
    paused = !paused || seconds <= 0;
    restart();
  }

  // Presentation clickers send Page Down/Up or the arrow keys.
  const NEXT = ["ArrowRight", "ArrowDown", "PageDown", " ", "Spacebar", "Enter"];
  const PREV = ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"];
  document.addEventListener("keydown", (event) => {
    if (event.target.closest && event.target.closest("button") && event.key === "Enter") return;
    if (NEXT.includes(event.key)) show(index + 1);
    else if (PREV.includes(event.key)) show(index - 1);
    else if (event.key === "Home") show(0);
    else if (event.key === "End") show(slides.length - 1);
    else if (event.key === "p" || event.key === "P") togglePause();
    else if (event.key === "Escape" && config.fullscreen) leaveFullscreen();
    else if (event.key === "f" || event.key === "F") {
      const full = document.documentElement.requestFullscreen;
      if (full) document.documentElement.requestFullscreen().catch(() => {});
    } else return;
    flashHud();
    event.preventDefault();
  });
  // The hint bar's buttons, for a mouse or a touch screen; they do not also move on.
  const ACTIONS = {
    prev: () => show(index - 1),
    next: () => show(index + 1),
    pause: togglePause,
  };
  document.querySelector(".hud button[data-action=pause]").hidden = seconds <= 0;
  document.querySelectorAll(".hud button[data-action]").forEach((button) => {
    button.addEventListener("click", (event) => {
      event.stopPropagation();
      ACTIONS[button.dataset.action]();
      flashHud();
      document.body.focus({ preventScroll: true });
    });
  });
  // A click anywhere else moves on, as in any slide program; the keys go back.
  document.addEventListener("click", () => {
    show(index + 1);
    flashHud();
    document.body.focus({ preventScroll: true });
  });
  document.addEventListener("mousemove", flashHud);
  window.addEventListener("resize", fitAll);
  if (document.fonts) document.fonts.ready.then(fitAll);

  // Back where the show stood, without fading in from the dark.
  const place = remembered();
  let start = 0;
  if (place) {
    const found = slides.findIndex((slide) => slide.dataset.key === place.key);
    start = found >= 0 ? found : Math.min(Number(place.index) || 0, slides.length - 1);
    paused = Boolean(place.paused) || seconds <= 0;
    document.body.classList.add("instant");
    requestAnimationFrame(() => requestAnimationFrame(
      () => document.body.classList.remove("instant")));
  }
  show(start);
  flashHud();
  // preventScroll: focusing the frame must not scroll the page that embeds it.
  document.body.focus({ preventScroll: true });
})();
