"""Source of events-a.jsonl (docs 001-022): hand annotations; evidence offsets are computed from phrases, never typed. Re-run after editing a doc: python benchmarks/gold/annotate_a.py"""
import json, sys
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[2] / 'src'))
from sitrep.ingest import normalise_text, split_front_matter

ROOT = str(__import__('pathlib').Path(__file__).resolve().parent) + '/'
DOCS = {
 1: 'docs/001-jalalabad-roadside-bomb.txt', 2: 'docs/002-tal-afar-checkpoint-bombing.txt',
 3: 'docs/003-kismayo-base-attack.txt', 4: 'docs/004-konduga-suicide-bombing.txt',
 5: 'docs/005-aguelhok-peacekeepers.txt', 6: 'docs/006-patikul-clash.txt',
 7: 'docs/007-cabo-delgado-snapshot.txt', 8: 'docs/008-beni-protection-flash.txt',
 9: 'docs/009-yemen-civilian-impact.txt', 10: 'docs/010-burkina-security-bulletin.txt',
 11: 'docs/011-afghanistan-daily-digest.txt', 12: 'docs/012-northeast-nigeria-weekly.txt',
 13: 'docs/013-iraq-syria-roundup.txt', 14: 'docs/014-somalia-daily-brief.txt',
 15: 'docs/015-pakistan-security-roundup.txt', 16: 'docs/016-claims-west-africa-ramadan.txt',
 17: 'docs/017-claims-khorasan-east-asia.txt', 18: 'docs/018-al-shabaab-claims.txt',
 19: 'docs/019-claims-sinai-iraq-muharram.txt', 20: 'docs/020-nasiriyah-protest-violence.txt',
 21: 'docs/021-peshawar-arrests.txt', 22: 'docs/022-egypt-sinai-air-strikes.txt',
}
def body(n):
    return split_front_matter(normalise_text(open(ROOT + DOCS[n], encoding='utf-8').read()))[1]

C = {  # country -> iso3
 'Afghanistan': 'AFG', 'Iraq': 'IRQ', 'Syria': 'SYR', 'Nigeria': 'NGA', 'Somalia': 'SOM', 'Mali': 'MLI',
 'Burkina Faso': 'BFA', 'Mozambique': 'MOZ', 'Democratic Republic of the Congo': 'COD',
 'Philippines': 'PHL', 'Pakistan': 'PAK', 'Yemen': 'YEM', 'Egypt': 'EGY'}
ARMM = 'Autonomous Region in Muslim Mindanao'
# key -> (country, admin1, admin2, location, lat, lon); admin2 None = omitted (unsure)
P = {
 'Jalalabad': ('Afghanistan', 'Nangarhar', None, 'Jalalabad', 34.42647, 70.45153),
 'Goshtah': ('Afghanistan', 'Nangarhar', None, 'Goshtah', 34.35822, 70.76264),
 'Pachir': ('Afghanistan', 'Nangarhar', None, 'Pachir wa Agam', 34.20011, 70.27806),
 'Kunduz': ('Afghanistan', 'Kunduz', None, 'Kunduz', 36.72895, 68.857),
 'Dasht-e Archi': ('Afghanistan', 'Kunduz', None, 'Dasht-e Archi', 37.13333, 69.16667),
 'Lashkar Gah': ('Afghanistan', 'Helmand', None, 'Lashkar Gah', 31.59382, 64.37161),
 'Sangin': ('Afghanistan', 'Helmand', None, 'Sangin', 32.07275, 64.8359),
 'Ghazni': ('Afghanistan', 'Ghazni', None, 'Ghazni', 33.55391, 68.42096),
 'Muqer': ('Afghanistan', 'Ghazni', None, 'Muqer', 32.82009, 67.76934),
 'Kabul': ('Afghanistan', 'Kabul', None, 'Kabul', 34.52813, 69.17233),
 'Tall Afar': ('Iraq', 'Ninawa', None, 'Tall Afar', 36.37913, 42.44806),
 'Qayyarah': ('Iraq', 'Ninawa', None, 'Al Qayyarah', 35.79933, 43.29447),
 'Tuz': ('Iraq', 'Salah ad Din', None, 'Tuz Khurmatu', 34.88808, 44.63256),
 'Hawija': ('Iraq', 'Kirkuk', None, 'Al Hawijah', 35.32592, 43.77267),
 'Tarmiyah': ('Iraq', 'Baghdad', None, 'At Tarmiyah', 33.67444, 44.39583),
 'Samarra': ('Iraq', 'Salah ad Din', None, 'Samarra', 34.1959, 43.88568),
 'Muqdadiyah': ('Iraq', 'Diyala', None, 'Al Miqdadiyah', 33.97861, 44.93694),
 'Nasiriyah': ('Iraq', 'Dhi Qar', None, 'Nasiriyah', 31.05799, 46.25726),
 'Basra': ('Iraq', 'Basra', None, 'Basrah', 30.50852, 47.7804),
 'Hajin': ('Syria', 'Deir ez-Zor', None, 'Hajin', 34.69508, 40.83138),
 'Saraqib': ('Syria', 'Idlib', None, 'Saraqib', 35.86447, 36.80591),
 'Ariha': ('Syria', 'Idlib', None, 'Ariha', 35.81374, 36.60964),
 'Konduga': ('Nigeria', 'Borno', None, 'Konduga', 11.65331, 13.41787),
 'Gubio': ('Nigeria', 'Borno', None, 'Gubio', 12.49749, 12.78089),
 'Dikwa': ('Nigeria', 'Borno', None, 'Dikwa', 12.03609, 13.91815),
 'Bama': ('Nigeria', 'Borno', None, 'Bama', 11.52147, 13.68826),
 'Damboa': ('Nigeria', 'Borno', None, 'Damboa', 11.1554, 12.75551),
 'Monguno': ('Nigeria', 'Borno', None, 'Monguno', 12.67024, 13.61174),
 'Gwoza': ('Nigeria', 'Borno', None, 'Gwoza', 11.08243, 13.69745),
 'Buni Yadi': ('Nigeria', 'Yobe', None, 'Buni Yadi', 11.27441, 12.00852),
 'Damaturu': ('Nigeria', 'Yobe', None, 'Damaturu', 11.74697, 11.96083),
 'Madagali': ('Nigeria', 'Adamawa', None, 'Madagali', 10.88942, 13.62832),
 'Michika': ('Nigeria', 'Adamawa', None, 'Michika', 10.62042, 13.38928),
 'Kismayo': ('Somalia', 'Lower Juba', None, 'Kismayo', -0.35817, 42.54536),
 'Jamaame': ('Somalia', 'Lower Juba', None, 'Jamaame', 0.06968, 42.74497),
 'Mogadishu': ('Somalia', 'Banaadir', None, 'Mogadishu', 2.03711, 45.34375),
 'Qoryooley': ('Somalia', 'Lower Shabeelle', None, 'Qoryooley', 1.78784, 44.52999),
 'Marka': ('Somalia', 'Lower Shabeelle', None, 'Marka', 1.71594, 44.77166),
 'Afgooye': ('Somalia', 'Lower Shabeelle', None, 'Afgooye', 2.1381, 45.1212),
 'Wanlaweyn': ('Somalia', 'Lower Shabeelle', None, 'Wanlaweyn', 2.6185, 44.8938),
 'Beledweyne': ('Somalia', 'Hiiraan', None, 'Beledweyne', 4.73583, 45.20361),
 'Aguelhok': ('Mali', 'Kidal', None, 'Aguelhok', 19.46139, 0.85889),
 'Ansongo': ('Mali', 'Gao', None, 'Ansongo', 15.6597, 0.5022),
 'Menaka': ('Mali', None, None, 'Menaka', 15.9182, 2.4022),
 'Aribinda': ('Burkina Faso', 'Sahel', 'Soum', 'Aribinda', 14.22963, -0.86537),
 'Djibo': ('Burkina Faso', 'Sahel', 'Soum', 'Djibo', 14.0994, -1.62554),
 'Dori': ('Burkina Faso', 'Sahel', 'Seno', 'Dori', 14.0354, -0.0345),
 'Sebba': ('Burkina Faso', 'Sahel', 'Yagha', 'Sebba', 13.43641, 0.53044),
 'Titao': ('Burkina Faso', 'Nord', 'Loroum', 'Titao', 13.76667, -2.06667),
 'Soum': ('Burkina Faso', 'Sahel', 'Soum', 'Soum', 14.0, -1.5),
 'Macomia': ('Mozambique', 'Cabo Delgado', None, 'Macomia', -12.24667, 40.12083),
 'Macomia-d': ('Mozambique', 'Cabo Delgado', 'Macomia', 'Macomia', -12.24667, 40.12083),
 'Mocimboa': ('Mozambique', 'Cabo Delgado', None, 'Mocimboa da Praia', -11.35172, 40.35158),
 'Oicha': ('Democratic Republic of the Congo', 'Nord Kivu', None, 'Hyosha', 0.69781, 29.51863),
 'Mangina': ('Democratic Republic of the Congo', 'Nord Kivu', None, 'Mangina', 0.60419, 29.31004),
 'Beni': ('Democratic Republic of the Congo', 'Nord Kivu', None, 'Beni', 0.49113, 29.47306),
 'Patikul': ('Philippines', ARMM, 'Sulu', 'Patikul', 6.08917, 121.10528),
 'Butig': ('Philippines', ARMM, 'Lanao del Sur', 'Butig', 7.72444, 124.30083),
 'Lakki Marwat': ('Pakistan', 'Khyber Pakhtunkhwa', None, 'Lakki Marwat', 32.60795, 70.91142),
 'Bannu': ('Pakistan', 'Khyber Pakhtunkhwa', None, 'Bannu', 32.98541, 70.6027),
 'Miran Shah': ('Pakistan', 'Khyber Pakhtunkhwa', None, 'Miran Shah', 33.00059, 70.07117),
 'Dera Ismail Khan': ('Pakistan', 'Khyber Pakhtunkhwa', None, 'Dera Ismail Khan', 31.83269, 70.9024),
 'Khar': ('Pakistan', 'Khyber Pakhtunkhwa', 'Bajaur', 'Khar', 34.7361, 71.52739),
 'Peshawar': ('Pakistan', 'Khyber Pakhtunkhwa', None, 'Peshawar', 34.008, 71.57849),
 'Charsadda': ('Pakistan', 'Khyber Pakhtunkhwa', None, 'Charsadda', 34.14345, 71.73173),
 'Turbat': ('Pakistan', 'Balochistan', None, 'Turbat', 26.00228, 63.04399),
 'Mastung': ('Pakistan', 'Balochistan', None, 'Mastung', 29.79936, 66.84505),
 'Quetta': ('Pakistan', 'Balochistan', None, 'Quetta', 30.199, 67.00971),
 'Taiz': ('Yemen', "Ta'izz", None, 'Taiz', 13.57952, 44.02091),
 'Hays': ('Yemen', 'Al Hudaydah', 'Hays', 'Hays', 13.9317, 43.4831),
 'Sadah-gov': ('Yemen', "Sa'dah", None, "Sa'dah", 16.9, 43.8),
 'Harib': ('Yemen', "Ma'rib", 'Harib', 'Harib', 14.93156, 45.50356),
 'Sheikh Zuweid': ('Egypt', 'North Sinai', None, 'Ash Shaykh Zuwayd', 31.2163, 34.11074),
 'Rafah': ('Egypt', 'North Sinai', None, 'Rafah', 31.28781, 34.23807),
 'Arish': ('Egypt', 'North Sinai', None, 'Arish', 31.13159, 33.79844),
 'Bir al-Abd': ('Egypt', 'North Sinai', None, "Bi'r al 'Abd", 31.01887, 33.0098),
}

EVENTS = []
def E(doc, start, end, date, etype, sub, a1, a2, place, geo, fat=None, low='=', high='=', inj=None,
      cas=None, kind='report', by=None, date_end=None, prec=1, tags=(), omit=()):
    """fat: best; low/high default '=' -> equal to best for exact figures; pass None for open."""
    b = body(doc)
    assert b.count(start) >= 1, (doc, start)
    s = b.index(start)
    if b.count(start) > 1:
        print('WARNING: start phrase not unique, first taken', doc, start)
    e = b.index(end, s) + len(end)
    country, admin1, admin2, loc, lat, lon = P[place]
    rec = {
        'doc': DOCS[doc], 'evidence': {'start': s, 'end': e, 'text': b[s:e]},
        'event_date': date, 'event_date_end': date_end or date, 'time_precision': prec,
        'event_type': etype, 'sub_event_type': sub, 'actor1': a1, 'actor2': a2,
        'country': country, 'iso3': C[country], 'admin1': admin1, 'admin2': admin2,
        'location': loc, 'latitude': lat, 'longitude': lon, 'geo_precision': geo,
        'fatalities': fat,
        'fatalities_low': (fat if low == '=' else low),
        'fatalities_high': (fat if high == '=' else high),
        'injured': inj, 'casualties': cas, 'source_kind': kind, 'claimed_by': by, 'tags': list(tags),
    }
    if admin1 is None:
        del rec['admin1']
    if admin2 is None:
        del rec['admin2']
    for k in omit:
        rec.pop(k, None)
    EVENTS.append(rec)

BAT, ERV, VAC, PRO, RIO, STR = ('Battles', 'Explosions/Remote violence', 'Violence against civilians',
                                'Protests', 'Riots', 'Strategic developments')
CLASH, IED, SUI, AIR, SHELL = ('Armed clash', 'Remote explosive/landmine/IED', 'Suicide bomb',
                               'Air/drone strike', 'Shelling/artillery/missile attack')
ATT, ABD = 'Attack', 'Abduction/forced disappearance'
UAG = lambda c: f'Unidentified Armed Group ({c})'
CIV = lambda c: f'Civilians ({c})'
MIL = lambda c: f'Military Forces of {c}'
POL = lambda c: f'Police Forces of {c}'
DRC = 'Democratic Republic of the Congo'
MILDRC, MILPH = 'Military Forces of the Democratic Republic of the Congo', 'Military Forces of the Philippines'
ISWAP, ISKP, ISEA, ISCA, ISSP, ISS = ('Islamic State (West Africa Province)', 'Islamic State (Khorasan Province)',
    'Islamic State (East Asia Province)', 'Islamic State (Central Africa Province)',
    'Islamic State (Sahel Province)', 'Islamic State (Sinai Province)')
JAS = 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad'
TTP = 'TTP: Tehreek-i-Taliban Pakistan'
AMISOM = 'AMISOM: African Union Mission in Somalia'
MINUSMA = 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali'
JNIM = 'JNIM: Group for Support of Islam and Muslims'
ADF = 'ADF: Allied Democratic Forces'

# ---------------- 001 wire, Afghanistan
E(1, 'JALALABAD, Afghanistan, July 29', 'claimed responsibility for the blast.', '2017-07-29', ERV, IED,
  UAG('Afghanistan'), POL('Afghanistan'), 'Jalalabad', 2, 3, inj=5,
  tags=['dateline', 'weekday-from-dateline', 'outskirts', 'unclaimed'])
# ---------------- 002 wire, Iraq
E(2, 'MOSUL, Iraq, Aug 23', 'could not be independently verified.', '2017-08-23', ERV, SUI,
  'Islamic State', MIL('Iraq'), 'Tall Afar', 2, 5, 5, 7, inj=9,
  tags=['dateline', 'suicide-bomber-counted', 'conflicting-figures-lowest', 'transliteration:Telafer/Tall Afar', 'near'])
E(2, 'The bombing was the deadliest in the area since Aug. 14', 'killing two policemen.', '2017-08-14', ERV, IED,
  UAG('Iraq'), POL('Iraq'), 'Qayyarah', 1, 2,
  tags=['background-with-own-date-and-place', 'year-from-published'])
E(2, 'In Salahuddin province, police said gunmen', 'was not clear.', '2017-08-22', VAC, ATT,
  UAG('Iraq'), CIV('Iraq'), 'Tuz', 1, 1, tags=['weekday-relative', 'tuesday-night'])
# ---------------- 003 wire, Somalia
E(3, 'MOGADISHU, March 3 (Regional Monitor)', 'The claim could not be verified.', '2019-03-03', BAT, CLASH,
  'Al Shabaab', MIL('Somalia'), 'Kismayo', 2, 12, 12, None, inj=4,
  tags=['dateline-not-location', 'near', 'more-than', 'attacker-deaths-counted', 'transliteration:Kismaayo'])
E(3, 'On Saturday, a landmine exploded under a minibus', 'No group claimed responsibility.', '2019-03-02', ERV, IED,
  UAG('Somalia'), CIV('Somalia'), 'Jamaame', 2, 4, inj=2, tags=['weekday-relative', 'near'])
# ---------------- 004 wire, Nigeria
E(4, 'MAIDUGURI, Nigeria, June 16', 'No group has claimed responsibility for the attack.', '2018-06-16', ERV, SUI,
  UAG('Nigeria'), CIV('Nigeria'), 'Konduga', 1, 11, inj=40,
  tags=['dateline-not-location', 'suicide-bombers-counted', 'at-least'])
E(4, 'Residents of Konduga said gunmen on motorcycles had shot dead three herders', 'did not comment on that incident.',
  '2018-06-09', VAC, ATT, UAG('Nigeria'), CIV('Nigeria'), 'Konduga', 2, 3, date_end='2018-06-13', prec=2,
  tags=['several-days-prior=range', 'anchor=previous-dated-event', 'near'])
# ---------------- 005 wire, Mali
E(5, 'BAMAKO, Jan 14 (Example Wire)', 'did not give the nationality of the victims.', '2018-01-14', ERV, IED,
  UAG('Mali'), MINUSMA, 'Aguelhok', 2, 1, inj=3, tags=['dateline-not-location', 'near', 'mission-actor'])
E(5, 'In a separate incident on Saturday, gunmen on motorcycles', 'when troops returned fire.', '2018-01-13', BAT, CLASH,
  UAG('Mali'), MIL('Mali'), 'Ansongo', 1, 7, tags=['separate-incident', 'weekday-relative', 'attacker-deaths-counted'])
# ---------------- 006 wire, Philippines
E(6, 'ZAMBOANGA CITY, Philippines, Feb 10', 'carrying some of their wounded.', '2019-02-10', BAT, CLASH,
  'Abu Sayyaf Group', MILPH, 'Patikul', 2, 8, 8, None, inj=7,
  tags=['dateline-not-location', 'hinterlands=near', 'at-least', 'combined-sides'])
# ---------------- 007 NGO, Mozambique
E(7, 'On 3 May, non-state armed groups (NSAG)', 'to the district of Ancuabe.', '2020-05-03', VAC, ATT,
  UAG('Mozambique'), CIV('Mozambique'), 'Macomia', 1, 7, 7, None, tags=['year-from-published', 'at-least', 'nsag'])
E(7, 'Between 11 and 13 May, clashes between NSAG', 'for the rest of the month.', '2020-05-11', BAT, CLASH,
  UAG('Mozambique'), MIL('Mozambique'), 'Mocimboa', 2, None, date_end='2020-05-13', prec=2,
  tags=['date-range', 'unknown-casualties', 'near'])
E(7, 'On 20 May, armed men abducted five women', 'Their whereabouts remain unknown.', '2020-05-20', VAC, ABD,
  UAG('Mozambique'), CIV('Mozambique'), 'Macomia', 2, None, tags=['near', 'abduction'])
E(7, 'On 28 May, FDS helicopters carried out air strikes', 'several civilians were killed.', '2020-05-28', ERV, AIR,
  MIL('Mozambique'), UAG('Mozambique'), 'Macomia-d', 2, 3, 3, None, tags=['district', 'vague:several=3'])
# ---------------- 008 NGO, DRC
E(8, 'On the night of 28 to 29 January, suspected ADF combatants', 'Several houses were set on fire.', '2020-01-28',
  VAC, ATT, ADF, CIV(DRC), 'Oicha', 2, 12, 12, None, date_end='2020-01-29', prec=2,
  tags=['night-spanning-two-days', 'outskirts', 'transliteration:Oicha/Hyosha', 'at-least'])
E(8, 'On 30 January, the Armed Forces of the Democratic Republic', 'were killed.', '2020-01-30', BAT, CLASH,
  MILDRC, ADF, 'Mangina', 2, 4, 4, None, tags=['near', 'unknown-number-other-side'])
E(8, 'On 1 February, armed men abducted a health worker', 'local sources said.', '2020-02-01', VAC, ABD,
  UAG(DRC), CIV(DRC), 'Beni', 2, None, tags=['road-between-two-places', 'release-not-event'])
E(8, 'The same day, residents of Beni town took to the streets', 'No casualties were reported.', '2020-02-01',
  PRO, 'Protest with intervention', f'Protesters ({DRC})', POL(DRC), 'Beni', 1, 0, inj=0,
  tags=['same-day', 'no-casualties'])
# ---------------- 009 NGO, Yemen
E(9, 'On 4 September, shelling attributed to Houthi forces', 'members of the same family.', '2018-09-04', ERV, SHELL,
  'Houthi Movement', CIV('Yemen'), 'Taiz', 1, 2, inj=3, tags=['inline-region-header', 'year-from-published'])
E(9, 'On 11 September, a landmine exploded', 'including a woman.', '2018-09-11', ERV, IED,
  UAG('Yemen'), CIV('Yemen'), 'Hays', 2, 3, tags=['near', 'landmine'])
E(9, 'On 19 September, an air strike by the Saudi-led coalition', 'The exact location was not reported.', '2018-09-19',
  ERV, AIR, MIL('Saudi Arabia'), CIV('Yemen'), 'Sadah-gov', 3, None, cas=9,
  tags=['province-only', 'killed-or-injured=casualties', 'transliteration:Sa\'ada/Sa\'dah'])
E(9, 'In the last week of September, fighting between government forces', 'No civilian casualties were reported.',
  '2018-09-24', BAT, CLASH, MIL('Yemen'), 'Houthi Movement', 'Harib', 2, None, date_end='2018-09-30', prec=2,
  tags=['week-range', 'district', 'civilian-only-zero-not-total'])
# ---------------- 010 NGO, Burkina Faso
E(10, 'On 12 May, JNIM fighters attacked a gendarmerie post', 'before reinforcements arrived.', '2019-05-12', BAT, CLASH,
  JNIM, MIL('Burkina Faso'), 'Aribinda', 1, 3, tags=['transliteration:Arbinda/Aribinda'])
E(10, 'On 17 May, a priest and a catechist were abducted', 'Their fate is unknown.', '2019-05-17', VAC, ABD,
  UAG('Burkina Faso'), CIV('Burkina Faso'), 'Djibo', 2, None, tags=['near', 'passive-voice'])
E(10, 'Between 20 and 22 May, an improvised explosive device', 'according to security sources.', '2019-05-20', ERV, IED,
  UAG('Burkina Faso'), MIL('Burkina Faso'), 'Dori', 2, None, inj=3, date_end='2019-05-22', prec=2,
  tags=['date-range', 'vague:several=3', 'near'])
E(10, 'On 26 May, armed men set fire to a primary school in Sebba.', 'There were no casualties.', '2019-05-26', STR,
  'Looting/property destruction', UAG('Burkina Faso'), None, 'Sebba', 1, 0, inj=0, omit=['actor2'],
  tags=['no-casualties', 'property-destruction'])
E(10, 'On 29 May, unidentified gunmen attacked a police post in Titao', 'according to a local official.', '2019-05-29',
  BAT, CLASH, UAG('Burkina Faso'), POL('Burkina Faso'), 'Titao', 1, None, cas=12,
  tags=['killed-or-wounded=casualties'])
# ---------------- 011 roundup, Afghanistan (published Tue 2018-05-22)
E(11, 'On Monday, an IED attached to a motorcycle', 'two policemen and a civilian.', '2018-05-21', ERV, IED,
  UAG('Afghanistan'), POL('Afghanistan'), 'Jalalabad', 1, None, inj=3, tags=['weekday-from-published', 'section-header'])
E(11, 'Likewise, Taliban fighters attacked an army outpost in the Goshta district', 'in the ensuing firefight.',
  '2018-05-21', BAT, CLASH, 'Taliban', MIL('Afghanistan'), 'Goshtah', 2, 6, inj=2,
  tags=['likewise', 'district', 'transliteration:Ningarhar', 'attacker-deaths-counted'])
E(11, 'Meanwhile, on Sunday, unidentified gunmen shot dead a tribal elder', 'as he left a mosque.', '2018-05-20', VAC, ATT,
  UAG('Afghanistan'), CIV('Afghanistan'), 'Pachir', 2, 1, tags=['meanwhile-with-own-date', 'district'])
E(11, 'Heavy clashes broke out between Taliban fighters and Afghan forces', 'several Taliban fighters were killed.',
  '2018-05-20', BAT, CLASH, 'Taliban', MIL('Afghanistan'), 'Kunduz', 2, 12, 12, None,
  tags=['outskirts', 'at-least', 'vague:several=3', 'combined-sides'])
E(11, 'The following day, an air strike hit a house in Dasht-e Archi', 'the Ministry of Defence said in a statement.',
  '2018-05-21', ERV, AIR, MIL('Afghanistan'), 'Taliban', 'Dasht-e Archi', 2, 5, kind='claim', by=MIL('Afghanistan'),
  tags=['following-day', 'ministry-statement-own-operation=claim', 'district'])
E(11, 'On Sunday, a suicide bomber on foot blew himself up', 'No group claimed responsibility.', '2018-05-20', ERV, SUI,
  UAG('Afghanistan'), CIV('Afghanistan'), 'Lashkar Gah', 1, 5, inj=11, tags=['suicide-bomber-counted'])
E(11, 'In a separate incident, Taliban fighters fired mortar rounds at an army base in Sangin',
  'no casualties were reported.', '2018-05-20', ERV, SHELL, 'Taliban', MIL('Afghanistan'), 'Sangin', 1, 0, inj=0,
  tags=['same-day', 'no-casualties', 'separate-incident'])
E(11, 'On Saturday, Taliban fighters stopped a passenger bus', 'a provincial spokesman said.', '2018-05-19', VAC, ABD,
  'Taliban', CIV('Afghanistan'), 'Ghazni', 2, None, tags=['near', 'abduction'])
E(11, 'Two days later, Taliban fighters attacked a police checkpoint in Muqur district', 'officials said.', '2018-05-21',
  BAT, CLASH, 'Taliban', POL('Afghanistan'), 'Muqer', 2, 4, tags=['two-days-later-chain', 'district'])
# ---------------- 012 roundup, Nigeria
E(12, 'On 2 September, ISWAP fighters attacked a military base in Gubio', 'with air support.', '2019-09-02', BAT, CLASH,
  ISWAP, MIL('Nigeria'), 'Gubio', 1, 18, tags=['acronym-actor', 'attacker-deaths-counted', 'combined-sides'])
E(12, 'Likewise, Boko Haram (JAS) fighters killed four farmers', 'the same day.', '2019-09-02', VAC, ATT,
  JAS, CIV('Nigeria'), 'Konduga', 2, 4, tags=['likewise', 'same-day', 'kill-and-abduct=attack'])
E(12, 'The following day, a female suicide bomber', 'two camp residents.', '2019-09-03', ERV, SUI,
  UAG('Nigeria'), CIV('Nigeria'), 'Dikwa', 1, 3, tags=['following-day', 'suicide-bomber-counted'])
E(12, 'Meanwhile, troops ambushed a group of fighters near Bama', 'Two soldiers were wounded.', '2019-09-05', BAT, CLASH,
  MIL('Nigeria'), UAG('Nigeria'), 'Bama', 2, 12, 12, None, inj=2, kind='claim', by=MIL('Nigeria'),
  tags=['meanwhile-with-own-date', 'vague:dozens=12', 'army-statement-own-operation=claim'])
E(12, 'On 4 September, gunmen believed to be ISWAP fighters raided Buni Yadi', 'Residents reported no casualties.',
  '2019-09-04', STR, 'Looting/property destruction', ISWAP, None, 'Buni Yadi', 1, 0, inj=0, omit=['actor2'],
  tags=['no-casualties', 'looting'])
E(12, 'Two days later, an IED planted on the road exploded near Damaturu', 'several soldiers were reported killed.',
  '2019-09-06', ERV, IED, UAG('Nigeria'), MIL('Nigeria'), 'Damaturu', 2, 3, 3, None,
  tags=['two-days-later-chain', 'vague:several=3'])
E(12, 'Between 6 and 8 September, Boko Haram fighters carried out a series of raids', 'according to a local government official.',
  '2019-09-06', VAC, ATT, JAS, CIV('Nigeria'), 'Madagali', 2, 15, 15, None, date_end='2019-09-08', prec=2,
  tags=['date-range', 'more-than', 'lga-area'])
E(12, 'In a separate incident on 7 September, soldiers repelled an attack', 'no casualties were reported on either side.',
  '2019-09-07', BAT, CLASH, UAG('Nigeria'), MIL('Nigeria'), 'Michika', 1, 0, inj=0,
  tags=['separate-incident', 'no-casualties', 'repelled=attacker-is-actor1'])
# ---------------- 013 roundup, Iraq/Syria (published Tue 2018-11-13)
E(13, 'On Saturday, an IED exploded next to an Iraqi army vehicle in Tall Afar district', 'killing two soldiers.',
  '2018-11-10', ERV, IED, UAG('Iraq'), MIL('Iraq'), 'Tall Afar', 2, 2, tags=['weekday-from-published', 'district'])
E(13, 'Meanwhile, Islamic State militants raided a village near Hawija', 'local police said.', '2018-11-10', VAC, ATT,
  'Islamic State', CIV('Iraq'), 'Hawija', 2, 1, tags=['meanwhile=same-day', 'near', 'kill-and-abduct=attack'])
E(13, 'On Sunday, an Iraqi air strike hit an Islamic State hideout near Tuz Khurmatu', 'by the Security Media Cell.',
  '2018-11-11', ERV, AIR, MIL('Iraq'), 'Islamic State', 'Tuz', 2, 5, kind='claim', by=MIL('Iraq'),
  tags=['government-statement-own-operation=claim', 'near'])
E(13, 'In a separate incident, a bomb hidden in a parked car exploded', 'put the death toll at nine.', '2018-11-12',
  ERV, IED, UAG('Iraq'), CIV('Iraq'), 'Tarmiyah', 1, 6, 6, 9, inj=20,
  tags=['separate-incident', 'at-least', 'conflicting-figures-lowest', 'date-after-place'])
E(13, 'On Saturday, Islamic State fighters launched a counterattack', 'were killed.', '2018-11-10', BAT, CLASH,
  'Islamic State', 'SDF: Syrian Democratic Forces', 'Hajin', 2, 24,
  tags=['battle-precedence-over-suicide-vbied', 'combined-sides', 'section-header'])
E(13, 'The following day, air strikes by the U.S.-led coalition', 'looking into the report.', '2018-11-11', ERV, AIR,
  'Coalition Forces', CIV('Syria'), 'Hajin', 1, 8, tags=['following-day'])
E(13, 'In Idlib province, government forces shelled Saraqib on Monday', 'a woman and two children.', '2018-11-12', ERV,
  SHELL, MIL('Syria'), CIV('Syria'), 'Saraqib', 1, 3, tags=['counted-victims'])
E(13, 'Meanwhile, Hayat Tahrir al-Sham detained three media activists', 'according to local sources.', '2018-11-12',
  STR, 'Arrests', 'Hayat Tahrir al-Sham', CIV('Syria'), 'Ariha', 1, None, tags=['meanwhile', 'same-day', 'arrest-by-non-state'])
# ---------------- 014 roundup, Somalia (published Tue 2017-11-21)
E(14, 'Al Shabaab fighters attacked a Somali army position on the outskirts of Kismaayo', 'a military official said.',
  '2017-11-20', BAT, CLASH, 'Al Shabaab', MIL('Somalia'), 'Kismayo', 2, 10,
  tags=['outskirts', 'transliteration:Kismaayo', 'combined-sides'])
E(14, 'Likewise, a U.S. drone strike targeted an Al Shabaab vehicle', 'the strike killed two militants.', '2017-11-19',
  ERV, AIR, MIL('the United States'), 'Al Shabaab', 'Jamaame', 2, 2, kind='claim', by=MIL('the United States'),
  tags=['likewise-with-own-date', 'foreign-military', 'state-statement-own-operation=claim'])
E(14, 'On Monday afternoon, a suicide bomber blew himself up', 'blamed Al Shabaab for the attack.', '2017-11-20', ERV, SUI,
  'Al Shabaab', CIV('Somalia'), 'Mogadishu', 1, 5, 5, None, inj=12,
  tags=['bomber-already-included', 'vague:dozens=12', 'at-least', 'city-district'])
E(14, 'Meanwhile, unidentified gunmen shot dead a local government official', 'the same evening.', '2017-11-20', VAC, ATT,
  UAG('Somalia'), CIV('Somalia'), 'Mogadishu', 1, 1, tags=['meanwhile', 'same-day', 'city-district'])
E(14, 'Al Shabaab fighters fired mortar shells at an AMISOM base in Qoryooley', 'no immediate reports of casualties.',
  '2017-11-19', ERV, SHELL, 'Al Shabaab', AMISOM, 'Qoryooley', 1, None,
  tags=['no-reports-of-casualties=unknown', 'late-on-sunday'])
E(14, 'The following day, AMISOM and Somali army troops clashed', 'according to local elders.', '2017-11-20', BAT, CLASH,
  AMISOM, 'Al Shabaab', 'Marka', 2, 20, 20, None, tags=['following-day', 'vague:scores=20', 'near'])
E(14, 'Al Shabaab fighters abducted three clan elders', 'residents said.', '2017-11-18', VAC, ABD,
  'Al Shabaab', CIV('Somalia'), 'Beledweyne', 2, None, tags=['near', 'weekday-from-published'])
E(14, 'Two days later, a roadside bomb struck an AMISOM convoy near Beledweyne', 'wounding several soldiers.', '2017-11-20',
  ERV, IED, UAG('Somalia'), AMISOM, 'Beledweyne', 2, None, inj=3, tags=['two-days-later-chain', 'vague:several=3'])
# ---------------- 015 roundup, Pakistan (published Tue 2022-12-06)
E(15, 'On 3 December, militants attacked a police station in Lakki Marwat district', 'were behind the attack.',
  '2022-12-03', BAT, CLASH, TTP, POL('Pakistan'), 'Lakki Marwat', 2, 2, tags=['attribution-next-sentence', 'district'])
E(15, 'Likewise, a roadside bomb targeted a police van', 'wounding four policemen.', '2022-12-03', ERV, IED,
  UAG('Pakistan'), POL('Pakistan'), 'Bannu', 1, None, inj=4, tags=['likewise', 'same-day'])
E(15, 'The following day, security forces killed "more than a dozen" militants', 'in the operation, it said.',
  '2022-12-04', BAT, CLASH, MIL('Pakistan'), UAG('Pakistan'), 'Miran Shah', 2, 14, 14, None,
  kind='claim', by=MIL('Pakistan'), tags=['following-day', 'more-than', 'vague:dozen=12', 'military-statement-own-operation=claim'])
E(15, 'In Dera Ismail Khan, unidentified gunmen on a motorcycle shot dead a lawyer', 'on Sunday.', '2022-12-04', VAC, ATT,
  UAG('Pakistan'), CIV('Pakistan'), 'Dera Ismail Khan', 1, 1, tags=['weekday-from-published', 'date-at-end'])
E(15, 'On 2 December, a remote-controlled bomb exploded next to a Frontier Corps vehicle', 'wounding two others.',
  '2022-12-02', ERV, IED, UAG('Pakistan'), MIL('Pakistan'), 'Turbat', 2, 1, inj=2, tags=['near', 'paramilitary=military'])
E(15, 'Two days later, militants fired rockets at a Frontier Corps camp in Mastung', 'officials said.', '2022-12-04',
  ERV, SHELL, UAG('Pakistan'), MIL('Pakistan'), 'Mastung', 1, 0, inj=0, tags=['two-days-later-chain', 'no-casualties'])
E(15, 'On Monday, the Counter Terrorism Department (CTD) arrested', 'the department said in a statement.', '2022-12-05',
  STR, 'Arrests', POL('Pakistan'), UAG('Pakistan'), 'Quetta', 1, None, kind='claim', by=POL('Pakistan'),
  tags=['arrests', 'state-statement-own-operation=claim'])
# ---------------- 016 claims, West Africa (published 2019-05-17 = 12 Ramadan 1440)
K = dict(kind='claim')
E(16, 'On 5 Ramadan, the group said its fighters attacked a Nigerian army base', 'weapons and two vehicles.', '2019-05-10',
  BAT, CLASH, ISWAP, MIL('Nigeria'), 'Gubio', 1, None, cas=20, by=ISWAP, **K,
  tags=['hijri-no-year', 'killed-or-wounded=casualties', 'group-region-header'])
E(16, 'On 8 Ramadan, it claimed that its fighters ambushed', 'killed six soldiers.', '2019-05-13', BAT, CLASH,
  ISWAP, MIL('Nigeria'), 'Damboa', 2, 6, by=ISWAP, **K, tags=['hijri-no-year', 'near'])
E(16, 'The group also said that on the same day its fighters killed two men', 'near Monguno.', '2019-05-13', VAC, ATT,
  ISWAP, CIV('Nigeria'), 'Monguno', 2, 2, by=ISWAP, **K, tags=['same-day', 'near'])
E(16, 'On 10 Ramadan, the group claimed that an explosive device', 'killing four soldiers.', '2019-05-15', ERV, IED,
  ISWAP, MIL('Nigeria'), 'Gwoza', 2, 4, by=ISWAP, **K, tags=['hijri-no-year', 'near'])
E(16, 'On 6 Ramadan, the group said its fighters clashed with Malian troops', 'killed seven of them.', '2019-05-11', BAT,
  CLASH, ISSP, MIL('Mali'), 'Menaka', 2, 7, by=ISSP, **K,
  tags=['hijri-no-year', 'header-west-africa-but-mali', 'near', 'out-of-order-dates'])
E(16, 'On 11 Ramadan, it claimed an attack on a Burkinabe army post in Soum province', 'soldiers were killed.',
  '2019-05-16', BAT, CLASH, ISSP, MIL('Burkina Faso'), 'Soum', 3, 3, 3, None, by=ISSP, **K,
  tags=['hijri-no-year', 'province-only', 'vague:several=3', 'header-west-africa-but-burkina'])
# ---------------- 017 claims, Khorasan / East Asia / Central Africa (published 2020-07-15 = 24 Dhu al-Qadah 1441)
E(17, 'On 18 Dhu al-Qadah, the group said its fighters detonated', 'killing or wounding five soldiers.', '2020-07-09',
  ERV, IED, ISKP, MIL('Afghanistan'), 'Jalalabad', 1, None, cas=5, by=ISKP, **K,
  tags=['hijri-no-year', 'killed-or-wounded=casualties', 'header-khorasan'])
E(17, "On 20 Dhu al-Qa'dah, it claimed that its fighters shot dead a police officer in Kabul.", 'in Kabul.', '2020-07-11',
  BAT, CLASH, ISKP, POL('Afghanistan'), 'Kabul', 1, 1, by=ISKP, **K, tags=['hijri-no-year', 'hijri-spelling-variant'])
E(17, "On 21 Dhul-Qi'dah, the group said its fighters killed a Pakistani police officer", 'of Khyber Pakhtunkhwa.',
  '2020-07-12', BAT, CLASH, ISKP, POL('Pakistan'), 'Khar', 1, 1, by=ISKP, **K,
  tags=['hijri-no-year', 'hijri-spelling-variant', 'header-khorasan-but-pakistan'])
E(17, 'On 18 Dhu al-Qadah, the group claimed its fighters clashed with Philippine army troops', 'killing three soldiers.',
  '2020-07-09', BAT, CLASH, ISEA, MILPH, 'Butig', 1, 3, by=ISEA, **K, tags=['hijri-no-year', 'header-east-asia'])
E(17, 'On 22 Dhu al-Qadah, it said its fighters attacked soldiers with an explosive device near Patikul',
  'killing two of them.', '2020-07-13', ERV, IED, ISEA, MILPH, 'Patikul', 2, 2, by=ISEA, **K, tags=['hijri-no-year', 'near'])
E(17, 'On 20 Dhu al-Qadah, the group said its fighters attacked a Congolese army position near Oicha',
  'soldiers.', '2020-07-11', BAT, CLASH, ISCA, MILDRC, 'Oicha', 2, 10, 10, None, by=ISCA, **K,
  tags=['hijri-no-year', 'more-than', 'header-central-africa', 'transliteration:Oicha/Hyosha'])
E(17, 'On 23 Dhu al-Qadah, it said its fighters killed four civilians', 'in the Beni area.', '2020-07-14', VAC, ATT,
  ISCA, CIV(DRC), 'Beni', 2, 4, by=ISCA, **K, tags=['hijri-no-year', 'area=near'])
# ---------------- 018 claims, Al Shabaab (published Tue 2018-04-10)
E(18, 'On Friday, the group said its fighters attacked a Somali army position near Kismaayo', 'killed five soldiers.',
  '2018-04-06', BAT, CLASH, 'Al Shabaab', MIL('Somalia'), 'Kismayo', 2, 5, by='Al Shabaab', **K,
  tags=['weekday-from-published', 'group-region-header:Jubbada Hoose', 'transliteration:Kismaayo'])
E(18, 'The group also said that on Saturday it shelled an AMISOM base at Kismayo airport', 'did not give a casualty figure.',
  '2018-04-07', ERV, SHELL, 'Al Shabaab', AMISOM, 'Kismayo', 2, None, by='Al Shabaab', **K,
  tags=['no-figure=unknown', 'airport=near'])
E(18, 'On Saturday, the group claimed that its fighters detonated a roadside bomb', 'Ugandan soldiers.', '2018-04-07',
  ERV, IED, 'Al Shabaab', AMISOM, 'Afgooye', 2, 3, 3, None, by='Al Shabaab', **K,
  tags=['vague:several=3', 'group-region-header:Shabeellaha Hoose'])
E(18, 'On Sunday, it said its fighters overran a Somali army base near Wanlaweyn', 'capturing weapons.', '2018-04-08',
  BAT, CLASH, 'Al Shabaab', MIL('Somalia'), 'Wanlaweyn', 2, 7, by='Al Shabaab', **K, tags=['transliteration:Wanla Weyn', 'near'])
E(18, 'On Monday, the group said one of its fighters carried out a suicide bombing', 'killing six policemen.',
  '2018-04-09', ERV, SUI, 'Al Shabaab', POL('Somalia'), 'Mogadishu', 1, 7, by='Al Shabaab', **K,
  tags=['suicide-bomber-counted', 'group-region-header:Banaadir'])
E(18, 'The same day, it claimed responsibility for the killing of a district official', 'area of Mogadishu.',
  '2018-04-09', VAC, ATT, 'Al Shabaab', CIV('Somalia'), 'Mogadishu', 1, 1, by='Al Shabaab', **K, tags=['same-day'])
# ---------------- 019 claims, Sinai / Iraq (published 2017-10-05 = 15 Muharram 1439)
E(19, 'On 12 Muharram 1439, the group said its fighters attacked an Egyptian army checkpoint', 'killed four soldiers.',
  '2017-10-02', BAT, CLASH, ISS, MIL('Egypt'), 'Sheikh Zuweid', 2, 4, by=ISS, **K,
  tags=['hijri-with-year', 'transliteration:Sheikh Zuweid/Ash Shaykh Zuwayd', 'near'])
E(19, 'On 10 Muharram, it claimed that its fighters destroyed an armoured army vehicle', 'killing its crew of three.',
  '2017-09-30', ERV, IED, ISS, MIL('Egypt'), 'Rafah', 2, 3, by=ISS, **K, tags=['hijri-no-year', 'near'])
E(19, 'On 29 Dhu al-Hijjah, the group said its fighters shot dead two men', 'in al-Arish.', '2017-09-20', VAC, ATT,
  ISS, CIV('Egypt'), 'Arish', 1, 2, by=ISS, **K, tags=['hijri-no-year', 'hijri-year-rollback:1438'])
E(19, 'On 13 Muharram 1439, the group claimed an attack on Iraqi army positions near al-Hawija', 'killed or wounded 15 soldiers.',
  '2017-10-03', BAT, CLASH, 'Islamic State', MIL('Iraq'), 'Hawija', 2, None, cas=15, by='Islamic State', **K,
  tags=['hijri-with-year', 'killed-or-wounded=casualties', 'group-region-header:Kirkuk'])
E(19, 'On 8 Muharram, it said its fighters targeted a police patrol near Samarra', 'killing two police officers.',
  '2017-09-28', ERV, IED, 'Islamic State', POL('Iraq'), 'Samarra', 2, 2, by='Islamic State', **K,
  tags=['hijri-no-year', 'group-region-header:Salahuddin'])
E(19, 'On 12 Muharram, the group said it fired mortar rounds at an army barracks', 'gave no figures for casualties.',
  '2017-10-02', ERV, SHELL, 'Islamic State', MIL('Iraq'), 'Muqdadiyah', 1, None, by='Islamic State', **K,
  tags=['hijri-no-year', 'no-figure=unknown', 'transliteration:al-Muqdadiyah/Al Miqdadiyah'])
# ---------------- 020 other: protest turned violent, Iraq
E(20, 'NASIRIYAH, Iraq, June 20 (Example Wire)', 'a medical source in Dhi Qar province said.', '2021-06-20', RIO,
  'Violent demonstration', 'Rioters (Iraq)', POL('Iraq'), 'Nasiriyah', 1, 1, inj=22,
  tags=['protest-turned-violent', 'at-least', 'dateline'])
E(20, 'The unrest followed a peaceful sit-in on Saturday', 'several hundred people took part.', '2021-06-19', PRO,
  'Peaceful protest', 'Protesters (Iraq)', None, 'Nasiriyah', 1, None, tags=['weekday-relative', 'peaceful-protest'])
E(20, 'Protests over the power cuts were also held on Sunday in Basra', 'That protest ended without incident.',
  '2021-06-20', PRO, 'Peaceful protest', 'Protesters (Iraq)', None, 'Basra', 1, 0, inj=0,
  tags=['without-incident=no-casualties'])
# ---------------- 021 other: arrests, Pakistan (dateline Tue 2021-09-14)
E(21, 'PESHAWAR, Pakistan, Sept 14 (Regional Monitor)', 'attacks on police in the province.', '2021-09-13', STR, 'Arrests',
  POL('Pakistan'), TTP, 'Peshawar', 1, None, tags=['dateline', 'weekday-relative', 'arrests', 'independent-sources=report'])
E(21, 'On Tuesday, a bomb disposal squad defused', 'witnesses said.', '2021-09-14', STR, 'Disrupted weapons use',
  POL('Pakistan'), None, 'Charsadda', 1, None, tags=['disrupted-weapons-use', 'weekday-relative'])
# ---------------- 022 other: ministry statement on own operation, Egypt (published Tue 2019-07-23)
EG = dict(kind='claim', by=MIL('Egypt'))
E(22, 'On Sunday, air force jets struck a gathering of armed militants near Bir al-Abd', 'the statement said.',
  '2019-07-21', ERV, AIR, MIL('Egypt'), UAG('Egypt'), 'Bir al-Abd', 2, 11, **EG,
  tags=['ministry-statement-own-operation=claim', 'near', 'transliteration:Bir al-Abd'])
E(22, 'On Monday, ground forces raided a hideout near Rafah', 'the statement added.', '2019-07-22', BAT, CLASH,
  MIL('Egypt'), UAG('Egypt'), 'Rafah', 2, 6, **EG, tags=['own-losses-counted', 'near'])
E(22, 'Between 16 and 21 July, forces also arrested 14 suspects', 'according to the statement.', '2019-07-16', STR,
  'Arrests', MIL('Egypt'), None, 'Sheikh Zuweid', 1, None, date_end='2019-07-21', prec=2, omit=['actor2'], **EG,
  tags=['date-range', 'two-events-one-sentence'])
E(22, 'Between 16 and 21 July, forces also arrested 14 suspects', 'according to the statement.', '2019-07-16', STR,
  'Disrupted weapons use', MIL('Egypt'), None, 'Arish', 2, None, date_end='2019-07-21', prec=2, omit=['actor2'], **EG,
  tags=['date-range', 'two-events-one-sentence', 'around=near'])

with open(ROOT + 'events-a.jsonl', 'w', encoding='utf-8') as f:
    for r in EVENTS:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
from collections import Counter
print(len(EVENTS), 'events;', len({r['doc'] for r in EVENTS}), 'docs')
print(Counter(r['doc'][5:8] for r in EVENTS))
