"use client";

import type { ScheduleItem } from "@free-city/schemas";
import { useState } from "react";
import { useFieldState } from "../form/action-form";
import { Select, TextField } from "../form/fields";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

type Row = ScheduleItem & { key: number };
type Cancellation = { date: string; reason: string; key: number };

let nextKey = 1;
const blankWeekly = (): Row => ({
  key: nextKey++,
  kind: "WEEKLY",
  dayOfWeek: null,
  date: null,
  startTime: "",
  endTime: "",
  validFrom: null,
  validTo: null,
  venueId: null,
});
const blankOneOff = (): Row => ({ ...blankWeekly(), kind: "ONE_OFF" });

/**
 * The "when" section: weekly sessions, one-off dates and cancelled dates, added and removed in
 * the page. Fields are named `schedules.N.field` so each message lands by its own field.
 */
export function WhenEditor({
  schedules,
  cancellations,
  venues,
}: {
  schedules: ScheduleItem[];
  cancellations: { date: string; reason: string }[];
  venues: { id: string; name: string }[];
}) {
  const [rows, setRows] = useState<Row[]>(() =>
    schedules.length > 0 ? schedules.map((s) => ({ ...s, key: nextKey++ })) : [blankWeekly()],
  );
  const [cancelled, setCancelled] = useState<Cancellation[]>(() =>
    cancellations.map((c) => ({ ...c, key: nextKey++ })),
  );
  const listError = useFieldState("schedules").error;
  return (
    <>
      <h2>Sessions</h2>
      <p className="hint">
        A weekly session repeats on the same day every week between two dates. A one-off date happens once.
      </p>
      {listError ? (
        <p className="error-message" id="f-schedules">
          <span className="visually-hidden">Error: </span>
          {listError}
        </p>
      ) : null}
      {rows.map((row, i) => {
        const name = (field: string) => `schedules.${i}.${field}`;
        const weekly = row.kind === "WEEKLY";
        const number = i + 1;
        return (
          <fieldset className="fieldset repeat" key={row.key}>
            <legend className="label">
              {weekly ? "Weekly session" : "One-off date"} {number}
            </legend>
            <input type="hidden" name={name("kind")} value={row.kind} />
            {weekly ? (
              <>
                <Select
                  name={name("dayOfWeek")}
                  label="Day"
                  defaultValue={row.dayOfWeek ? String(row.dayOfWeek) : ""}
                  options={[
                    { value: "", label: "Choose a day" },
                    ...DAYS.map((d, n) => ({ value: String(n + 1), label: d })),
                  ]}
                />
                <div className="inline-fields">
                  <TextField
                    name={name("validFrom")}
                    label="From (optional)"
                    type="date"
                    defaultValue={row.validFrom}
                  />
                  <TextField name={name("validTo")} label="Until (optional)" type="date" defaultValue={row.validTo} />
                </div>
              </>
            ) : (
              <TextField name={name("date")} label="Date" type="date" defaultValue={row.date} />
            )}
            <div className="inline-fields">
              <TextField name={name("startTime")} label="Starts" type="time" defaultValue={row.startTime} />
              <TextField name={name("endTime")} label="Ends" type="time" defaultValue={row.endTime} />
            </div>
            {venues.length > 1 ? (
              <Select
                name={name("venueId")}
                label="At which venue? (optional)"
                defaultValue={row.venueId ?? ""}
                options={[
                  { value: "", label: "All the offer's venues" },
                  ...venues.map((v) => ({ value: v.id, label: v.name })),
                ]}
              />
            ) : null}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
            >
              Remove {weekly ? "weekly session" : "one-off date"} {number}
            </button>
          </fieldset>
        );
      })}
      <p className="button-group">
        <button type="button" className="button button--secondary" onClick={() => setRows([...rows, blankWeekly()])}>
          Add a weekly session
        </button>
        <button type="button" className="button button--secondary" onClick={() => setRows([...rows, blankOneOff()])}>
          Add a one-off date
        </button>
      </p>

      <h2>Cancelled dates</h2>
      <p className="hint">
        Days a weekly session does not happen, like bank holidays. Young people see “not on 27 December”.
      </p>
      {cancelled.map((c, i) => (
        <fieldset className="fieldset repeat" key={c.key}>
          <legend className="label">Cancelled date {i + 1}</legend>
          <div className="inline-fields">
            <TextField name={`cancellations.${i}.date`} label="Date" type="date" defaultValue={c.date} />
            <TextField name={`cancellations.${i}.reason`} label="Why (optional)" defaultValue={c.reason} />
          </div>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setCancelled(cancelled.filter((x) => x.key !== c.key))}
          >
            Remove cancelled date {i + 1}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setCancelled([...cancelled, { date: "", reason: "", key: nextKey++ }])}
        >
          Add a cancelled date
        </button>
      </p>
    </>
  );
}
