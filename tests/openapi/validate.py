"""Validates an OpenAPI 3.1 document written by tests/openapi.rs.

Usage: python3 tests/openapi/validate.py FILE

Checks the document against the OpenAPI 3.1 schema (openapi-spec-validator), then every named
example of every response against the schema of its media type (JSON Schema 2020-12, the dialect
of OpenAPI 3.1), with `#/components/...` references resolved in the document. Prints one line per
problem on stderr and exits 1 when there is any; exits 3 when openapi-spec-validator is missing.
"""

import json
import sys

try:
    import jsonschema
    from openapi_spec_validator import validate
except ImportError as error:
    print(
        f"validate.py: {error}; install it with "
        "`python3 -m pip install 'openapi-spec-validator==0.7.*'` (.ci/run does)",
        file=sys.stderr,
    )
    sys.exit(3)


def resolve(node, document):
    """Returns `node` with every local `$ref` replaced by what it points to."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target = document
            for part in ref[2:].split("/"):
                target = target[part]
            return resolve(target, document)
        return {key: resolve(value, document) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(item, document) for item in node]
    return node


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path = sys.argv[1]
    with open(path, encoding="utf-8") as file:
        document = json.load(file)
    try:
        validate(document)
    except Exception as error:  # the validator's errors share no base class worth naming
        print(f"{path}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1

    problems = []
    checked = 0
    for route, item in document.get("paths", {}).items():
        for method, operation in item.items():
            for code, response in operation.get("responses", {}).items():
                response = resolve(response, document)
                for media_type, content in response.get("content", {}).items():
                    schema = content.get("schema")
                    if schema is None:
                        continue
                    validator = jsonschema.Draft202012Validator(resolve(schema, document))
                    for name, example in content.get("examples", {}).items():
                        checked += 1
                        for error in validator.iter_errors(example.get("value")):
                            problems.append(
                                f"{path}: {method.upper()} {route} {code} {media_type} "
                                f"example {name!r}: {error.message}"
                            )
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{path}: valid OpenAPI {document.get('openapi')}, {checked} examples checked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
