// Validates each case of a manifest (tests/validators.rs writes it) with Ajv in strict mode:
// `new Ajv2020({strict: true})` with ajv-formats, as a program that reads mlcareers's output would.
// A schema that does not compile in strict mode fails, as does an instance that does not fit.
// Usage: node validate.mjs NODE_MODULES MANIFEST
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const [modules, manifest] = process.argv.slice(2);
const require = createRequire(join(modules, "index.js"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const base = dirname(manifest);
const read = (name) => JSON.parse(readFileSync(join(base, name), "utf8"));
const cases = read(manifest.slice(base.length + 1));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

const compiled = new Map();
let failures = 0;
for (const { label, schema, instance } of cases) {
    if (!compiled.has(schema)) {
        try {
            compiled.set(schema, ajv.compile(read(schema)));
        } catch (error) {
            console.log(`${schema}: does not compile in strict mode: ${error.message}`);
            compiled.set(schema, null);
            failures++;
        }
    }
    const validate = compiled.get(schema);
    if (validate && !validate(read(instance))) {
        console.log(`${label}: ${ajv.errorsText(validate.errors, { separator: "\n  " })}`);
        failures++;
    }
}
console.log(`ajv: ${cases.length} cases, ${compiled.size} schemas, ${failures} failures`);
process.exit(failures ? 1 : 0);
