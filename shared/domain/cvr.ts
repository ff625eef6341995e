const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** A Danish CVR number: eight digits whose weighted sum (modulus 11) is zero. */
export function isValidCvr(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{8}$/.test(digits) || digits.startsWith('0')) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  return sum % 11 === 0;
}
