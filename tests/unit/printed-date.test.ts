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
