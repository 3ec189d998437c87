"""Regenerate ``data/geo_country_points.tsv``: one representative point per country.

Default source (``countryinfo``, MIT): the country points of the CIA World Factbook that
``countryinfo`` ships (``latlng``), the round points GeoNames gives its country features and
Wikipedia uses (Russia 60/100, China 35/105, Canada 60/-95, Indonesia -5/120). Gold
coordinates of the geoparsing corpora (GeoNames for LGL and TR-News, Wikipedia for GeoVirus)
use these points, and so do readers of a map of "somewhere in Russia".

``--natural-earth [shapefile]``: the older choice, the centroid of the country's largest
polygon (of all its polygons for archipelagos) in Natural Earth's 1:110m outlines (public
domain; the copy pyogrio ships as a test fixture is enough). Kept for comparison; measured in
docs/rules/places.md.

Countries neither source covers keep the build's fallback (the capital).
Usage: ``python -m sitrep.geo.country_points [--natural-earth [naturalearth_lowres.shp]]``
(writes the TSV). Build time only: nothing here runs while extracting.
"""

from __future__ import annotations

import sys
from pathlib import Path

_NO_ISO3 = {"Norway": "NO", "France": "FR", "Kosovo": "XK"}
#: where the Factbook point is not the GeoNames one, the GeoNames country feature's point wins
#: (the United States: GeoNames 6252001 is 39.76/-98.5, the geographic centre of the
#: contiguous states; the Factbook's 38/-97 lies 230 km from it)
GEONAMES_POINTS = {"US": (39.76, -98.5)}
OUT = Path(__file__).resolve().parents[1] / "data" / "geo_country_points.tsv"


def _default_shapefile() -> Path:
    import pyogrio

    return Path(pyogrio.__file__).parent / "tests/fixtures/naturalearth_lowres/naturalearth_lowres.shp"


def countryinfo_rows() -> list[tuple[str, float, float, str]]:
    """(iso2, lat, lon, name) from countryinfo's per-country files."""
    import json
    from importlib import resources

    rows = []
    for f in sorted(resources.files("countryinfo").joinpath("data").iterdir(), key=lambda p: p.name):
        if not f.name.endswith(".json"):
            continue
        d = json.loads(f.read_text(encoding="utf-8"))
        iso2 = (d.get("ISO") or {}).get("alpha2")
        ll = d.get("latlng") or []
        if not iso2 or len(ll) != 2:
            continue
        lat, lon = GEONAMES_POINTS.get(iso2.upper(), (float(ll[0]), float(ll[1])))
        rows.append((iso2.upper(), round(lat, 3), round(lon, 3), d.get("name") or ""))
    # one row per code (the first file wins)
    seen: dict[str, tuple] = {}
    for r in rows:
        seen.setdefault(r[0], r)
    return list(seen.values())


def natural_earth_rows(shp: Path) -> list[tuple[str, float, float, str]]:
    import pycountry
    import pyogrio

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
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--natural-earth":
        shp = Path(argv[1]) if len(argv) > 1 else _default_shapefile()
        rows = natural_earth_rows(shp)
        head = ("centroid of the largest polygon (all, for archipelagos), Natural Earth 1:110m "
                "countries (public domain)")
    else:
        rows = countryinfo_rows()
        head = "country points (CIA World Factbook, as GeoNames and Wikipedia use them) from countryinfo (MIT)"
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(f"# iso2\tlat\tlon\tname -- {head}; made by python -m sitrep.geo.country_points\n")
        for row in sorted(rows):
            fh.write("\t".join(str(x) for x in row) + "\n")
    print(f"{len(rows)} countries -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
