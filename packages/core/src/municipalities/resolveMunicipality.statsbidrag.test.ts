import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveMunicipality } from './resolveMunicipality';

/** Every recipient of seed 004, Bilaga 1, with the SCB code it means (checked by hand). */
const expected: Readonly<Record<string, string>> = {
  'Bollnäs kommun': '2183',
  'Borås Stad': '1490',
  'Burlövs kommun': '1231',
  'Dals-Eds kommun': '1438',
  'Danderyds kommun': '0162',
  'Falu kommun*': '2080',
  'Gislaved kommun': '0662',
  'Gullspångs kommun': '1447',
  'Gävle kommun': '2180',
  'Göteborgs stad': '1480',
  'Hagfors kommun': '1783',
  'Halmstads kommun': '1380',
  'Hammarö kommun': '1761',
  'Heby kommun': '0331',
  'Helsingborgs stad': '1283',
  'Herrljunga kommun': '1466',
  'Hörby kommun': '1266',
  'Järfälla kommun': '0123',
  'Karlshamns kommun': '1082',
  'Katrineholms kommun': '0483',
  'Knivsta kommun': '0330',
  'Kristianstads kommun': '1290',
  'Kävlinge kommun': '1261',
  'Lekebergs kommun': '1814',
  'Lidingö stad': '0186',
  'Lindesbergs kommun': '1885',
  'Linköpings kommun': '0580',
  'Lunds kommun': '1281',
  'Malmö stad': '1280',
  'Motala kommun': '0583',
  'Mörbylånga kommun': '0840',
  'Norrköpings kommun': '0581',
  'Norrälje kommun': '0188',
  'Nyköpings kommun': '0480',
  'Sala kommun': '1981',
  'Sjöbo kommun': '1265',
  'Stenungsunds kommun': '1415',
  'Stockholms stad': '0180',
  'Sundbybergs stad': '0183',
  'Svenljunga kommun': '1465',
  'Södertälje kommun': '0181',
  'Tidaholms kommun': '1498',
  'Trollhättans Stad': '1488',
  'Tyresö Kommun': '0138',
  'Töreboda kommun': '1473',
  'Upplands Väsby kommun': '0114',
  'Uppsala kommun': '0380',
  'Vallentuna kommun': '0115',
  'Varbergs kommun': '1383',
  'Vingåkers kommun': '0428',
  'Västerås stad': '1980',
  'Åstorps kommun': '1277',
  'Älmhults kommun': '0765',
  'Östra Göinge Kommun': '1256',
};

const csv = readFileSync(
  new URL('../../../../data/statsbidrag-2023-bilaga1.csv', import.meta.url),
  'utf8',
);
const recipients = csv
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(';')[0] ?? '');

describe('resolveMunicipality on the recipients of the 2023 grant (seed 004, Bilaga 1)', () => {
  it('reads all 54 recipients, each with an expected code', () => {
    expect(recipients).toHaveLength(54);
    expect([...recipients].sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(
    recipients.filter((name) => name !== 'Norrälje kommun'),
  )('%s resolves exactly', (name) => {
    const resolution = resolveMunicipality(name);
    expect(resolution.status).toBe('exact');
    expect(resolution.municipality?.code).toBe(expected[name]);
  });

  it('the misspelt "Norrälje kommun" is only probably Norrtälje (0188), one letter off', () => {
    const resolution = resolveMunicipality('Norrälje kommun');
    expect(resolution.status).toBe('probable');
    expect(resolution.municipality?.code).toBe('0188');
    expect(resolution.candidates[0]?.distance).toBe(1);
    expect(resolution.reason.sv).toBe('Skiljer sig med en bokstav från Norrtälje.');
    expect(resolution.reason.en).toBe('Differs by one letter from Norrtälje.');
  });
});
