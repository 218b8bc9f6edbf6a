#!/bin/sh
# Regenerate cli-json/ from files/ with the Argdown CLI (needs Node; the tests do not).
#   npm install -g @argdown/cli@1.7.5 && sh tests/data/argdown/regenerate.sh
# The committed JSON was made with @argdown/cli 1.7.5 (npm, MIT).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/files"
find . -type f \( -name '*.argdown' -o -name '*.ad' \) | sort | while read -r file; do
    folder="$here/cli-json/$(dirname "$file")"
    mkdir -p "$folder"
    argdown json "$file" "$folder"
done
# what argmap's writer wrote (written/), as the Argdown CLI reads it (written-json/)
cd "$here/written"
for file in *.argdown; do
    argdown json "$file" "$here/written-json"
done
