import { tokens } from '@fluentui/react-components';
import type { PartnershipStatus } from '../../../../shared/domain';

/** One colour per status, used on the nodes and in the legend of the matrix picture. */
export const STATUS_COLOURS: Record<PartnershipStatus, string> = {
  ide: tokens.colorPaletteLavenderBorderActive,
  i_dialog: tokens.colorPaletteBlueBorderActive,
  aktiv: tokens.colorPaletteGreenBorderActive,
  paa_pause: tokens.colorPaletteMarigoldBorderActive,
  afsluttet: tokens.colorNeutralStroke1Pressed,
};
