import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowDownload24Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';
import { useNotify } from '../../components/useNotify';

/** Exports the rows the consultant is looking at (all of them when nothing narrows the list). */
export function ExportMenu({ ids, narrowed }: { ids: readonly number[]; narrowed: boolean }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  async function exportAs(format: 'xlsx' | 'csv') {
    setBusy(true);
    try {
      const file = await call('export.partnerships', narrowed ? { format, ids: [...ids] } : { format });
      saveFile(file.fileName, file.contentBase64);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      setBusy(false);
    }
  }

  const what = narrowed ? `de ${String(ids.length)} viste samarbejder` : 'hele registret';
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<ArrowDownload24Regular />} disabled={busy}>
          Eksportér
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => void exportAs('xlsx')}>Excel (.xlsx) – {what}</MenuItem>
          <MenuItem onClick={() => void exportAs('csv')}>CSV (.csv) – {what}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
