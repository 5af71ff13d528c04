"use client";

import { useRef, useState } from "react";

type Props = {
  organisationId: string;
  /** The offer or the venue the photo is for (exactly one). */
  listing: { offerId: string } | { venueId: string };
  guidanceUrl: string;
  returnTo: string;
};

type Progress =
  | { stage: "idle" }
  | { stage: "sending"; sent: number; total: number }
  | { stage: "processing" }
  | { stage: "error"; message: string; field?: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The upload form. Without JavaScript it is a plain multipart form: the route answers with a
 * redirect back here. With it, the file goes by XMLHttpRequest, so the page can show the bytes
 * sent, then "processing", and offer Cancel; nothing is saved unless the whole photo arrived.
 */
export function PhotoUploadForm({ organisationId, listing, guidanceUrl, returnTo }: Props) {
  const [progress, setProgress] = useState<Progress>({ stage: "idle" });
  const request = useRef<XMLHttpRequest | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const action = `/api/photos/upload?${new URLSearchParams({ organisationId, ...listing })}`;
  const busy = progress.stage === "sending" || progress.stage === "processing";
  const error = progress.stage === "error" ? progress : null;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => setProgress({ stage: "sending", sent: e.loaded, total: e.total });
    xhr.upload.onload = () => setProgress({ stage: "processing" });
    xhr.onload = () => {
      request.current = null;
      let answer: { ok: boolean; message?: string; field?: string } = { ok: false };
      try {
        answer = JSON.parse(xhr.responseText);
      } catch {
        answer = { ok: false, message: "Something went wrong. Please try again." };
      }
      if (answer.ok) window.location.assign(`${returnTo}?added=1`);
      else setProgress({ stage: "error", message: answer.message ?? "Please try again.", field: answer.field });
    };
    xhr.onerror = () => {
      request.current = null;
      setProgress({ stage: "error", message: "The connection failed, so nothing was saved. Please try again." });
    };
    xhr.onabort = () => {
      request.current = null;
      setProgress({ stage: "error", message: "Upload cancelled. Nothing was saved." });
    };
    setProgress({ stage: "sending", sent: 0, total: 0 });
    xhr.send(new FormData(event.currentTarget));
  }

  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={onSubmit} noValidate>
      {error ? (
        <div className="error-summary" role="alert" aria-labelledby="upload-error-title">
          <h3 id="upload-error-title">There is a problem</h3>
          <p>{error.message}</p>
        </div>
      ) : null}
      <div className={`field${error?.field === "file" ? " field--error" : ""}`}>
        <label className="label" htmlFor="photo-file">
          Photo
        </label>
        <span className="hint" id="photo-file-hint">
          JPEG, PNG, WebP or AVIF, up to 10 MB. We remove hidden details (like where it was taken) and turn it the right
          way up.
        </span>
        <input
          id="photo-file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif,image/heic,image/heif"
          aria-describedby="photo-file-hint"
          required
        />
      </div>
      <div className={`field${error?.field === "altText" ? " field--error" : ""}`}>
        <label className="label" htmlFor="photo-alt">
          Describe the photo (alt text)
        </label>
        <span className="hint" id="photo-alt-hint">
          For people who can't see it. Say what it shows, not "photo of". For example: "Two young people painting a
          mural of a tree".
        </span>
        <input
          className="input"
          id="photo-alt"
          name="altText"
          type="text"
          maxLength={250}
          aria-describedby="photo-alt-hint"
          required
        />
      </div>
      <div className="field">
        <label className="label" htmlFor="photo-caption">
          Caption (optional)
        </label>
        <span className="hint" id="photo-caption-hint">
          Shown under the photo. Don't name anyone.
        </span>
        <input
          className="input"
          id="photo-caption"
          name="caption"
          type="text"
          maxLength={200}
          aria-describedby="photo-caption-hint"
        />
      </div>
      <fieldset
        className={`fieldset field${error?.field === "people" ? " field--error" : ""}`}
        aria-describedby="people-hint"
      >
        <legend className="label">Can people be recognised in this photo?</legend>
        <span className="hint" id="people-hint">
          Read <a href={guidanceUrl}>Photos: the council's guidance</a> first.
        </span>
        <div className="choice">
          <input className="choice__input" id="people-none" type="radio" name="people" value="NONE" />
          <label className="choice__label" htmlFor="people-none">
            No, nobody can be recognised
          </label>
        </div>
        <div className="choice">
          <input className="choice__input" id="people-consented" type="radio" name="people" value="CONSENTED" />
          <label className="choice__label" htmlFor="people-consented">
            Yes, and everyone in it agreed. For anyone under 18, their parent or carer agreed too. No names or school
            badges show.
          </label>
        </div>
      </fieldset>
      <p ref={status} role="status" aria-live="polite" className="upload-status">
        {progress.stage === "sending"
          ? progress.total > 0
            ? `Sending: ${megabytes(progress.sent)} of ${megabytes(progress.total)} (${Math.round((progress.sent / progress.total) * 100)}%)`
            : "Sending…"
          : progress.stage === "processing"
            ? "Processing the photo…"
            : ""}
      </p>
      {progress.stage === "sending" && progress.total > 0 ? (
        <progress max={progress.total} value={progress.sent} aria-label="Upload progress" />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          Add photo
        </button>
        {progress.stage === "sending" ? (
          <button type="button" className="button button--secondary" onClick={() => request.current?.abort()}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
