"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

/** "Sign in with your council account": single sign-on for staff, when the council has set it up. */
export function StaffSsoButton({
  providerId,
  name,
  callbackUrl,
}: {
  providerId: string;
  name: string;
  callbackUrl: string;
}) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl });
      }}
    >
      {pending ? "Opening…" : `Council staff: sign in with ${name}`}
    </button>
  );
}
