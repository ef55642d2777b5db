#!/usr/bin/env bash
# Builds the libFuzzer target for the input loaders. Usage: Fuzz/build.sh [output]  (default /tmp/plancheck-fuzz)
# Only the Input, Text and Model folders are compiled in: the fuzzed code depends on nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/plancheck-fuzz}"
swiftc -sanitize=fuzzer -parse-as-library -O -g -module-name PlanCheckKit \
  $(find Sources/PlanCheckKit/Input Sources/PlanCheckKit/Text Sources/PlanCheckKit/Model -name '*.swift' | sort) \
  Fuzz/FuzzTarget.swift -o "$out"
echo "built $out"
