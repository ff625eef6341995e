import { Button, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { call } from '../../api/client';
import { bytesToBase64 } from '../../api/files';
import { useNotify } from '../../components/useNotify';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  logo: {
    height: '48px',
    maxWidth: '192px',
    objectFit: 'contain',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalXS,
  },
});

/** The logo in the header of every Word document: Samspil's default until the municipality picks its own. */
export function LogoSettings() {
  const styles = useStyles();
  const notify = useNotify();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const logo = useQuery({ queryKey: ['documents', 'logo'], queryFn: () => call('documents.logo', {}) });
  const done = (message: string) => {
    void client.invalidateQueries({ queryKey: ['documents', 'logo'] });
    notify(message);
  };
  const choose = useMutation({
    mutationFn: async (file: File) =>
      call('documents.setLogo', {
        fileName: file.name,
        contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
      }),
    onSuccess: () => done('Logoet er gemt og bruges i alle nye dokumenter'),
    onError: (e) => notify(e.message, 'error'),
    onSettled: () => input.current && (input.current.value = ''),
  });
  const reset = useMutation({
    mutationFn: () => call('documents.resetLogo', {}),
    onSuccess: () => done('Standardlogoet bruges igen'),
  });

  const current = logo.data;
  return (
    <div className={styles.row} role="group" aria-label="Logo">
      {current ? (
        <img
          className={styles.logo}
          src={`data:image/${current.type === 'jpg' ? 'jpeg' : 'png'};base64,${current.contentBase64}`}
          alt={current.custom ? `Kommunens logo (${current.fileName})` : 'Standardlogoet'}
        />
      ) : (
        <Text>Intet logo</Text>
      )}
      <Field label={current?.custom ? 'Logo (kommunens eget)' : 'Logo (standard) – vælg kommunens eget'}>
        <input
          ref={input}
          type="file"
          accept=".png,.jpg,.jpeg,image/png,image/jpeg"
          aria-label="Vælg logo (PNG eller JPEG)"
          disabled={choose.isPending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) choose.mutate(file);
          }}
        />
      </Field>
      {current?.custom && (
        <Button onClick={() => reset.mutate()} disabled={reset.isPending}>
          Brug standardlogoet
        </Button>
      )}
    </div>
  );
}
