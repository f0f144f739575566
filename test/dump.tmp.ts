import { FIXTURES, toGrid } from './fixtures/layouts';
const id = process.argv[2]; const sheet = process.argv[3]; const from = Number(process.argv[4]); const to = Number(process.argv[5]);
const fx = FIXTURES.find((f: any) => f.id === id)!;
const layout = fx.sheets.find((s: any) => !sheet || s.sheet === sheet)!;
for (let r = from; r <= to; r++) console.log(r, (layout.rows[r-1]??[]).map((c: any) => c === null ? '' : String(c).slice(0,20)).join(' | '));
console.log(layout.merges.filter((m: string) => { const n = Number(m.split(':')[0].replace(/[A-Z]+/,'')); return n >= from && n <= to; }));
