#!/usr/bin/env python3
"""Size attribution of a wasm module by crate: what each crate's functions and the data
segments cost, in raw bytes of the module's code and data sections.

    python3 tools/wasm-sizes.py target/wasm32-unknown-unknown/release/range-claims.wasm [--top N]

Reads the module's `name` section (cargo's release build keeps it; wasm-bindgen and wasm-opt
later drop it), so run it on cargo's output, before `wasm-bindgen`. A function is counted for
the crate its path starts with; a trait impl `<T as Trait>::f` for the crate of `T`, and a
generic function for the crate that defines it (where it is stamped out is not in the name).
Our own crate is `range_claims`. No dependencies beyond Python's standard library, so it runs
on a fresh machine without installing twiggy.
"""
import re
import sys
from collections import defaultdict


def leb(buf, pos):
    """Reads an unsigned LEB128 at `pos`; returns (value, next position)."""
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def demangle_legacy(name):
    """`_ZN4core3fmt5write17h0123456789abcdefE` -> `core::fmt::write`; other names as they are."""
    if not name.startswith("_ZN"):
        return name
    pos, parts = 3, []
    while pos < len(name) and name[pos].isdigit():
        end = pos
        while name[end].isdigit():
            end += 1
        length = int(name[pos:end])
        parts.append(name[end:end + length])
        pos = end + length
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    text = "::".join(parts)
    for code, char in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"), ("..", "::"),
                       ("$C$", ","), ("$u7b$", "{"), ("$u7d$", "}"), ("$BP$", "*"), ("$u27$", "'")):
        text = text.replace(code, char)
    return text


def crate_of(name):
    """The crate a demangled function name belongs to."""
    if name.startswith("_R"):  # v0 mangling: the first crate root, `C` [`s` hash `_`] len name
        match = re.search(r"C(?:s[0-9A-Za-z]*_)?(\d+)", name)
        if match:
            start = match.end()
            return name[start:start + int(match.group(1))]
    name = name.lstrip("_<&* ")
    if name.startswith("dyn "):
        name = name[4:]
    match = re.match(r"[A-Za-z_][A-Za-z0-9_]*", name)
    if not match:
        return "(unnamed)"
    crate = match.group(0)
    if crate in ("mut", "const"):
        return crate_of(name[len(crate):])
    return crate


def main():
    path = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 0
    buf = open(path, "rb").read()
    pos, imported, bodies, names, data_bytes = 8, 0, [], {}, 0
    while pos < len(buf):
        section, pos = buf[pos], pos + 1
        size, pos = leb(buf, pos)
        end = pos + size
        if section == 2:  # imports: functions among them take the first indices
            count, p = leb(buf, pos)
            for _ in range(count):
                for _ in range(2):
                    length, p = leb(buf, p)
                    p += length
                kind, p = buf[p], p + 1
                if kind == 0:
                    imported += 1
                    _, p = leb(buf, p)
                elif kind == 1:
                    p += 1
                    flags, p = leb(buf, p)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 2:
                    flags, p = leb(buf, p)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 3:
                    p += 2
        elif section == 10:  # code
            count, p = leb(buf, pos)
            for _ in range(count):
                body, q = leb(buf, p)
                bodies.append(q - p + body)
                p = q + body
        elif section == 11:
            data_bytes = size
        elif section == 0:
            length, p = leb(buf, pos)
            if buf[p:p + length] == b"name":
                p += length
                while p < end:
                    sub, p = buf[p], p + 1
                    sub_size, p = leb(buf, p)
                    if sub == 1:
                        count, q = leb(buf, p)
                        for _ in range(count):
                            index, q = leb(buf, q)
                            length, q = leb(buf, q)
                            names[index] = buf[q:q + length].decode("utf-8", "replace")
                            q += length
                    p += sub_size
        pos = end
    by_crate, by_function = defaultdict(int), []
    for i, size in enumerate(bodies):
        name = demangle_legacy(names.get(imported + i, f"func[{imported + i}]"))
        by_crate[crate_of(name)] += size
        by_function.append((size, name))
    code = sum(bodies)
    print(f"{path}: {len(buf) / 1000:.1f} KB in all; code {code / 1000:.1f} KB in "
          f"{len(bodies)} functions; data segments {data_bytes / 1000:.1f} KB")
    print(f"{'crate':<28}{'code KB':>9}{'share':>8}")
    for crate, size in sorted(by_crate.items(), key=lambda kv: -kv[1]):
        if size >= 1000:
            print(f"{crate:<28}{size / 1000:>9.1f}{100 * size / code:>7.1f}%")
    if top:
        print(f"\nlargest {top} functions")
        for size, name in sorted(by_function, reverse=True)[:top]:
            print(f"{size / 1000:>7.1f} KB  {name[:110]}")


if __name__ == "__main__":
    main()
