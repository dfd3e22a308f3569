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
  let index = 0;
  let paused = seconds <= 0;
  let timer = null;
  let hudTimer = null;

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
    slides.forEach((slide, i) => slide.classList.toggle("active", i === index));
    count.textContent = index + 1 + " / " + slides.length;
    restart();
  }

  // Leaving the meeting-room view: the page's own switch is hidden there, so Escape flips it.
  function leaveFullscreen() {
    try {
      const toggle = window.parent.document.querySelector(
        ".st-key-presentation_fullscreen input[type=checkbox]");
      if (toggle) toggle.click();
    } catch (error) { /* another origin: nothing to flip */ }
  }

  // Presentation clickers send Page Down/Up or the arrow keys.
  const NEXT = ["ArrowRight", "ArrowDown", "PageDown", " ", "Spacebar", "Enter"];
  const PREV = ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"];
  document.addEventListener("keydown", (event) => {
    if (NEXT.includes(event.key)) show(index + 1);
    else if (PREV.includes(event.key)) show(index - 1);
    else if (event.key === "Home") show(0);
    else if (event.key === "End") show(slides.length - 1);
    else if (event.key === "p" || event.key === "P") { paused = !paused || seconds <= 0; restart(); }
    else if (event.key === "Escape" && config.fullscreen) leaveFullscreen();
    else if (event.key === "f" || event.key === "F") {
      const full = document.documentElement.requestFullscreen;
      if (full) document.documentElement.requestFullscreen().catch(() => {});
    } else return;
    flashHud();
    event.preventDefault();
  });
  // A click anywhere moves on, as in any slide program; the keys go back.
  document.addEventListener("click", () => {
    show(index + 1);
    flashHud();
    document.body.focus({ preventScroll: true });
  });
  show(0);
  flashHud();
  // preventScroll: focusing the frame must not scroll the page that embeds it.
  document.body.focus({ preventScroll: true });
})();
