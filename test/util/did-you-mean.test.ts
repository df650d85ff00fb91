import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/util/did-you-mean.js';

describe('suggestions', () => {
  it('suggests a close name', () => {
    expect(didYouMean('zhifa-jica', ['zhifa-jicha', 'fagui'])).toBe('zhifa-jicha');
    expect(didYouMean('各有关科', ['各有关科室', '各有关单位'])).toBe('各有关科室');
    expect(didYouMean('xyz', ['fagui'])).toBeUndefined();
  });
});
