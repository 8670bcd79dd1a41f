"use client";
// Dark is the default (a dark room); a light theme is one tap away and remembered on the
// device. The choice is applied before the first paint by the script in the layout.
import { useEffect, useState } from "react";

export const THEME_KEY = "montauk.theme";

export function ThemeToggle() {
  const [theme, setTheme] = useState<"dark" | "light" | null>(null);
  useEffect(() => setTheme(document.documentElement.dataset.theme === "light" ? "light" : "dark"), []);
  if (!theme) return null;
  const next = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      className="secondary theme-toggle"
      onClick={() => {
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem(THEME_KEY, next);
        } catch {
          // private mode: the choice lasts this visit
        }
        setTheme(next);
      }}
    >
      {next === "light" ? "Light theme" : "Dark theme"}
    </button>
  );
}
