const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** A Danish CVR number: eight digits whose weighted sum (modulus 11) is zero. */
export function isValidCvr(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{8}$/.test(digits) || digits.startsWith('0')) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  return sum % 11 === 0;
}

/** Text that looks like a CPR number (ddmmyy-xxxx), which the register must never hold. */
export function looksLikeCpr(text: string): boolean {
  for (const match of text.matchAll(/(?<!\d)(\d{2})(\d{2})\d{2}[- ]?\d{4}(?!\d)/g)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return true;
  }
  return false;
}
