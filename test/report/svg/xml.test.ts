import { describe, expect, it } from 'vitest';
import { checkXml } from './xml';

// The checker must itself fail on bad input, or the chart tests that rely on it prove nothing.
describe('checkXml (the test helper)', () => {
  it('accepts a well-formed chart-like document', () => {
    const report = checkXml('<svg id="a" aria-labelledby="t"><title id="t">A &amp; B</title><rect fill="url(#a)"/></svg>');
    expect(report.texts).toEqual(['A & B']);
  });
  it.each([
    ['<svg><g></svg>', '</svg> closes <g>'],
    ['<svg><text>a < b</text></svg>', 'bad tag'],
    ['<svg><text>a & b</text></svg>', 'bare &'],
    ['<svg x=1/>', 'bad attributes'],
    ['<svg><g id="a"/><g id="a"/></svg>', 'duplicate ids'],
    ['<svg><rect fill="url(#nope)"/></svg>', 'no target'],
    ['<svg><g>', 'unclosed'],
    ['<svg/><svg/>', 'second root'],
  ])('rejects %s', (xml, message) => {
    expect(() => checkXml(xml)).toThrow(message);
  });
});
