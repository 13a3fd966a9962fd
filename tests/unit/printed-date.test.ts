import { describe, expect, it } from 'vitest';
import { dateLine } from '../../src/lib/printed-date.ts';

describe('a date line', () => {
  it.each([
    ['FEBRUARY 18, 2021', '2021-02-18', 'FEBRUARY 18, 2021'],
    ['Thursday, May 21, 2020', '2020-05-21', 'Thursday, May 21, 2020'],
    ['12 de marzo de 2031', '2031-03-12', '12 de marzo de 2031'],
    ['Published: November 20, 2026', '2026-11-20', 'November 20, 2026'],
    ['Publicado: 20/11/2026', '2026-11-20', '20/11/2026'],
    ['Publicado: 05/11/2026', '2026-11-05', '05/11/2026'],
    ['Published: 11/05/2026', '2026-11-05', '11/05/2026'],
    ['Fecha: 3.2.2026', '2026-02-03', '3.2.2026'],
    ['20/11/2026', '2026-11-20', '20/11/2026'],
    ['11/20/2026', '2026-11-20', '11/20/2026'],
    ['2026-11-20', '2026-11-20', '2026-11-20'],
    ['Publicado: 20/11/2026 - 10:45 h', '2026-11-20', '20/11/2026'],
    ['Posted on 11/20/2026 4:05 PM EST', '2026-11-20', '11/20/2026'],
  ])('reads “%s” as %s, printed “%s”', (line, value, printed) => {
    expect(dateLine(line)).toMatchObject({ value, text: printed });
  });

  it.each([
    ['05/11/2026', 'day or month first cannot be told without a label'],
    ['31/02/2026', 'no such day'],
    ['Publicado: 20/11/2026 en la sección de noticias', 'words follow the date'],
    ['The talks of 20/11/2026', 'words come before the date'],
    ['REF# 2026 – 15', 'a reference number'],
  ])('reads no date from “%s”: %s', (line) => {
    expect(dateLine(line)).toBeNull();
  });
});

describe('a row of a page’s metadata set off by bars or bullets', () => {
  it.each([
    ['By U.S. Embassy Puerto Velo | 3 July, 2025 | Topics: News, Press Releases', '2025-07-03', '3 July, 2025'],
    ['FEBRUARY 18, 2021 • STATEMENTS AND RELEASES', '2021-02-18', 'FEBRUARY 18, 2021'],
    ['Noticias · Publicado: 20/11/2026', '2026-11-20', '20/11/2026'],
  ])('reads the date of “%s”', (line, value, printed) => {
    const date = dateLine(line);
    expect(date).toMatchObject({ value, text: printed });
    expect(line.slice(date!.index, date!.index + printed.length)).toBe(printed);
  });

  it('reads none from a sentence that happens to hold a bar', () => {
    expect(
      dateLine('The ministers met on 3 July, 2025 | and agreed to meet again in Puerto Velo next spring'),
    ).toBeNull();
  });
});
