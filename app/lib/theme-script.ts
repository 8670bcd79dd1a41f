// The theme, applied and switched without React: this script runs in <head> before the
// first paint (so a light-theme phone never flashes dark or the reverse), and one listener
// on the document serves the toggle button, which therefore works before hydration and
// costs no client component on any page. It runs with the response's CSP nonce.

const THEME_KEY = "montauk.theme";
export const THEME_TOGGLE_ATTRIBUTE = "data-theme-toggle";

export const THEME_SCRIPT = [
  `try{if(localStorage.getItem("${THEME_KEY}")==="light")document.documentElement.dataset.theme="light"}catch(e){}`,
  `document.addEventListener("click",function(e){`,
  `var b=e.target instanceof Element&&e.target.closest("[${THEME_TOGGLE_ATTRIBUTE}]");if(!b)return;`,
  `var h=document.documentElement,n=h.dataset.theme==="light"?"dark":"light";h.dataset.theme=n;`,
  `try{localStorage.setItem("${THEME_KEY}",n)}catch(e){}})`,
].join("");
