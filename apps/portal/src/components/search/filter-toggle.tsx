"use client";

import { useEffect, useState } from "react";

/**
 * On a phone the filters fold away under a "Show filters" button (the MoJ filter pattern), so
 * the results come first. Without JavaScript there is no button and the filters simply show.
 */
export function FilterToggle({ show, hide }: { show: string; hide: string }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    document.querySelector("[data-filters]")?.toggleAttribute("data-open", open);
  }, [open]);
  return (
    <button
      type="button"
      className="filters__toggle button button--secondary"
      aria-expanded={open}
      aria-controls="filters-body"
      onClick={() => setOpen(!open)}
    >
      {open ? hide : show}
    </button>
  );
}
