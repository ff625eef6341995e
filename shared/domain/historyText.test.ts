import { describe, expect, it } from 'vitest';
import { describeHistoryValue, fieldLabel } from './historyText';

describe('the history and the audit log', () => {
  it('name every field the log records in Danish', () => {
    expect(fieldLabel('minutesApprovedAt')).toBe('Referat godkendt');
    expect(fieldLabel('statusText')).toBe('Statustekst');
    expect(fieldLabel('state')).toBe('Status');
    expect(fieldLabel('focusArea')).toBe('Fokusområde');
    expect(fieldLabel('period')).toBe('Periode');
    expect(fieldLabel('description')).toBe('Beskrivelse');
    expect(fieldLabel('cvr')).toBe('CVR-nummer');
    expect(fieldLabel('website')).toBe('Hjemmeside');
    expect(fieldLabel('volunteerCentreMember')).toBe('Medlem af det lokale frivilligcenter');
    expect(fieldLabel('legalBasis')).toBe('Retsgrundlag');
    expect(fieldLabel('staffHoursPerMonth')).toBe('Medarbejdertimer pr. måned');
  });

  it('show values the Danish way', () => {
    expect(describeHistoryValue('minutesApprovedAt', '2026-12-31')).toBe('31.12.2026');
    expect(describeHistoryValue('staffHoursPerMonth', '7.5')).toBe('7,5');
    expect(describeHistoryValue('amount', '12500.5')).toBe('12.500,50 kr.');
    expect(describeHistoryValue('amount', '60000')).toBe('60.000 kr.');
    expect(describeHistoryValue('state', 'i_gang')).toBe('I gang');
    expect(describeHistoryValue('legalBasis', 'samtykke')).toBe('Samtykke (litra a)');
    expect(describeHistoryValue('cvr', '12345678')).toBe('12345678');
  });
});
