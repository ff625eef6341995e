import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowDownload24Regular } from '@fluentui/react-icons';
import { memo, useState } from 'react';
import { formatNumber } from '../../../../shared/domain';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';
import { useNotify } from '../../components/useNotify';

interface Props {
  /**
   * The ids of the rows on screen when a search or filter narrows the list, else null (the whole
   * register). Asked when the menu opens, rather than passed as a value: the list changes with
   * every key of a search, and the menu need not be drawn again each time.
   */
  shownIds(): readonly number[] | null;
}

/** Exports the rows the consultant is looking at (all of them when nothing narrows the list). */
export const ExportMenu = memo(function ExportMenu({ shownIds }: Props) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [ids, setIds] = useState<readonly number[] | null>(null);

  async function exportAs(format: 'xlsx' | 'csv') {
    setBusy(true);
    try {
      const file = await call('export.partnerships', ids ? { format, ids: [...ids] } : { format });
      saveFile(file.fileName, file.contentBase64);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      setBusy(false);
    }
  }

  const what =
    ids === null
      ? 'hele registret'
      : ids.length === 0
        ? 'ingen samarbejder vises'
        : ids.length === 1
          ? 'det viste samarbejde'
          : `de ${formatNumber(ids.length)} viste samarbejder`;
  const nothingShown = ids?.length === 0;
  return (
    <Menu onOpenChange={(_, { open }) => open && setIds(shownIds())}>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<ArrowDownload24Regular />} disabled={busy}>
          Eksportér
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem disabled={nothingShown} onClick={() => void exportAs('xlsx')}>
            Excel (.xlsx) – {what}
          </MenuItem>
          <MenuItem disabled={nothingShown} onClick={() => void exportAs('csv')}>
            CSV (.csv) – {what}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
});
