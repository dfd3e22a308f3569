// Slide show controls: our own code, no data from quotes (those are escaped HTML elements).
(() => {
  const config = JSON.parse(document.getElementById("deck-config").textContent);
  const slides = Array.from(document.querySelectorAll(".slide"));
  const count = document.querySelector(".hud .count");
  const state = document.querySelector(".hud .state");
  const progress = document.querySelector(".progress");
  const seconds = Number(config.interval) || 0;
  let index = 0;
  let paused = seconds <= 0;
  let timer = null;

  function restart() {
    clearTimeout(timer);
    progress.style.transition = "none";
    progress.style.width = "0";
    state.textContent = paused && seconds > 0 ? "· " + config.paused : "";
    if (paused) return;
    void progress.offsetWidth; // start the bar's transition again from zero
    progress.style.transition = "width " + seconds + "s linear";
    progress.style.width = "100%";
    timer = setTimeout(() => show(index + 1), seconds * 1000);
  }

  function show(target) {
    index = (target + slides.length) % slides.length;
    slides.forEach((slide, i) => slide.classList.toggle("active", i === index));
    count.textContent = index + 1 + " / " + slides.length;
    restart();
  }

  const NEXT = ["ArrowRight", "ArrowDown", "PageDown", " ", "Spacebar", "Enter"];
  const PREV = ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"];
  document.addEventListener("keydown", (event) => {
    if (NEXT.includes(event.key)) show(index + 1);
    else if (PREV.includes(event.key)) show(index - 1);
    else if (event.key === "Home") show(0);
    else if (event.key === "End") show(slides.length - 1);
    else if (event.key === "p" || event.key === "P") { paused = !paused || seconds <= 0; restart(); }
    else if (event.key === "f" || event.key === "F") {
      const full = document.documentElement.requestFullscreen;
      if (full) document.documentElement.requestFullscreen().catch(() => {});
    } else return;
    event.preventDefault();
  });
  document.addEventListener("click", (event) => {
    show(index + (event.clientX < window.innerWidth / 3 ? -1 : 1));
    document.body.focus({ preventScroll: true });
  });
  show(0);
  // preventScroll: focusing the frame must not scroll the page that embeds it.
  document.body.focus({ preventScroll: true });
})();
