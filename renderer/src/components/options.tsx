/** `<option>`s for a closed vocabulary, labelled in Danish. */
export function codeOptions<C extends string>(codes: readonly C[], labels: Record<C, string>) {
  return codes.map((code) => (
    <option key={code} value={code}>
      {labels[code]}
    </option>
  ));
}

/** `<option>`s for one of the consultant's own lists (units, welfare areas, ...). */
export function listOptions(items: readonly { id: number; name: string }[] | undefined) {
  return (items ?? []).map((item) => (
    <option key={item.id} value={String(item.id)}>
      {item.name}
    </option>
  ));
}
