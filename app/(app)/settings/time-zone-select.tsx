'use client';

import { useState } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { timeZoneChoices } from '@/lib/dates/time-zones';

type Props = { defaultValue: string; errors: string[] | undefined };

/**
 * The time-zone select. The page's HTML and hydration carry only the chosen zone: the ~400 others are listed
 * by the browser's own Intl when the person reaches for the field (pointer down or focus, both before the
 * list opens or a key moves through it). Added while React hydrated the page, they made Settings' longest task
 * on a phone; in the HTML, a third of its bytes; sent in the page's React payload, a fifth of it. Listed once
 * the browser was idle after loading, they were still a long task of their own on a throttled phone for the
 * visits (most of them) that never open the field (docs/performance.md, "Eighth round").
 */
export function TimeZoneSelect({ defaultValue, errors }: Props) {
  const [listed, setListed] = useState(false);
  const listNow = () => setListed(true);
  return (
    <SelectField
      name="timeZone"
      label="Time zone"
      defaultValue={defaultValue}
      hint="Weeks and due dates follow this time zone."
      errors={errors}
      onPointerDown={listNow}
      onFocus={listNow}
    >
      {(listed ? listedZones(defaultValue) : [defaultValue]).map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </SelectField>
  );
}

/** The zones offered, keeping the chosen one where the list has it, or first if this browser does not know it. */
function listedZones(chosen: string): readonly string[] {
  const zones = timeZoneChoices();
  return zones.includes(chosen) ? zones : [chosen, ...zones];
}
