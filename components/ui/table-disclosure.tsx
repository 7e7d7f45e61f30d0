'use client';

import { useEffect, useRef, useState } from 'react';
import { Disclosure } from '@/components/ui/disclosure';
import { PlainDataTable, type PlainTable } from '@/components/ui/plain-table';

/**
 * A chart's table alternative behind "Show as a table", drawn only once opened. A chart's months make hundreds
 * of cells that most visits never open, and as elements each cell cost the server about as much as a chart's
 * point; as plain data (`PlainTable`) they cost a few strings.
 */
export function TableDisclosure({ summary, table }: { summary: string; table: PlainTable }) {
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before the page became interactive: the toggle event came before React listened.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  return (
    <Disclosure ref={details} summary={summary} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      {opened && <PlainDataTable table={table} />}
    </Disclosure>
  );
}
