"""Regenerate ``data/geo_country_points.tsv``: one representative point per country.

The point is the centroid of the country's largest polygon (of all its polygons when the
largest holds less than half of its area: archipelagos) in Natural Earth's 1:110m
"admin 0 countries" outlines (public domain; the copy pyogrio ships as a test fixture is
enough), or a point inside that polygon when the centroid falls outside it. Large countries
thus get a point near their geographic centre (contiguous United States, mainland Canada),
close to the point GeoNames gives a country, instead of the middle of where their towns are.
Countries Natural Earth 1:110m leaves out keep the build's fallback (the capital).

Usage: ``python -m sitrep.geo.country_points [naturalearth_lowres.shp]`` (writes the TSV).
Build time only: nothing here runs while extracting.
"""

from __future__ import annotations

import sys
from pathlib import Path

_NO_ISO3 = {"Norway": "NO", "France": "FR", "Kosovo": "XK"}


def _default_shapefile() -> Path:
    import pyogrio

    return Path(pyogrio.__file__).parent / "tests/fixtures/naturalearth_lowres/naturalearth_lowres.shp"


def main(argv: list[str] | None = None) -> int:
    import pycountry
    import pyogrio

    argv = sys.argv[1:] if argv is None else argv
    shp = Path(argv[0]) if argv else _default_shapefile()
    df = pyogrio.read_dataframe(shp)
    rows = []
    for _, r in df.iterrows():
        iso2 = _NO_ISO3.get(r["name"])
        if iso2 is None:
            c = pycountry.countries.get(alpha_3=r["iso_a3"])
            if c is None:
                continue
            iso2 = c.alpha_2
        geom = r.geometry
        parts = list(getattr(geom, "geoms", [geom]))
        big = max(parts, key=lambda g: g.area)
        if big.area < 0.5 * geom.area:
            big = geom  # an archipelago (Indonesia, Philippines): the centre of all its islands
        pt = big.centroid
        if not big.contains(pt):
            pt = big.representative_point()
        rows.append((iso2, round(pt.y, 3), round(pt.x, 3), r["name"]))
    out = Path(__file__).resolve().parents[1] / "data" / "geo_country_points.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# iso2\tlat\tlon\tname -- centroid of the largest polygon (all, for archipelagos), Natural Earth 1:110m "
                 "countries (public domain); made by python -m sitrep.geo.country_points\n")
        for row in sorted(rows):
            fh.write("\t".join(str(x) for x in row) + "\n")
    print(f"{len(rows)} countries -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
