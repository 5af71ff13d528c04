/**
 * A choice in a plain GET filter form (the queue, the coverage dashboard): no JavaScript, the
 * choice lives in the address, so a filtered view can be shared and bookmarked.
 */
export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label className="label" htmlFor={`filter-${name}`}>
        {label}
      </label>
      <select className="input select" id={`filter-${name}`} name={name} defaultValue={value}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
