"""Source of the claim-report pairs (issue 15): writes docs/*.txt and events.jsonl.

Ten incidents, each told by the party that carried it out (its claim, with inflated figures) and by
an independent report; three of them also by a report that only relays the claim (a wire or radio
story whose account and figures come from the party's statement: role claim, ``relayed: true``);
plus distractors: other incidents in the same city or town in the same week. Hand-written texts and
hand annotations in the format of benchmarks/linking (README there); weekday names, datelines and
Hijri dates are written by code from each event's ISO date (benchmarks/linking/_lib.py) so they
cannot drift; offsets are computed on the written file with sitrep's ingest normaliser.

    python benchmarks/relay/pairs/build.py
    python benchmarks/relay/pairs/validate.py
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks" / "linking"))
sys.path.insert(0, str(REPO / "src"))

from _lib import ISO3, P, TYPES, H, add, md, wd  # noqa: E402
from sitrep.ingest import normalise_text, split_front_matter  # noqa: E402

P = dict(P)
P.update({
    "Baghdad": ("Iraq", "Baghdad", "Baghdad", 33.34058, 44.40088),
    "Kabul": ("Afghanistan", "Kabul", "Kabul", 34.52813, 69.17233),
    "Peshawar": ("Pakistan", "Khyber Pakhtunkhwa", "Peshawar", 34.008, 71.57849),
    "Zurmi": ("Nigeria", "Zamfara", "Zurmi", 12.77675, 6.78404),
    "Muqdadiya": ("Iraq", "Diyala", "Al Miqdadiyah", 33.97861, 44.93694),
})
DOCS: list[dict] = []


def doc(cluster, role, slug, published, source, text, *, date, t, a1, a2, place, geo, fat=None,
        inj=None, cas=None, kind="report", by=None, relayed=False, tags=()):
    DOCS.append(dict(cluster=cluster, role=role, slug=slug, published=published, source=source,
                     text=text.strip() + "\n", date=date, t=t, a1=a1, a2=a2, place=place, geo=geo,
                     fat=fat, inj=inj, cas=cas, kind=kind, by=by, relayed=relayed, tags=list(tags)))


UAG = "Unidentified Armed Group ({})".format
CIV = "Civilians ({})".format
AS, SOM_ARMY = "Al Shabaab", "Military Forces of Somalia"
IS, IRQ_ARMY, PMF = "Islamic State", "Military Forces of Iraq", "PMF: Popular Mobilization Forces"
ISKP = "Islamic State (Khorasan Province)"
ISWAP, NGA_ARMY = "Islamic State (West Africa Province)", "Military Forces of Nigeria"
TTP, PAK_POL = "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan"
ISCAP, ADF = "Islamic State (Central Africa Province)", "ADF: Allied Democratic Forces"
COD = "Democratic Republic of the Congo"
COD_ARMY = f"Military Forces of the {COD}"
ISMP, MOZ_ARMY = "Islamic State (Mozambique Province)", "Military Forces of Mozambique"
CLAIM_SRC = "statement relayed by the group's outlet"

# ---------------------------------------------------------------- C01 Mogadishu car bomb
D = "2022-10-11"
doc("C01", "claim", "mogadishu-checkpoint-claim", D, CLAIM_SRC, f"""
Al Shabaab said in a statement on {wd(D)} that its fighters detonated a car bomb at an army checkpoint at the Siinka Dheer junction in Mogadishu, killing 27 soldiers and destroying two military vehicles.
""", date=D, t="IED", a1=AS, a2=SOM_ARMY, place="Mogadishu", geo=1, fat=27, kind="claim", by=AS,
    tags=["claim-inflated"])
doc("C01", "report", "mogadishu-checkpoint-wire", add(D, 1), "Example Wire", f"""
MOGADISHU, {md(add(D, 1))} (Example Wire) - A car bomb exploded at a security checkpoint at the Siinka Dheer junction in Mogadishu on {wd(D)} morning, killing four people, two of them soldiers, and wounding nine, police and a doctor at Madina hospital said. Al Shabaab said it was behind the blast.
""", date=D, t="IED", a1=AS, a2=SOM_ARMY, place="Mogadishu", geo=1, fat=4, inj=9,
    tags=["independent:police+hospital", "responsibility-claim-without-figures"])
doc("C01", "claim", "mogadishu-checkpoint-digest", D, "Horn Radio Digest", f"""
Al Shabaab said in a statement posted on a website affiliated with the group that it killed 27 soldiers in a car bomb attack on an army checkpoint in Mogadishu on {wd(D)}. There was no independent confirmation of the figure.
""", date=D, t="IED", a1=AS, a2=SOM_ARMY, place="Mogadishu", geo=1, fat=27, kind="claim", by=AS,
    relayed=True, tags=["relayed-report"])
doc("X01", "distractor", "mogadishu-hodan-grenade", add(D, 3), "Horn Radio Digest", f"""
A hand grenade thrown at a group of traders in Mogadishu's Hodan district on {wd(add(D, 2))} killed one man and wounded three others, police said.
""", date=add(D, 2), t="GRENADE", a1=UAG("Somalia"), a2=CIV("Somalia"), place="Mogadishu", geo=1, fat=1, inj=3,
    tags=["same-city-same-week"])
doc("X02", "distractor", "mogadishu-airport-mortars", add(D, -1), "Example Wire", f"""
MOGADISHU, {md(add(D, -1))} (Example Wire) - Several mortar shells landed near Mogadishu's international airport late on {wd(add(D, -2))}, causing no casualties, airport officials said.
""", date=add(D, -2), t="SHELL", a1=UAG("Somalia"), a2=None, place="Mogadishu", geo=1, fat=0, inj=0,
    tags=["same-city-same-week", "none:no-casualties"])

# ---------------------------------------------------------------- C02 Tarmiyah, north of Baghdad
D = "2021-04-06"
doc("C02", "claim", "tarmiya-post-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said its fighters attacked a position of the Popular Mobilization Forces near Tarmiya, north of Baghdad, on {H(D)}, killing 12 of its members and burning a vehicle.
""", date=D, t="CLASH", a1=IS, a2=PMF, place="Tarmiyah", geo=2, fat=12, kind="claim", by=IS,
    tags=["claim-inflated", "hijri"])
doc("C02", "report", "tarmiyah-post-wire", add(D, 1), "Example Wire", f"""
BAGHDAD, {md(add(D, 1))} (Example Wire) - Gunmen attacked a post of the Popular Mobilization Forces near Tarmiyah, 50 km north of Baghdad, late on {wd(D)}, killing three fighters and wounding two, a security source said.
""", date=D, t="CLASH", a1=UAG("Iraq"), a2=PMF, place="Tarmiyah", geo=2, fat=3, inj=2,
    tags=["independent:security-source", "unnamed-actor"])
doc("X03", "distractor", "tarmiyah-army-roadside-bomb", add(D, 4), "Example Wire", f"""
BAGHDAD, {md(add(D, 4))} (Example Wire) - A roadside bomb hit an Iraqi army vehicle on a farm road near Tarmiyah on {wd(add(D, 3))}, wounding two soldiers, a police officer said.
""", date=add(D, 3), t="IED", a1=UAG("Iraq"), a2=IRQ_ARMY, place="Tarmiyah", geo=2, fat=None, inj=2,
    tags=["same-town-same-week"])
doc("X04", "distractor", "baghdad-sadr-city-car-bomb", add(D, 1), "Tigris Daily", f"""
A bomb left in a parked car exploded in Baghdad's Sadr City on {wd(add(D, 1))} evening, killing two people and wounding 11, a police official said.
""", date=add(D, 1), t="IED", a1=UAG("Iraq"), a2=CIV("Iraq"), place="Baghdad", geo=1, fat=2, inj=11,
    tags=["same-province-same-week"])

# ---------------------------------------------------------------- C03 Kabul suicide attack
D = "2019-02-13"
doc("C03", "claim", "kabul-club-claim", D, CLAIM_SRC, f"""
Islamic State's Khorasan branch said in a statement that one of its fighters detonated an explosive vest inside a sports club in western Kabul on {wd(D)}, killing and wounding 80 people.
""", date=D, t="SUICIDE", a1=ISKP, a2=CIV("Afghanistan"), place="Kabul", geo=1, fat=None, cas=80,
    kind="claim", by=ISKP, tags=["claim-inflated", "casualties-combined"])
doc("C03", "report", "kabul-club-wire", add(D, 1), "Example Wire", f"""
KABUL, {md(add(D, 1))} (Example Wire) - A suicide bomber blew himself up at a wrestling club in western Kabul on {wd(D)} evening, killing 14 people and wounding 31, health ministry officials said.
""", date=D, t="SUICIDE", a1=UAG("Afghanistan"), a2=CIV("Afghanistan"), place="Kabul", geo=1, fat=15, inj=31,
    tags=["independent:health-officials", "attacker-death-counted"])
doc("X05", "distractor", "kabul-minibus-magnetic-bomb", add(D, 1), "Kabul Evening", f"""
A magnetic bomb attached to a minibus carrying government employees exploded in Kabul's Khair Khana area on {wd(add(D, 1))} morning, killing two and wounding five, police said.
""", date=add(D, 1), t="IED", a1=UAG("Afghanistan"), a2=CIV("Afghanistan"), place="Kabul", geo=1, fat=2, inj=5,
    tags=["same-city-next-day"])
doc("X06", "distractor", "kabul-airport-rockets", add(D, 3), "Example Wire", f"""
KABUL, {md(add(D, 3))} (Example Wire) - Two rockets struck near Kabul airport on {wd(add(D, 3))}, causing no casualties, the interior ministry said.
""", date=add(D, 3), t="SHELL", a1=UAG("Afghanistan"), a2=None, place="Kabul", geo=1, fat=0, inj=0,
    tags=["same-city-same-week", "none:no-casualties"])

# ---------------------------------------------------------------- C04 Konduga base attack
D = "2020-06-09"
doc("C04", "claim", "konduga-base-claim", add(D, 1), CLAIM_SRC, f"""
In a statement carried by its news outlet, Islamic State's West Africa branch said its fighters attacked an army base in Konduga on {H(D)}, killing 40 Nigerian soldiers and seizing three armoured vehicles.
""", date=D, t="CLASH", a1=ISWAP, a2=NGA_ARMY, place="Konduga", geo=1, fat=40, kind="claim", by=ISWAP,
    tags=["claim-inflated", "hijri"])
doc("C04", "report", "konduga-base-wire", add(D, 1), "Example Wire", f"""
MAIDUGURI, Nigeria, {md(add(D, 1))} (Example Wire) - Militants attacked a military base in Konduga, 35 km from Maiduguri, on {wd(D)} evening, killing five soldiers before they were repelled, two military sources said. Residents said the attackers arrived in gun trucks.
""", date=D, t="CLASH", a1=UAG("Nigeria"), a2=NGA_ARMY, place="Konduga", geo=1, fat=5,
    tags=["independent:military-sources+residents", "unnamed-actor"])
doc("X07", "distractor", "konduga-market-suicide", add(D, 3), "Example Wire", f"""
MAIDUGURI, Nigeria, {md(add(D, 3))} (Example Wire) - Two female suicide bombers blew themselves up at a market in Konduga on {wd(add(D, 2))}, killing seven people including the bombers, a member of a civilian self-defence group said.
""", date=add(D, 2), t="SUICIDE", a1=UAG("Nigeria"), a2=CIV("Nigeria"), place="Konduga", geo=1, fat=7,
    tags=["same-town-same-week"])
doc("X08", "distractor", "maiduguri-farmers-abducted", add(D, 5), "Lake Chad Radio", f"""
Gunmen abducted six farmers working on their fields outside Maiduguri on {wd(add(D, 4))}, residents said.
""", date=add(D, 4), t="ABDUCT", a1=UAG("Nigeria"), a2=CIV("Nigeria"), place="Maiduguri", geo=2, fat=None,
    tags=["same-area-same-week"])

# ---------------------------------------------------------------- C05 Hawija roadside bomb
D = "2021-11-16"
doc("C05", "claim", "hawija-humvee-claim", add(D, 2), CLAIM_SRC, f"""
Islamic State said its fighters detonated an explosive device on an Iraqi army vehicle near Al-Hawija on {H(D)}, killing nine soldiers.
""", date=D, t="IED", a1=IS, a2=IRQ_ARMY, place="Hawija", geo=2, fat=9, kind="claim", by=IS,
    tags=["claim-inflated", "hijri"])
doc("C05", "report", "hawija-humvee-wire", add(D, 1), "Example Wire", f"""
KIRKUK, Iraq, {md(add(D, 1))} (Example Wire) - Two Iraqi soldiers were killed and one wounded when a roadside bomb hit their Humvee on a road west of Hawija on {wd(D)}, a police officer in Kirkuk said.
""", date=D, t="IED", a1=UAG("Iraq"), a2=IRQ_ARMY, place="Hawija", geo=2, fat=2, inj=1,
    tags=["independent:police"])
doc("X09", "distractor", "daquq-shepherd-killed", add(D, 1), "Kirkuk Today", f"""
Gunmen shot dead a shepherd near Daquq, south of Kirkuk, on {wd(D)} and drove off his flock, the head of the village council said.
""", date=D, t="ATTACK", a1=UAG("Iraq"), a2=CIV("Iraq"), place="Daquq", geo=2, fat=1,
    tags=["same-province-same-day"])
doc("X10", "distractor", "kirkuk-car-dealer-blast", add(D, 3), "Kirkuk Today", f"""
An explosion at a car dealership in Kirkuk on {wd(add(D, 3))} killed one man, police said.
""", date=add(D, 3), t="IED", a1=UAG("Iraq"), a2=CIV("Iraq"), place="Kirkuk", geo=1, fat=1,
    tags=["same-province-same-week"])

# ---------------------------------------------------------------- C06 Peshawar checkpoint
D = "2023-02-07"
doc("C06", "claim", "peshawar-checkpoint-claim", D, CLAIM_SRC, f"""
The Tehreek-i-Taliban Pakistan said in a statement that its fighters attacked a police checkpoint on the Ring Road in Peshawar late on {wd(D)}, killing eight policemen.
""", date=D, t="CLASH", a1=TTP, a2=PAK_POL, place="Peshawar", geo=1, fat=8, kind="claim", by=TTP,
    tags=["claim-inflated"])
doc("C06", "report", "peshawar-checkpoint-wire", add(D, 1), "Example Wire", f"""
PESHAWAR, Pakistan, {md(add(D, 1))} (Example Wire) - Two policemen were killed and one wounded when gunmen opened fire on a checkpoint on Peshawar's Ring Road on {wd(D)} night, a police spokesman said. The gunmen escaped.
""", date=D, t="CLASH", a1=UAG("Pakistan"), a2=PAK_POL, place="Peshawar", geo=1, fat=2, inj=1,
    tags=["independent:police-as-target", "unnamed-actor"])
doc("C06", "claim", "peshawar-checkpoint-daily", add(D, 1), "Frontier Daily", f"""
The banned TTP said in a statement on {wd(add(D, 1))} that its fighters killed eight policemen in an attack on a checkpoint on Peshawar's Ring Road. Police did not respond to requests for comment.
""", date=D, t="CLASH", a1=TTP, a2=PAK_POL, place="Peshawar", geo=1, fat=8, kind="claim", by=TTP,
    relayed=True, tags=["relayed-report", "statement-date-not-event-date"])
doc("X11", "distractor", "peshawar-market-motorcycle-bomb", add(D, 3), "Frontier Daily", f"""
A bomb hidden in a motorcycle exploded at a vegetable market in Peshawar on {wd(add(D, 2))}, wounding 11 people, police said.
""", date=add(D, 2), t="IED", a1=UAG("Pakistan"), a2=CIV("Pakistan"), place="Peshawar", geo=1, fat=None, inj=11,
    tags=["same-city-same-week"])
doc("X12", "distractor", "peshawar-lawyer-shot", add(D, 5), "Example Wire", f"""
PESHAWAR, Pakistan, {md(add(D, 5))} (Example Wire) - Gunmen on a motorcycle shot dead a lawyer outside his office in Peshawar on {wd(add(D, 4))}, police said.
""", date=add(D, 4), t="ATTACK", a1=UAG("Pakistan"), a2=CIV("Pakistan"), place="Peshawar", geo=1, fat=1,
    tags=["same-city-same-week"])

# ---------------------------------------------------------------- C07 village near Beni
D = "2021-01-12"
doc("C07", "claim", "beni-village-claim", add(D, 2), CLAIM_SRC, f"""
Islamic State's Central Africa branch said its fighters killed 35 people in an attack on a village near Beni on {wd(D)}.
""", date=D, t="ATTACK", a1=ISCAP, a2=CIV(COD), place="Beni", geo=2, fat=35, kind="claim", by=ISCAP,
    tags=["claim-inflated"])
doc("C07", "report", "beni-village-wire", add(D, 1), "Example Wire", f"""
BENI, Democratic Republic of Congo, {md(add(D, 1))} (Example Wire) - Suspected ADF rebels killed 17 people with machetes and guns in a village about 10 km east of Beni on {wd(D)} night, a local civil society leader said.
""", date=D, t="ATTACK", a1=ADF, a2=CIV(COD), place="Beni", geo=2, fat=17,
    tags=["independent:civil-society", "group-name-differs"])
doc("X13", "distractor", "oicha-army-clash-statement", add(D, 3), "Kivu Radio", f"""
Congolese soldiers clashed with ADF fighters near Oicha, north of Beni, on {wd(add(D, 2))} and killed four of them, an army spokesman said.
""", date=add(D, 2), t="CLASH", a1=COD_ARMY, a2=ADF, place="Oicha", geo=2, fat=4, kind="claim", by=COD_ARMY,
    tags=["same-area-same-week", "state-claim"])
doc("X14", "distractor", "beni-protest-killings", add(D, 4), "Kivu Radio", f"""
Hundreds of residents marched through Beni on {wd(add(D, 4))} to demand better protection from attacks on nearby villages. The march ended peacefully at the town hall.
""", date=add(D, 4), t="PROTEST", a1=f"Protesters ({COD})", a2=None, place="Beni", geo=1, fat=0, inj=0,
    tags=["same-town-same-week", "mentions-attacks"])

# ---------------------------------------------------------------- C08 convoy near Mocimboa da Praia
D = "2022-09-13"
doc("C08", "claim", "mocimboa-convoy-claim", add(D, 2), CLAIM_SRC, f"""
Islamic State said its fighters ambushed a convoy of Mozambican soldiers near Mocimboa da Praia on {H(D)}, killing 20 soldiers and seizing their weapons.
""", date=D, t="CLASH", a1=ISMP, a2=MOZ_ARMY, place="Mocimboa", geo=2, fat=20, kind="claim", by=ISMP,
    tags=["claim-inflated", "hijri", "branch-by-country-and-date"])
doc("C08", "report", "mocimboa-convoy-wire", add(D, 2), "Indian Ocean Newswire", f"""
PEMBA, Mozambique, {md(add(D, 2))} (Indian Ocean Newswire) - Insurgents ambushed an army convoy on the road between Mocimboa da Praia and Mueda on {wd(D)}, killing six soldiers, a military source and a local official said.
""", date=D, t="CLASH", a1=UAG("Mozambique"), a2=MOZ_ARMY, place="Mocimboa", geo=2, fat=6,
    tags=["independent:military-source+official", "unnamed-actor"])
doc("X15", "distractor", "mocimboa-fishermen-killed", add(D, 3), "Indian Ocean Newswire", f"""
Insurgents killed two fishermen on a beach near Mocimboa da Praia on {wd(add(D, 1))}, residents said.
""", date=add(D, 1), t="ATTACK", a1=UAG("Mozambique"), a2=CIV("Mozambique"), place="Mocimboa", geo=2, fat=2,
    tags=["same-town-next-day"])

# ---------------------------------------------------------------- C09 air strikes near Zurmi (a state's claim)
D = "2022-03-15"
doc("C09", "claim", "zurmi-airstrike-statement", add(D, 1), "Nigerian Air Force statement", f"""
The Nigerian Air Force said in a statement that its jets struck hideouts of armed bandits in a forest near Zurmi on {wd(D)}, killing more than 60 bandits and destroying dozens of their motorcycles.
""", date=D, t="AIR", a1=NGA_ARMY, a2=UAG("Nigeria"), place="Zurmi", geo=2, fat=60, kind="claim", by=NGA_ARMY,
    tags=["claim-inflated", "state-claim", "hedge:more-than"])
doc("C09", "report", "zurmi-airstrike-wire", add(D, 2), "Example Wire", f"""
GUSAU, Nigeria, {md(add(D, 2))} (Example Wire) - Military air strikes on a forest near Zurmi on {wd(D)} killed about 15 people, including gang members and herders, residents and a local official said.
""", date=D, t="AIR", a1=NGA_ARMY, a2=UAG("Nigeria"), place="Zurmi", geo=2, fat=15,
    tags=["independent:residents+official"])
doc("X16", "distractor", "zurmi-villagers-abducted", add(D, 4), "Example Wire", f"""
GUSAU, Nigeria, {md(add(D, 4))} (Example Wire) - Gunmen abducted 23 villagers from a village near Zurmi on {wd(add(D, 3))}, a local government official said.
""", date=add(D, 3), t="ABDUCT", a1=UAG("Nigeria"), a2=CIV("Nigeria"), place="Zurmi", geo=2, fat=None,
    tags=["same-town-same-week"])

# ---------------------------------------------------------------- C10 air strike in the Hamrin mountains (a state's claim)
D = "2023-03-07"
doc("C10", "claim", "hamrin-airstrike-statement", D, "Security Media Cell statement", f"""
Iraq's Security Media Cell said Iraqi F-16 jets struck an Islamic State hideout in the Hamrin mountains north-east of Muqdadiya on {wd(D)}, killing 25 militants.
""", date=D, t="AIR", a1=IRQ_ARMY, a2=IS, place="Muqdadiya", geo=2, fat=25, kind="claim", by=IRQ_ARMY,
    tags=["claim-inflated", "state-claim"])
doc("C10", "report", "hamrin-airstrike-wire", add(D, 1), "Example Wire", f"""
BAQUBAH, Iraq, {md(add(D, 1))} (Example Wire) - An Iraqi air strike hit a cave used by Islamic State militants in the Hamrin mountains north-east of Muqdadiya on {wd(D)}, killing six of them, a local official and a tribal leader said.
""", date=D, t="AIR", a1=IRQ_ARMY, a2=IS, place="Muqdadiya", geo=2, fat=6,
    tags=["independent:official+tribal-leader"])
doc("C10", "claim", "hamrin-airstrike-radio", D, "Diyala Radio", f"""
Iraqi jets killed 25 Islamic State militants in the Hamrin mountains on {wd(D)}, according to a statement by the Security Media Cell, the military's information office.
""", date=D, t="AIR", a1=IRQ_ARMY, a2=IS, place="Muqdadiya", geo=2, fat=25, kind="claim", by=IRQ_ARMY,
    relayed=True, tags=["relayed-report", "state-claim"])
doc("X17", "distractor", "baqubah-bus-station-blast", add(D, 2), "Diyala Radio", f"""
A bomb exploded near a bus station in Baqubah on {wd(add(D, 2))}, killing one man and wounding four, police said.
""", date=add(D, 2), t="IED", a1=UAG("Iraq"), a2=CIV("Iraq"), place="Baqubah", geo=1, fat=1, inj=4,
    tags=["same-province-same-week"])
doc("X18", "distractor", "muqdadiya-farmers-killed", add(D, 2), "Example Wire", f"""
BAQUBAH, Iraq, {md(add(D, 2))} (Example Wire) - Gunmen killed three farmers in an orchard near Muqdadiya on {wd(add(D, 1))}, a security source said.
""", date=add(D, 1), t="ATTACK", a1=UAG("Iraq"), a2=CIV("Iraq"), place="Muqdadiya", geo=2, fat=3,
    tags=["same-town-next-day"])


def main() -> None:
    order = list(range(len(DOCS)))
    random.Random(20261206).shuffle(order)  # numbering must not reveal clusters
    out_dir = HERE / "docs"
    for old in out_dir.glob("*.txt"):
        old.unlink()
    lines = []
    for num, i in enumerate(order, 1):
        dd = DOCS[i]
        name = f"docs/{num:03d}-{dd['slug']}.txt"
        fm = [f"published: {dd['published']}", f"source: {dd['source']}", f"source_kind: {dd['kind']}"]
        (HERE / name).write_text("---\n" + "\n".join(fm) + "\n---\n" + dd["text"], encoding="utf-8")
        body = split_front_matter(normalise_text((HERE / name).read_text(encoding="utf-8")))[1]
        ev_text = body.strip()
        s = body.index(ev_text)
        country, admin1, loc, lat, lon = P[dd["place"]]
        et, st = TYPES[dd["t"]]
        rec = {
            "doc": name, "evidence": {"start": s, "end": s + len(ev_text), "text": ev_text},
            "event_date": dd["date"], "event_date_end": dd["date"], "time_precision": 1,
            "event_type": et, "sub_event_type": st, "actor1": dd["a1"], "actor2": dd["a2"],
            "country": country, "iso3": ISO3[country], "admin1": admin1, "location": loc,
            "latitude": lat, "longitude": lon, "geo_precision": dd["geo"],
            "fatalities": dd["fat"], "injured": dd["inj"], "casualties": dd["cas"],
            "source_kind": dd["kind"], "claimed_by": dd["by"],
            "cluster": dd["cluster"], "role": dd["role"], "relayed": dd["relayed"], "tags": dd["tags"],
        }
        lines.append((num, json.dumps(rec, ensure_ascii=False)))
    (HERE / "events.jsonl").write_text("\n".join(x for _, x in sorted(lines)) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} documents written", file=sys.stderr)


if __name__ == "__main__":
    main()
