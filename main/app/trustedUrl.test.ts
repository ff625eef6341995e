import { describe, expect, it } from 'vitest';
import { APP_START_URL, isAllowedRequestUrl, isTrustedAppUrl, isTrustedSender } from './trustedUrl';

describe('isTrustedAppUrl', () => {
  it.each([
    APP_START_URL,
    'app://samspil/',
    'app://samspil/assets/index.js',
    'app://samspil/index.html#/matrix',
  ])('trusts our own page %s', (url) => expect(isTrustedAppUrl(url)).toBe(true));

  it.each([
    'https://samspil/index.html',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://samspil.evil.com/',
    'app://user:pw@samspil/',
    'javascript:alert(1)',
    'not a url',
    '',
    null,
    undefined,
  ])('distrusts %s', (url) => expect(isTrustedAppUrl(url)).toBe(false));
});

describe('isTrustedSender', () => {
  it('accepts only the top frame of our page', () => {
    expect(isTrustedSender({ url: APP_START_URL, isTopFrame: true })).toBe(true);
    expect(isTrustedSender({ url: APP_START_URL, isTopFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isTopFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it('lets the app load itself and nothing from the network', () => {
    expect(isAllowedRequestUrl('app://samspil/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1/')).toBe(false);
    expect(isAllowedRequestUrl('ws://localhost:1234')).toBe(false);
  });
});
