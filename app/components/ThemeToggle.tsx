// Dark is the default (a dark room); a light theme is one tap away and remembered on the
// device. Rendered on the server with both labels: CSS shows the one for the theme in force,
// and the script in the layout (app/lib/theme-script.ts) does the switching.
import { THEME_TOGGLE_ATTRIBUTE } from "../lib/theme-script.ts";

export function ThemeToggle() {
  return (
    <button type="button" className="secondary theme-toggle" {...{ [THEME_TOGGLE_ATTRIBUTE]: "" }}>
      <span className="when-dark">Light theme</span>
      <span className="when-light">Dark theme</span>
    </button>
  );
}
