"""Validates each case of a manifest (tests/validators.rs writes it) with python-jsonschema,
draft 2020-12, with format checking: the schema is checked against the metaschema first, then
each instance against it. Usage: python validate.py MANIFEST"""

import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

manifest = Path(sys.argv[1])
cases = json.loads(manifest.read_text(encoding="utf-8"))
validators = {}
failures = 0


def read(name):
    return json.loads((manifest.parent / name).read_text(encoding="utf-8"))


for case in cases:
    schema = case["schema"]
    if schema not in validators:
        document = read(schema)
        try:
            Draft202012Validator.check_schema(document, format_checker=Draft202012Validator.FORMAT_CHECKER)
            validators[schema] = Draft202012Validator(
                document, format_checker=Draft202012Validator.FORMAT_CHECKER
            )
        except SchemaError as error:
            print(f"{schema}: not a valid schema: {error.message}")
            validators[schema] = None
            failures += 1
    validator = validators[schema]
    if validator is None:
        continue
    errors = sorted(validator.iter_errors(read(case["instance"])), key=lambda e: list(e.absolute_path))
    for error in errors[:5]:
        where = "/".join(str(part) for part in error.absolute_path)
        print(f"{case['label']}: at /{where}: {error.message[:300]}")
    failures += bool(errors)

print(f"jsonschema: {len(cases)} cases, {len(validators)} schemas, {failures} failures")
sys.exit(1 if failures else 0)
