#!/usr/bin/env bash
# Print the path of a Python 3.10 interpreter (Rasa 3.6 runs on 3.10, not 3.11):
# first anything on PATH, then pyenv's installed versions. Fails with a clear message.
set -u

is_310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }

for name in python3.10 python3 python; do
  candidate=$(command -v "$name" 2>/dev/null) || continue
  if is_310 "$candidate"; then echo "$candidate"; exit 0; fi
done

pyenv_root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
for candidate in $(ls -d "$pyenv_root"/versions/3.10.*/bin/python3.10 2>/dev/null | sort -V -r); do
  if is_310 "$candidate"; then echo "$candidate"; exit 0; fi
done

echo "error: Python 3.10 is required (Rasa 3.6 does not run on 3.11+) and none was found." >&2
echo "       Looked on PATH (python3.10, python3, python) and in $pyenv_root/versions/3.10.*." >&2
echo "       Install one, e.g. 'pyenv install 3.10', or put a python3.10 on PATH." >&2
exit 1
