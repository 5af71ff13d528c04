import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "~/components/form/action-form";
import { Choices, TextField } from "~/components/form/fields";
import { Table } from "~/components/table";
import { idleForm } from "~/server/form-state";
import { requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { changeStaffRole, grantStaff, setStaffActive } from "./actions";

export const metadata: Metadata = { title: "Staff accounts" };

/** Administrators manage who is council staff. Moderators don't see this page. */
export default async function StaffPage() {
  const me = await requireStaff("/staff");
  if (me.staffRole !== "ADMIN") notFound();
  const staff = await (await api()).staff.list();
  return (
    <>
      <h1>Staff accounts</h1>
      <p className="lead">
        Moderators review listings and youth voice. Administrators can also manage staff and the categories.
      </p>
      <Table
        caption="Council staff"
        hideCaption
        columns={["Person", "Role", { hidden: "Actions" }]}
        variant="table--stack"
      >
        {staff.map((s) => (
          <tr key={s.id}>
            <td>
              {s.name ? `${s.name}, ` : ""}
              {s.email}
              {s.id === me.id ? <span className="muted"> (you)</span> : null}
            </td>
            <td data-label="Role">
              {s.staffRole === "ADMIN" ? "Administrator" : "Moderator"}
              {s.deactivatedAt ? <strong className="tag tag--ARCHIVED tag--stacked">Switched off</strong> : null}
            </td>
            <td className="table__actions">
              <ActionForm
                action={changeStaffRole.bind(null, s.id, s.staffRole === "ADMIN" ? "MODERATOR" : "ADMIN")}
                initial={idleForm}
                submitLabel={
                  s.staffRole === "ADMIN" ? `Make ${s.email} a moderator` : `Make ${s.email} an administrator`
                }
              >
                {null}
              </ActionForm>
              <ActionForm
                action={setStaffActive.bind(null, s.id, Boolean(s.deactivatedAt))}
                initial={idleForm}
                submitLabel={s.deactivatedAt ? `Switch ${s.email} back on` : `Switch ${s.email} off`}
              >
                {null}
              </ActionForm>
            </td>
          </tr>
        ))}
      </Table>
      <h2>Add a member of staff</h2>
      <p>They sign in with this email address, as everyone does. No password is ever made.</p>
      <ActionForm action={grantStaff} initial={idleForm} submitLabel="Add" savedMessage="Added. They can sign in now.">
        <TextField name="email" label="Their council email address" type="email" autoComplete="off" />
        <Choices
          name="role"
          type="radio"
          legend="Role"
          defaultValue="MODERATOR"
          options={[
            { value: "MODERATOR", label: "Moderator" },
            { value: "ADMIN", label: "Administrator" },
          ]}
        />
      </ActionForm>
    </>
  );
}
