// Check digits and shapes of national identifiers.

/** NHS number: 10 digits, modulus 11 check digit (NHS Data Dictionary). */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

/** National Insurance number (HMRC NIM39110): two prefix letters, six digits, suffix A–D. */
export const NI_NUMBER = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;

/** US Social Security number: area not 000, 666 or 9xx; group not 00; serial not 0000. */
export const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;

/** Australian Tax File Number: 8 or 9 digits with weighted check (ATO algorithm). */
export function isTfn(digits: string): boolean {
  const w9 = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  const w8 = [10, 7, 8, 4, 6, 3, 5, 1];
  const w = digits.length === 9 ? w9 : digits.length === 8 ? w8 : null;
  if (!w) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * w[i]!;
  return sum % 11 === 0;
}

/** Australian Medicare card number: 10 (or 11) digits, first 2–6, check digit over the first eight. */
export function isMedicare(digits: string): boolean {
  if (!/^[2-6]\d{9,10}$/.test(digits)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * w[i]!;
  return sum % 10 === Number(digits[8]);
}
