"""The extractor against the hand-annotated evaluation set (tests/eval/).

FLOORS are the scores this version reaches, rounded down: a change that makes extraction worse fails
here. The issue's targets (pipeline/cli_tools.py TARGETS) are higher for some fields; `make evaluate`
prints both. Raise a floor when the extractor improves; never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "tests" / "eval" / "annotations"
FLOORS = {"precision": 0.98, "recall": 0.98, "value": 0.99, "unit": 0.99, "qualifier": 0.99,
          "period": 0.96, "subject": 0.975, "source": 0.92, "indicator": 0.99}


# The held-out sets pooled (tests/eval/heldout*): written and annotated by people who did not look
# at the extractor, first scored before any tuning on them (their READMEs give those first scores),
# and since used to find general rules. Their floors guard against regressions on text unlike the
# main set; they are well below the targets for period, source and indicator.
# heldout6 and heldout7 joined the pool in session 4 with their blind first scores (heldout7's revision
# of the seed never names its country, which costs subject); the floors are set at the pool's level
# with them, as regression guards. heldout8 joined in session 5 with its blind first score (P .817,
# period .579, subject .640, source .320: an interview, a situation report and a news feature).
# heldout9 (a budget speech, a working paper, a Markdown brief, a third seed revision) joined at the end
# of session 5 with its blind first score (P .936, R .926, subject .580, source .203). heldout10 (a
# fourth seed revision, an encyclopedia section, a central-bank wire, a budget office note) joined in
# session 6 with its blind first score (P .973, unit .898, period .651, source .613, indicator .660).
# heldout11 (a fifth seed revision, an encyclopedia article, a rating-agency wire, a parliamentary Q&A
# transcript) joined in session 7 with its blind first score (R .931, unit .903, period .710, source
# .486, indicator .676). heldout12 (a sixth seed revision, an economic update with a text table, a
# policy review with author–date citations, a podcast transcript) joined in session 8 with its blind
# first score (value .913, unit .954, period .663, subject .826, source .400, indicator .680); with it
# the pool's period was .796 and its source .773; session 8's rules raised them to .804 and .808.
# heldout13 (a Q&A explainer, a live blog, a committee report with numbered paragraphs, an infobox
# article) joined in session 9 with its blind first score (P .888, period .675, source .393, indicator
# .684); with it the pool's period was .799, its source .772 and its indicator .804; session 9's
# rules raised the period to .806 and the source to .779. heldout14 (two encyclopedic articles in the
# seed's register, a satellite-imagery analysis, a World Bank overview page) joined in session 9 with its
# blind first score (subject .738, source .451, indicator .762); session 9's later rules brought the
# pool of all held-out sets (2,401 core facts) to period .815, subject .903, source .788, indicator .808.
# heldout19 (a UN panel report, an IMF concluding statement, an infobox, a colonial economic history) and
# heldout20 (a unification white paper, an EIU-style forecast, an NGO press release, a debt explainer)
# joined in session 11 with their blind first scores (subject .537 and .585, source .353 and .245, period
# .772 and .489); with them the pool's floors went down before session 11's rules. heldout21 (an eighth
# seed revision, a news analysis, a poverty brief, a customs press conference) and heldout22 (a TASS
# item, an infobox with a table, a famine-demography paper, a coffee market report) joined later in
# session 11, scored blind on rules tuned on heldout19 and heldout20 (precision .886 and .932, period
# .568 and .551, source .290 and .389). At the end of session 11 the pool of all 22 sets (3,779 core
# facts) was at value .986, unit .971, period .792, subject .872, source .721, indicator .779.
# heldout33 and heldout34 (eight encyclopedic articles, blind source .615 and .699) joined in session 14
# and took the pool's source to .7399, so its floor went down to .73 before session 14's rules. With
# heldout35–36 too (6,043 core facts) session 14 ended at period .799, subject .864, source .740.
# heldout37 and heldout38 (eight encyclopedic articles, blind subject .664 and .785, indicator .757 and
# .669) joined in session 15 and took the pool's subject to .857 and indicator to .7397: their floors
# went down to .85 and .73. A report carried on only while its topic goes on took source to .751.
# heldout39 and heldout40 (blind source .391 and .660 at the start of session 15, .417 and .730 with its
# rules) took it to .749, so its floor is .74. Session 15 ended (6,737 core facts) at unit .970, period
# .8015, subject .8596, source .758, indicator .741: unit, period and source floors raised.
# heldout41–44 (sixteen documents, three encyclopedic sets and one of other genres: blind source .585,
# indicator .675) joined in session 16 and took the pool (7,449 core) to source .742 and indicator .739.
# Session 16 ended at unit .971, period .807, subject .856, source .758, indicator .741: source and
# indicator floors raised back.
# heldout45–47 (twelve documents: two encyclopedic sets, blind source .699, and one of other genres,
# blind source .109) joined in session 17 and took the pool (7,990 core) to subject .850, source .747
# and indicator .738: those floors went down to .845, .74 and .73.
# Session 17 ended (7,990 core facts) at unit .973, period .812, subject .856, source .767, indicator .738:
# unit, period, subject and source floors raised.
# heldout48–50 (twelve documents: an encyclopedic set, one of other genres, one in the seed's register;
# blind at the start of session 18: source .818, .340 and .429, unit .956, .712 and .908) joined in
# session 18 and took the pool (8,582 core) to unit .964 and source .752: those floors went down to .96
# and .75. heldout51 (four documents of other genres) and heldout52 (four encyclopedic articles) were
# written while session 18 worked and first scored with its rules from heldout48–50 (source .523 and
# .735). Session 18 ended (9,005 core facts) at unit .972, period .814, subject .862, source .771: unit,
# period, subject and source floors raised.
# Session 19: heldout55 (four other-genre documents, 246 core, blind: unit .691, subject .545, source .415
# at bbef188) joined: the pool of 9,251 core facts was unit .964, period .809, subject .853, source .756,
# indicator .728, and those floors went down until rules catch up. heldout53 (four Wikipedia-style articles,
# 218 core: subject .803, source .737) and heldout54 (a nineteenth seed revision and three articles in the
# seed's register, 179 core: unit .880, subject .663, source .528) joined blind the same session. Later that
# session heldout56–58 (624 core: another four articles, four other-genre releases, a twentieth seed revision
# with three articles in its register) joined blind at subject .614, source .480 (code 8caa38b): the pool of
# 10,272 core facts was subject .847, and that floor went down.
# Session 19 ended (10,272 core facts) at unit .970, period .815, subject .855, source .785: those floors went up.
# Session 20: heldout59–61 (594 core: four articles, four other-genre releases, a twenty-first seed revision with
# three articles in its register) joined blind (at 29ecfdf: unit .951/.701/.912, source .808/.755/.677); with
# the session's first rules the pool of 10,866 core facts was unit .968, period .813, subject .855, source .784.
# Later that session heldout62–64 (646 core: four articles, four other-genre reports, a twenty-second seed
# revision with three articles in its register) joined blind at unit .880, period .698, subject .639, source
# .626 (code 9d13c6c): the pool of 11,512 core facts was unit .964, period .806, subject .844, source .778,
# and those floors went down until rules catch up. Last that session heldout65–67 (581 core: four articles,
# four other-genre releases, a twenty-third seed revision with three articles in its register) joined blind at
# unit .845, period .630, source .472, indicator .585 (code bb8e310): the pool of 12,093 core facts was
# qualifier .9898, source .762, indicator .718, and those floors went down.
# Session 20 ended (12,093 core facts) at unit .963, period .801, subject .842, source .767, indicator .718:
# the source and indicator floors went up.
# Session 21: heldout68–70 (600 core: four articles, four other-genre releases of a statistics office, a
# national accounts office, a port authority and a gold miner, a twenty-fourth seed revision with three
# articles in its register) joined blind at unit .829, period .650, subject .598, source .372, indicator .598
# (code 9bdc130); with the session's first rules (issuers under their letterheads) the pool of 12,693 core
# facts was unit .956, period .796, subject .833, source .778, indicator .713, and those floors went down.
# Later heldout71–73 (636 core: four articles, four operators' and an office's reports, a twenty-fifth seed
# revision with three articles in its register) joined blind at unit .832, period .604, subject .629, source
# .615 (code 831ca78): the pool of 13,329 core facts was period .789, and that floor went down.
# Session 21 ended (13,329 core facts) at unit .955, period .792, subject .845, source .787, indicator .711
# (the 12,093 of the sets before it: subject .842 → .850, source .767 → .781): the period, subject and source
# floors went up.
# Session 22: heldout74–76 (626 core: four articles; a cocoa board's, an electricity utility's, a revenue
# authority's and a telecoms regulator's reports; a twenty-sixth seed revision with three articles in its
# register) joined blind at value .910, unit .886, period .625, subject .531, source .584, indicator .604
# (code a3c105c): the pool of 13,955 core facts was value .978, unit .952, period .790, subject .831, source
# .777, indicator .706, and those floors went down.
# Later heldout77–79 (676 core: four articles; a development bank's annual report, a stock exchange's monthly
# report, a state oil company's quarterly update, a crop forecast bulletin; a twenty-seventh seed revision
# with three articles in its register) joined blind at value .945, unit .818, period .695, subject .641, source
# .576, indicator .544 (code 05ef82a; the start code stopped on the stock exchange's report): the pool of 14,631
# core facts was unit .949, period .786, subject .822, source .766, indicator .700, and those floors went down.
# Session 22 ended (14,631 core facts) at value .981, unit .956, period .792, subject .836, source .781 (the
# 13,329 of the sets before it: unit .955 → .957, period .792 → .798, source .787 → .788): the value, unit,
# period, subject and source floors went up.
# Later heldout80–82 (717 core: four articles; an EITI report's summary, a pension fund's annual report, a
# fisheries catch report, an airport's traffic statistics; a twenty-eighth seed revision with three articles in
# its register) joined blind at value .952, unit .875, period .777, subject .649, source .562, indicator .592
# (code 566d88f): the pool of 15,348 core facts was subject .827, source .770, indicator .699, and those
# floors went down.
# Then heldout83–85 (730 core: four articles of advanced economies; an insurance regulator's market report, a
# city's budget summary, a sugar company's annual report, a customs authority's annual report; a twenty-ninth
# seed revision with three articles in its register) joined blind at value .932, unit .889, period .744, subject
# .615, source .551, indicator .535 (code 764995a): the pool of 16,078 core facts was value .979, period .789,
# subject .825 (.8249), source .766, indicator .692, and the value, period, subject and indicator floors went down.
# Then heldout86–88 (464 core: Japan, Canada, South Africa, Switzerland; a water utility's annual report, a
# microfinance bank's, a commodity exchange's weekly report, a wage board's decision; a thirtieth seed revision
# with three articles in its register) joined blind at value .970, unit .881, period .535, subject .723, source
# .564, indicator .541 (code be08b3a): the pool of 16,542 core facts was unit .954, period .783, indicator .689,
# and those floors went down.
# Session 23 ended (16,542 core facts) at value .980 (.9795), unit .955, period .789, subject .833, source .786,
# indicator .689 (the 14,631 of the sets before it: unit .956 → .959, period .792 → .793, source .781 → .782,
# indicator .704 → .705): the unit, period, subject and source floors went up.
# Session 24: heldout89–91 (a register of Wikipedia's "Economy of X" articles, four new genres of reports, a
# seed revision with three articles in its register) joined blind at period .612, subject .753, source .392
# (code 31ea561): the pool of 17,209 core facts fell to period .783 and subject .830, and those floors went down.
# Session 24 ended (17,209 core facts) at value .982, unit .961, period .787, subject .832, source .791, indicator
# .688 (the 16,542 of the sets before it: value .980 → .982, unit .955 → .961, period .789 → .793, source .786 →
# .792): the unit, period, subject and source floors went up.
# Session 25: heldout92–94 (Spain, Italy, Sweden, the Netherlands; a balance of payments release, a public debt
# report, an auditor's report on state enterprises, a fuel price notice; a thirty-second seed revision with three
# articles in its register) joined blind at value .918, unit .833, period .685, subject .688, source .593, indicator
# .516 (code feb1081): the pool of 17,878 core facts fell to unit .958, period .784, subject .827, source .784,
# indicator .682, and those floors went down.
# Session 25 ended (17,878 core facts) at value .982, unit .961, period .786, subject .828, source .797, indicator
# .684 (the 17,209 of the sets before it: period .787 → .789, source .791 → .796): the unit, period and source
# floors went up.
# Session 26: heldout95–97 (France, the United Kingdom, Austria, Denmark; treasury auction results, an actuarial
# summary, an agricultural census, building permits; a thirty-third seed revision with Nasser's Egypt, Angola under
# the MPLA and Kádár's Hungary) joined blind at value .922, unit .824, period .717, subject .682, source .571,
# indicator .499 (code 7cb5205): with the session's first rules the pool of 18,517 core facts stood at unit .958,
# period .784, subject .823, indicator .678, and those floors went down.
# Session 26 ended (18,517 core facts) at value .984, unit .960, period .785, subject .824, source .802, indicator
# .679 (the 17,878 of the sets before it: value .982 → .984, source .797 → .800): the value, unit and source
# floors went up.
# Sets 98-100 (Belgium, Ireland, Guatemala, Bosnia and Herzegovina; a PMI release, a retail sales release, a
# tariff determination, an investment agency's report; a thirty-fourth seed revision with Hoxha's Albania,
# Zhivkov's Bulgaria and Hafez al-Assad's Syria) joined blind, 625 core facts, at unit .837, source .497 (= the start code): with
# the session's first rules the pool of 19,142 core facts stood at unit .957 and source .791, and those floors
# went down.
# Session 27 ended (19,142 core facts) at unit .961, qualifier .989, period .783, subject .827, source .801,
# indicator .6755 (the 18,517 of the sets before it: unit .960 → .963, subject .824 → .831): the unit, subject
# and source floors went up.
# Sets 101-103 (Luxembourg, the Dominican Republic, El Salvador, Bolivia; a hotel accommodation release, a
# business climate survey, a municipal bond official statement, an earnings survey release; a thirty-fifth seed
# revision with Kaysone's Laos, the People's Republic of the Congo and Gierek's Poland) joined blind, 720 core
# facts, at unit .837, period .639, subject .593, source .437 (= the start code): with the session's first rules
# the pool of 19,862 core facts stood at unit .957, period .778, subject .819, source .787, indicator .668, and
# those floors went down.
# Session 28 ended (19,862 core facts) at unit .958, period .783, subject .824, source .804, indicator .6685 (sets
# 101-103: period .639 → .766, subject .593 → .728, source .437 → .867; the 19,142 of the sets before them: period
# .7831 → .7837, source .8011 → .8012, no field down): the period, subject and source floors went up.
# Session 29 added sets 104 (the seed's register: nk_revision36, Czechoslovakia under Husák, Guyana under Burnham,
# Sri Lanka under Sirimavo Bandaranaike), 105 (encyclopedic: the UAE, Greenland, Vanuatu, New Caledonia) and 106 (new
# genres: an FDI release, an enterprise census, a port tariff notice, a collective wage agreement): subject .824 → .817
# and indicator .6685 → .663 as read before any change for them, so those floors went down. Session 29 ended (20,456
# core facts) at unit .959, period .782, subject .819, source .8025, indicator .6675 (sets 104-106: unit .863 → .973,
# period .673 → .723, subject .569 → .667, indicator .442 → .621; the 19,862 of the sets before them: unit .9584 → .9588,
# period .7831 → .7842, indicator .6685 → .6689, no field down).
# Session 30 added sets 107 (the seed's register: nk_revision37, Peru under Velasco, Indonesia under Sukarno, Grenada
# under the People's Revolutionary Government), 108 (encyclopedic: Tonga, Andorra, the Faroe Islands, Kiribati) and 109
# (new genres: a household credit release, a freight market report, a livestock census, a bank's quarterly results):
# period .7830 → .7777 and source .8028 → .7907 as read before any change for them, so those floors went down.
# Session 30 ended (21,135 core facts) at period .781, source .796 (sets 107-109: value .901 → .973, period .616 →
# .699, subject .514 → .708, source .432 → .606; the 20,456 of the sets before them: period .7824 → .7835, subject
# .8192 → .8203, source .8025 → .8030, no field down): the period floor went back up.
# Session 31 added sets 110 (the seed's register: nk_revision38, Cape Verde under the PAIGC/PAICV, Seychelles under
# René, Tunisia under Ben Salah), 111 (encyclopedic: Saint Lucia, Monaco, Tuvalu, Palau) and 112 (new genres: a property
# transactions release, a mineral royalties report, a foreign exchange auction notice, a sovereign wealth fund's
# quarterly report): period .7808 → .7768 as read before any change for them, so that floor went down. Session 31
# ended (21,726 core facts) at unit .958, period .782, subject .817, source .798 (sets 110-112: value .954 → .986, unit
# .875 → .949, period .634 → .713, subject .710 → .800, source .758 → .821; the 21,135 of the sets before them: period
# .7808 → .7835, subject .8167 → .8175, source .7964 → .7973, no field down): the period floor went back up.
# Session 32 added sets 113 (the seed's register: nk_revision39, Mali under Keïta, Cuba's Special Period, Zimbabwe's
# crisis decade), 114 (encyclopedic: Saint Kitts and Nevis, Liechtenstein, Nauru, the Marshall Islands) and 115 (new
# genres: a transmission system operator's monthly report, a manufacturing PMI release, a household remittances
# survey, a cruise and stay-over arrivals bulletin): source .7980 → .7841 as read before any change for them (the
# three sets read .363 alone), so that floor went down. Session 32 ended (22,395 core facts) at period .784, subject
# .817, source .798 (sets 113-115: period .754 → .847, subject .798 → .832, source .363 → .735; the 21,726 of the sets
# before them: period .7816 → .7825, source .7980 → .7999, no field down): the source floor went back up.
# Session 33 added sets 116 (the seed's register: nk_revision40, Portugal under the Estado Novo, Sudan under
# Nimeiry, Uganda under Amin), 117 (encyclopedic: Saint Vincent and the Grenadines, Antigua and Barbuda, San Marino,
# the Federated States of Micronesia) and 118 (new genres: vehicle registrations, consumer confidence, cement
# despatches, official reserve assets): read before any change for them, the pool fell to unit .9546, source .7866
# and indicator .6565 (the three sets alone: unit .914, source .432, indicator .481), so those floors went down.
# Session 33 ended (23,045 core facts) at unit .9557, period .7873, subject .8180, source .7977, indicator .6567
# (sets 116-118: period .683 → .818, subject .780 → .831, source .432 → .796; the 22,395 of the sets before them:
# period .7844 → .7864, no field down): the unit and source floors went back up.
# Session 34 added sets 119 (the seed's register: nk_revision41, Spain under Franco, Iran under the Shah, Ethiopia
# under Haile Selassie), 120 (encyclopedic: Dominica, Puerto Rico, Bermuda, the Cayman Islands) and 121 (new genres:
# housing starts, a wholesale electricity market report, crude steel production, visitor expenditure): read before
# any change for them, the pool fell to unit .9541 and source .7856 (the three sets alone: unit .845, source .432),
# so those floors went down. Session 34 ended (23,765 core facts) at unit .9540, period .7879, source .7954 (sets
# 119-121: period .578 → .791, source .432 → .685; the 23,045 of the sets before them: unit .9557 → .9574, period
# .7873 → .7878, source .7977 → .7992, no field down): the source floor went back up.
# Session 35 added sets 122 (the seed's register: nk_revision42, Egypt under Sadat, Chile under Pinochet, Iraq under
# Saddam Hussein), 123 (encyclopedic: Aruba, Curaçao, Gibraltar, the Isle of Man) and 124 (new genres: natural gas
# storage, rail freight traffic, public procurement statistics, labour disputes): read before any change for them,
# the pool fell to source .7816 (the three sets alone: .378), so that floor went down. Session 35 ended (24,485 core
# facts) at unit .9527, period .7891, subject .8172, source .7966, indicator .6523 (sets 122-124: unit .875 → .910,
# period .715 → .786, subject .715 → .838, source .378 → .825; the 23,765 of the sets before them: period .7879 →
# .7892, indicator .6524 → .6530, no field down): the source floor went back up.
# Session 36 added sets 125 (the seed's register: Indonesia under Suharto, Zaire under Mobutu, Brazil's military
# regime, Argentina under Perón), 126 (encyclopedic: Jersey, Guernsey, Guam, Anguilla) and 127 (new genres: bank
# lending survey, company insolvencies, airline monthly traffic, spirits exports): read before any change for them,
# the pool fell to unit .9483, subject .8016, source .7841, indicator .6453 (the three sets alone: unit .838, subject
# .409, source .409, indicator .469), so those floors went down. Session 36 ended (25,452 core facts) at unit .9490,
# period .7898, subject .8165, source .7976, indicator .6458 (sets 125-127: period .721 → .808, subject .409 → .799,
# source .409 → .807; the 24,485 of the sets before them: source .7966 → .7973, period .7891 → .7890, no other field
# moved): the subject and source floors went back up.
# Session 37 added sets 128 (the seed's register: South Korea under Park Chung Hee, Kenya under Kenyatta, the
# Philippines under Marcos, Mexico's "miracle"), 129 (encyclopedic: the Falklands, the Cook Islands, Turks and Caicos,
# Montserrat) and 130 (new genres: a food market price bulletin, an anti-dumping determination, a legislative cost
# estimate, an IPO prospectus summary): read before any change for them, the pool (26,425 core facts) fell to value
# .9789 and source .7867 (the three sets alone: value .921, source .479), so those floors went down. Session 37 ended
# (26,425 core facts) at value .9794, unit .9452, period .7885, source .7918 (sets 128-130: value .921 → .932, unit
# .793 → .845, period .667 → .721, source .479 → .596; the 25,452 of the sets before them: period .7898 → .7911, source
# .7976 → .7988, no field down): the source floor went back up.
# Session 38 added sets 131 (the seed's register: Taiwan under Chiang Kai-shek, Ivory Coast under Houphouët-Boigny,
# Argentina under Menem, Iran under Khomeini), 132 (encyclopedic: French Polynesia, Saint Helena, Bonaire, Wallis and
# Futuna) and 133 (new genres: a lottery regulator's annual report, a tax amnesty results notice, a mortgage lending
# release, a health insurance fund's statement): read before any change for them, the three sets alone scored subject
# .561 and source .306, so the pool (27,363 core facts) fell below the subject and source floors, which went down.
# Session 38 ended (27,363 core facts) at source .7988, subject .8057, period .7901 (sets 131-133: source .306 →
# .729, period .772 → .832, subject .561 → .617; the 26,425 of the sets before them: source .7918 → .8011, unit
# .9452 → .9460, no field down): the source floor went back up.
# Session 39 added sets 134 (the seed's register: Chile under Alessandri and Frei, Portugal after 1974, Ghana under
# Rawlings, Yugoslavia under Tito), 135 (encyclopedic: Norfolk Island, Saint Pierre and Miquelon, Sint Maarten,
# American Samoa) and 136 (new genres: a credit union league's report, a university budget, a foreign employment
# report, a postal operator's report): read before any change for them, they scored period .704, subject .656, source
# .545; the pool (28,267 core facts) ended at period .7891, subject .8110, source .7991 (the 27,363 of the sets
# before them: subject .8057 → .8099, source .7988 → .8012, no field down), so the floors stand.
# Session 40 added sets 137 (the seed's register: Fujimori's Peru, Moi's Kenya, Jayewardene's Sri Lanka, Mexico's
# debt crisis), 138 (encyclopedic: Tokelau, Pitcairn, Northern Mariana Islands, Christmas Island) and 139 (new genres:
# a building society, a football league's finances, a hospital authority, a public broadcaster): read before any change
# for them, they scored period .698, subject .503, source .452; the pool (29,241 core facts) ended at period .7886,
# subject .8058, source .7899 (the 28,267 of the sets before them: period .7891 → .7894, source .7991 → .7998, no
# field down): the source floor went down to .789, just under the pool's score with the new sets.
# Session 41 added sets 140 (new genres: a wildlife service, a screen agency's yearbook, a ship registry, a wine
# industry's vintage review), 141 (new genres: a water price review, a transit authority, a toll road concessionaire, a
# national museum) and 142 (encyclopedic: Poland under the Balcerowicz plan, Malaysia under the New Economic Policy,
# Réunion, Turkey under Özal): read before any change for them, they scored period .729, subject .486, source .381,
# indicator .501 (1,037 core facts); they ended at period .733, subject .699, source .736. The pool (30,278 core facts)
# ended at period .7867, subject .8021, source .7908, indicator .6375 (the 29,241 of the sets before them: precision
# .9741 → .9745, source .7898 → .7930, no field down): the source floor goes to .79 and the indicator floor to .635,
# just under the pool's scores with the new sets.
# Session 42 added sets 143 (new genres: a tea board, a dairy co-operative, a state forestry corporation, a central
# bank's currency report), 144 (new genres: a patent office, a courts service, a land title registry, a mobile network
# operator) and 145 (encyclopedic: Brazil under the Real Plan, Nigeria under Babangida, Martinique, South Korea after
# the 1997 crisis): read before any change for them, they scored period .726, subject .692, source .583, indicator .558
# (1,049 core facts), and took the pool (31,327 core facts) to subject .7986, source .7829, indicator .6348: the subject and
# indicator floors go just under those. By the session's end the new sets read source .774, period .752, and the pool
# period .7867, source .7924 (the 30,278 of the sets before them: period .7867 → .7879, subject .8021 → .8023, source
# .7908 → .7932, no field down): the source floor goes back to .79.
# Session 43 added sets 146 (new genres: a sub-sovereign rating report, a meteorological department, a pension
# regulator, a housing finance bank), 147 (new genres: a district heating price determination, a securities depository,
# a broadcasting regulator, university admissions) and 148 (encyclopedic: Mexico under NAFTA, Vietnam during Đổi Mới,
# Mayotte, Finland's early-1990s depression): read before any change for them, they scored period .739, subject .617,
# source .646, indicator .590 (1,050 core facts), and took the pool (32,377 core facts) to subject .7927, source .7870,
# indicator .6334: those floors go just under these scores. By the session's end the new sets read subject .684, source
# .708, and the pool subject .7949, source .7928 (the 31,327 of the sets before them: period .7867 → .7901, source
# .7924 → .7960, no field down): the subject floor goes to .794 and the source floor back to .79.
# Session 44 added sets 149 (new genres: a competition authority, a cash transfer programme, a national energy balance,
# a fertiliser subsidy evaluation), 150 (new genres: a tax expenditure report, a financial inclusion survey, a national
# accounts rebasing notice, a retailer's quarterly sales update) and 151 (encyclopedic: New Zealand under Rogernomics,
# Israel's 1985 stabilization plan, Thailand in the Asian financial crisis, Åland): read before any change for them,
# they scored period .596, subject .730, source .548, indicator .478 (1,040 core facts), and took the pool (33,417 core
# facts) to subject .7932, source .7840, indicator .6302: those floors go just under these scores. By the session's
# end the new sets read period .618, source .855, and the pool period .7860, source .7951 (the 32,377 of the sets
# before them: value .9790 → .9797, unit .9425 → .9442, period .7885 → .7914, indicator .6334 → .6351, no field
# down): the source floor goes back to .79.
# Session 45 added sets 152 (new genres: road traffic casualty statistics, an inflation expectations survey, a debt
# sustainability analysis annex, a weekly reservoir levels bulletin), 153 (new genres: a mining cadastre report, a
# customs tariff amendment notice, health insurance claims statistics, a marketing board's seasonal price announcement)
# and 154 (encyclopedic: Japan's lost decade, Ireland's Celtic Tiger, Iceland after the 2008 collapse, Niue): read
# before any change for them, they scored unit .850, period .584, subject .740, source .571, indicator .584 (1,038
# core facts), and took the pool (34,455 core facts) to unit .9388, subject .7928, source .7871, indicator .6288:
# those floors go just under these scores. By the session's end the new sets read unit .912, period .647, source .784,
# indicator .622, and the pool unit .9406, source .7947 (the 33,417 of the sets before them: period .7860 → .7889,
# subject .7932 → .7945, no field down): the unit floor goes back to .94 and the source floor to .79.
# Session 46 added sets 155 (new genres: trade union membership statistics, a household income and expenditure survey,
# a seasonal irrigation water allocation announcement, an interbank payment network's annual statistics), 156 (new
# genres: a producer price index release, a road programme's quarterly progress report, a sovereign green bond
# allocation and impact report, a job vacancy survey release) and 157 (encyclopedic: Argentina's 1998–2002 depression,
# Greece's debt crisis, Latvia's 2008–2010 crisis, Svalbard): read before any change for them, they scored value .887,
# unit .838, period .573, subject .649, source .528, indicator .489 (1,034 core facts), and took the pool (35,489 core
# facts, after this session's first changes) to value .9779, unit .9386, subject .7886, source .7854, indicator .6255:
# those floors go just under these scores. By the session's end the new sets read value .968, unit .872, period .596,
# source .708, and the pool value .9784, source .7917 (the 34,455 of the sets before them: value .9784 → .9787, unit
# .9406 → .9409, period .7847 → .7857, no field down): the value floor goes back to .978 and the source floor to .79.
# Session 47 added sets 158 (new genres: a spectrum auction results notice, a tourism satellite account release in
# a decimal-comma style, a social housing agency's delivery report, a stock exchange's listings review), 159 (new
# genres: foreign exchange reserves management, a fisheries catch limit notice, an election budget report, a copra
# price stabilisation fund) and 160 (encyclopedic: Chile's 1982 banking crisis, Bulgaria's 1996–1997 crisis,
# Cyprus's 2012–2013 crisis, the Cocos (Keeling) Islands): read before any change for them, they scored value .931,
# unit .880, period .621, subject .657, source .624, indicator .526 (1,054 core facts), and took the pool (36,543 core
# facts, after this session's first changes) to value .9773, unit .9375, period .7764, subject .7856, source .7865,
# indicator .6228: those floors go just under these scores.
# Session 48 added sets 161 (public-sector statements: an agricultural insurance pool, civil registration statistics,
# a city's property rates roll, national libraries and museums), 162 (news and press writing: a royalty dispute wire,
# a customs seizures release, a pension reform actuarial note, a sport ministry's budget statement) and 163
# (encyclopedic: Guadeloupe, Tristan da Cunha, French Guiana, the Dutch Republic): read before any change for them,
# they scored precision .919, value .937, unit .871, period .550, subject .469, source .325, indicator .534 (1,018
# core facts; set 161 with a one-line mend of a crash it exposed), and took the pool (37,561 core facts, after this
# session's changes for them) to value .9790, unit .9364, period .7714, subject .7791, source .7796, indicator .6209:
# those floors go just under these scores.
# Session 49 added sets 164 (financial and policy documents: a sovereign sukuk offering circular summary, a
# microfinance regulator's supervision report, a remittance corridor cost note, a fuel subsidy reform note), 165
# (spoken and journalistic: a central bank governor's testimony transcript, a food-price blog, a Eurobond exchange
# offer wire, a palm oil trade house's weekly) and 166 (encyclopedic: Saint Barthélemy, the Collectivity of Saint
# Martin, Ascension Island, the Mughal Empire): read before any change for them, they scored precision .939, value
# .961, unit .879, period .539, subject .641, source .358, indicator .449 (1,024 core facts), and took the pool (38,585
# core facts, after this session's changes) to period .7667, subject .7754, source .7753, indicator .6170: those
# floors go just under these scores (on the 37,561 facts before them no field went down: source .7796 → .7845).
# Session 50 added sets 167 (financial and policy documents: an export credit agency's annual review, a financial
# ombudsman's complaints report, a census's preliminary results, a debt office's investor presentation), 168 (spoken
# and journalistic: an airline's earnings call, a budget-day live blog, a devaluation explainer, a parliament's
# minimum wage debate) and 169 (encyclopedic: the Republic of Venice, Tokugawa Japan, Madeira, the Azores): read
# before any change for them, they scored precision .910, period .584, subject .581, source .439, indicator .538
# (1,034 core facts), and took the pool (39,619 core facts, after this session's changes) to period .7628: that
# floor goes just under it (on the 38,585 facts before them no field went down: source .7770 → .7798).
# Session 51 added sets 170 (formal reports: a civil aviation authority's annual report, a tax administration's
# performance report, a medicines pricing memorandum, an electoral regulator's political financing report), 171
# (transcripts of speech: a central bank's press conference, a finance minister's radio interview, a May Day rally
# speech, a company's AGM questions) and 172 (encyclopedic: the Ottoman Empire, the Kingdom of Hawaii, the Canary
# Islands, Sardinia): read before any change for them, they scored precision .856, value .892, unit .730, period
# .510, subject .553, source .472, indicator .514 (1,058 core facts), and took the pool (40,677 core facts, after this
# session's changes) to period .7582, subject .7723, source .7692, indicator .6300: those floors go just under these
# scores (on the 39,619 facts before them no field went down: indicator .6167 → .6319, unit .9382 → .9412).
# Session 53 added sets 176 (formal reports: a medicines regulator's inspection report, a water resources authority's
# annual report, an energy regulator's tariff decision, a city fire and rescue service's annual report), 177
# (transcripts of speech: a miner's investor day, a trade minister's press conference, a farmers' union radio phone-in,
# a parliamentary budget committee hearing) and 178 (encyclopedic: the Inca Empire, the Hanseatic League, Scotland,
# the Song dynasty): read before any change for them, they scored precision .906, value .872, unit .747, period .417,
# subject .265, source .510, indicator .464 (1,200 core facts), and took the pool (42,933 core facts, after this
# session's changes) to value .9781, unit .9317, period .7530, subject .7563, indicator .6216: those floors go just
# under these scores (on the 41,733 facts before them no field went down: source .7633 → .7650, unit .9349 → .9358).
# Session 54 added sets 179 (formal reports: a national mint's annual report, a blood transfusion service's annual
# report, a telecom universal service fund's annual report, a statistics office's migration release), 180 (transcripts
# of speech: a mayoral candidates' debate, a fisheries minister's radio interview, a power utility's earnings call, a
# dockworkers' union rally) and 181 (encyclopedic: the Mali Empire, the Byzantine Empire, Wales, Prussia): read before
# any change for them, they scored precision .918, value .937, unit .740, period .507, subject .264, source .407,
# indicator .394 (1,185 core facts), and took the pool (44,118 core facts, after this session's changes) to unit .9284,
# period .7477, subject .7532, source .7606, indicator .6214: those floors go just under these scores (on the 42,933
# facts before them: indicator .6216 → .6261, unit .9317 → .9323, period .7530 → .7534, subject .7563 → .7562).
# Session 55 added sets 182 (formal reports: a correctional service's annual report, a disaster agency's flood response
# report, an electoral commission's election report, an examinations council's results release), 183 (transcripts of
# speech: a budget lock-up press conference, a central bank governor's town hall, a tourism minister's podcast, a pilots'
# union strike briefing) and 184 (encyclopedic: the Khmer Empire, the Aztec Empire, Bavaria, Catalonia): scored with the
# session's starting code, they read precision .948, value .901, unit .692, period .409, subject .511, source .455,
# indicator .380 (1,345 core facts), and took the pool (45,463 core facts, after this session's changes) to value .9770,
# unit .9236, period .7391, subject .7461, source .7546, indicator .6156: those floors go just under these scores (on the
# 44,118 facts before them: period .7477 → .7479, source .7606 → .7621, subject .7532 → .7531).
# Session 56 added sets 185 (formal reports: a school feeding programme's annual report, an anti-corruption commission's
# annual report, a wildfire season report, a refugee agency's operational update), 186 (transcripts of speech: a coffee
# cooperative's general assembly, a mining minister at question time, a health minister's press briefing, an economists'
# television panel) and 187 (encyclopedic: the Maya civilization, the Kingdom of Aksum, Tuscany, Flanders): scored with the
# session's starting code, they read precision .932, value .930, unit .715, period .430, subject .299, source .177,
# indicator .427 (1,285 core facts), and took the pool (46,748 core facts, after this session's changes) to precision
# .9711, value .9768, unit .9202, period .7348, subject .7350, source .7474, indicator .6111: those floors go just under
# these scores (on the 45,463 facts before them: unit .9236 → .9250, period .7391 → .7405, subject .7461 → .7469,
# source .7546 → .7570).
# Session 57 added sets 188 (formal reports: a consumer protection authority's annual report, an irrigation scheme
# authority's annual report, an immunization programme's annual review, a seed certification agency's quarterly
# bulletin), 189 (transcripts of speech: a county assembly's budget hearing, a port authority's community meeting, a
# central bank's policy press briefing, a bus-fare public hearing) and 190 (encyclopedic: the Kingdom of Kongo, Norman
# Sicily, Andalusia, Hokkaido): scored with the session's starting code, they read precision .958, value .943, unit .779,
# period .388, subject .319, source .460, indicator .396 (1,175 core facts), and took the pool (47,923 core facts, after
# this session's changes) to value .9760, unit .9167, period .7305, subject .7279, source .7436, indicator .6063: those
# floors go just under these scores (on the 46,748 facts before them: recall .9902 → .9906, indicator .6111 → .6114).
# Session 58 added sets 191 (formal reports: a strategic grain reserve's annual report, a vocational training authority's
# annual report, a rural electrification agency's annual report, a bureau of standards' quarterly bulletin), 192
# (transcripts of speech: a cane growers' annual general meeting, a public accounts committee hearing on a state airline,
# a cement company's earnings call, an oil minister's press conference) and 193 (encyclopedic: the Republic of Genoa,
# Sarawak, the Safavid Empire, Nunavut): scored with the session's starting code, they read precision .956, unit .851,
# period .624, subject .287, source .666, indicator .503 (1,118 core facts), and took the pool (49,041 core facts, after
# this session's changes) to value .9762, unit .9168, period .7286, subject .7329, source .7452, indicator .6067: those
# floors go just under these scores (on the 47,923 facts before them: unit .9167 → .9179, subject .7279 → .7382,
# source .7436 → .7442, indicator .6063 → .6087).
# Session 59 added sets 194 (formal reports: an export processing zones authority's annual report, a geothermal
# development company's annual report, a small-business finance agency's annual report, a meat board's monthly
# bulletin), 195 (transcripts of speech: a brewery's shareholders' meeting, a teachers' union press conference on wage
# talks, a radio briefing on a locust outbreak, a rating agency's webinar on a sovereign) and 196 (encyclopedic: Macau,
# the Roman Empire, Tasmania, the Kurdistan Region): scored with the session's starting code, they read precision .957,
# value .943, unit .790, period .549, subject .597, source .537, indicator .469 (1,271 core facts), and took the pool
# (50,312 core facts, after this session's changes) to value .9756, unit .9171, period .7251, subject .7326, source
# .7449, indicator .6070: period and source go just under these scores (on the 49,041 facts before them: unit .9168 →
# .9188, subject .7329 → .7342, source .7452 → .7455, indicator .6067 → .6094, period unchanged at .7286).
# Session 60 added sets 197 (formal reports: a rubber development department's annual report, a bi-national river
# authority's annual report on a hydropower dam, an informal cross-border trade survey's quarterly report, a state
# ferry corporation's annual report), 198 (transcripts of speech: a telecom operator's earnings call, a statistics
# office's labour force survey briefing, a housing economist's podcast, a town-hall meeting of a municipal assembly
# with market traders) and 199 (encyclopedic: Hong Kong, the Abbasid Caliphate, Newfoundland and Labrador, the Basque
# Country): scored with the session's starting code, they read precision .932, value .819, unit .715, period .511,
# subject .506, source .491, indicator .475 (1,501 core facts), and took the pool (51,813 core facts, after this
# session's changes) to value .9753, unit .9170, period .7220, subject .7282, source .7414, indicator .6122: period,
# subject and source go just under these scores, indicator rises (on the 50,312 facts before them: value .9756 →
# .9763, unit .9171 → .9192, indicator .6070 → .6146).
# Session 61 added sets 200 (formal reports: a cotton development board's annual report, a public works employment
# programme's quarterly progress report, a metropolitan solid waste authority's annual report, a state diamond trading
# company's annual report), 201 (transcripts: a bank's earnings call, a parliamentary committee's hearing on a fuel
# subsidy, a chamber of commerce webinar on a VAT reform, a bankers' association press conference on an interest rate
# cap) and 202 (encyclopedic: Kerala, Alberta, the Republic of Ragusa, Hainan): scored with the session's starting
# code, they read precision .964, value .893, unit .768, period .518, subject .441, source .484, indicator .416 (1,553
# core facts), and took the pool (53,366 core facts, after this session's changes) to value .9770, unit .9188, period
# .7183, subject .7234, source .7369, indicator .6156: period, subject and source go just under these scores, value,
# unit and indicator rise (on the 51,813 facts before them: value .9753 → .9769, unit .9170 → .9195, period .7220 →
# .7237, indicator .6122 → .6183).
# Session 62 added sets 203 (formal reports: a warehouse receipt regulatory board's annual report, a land reform
# programme's annual report, a national broadband network company's annual report, a carbon credit registry's annual
# report), 204 (transcripts: a finance committee's hearing on a debt restructuring, an insurer's results call, a town
# hall on a property revaluation, a radio interview with a statistician on poverty figures) and 205 (encyclopedic:
# Sabah, Ontario, the Kingdom of Benin, Western Australia): scored with the session's starting code, they read
# precision .973, value .921, unit .830, period .605, subject .482, source .446, indicator .514 (1,488 core facts), and
# took the pool (54,854 core facts, after this session's changes) to value .9772, unit .9194, period .7172, subject
# .7225, source .7346, indicator .6205: period, subject and source go just under these scores, unit and indicator rise
# (on the 53,366 facts before them: value .9770 → .9778, unit .9188 → .9200, subject .7234 → .7250, indicator .6156 → .6211).
# Session 63 added sets 206 (formal reports: a state alcohol retail monopoly's, a petroleum stockholding agency's, a
# pilgrims' savings fund board's and an accident compensation corporation's annual reports), 207 (transcripts: a radio
# phone-in on petrol prices, a salmon farmer's results call, a central bank's rate decision press conference, a
# metropolitan city's budget assembly) and 208 (encyclopedic: Gujarat, Emilia-Romagna, the British Virgin Islands, the
# Malacca Sultanate): scored with the session's starting code, they read precision .968/.888/.975, value .808/.785/.965,
# unit .747/.698/.887, period .417/.374/.743, subject .234/.286/.595, source .384/.239/.604 (1,530 core facts), and took
# the pool (56,384 core facts, after this session's changes) to value .9766, unit .9183, period .7129, subject .7250,
# source .7328, indicator .6215, qualifier .9883: value, unit, period and source go just under these scores, subject,
# indicator and qualifier rise (on the 54,854 facts before them: subject .7225 → .7292, source .7346 → .7349, indicator
# .6205 → .6231, unit .9195 → .9200, qualifier .9867 → .9884, value .9772 → .9774).
# Session 64 added sets 209 (formal reports: a nuclear waste fund's, a national asset management agency's, a palm oil
# plantation fund agency's and a forest financing fund's annual reports), 210 (transcripts: a garment workers' federation's
# briefing on a wage board's award, a radio phone-in on rice prices, a uranium miner's results call, a herders'
# cooperative's general meeting) and 211 (encyclopedic: Brittany, Lagos State, Minas Gerais, the Kilwa Sultanate):
# scored with the session's starting code, they read precision .968/.943/.980, value .851/.927/.981, unit .782/.712/.920,
# period .643/.453/.782, subject .499/.414/.635, source .622/.295/.500 (1,455 core facts), and took the pool (57,839 core
# facts, after this session's changes) to value .9759, unit .9169, period .7154, subject .7206, source .7301, indicator
# .6188: value, unit, subject, source and indicator go just under these scores, period rises (on the 56,384 facts before
# them: period .7129 → .7172, source .7328 → .7334, indicator .6215 → .6220, unit .9183 → .9187, precision .9713 → .9716).
# Session 65 added sets 212 (formal reports: a financial intelligence unit's annual review, a company registrar's, a
# privatisation fund's and a development cooperation agency's annual reports), 213 (transcripts: a central bank's
# press briefing, a mobile operator's half-year results call, a radio phone-in on the cocoa price, a parliamentary
# committee's budget hearing) and 214 (encyclopedic: Tamil Nadu, Asturias, the United States Virgin Islands, the Ryukyu
# Kingdom): scored with the session's starting code, they read precision .966/.934/.993, value .959/.913/.993, unit
# .852/.701/.935, period .635/.369/.744, subject .262/.369/.490, source .658/.245/.515 (1,386 core facts), and took the
# pool (59,225 core facts, after this session's changes) to value .9769, unit .9177, period .7144, subject .7157,
# source .7310, indicator .6179: period, subject and indicator go just under these scores, value and unit rise (on the
# 57,839 facts before them: value .9759 → .9770, unit .9169 → .9188, period .7154 → .7164, source .7301 → .7318,
# indicator .6188 → .6195, qualifier .9881 → .9884, recall .9901 → .9902).
# Session 66 adds sets 215 (formal reports: an air navigation company's, a data protection regulator's, a national
# savings directorate's and a research funding council's annual reports), 216 (transcripts: a central bank's press
# conference, a phosphate miner's results call, a radio phone-in on gasoline prices, a city council's budget reading)
# and 217 (encyclopedic: Apulia, Pará, Bougainville, the Kingdom of Hormuz): scored with the session's starting code,
# they read value .913/.919/.870, unit .801/.735/.780, period .539/.465/.735, subject .095/.298/.512, source
# .538/.123/.542 (1,388 core facts), and took the pool (60,613 core facts, after this session's changes) to value
# .9762, unit .9182, period .7131, subject .7088, source .7289, indicator .6163: period, subject, source and indicator
# go just under these scores, unit rises (on the 59,225 facts before them: unit .9177 → .9201, period .7144 → .7156,
# source .7310 → .7315, indicator .6179 → .6191; precision, recall, value, qualifier and subject unchanged).
# Session 67 adds sets 218 (formal reports: a food security agency's, a zakat board's, a bridge and tunnel consortium's
# and a public employment service's annual reports), 219 (transcripts: a central bank's rate decision press
# conference, a copper miner's results call, a radio phone-in on generator bills, a city council's budget committee)
# and 220 (encyclopedic: the Valencian Community, Goa, Amazonas, the Vijayanagara Empire): scored with the session's
# starting code, they read value .910/.927/.949, unit .811/.766/.937, period .678/.511/.764, subject .164/.244/.554,
# source .149/.176/.661 (1,403 core facts), and took the pool (62,016 core facts, after this session's changes) to
# value .9755, unit .9190, period .7128, subject .7013, source .7269, indicator .6155: value, period, subject, source
# and indicator go just under these scores (on the 60,613 facts before them: unit .9182 → .9198, period .7131 →
# .7140, source .7289 → .7291, indicator .6163 → .6171, precision .9714 → .9715; the rest unchanged).
# Session 68 adds sets 221 (formal reports: a reindeer husbandry agency's resource accounts, a broadcasting fee
# collector's, an EU farm-payments agency's and a heritage site's pass enterprise's annual reports), 222 (transcripts:
# a central bank's rate-cut press conference, a coking coal miner's results call, a radio phone-in on the diesel price,
# a parliament's budget committee hearing) and 223 (encyclopedic: Navarre, Punjab (India), Bahia, the Ayutthaya
# Kingdom): scored with the session's starting code, they read value .916/.937/.840, unit .861/.803/.749, period
# .372/.531/.791, subject .178/.275/.479, source .168/.396/.500 (1,435 core facts), and took the pool (63,451 core
# facts, after this session's changes) to value .9759, unit .9202, period .7109, subject .6955, source .7253, indicator
# .6144: period, subject, source and indicator go just under these scores (on the 62,016 facts before them: value
# .9755 → .9767, unit .9190 → .9212, period .7128 → .7134, subject .7013 → .7018, source .7269 → .7273, indicator
# .6155 → .6169, precision .9715 → .9717; recall and qualifier unchanged).
# Session 69 adds sets 224 (formal reports: an inland waterways authority's, a horse racing association's, a
# lighthouse authority's and a dairy commission's annual reports), 225 (transcripts: an infrastructure bond auction
# briefing, a low-cost airline's capital markets day, a regional wage board's public hearing, a vanilla growers'
# cooperative's general assembly) and 226 (encyclopedic: Yukon, Yunnan, Karakalpakstan, the Kingdom of Dahomey):
# scored with the session's starting code, they read value .961/.918/.908, unit .919/.733/.828, period .590/.473/.749,
# subject .104/.098/.658, source .797/.201/.540 (1,604 core facts), and took the pool (65,055 core facts, after this
# session's changes) to value .9756, unit .9201, period .7108, subject .6880, source .7252, indicator .6128: subject
# and indicator go just under these scores (on the 63,451 facts before them: value .9759 → .9762, unit .9202 → .9214,
# period .7109 → .7136, subject .6955 → .6961, source .7253 → .7254, indicator .6144 → .6146, precision .9716 →
# .9717; recall and qualifier unchanged).
# Session 70 adds sets 227 (formal reports: a credit guarantee fund's, a state pawnshop company's and a tobacco
# monopoly's annual reports, a petroleum regulator's statistical yearbook), 228 (transcripts: a provincial legislature's
# committee hearing on a potash royalty, a lobster fishing cooperative's general assembly, a university council's budget
# session, a town hall on cruise tourism) and 229 (encyclopedic: Tatarstan, Ras Al Khaimah, Queensland, the Republic
# of Pisa): scored with the session's starting code, they read value .932/.876/.947, unit .923/.790/.900, period
# .528/.478/.796, subject .197/.056/.611, source .390/.130/.608 (1,475 core facts), and took the pool (66,530 core
# facts, after this session's changes) to value .9750, unit .9197, period .7095, subject .6813, source .7205, indicator
# .6118: value, period, subject, source and indicator go just under these scores (on the 65,055 facts before them:
# value .9756 → .9757, unit .9201 → .9202, period .7108 → .7114, subject .6880 → .6882, indicator .6128 → .6153,
# precision .9718 → .9720; recall, qualifier and source unchanged).
# Session 71 adds sets 230 (formal reports: a jute mills corporation's, a municipal funding agency's, a wage guarantee
# fund's and a rice board's annual reports), 231 (transcripts: a parliamentary committee hearing on housing, a finance
# minister's post-budget radio phone-in, a chamber of agriculture's assembly on wheat prices, a stock exchange's listing
# ceremony) and 232 (encyclopedic: the Northwest Territories, Inner Mongolia, Valais, the Khanate of Kokand): scored with
# the session's starting code, they read value .982/.877/.985, unit .893/.770/.914, period .602/.493/.818, subject
# .251/.298/.437, source .513/.336/.575 (1,406 core facts), and took the pool (67,936 core facts, after this session's
# changes) to value .9750, unit .9202, period .7100, subject .6770, source .7178, indicator .6091: period, subject,
# source and indicator go just under these scores (on the 66,530 facts before them: value .9750 → .9752, unit .9197 →
# .9207, period .7095 → .7110, subject .6813 → .6819, source .7205 → .7211, indicator .6118 → .6122, precision .9720 →
# .9721, qualifier .9882 → .9883; recall unchanged).
# Session 72 adds sets 233 (formal reports: a Czech state brewery's, a Mexican tourism development fund's, a sisal
# board's and a theme park corporation's annual reports), 234 (transcripts: a regional parliament's health committee on
# surgical waiting lists, a central bank governor's radio phone-in, a winegrowers' association's assembly on grape
# prices, a dry bulk shipowner's results call) and 235 (encyclopedic: the Sakha Republic, Assam, Easter Island, the
# Duchy of Courland): scored with the session's starting code, they read value .923/.914/.964, unit .765/.676/.884,
# period .630/.556/.797, subject .237/.186/.613, source .508/.128/.549 (1,545 core facts), and took the pool (69,481
# core facts, after this session's changes) to value .9744, unit .9180, period .7089, subject .6698, source .7171,
# indicator .6146: unit, period, subject, source and indicator go just under these scores (on the 67,936 facts before
# them: unit .9202 → .9207, period .7100 → .7101, source .7178 → .7181, indicator .6091 → .6165; precision, recall,
# value, qualifier and subject unchanged).
# Session 73 adds sets 236 (formal reports: a Swiss salt company's, a Malawian copyright society's, an Indian national
# genebank's and an Australian film archive's annual reports), 237 (transcripts: a Japanese Diet committee on stockpile
# rice, a Vermont school board's budget hearing, a Swiss village assembly on its ski lifts, a football cooperative's
# general meeting) and 238 (encyclopedic: Osaka, Rodrigues, the Dutch Cape Colony, Tierra del Fuego): scored with the
# session's starting code, they read value .970/.926/.832, unit .940/.785/.696, period .606/.426/.665, subject
# .068/.042/.208, source .448/.078/.499 (1,417 core facts), and took the pool (70,898 core facts, after this session's
# changes) to value .9745, unit .9180, period .7076, subject .6607, source .7183, indicator .6166: period, subject,
# source and indicator go just under these scores (on the 69,481 facts before them: value .9744 → .9746, unit .9180 →
# .9184, period .7089 → .7090, subject .6698 → .6701, source .7171 → .7210, indicator .6146 → .6179; precision .9721 →
# .9723; recall and qualifier unchanged).
# Session 74 adds sets 239 (formal reports: a South African legal aid body's, a New Zealand public trustee's, a Finnish
# pilotage company's and an Irish national stud's annual reports), 240 (transcripts: a Croatian tourist board's
# briefing, a Polish cooperative bank's assembly, a Ghanaian commodity exchange's briefing, a Porto Alegre participatory
# budget plenary) and 241 (encyclopedic: the Free City of Danzig, Brazil's Federal District, Oranjemund, Kiautschou):
# scored with the session's starting code, they read value .998/.885/.973, unit .933/.694/.835, period .566/.342/.689,
# subject .162/.133/.128, source .280/.283/.724 (1,247 core facts), and took the pool (72,145 core facts, after this
# session's changes) to value .9747, unit .9176, period .7078, subject .6534, source .7185, indicator .6165: subject goes
# down to .653 with these sets, whose annotators gave line items as subjects (main README, session 74); the rest are
# unchanged (on the 70,898 facts before them: period .7076 → .7094, unit .9180 → .9181, precision .9723 → .9726; value,
# subject, source, indicator, recall and qualifier unchanged to the fourth place).
# Session 75 adds sets 242 (formal reports: an opera house trust's, an Indonesian state vaccine maker's, Colombia's
# geological survey's and Kenya's anti-doping agency's), 243 (transcripts: a Norwegian cod quota meeting, Czech
# parliamentary interpellations on pensions, New York City's rent guidelines vote, Bogotá's water-rationing briefing) and
# 244 (encyclopedic: Ballarat, the Kingdom of Sikkim, the Tuvan People's Republic, Saint-Domingue): scored with the
# session's starting code, they read value .969/.933/.965, unit .952/.744/.830, period .690/.326/.707, subject
# .368/.029/.249, source .553/.162/.327 (1,317 core facts), and took the pool (73,462 core facts, after this session's
# changes) to value .9744, unit .9188, period .7059, subject .6473, source .7166, indicator .6151: period, subject, source
# and indicator go down with these sets, whose annotators give line items as subjects (243: "cod", "pension account")
# and a government's offices as "<economy> (official)" (244); on the 72,145 facts before them: precision .9726 →
# .9730, unit .9176 → .9192, qualifier .9882 → .9884, source .7185 → .7186, indicator .6165 → .6169; value, recall,
# period and subject unchanged to the fourth place.
# Session 76 adds sets 245 (formal reports: a botanic gardens board's, Canada's space agency's, Japan's cultural exchange
# foundation's and the US government printer's), 246 (transcripts: Spain's Christmas lottery press conference, an NHS
# hospital trust's board meeting, Schiphol's airport-charges consultation, a Swedish housing cooperative's annual meeting)
# and 247 (encyclopedic: Nantucket in the whaling era, Swindon as a railway town, occupied Japan, Mount Athos): scored
# with the session's starting code, they read precision .955/.884/.964, unit .923/.816/.918, period .610/.440/.718,
# subject .129/.214/.334, source .351/.251/.441 (1,478 core facts), and took the pool (74,940 core facts, after this
# session's changes) to value .9751, unit .9192, period .7042, subject .6415, source .7144, indicator .6139: period,
# subject, source and indicator go down with these sets (their annotators give a transcript's event, "Christmas draw",
# an airport, "Schiphol", or a cooperative they name as the text seldom does as subject, and date present-tense speech
# by the meeting's day); on the 73,462 facts before them: precision .9725 → .9735, value .9744 → .9753, unit .9188 →
# .9196, period .7059 → .7061, source .7166 → .7168; recall, qualifier, subject and indicator unchanged to the fourth place.
# Session 77 adds sets 248 (formal reports: a tweed authority's, a provincial water corporation's, a container-deposit
# cooperative's and a hill funicular corporation's), 249 (transcripts: a church synod's budget session, a game studio's
# earnings call, a state congress hearing on data centres, a city's press conference after Carnival) and 250
# (encyclopedic: Karlovy Vary, Stalag Luft III, the kibbutz movement, the Navajo Nation): scored with the session's
# starting code, they read precision .951/.908/.994, unit .904/.817/.856, period .639/.423/.699, subject .406/.019/.203,
# source .623/.310/.469 (1,301 core facts), and took the pool (76,241 core facts, after this session's changes) to
# value .97498, unit .9185, period .7023, subject .6367, source .7118, indicator .6133: value, unit, period, subject and
# source go down with these sets (their annotators give a synod's church, a city, line items and groups as subjects);
# on the 74,940 facts before them: unit .9192 → .9194, subject .6415 → .6420, indicator .6139 → .6140; the rest
# unchanged to the fourth place. (This session's other work is speed: the outputs of every evaluation document were
# byte-identical before and after each speed change.)
# Session 78 adds sets 251 (reports: a lifeboat charity's annual report, a flower-auction cooperative's results release, a
# mountaineering permit bulletin, a fusion project's budget statement), 252 (transcripts: a rural municipality's budget
# sitting, an islands council committee on a spaceport, a tennis club's press conference, a residents' meeting on the
# purchase of an evacuated town's homes) and 253 (encyclopedic: the Champagne fairs, Port Royal, the Jesuit reductions,
# Campione d'Italia): scored with the session's starting code, they read precision .978/.944/.936, unit .893/.662/.775,
# period .446/.249/.739, subject .162/.178/.081, source .190/.380/.359 (1,298 core facts), and took the pool (77,539 core
# facts, after this session's changes) to precision .9736, value .9751, unit .9193, period .6987, subject .6313, source
# .7099, indicator .6131: period, subject, source and indicator go down with these sets (their annotators give the fairs,
# the casino, the spaceport, the championships and a mountain as subjects, and historians as sources); on the 76,241 facts
# before them: precision .9729 → .9738, unit .9185 → .9203, indicator .6133 → .6138, period .7023 → .7024, subject .6367
# → .6368, recall .9887 → .9886; value, qualifier and source unchanged to the fourth place.
# Session 79 adds sets 254 (reports: a rodeo festival's annual report, an oyster farmers' committee's statistical bulletin,
# an ultramarathon association's results release, a war graves commission's budget statement), 255 (transcripts: a fish
# market's press briefing on its New Year tuna auction, a senate committee's hearing on a cathedral's restoration, a
# bicycle maker's results call, an argan oil cooperative's general assembly) and 256 (encyclopedic: the Great Exhibition,
# Dejima, the Palace of Versailles, the Camino de Santiago): scored with the session's starting code, they read precision
# .959/.960/.983, unit .834/.666/.637, period .481/.474/.598, subject .352/.086/.235, source .652/.174/.358 (1,323 core
# facts), and took the pool (78,862 core facts, after this session's changes) to precision .9746, recall .9883, value
# .9749, unit .9183, period .6960, subject .6256, source .7116, indicator .6112: period, subject and indicator go down
# with these sets (their annotators date an exhibition's figures by its year and give the exhibition, the palace, the
# market and the auction as subjects); on the 77,539 facts before them: precision .9736 → .9747, unit .9193 → .9202,
# source .7099 → .7117, recall .9885 → .9884; value, qualifier, period, subject and indicator unchanged to the fourth place.
# Session 80 adds sets 257 (reports: a golf links trust's annual report, a hazelnut exporters' association's statistical
# bulletin, a motor racing circuit's results release, an audit chamber's report on an aquarium company), 258 (transcripts:
# a watch industry federation's press conference, a ship recyclers' annual general meeting, a glassworks consortium's
# radio interview, a congressional committee's hearing on guano) and 259 (encyclopedic: the Lewis and Clark expedition,
# Vindolanda, Ellis Island, Jingdezhen): scored with the session's starting code, they read precision .966/.912/.971,
# unit .915/.862/.844, period .672/.309/.637, subject .253/.161/.229, source .321/.286/.819 (1,359 core facts), and took
# the pool (80,221 core facts, after this session's changes) to precision .9745, recall .9884, value .9747, unit .9184,
# period .6944, subject .6203, source .7106, indicator .6103: period, subject and indicator go down with these sets; on
# the 78,862 facts before them: unit .9183 → .9188, period .6960 → .6964, subject .6256 → .6260, source .7116 → .7120,
# recall .9883 → .9885, precision .9746 → .9747, indicator .6112 → .6122; value and qualifier unchanged to the fourth place.
# Session 81 adds sets 260 (reports: a sumo association's results release, a rowing regatta's annual report, a wetlands
# convention secretariat's budget statement, an audit chamber's report on a marina), 261 (transcripts: a municipal
# council's session on the rose harvest, a swiftlet house operators' general meeting, a city's press conference on
# fireworks, a television interview on balloon flights) and 262 (encyclopedic: Hedeby, a railroad circus, Kalaupapa, the
# Mogao caves): scored with the session's starting code, they read precision .969/.949/.964, unit .907/.809/.828, period
# .545/.422/.643, subject .153/.069/.226, source .322/.229/.695 (1,375 core facts), and took the pool (81,596 core facts,
# after this session's changes) to precision .9746, recall .9884, value .9747, unit .9178, period .6917, subject .6146,
# source .7087, indicator .6082: unit, period, subject, source and indicator go down with these sets; on the 80,221 facts
# before them: value .9747 → .9749, unit .9184 → .9185, subject .6203 → .6210, source .7106 → .7107, indicator .6103 →
# .6109, precision .9745 → .9746; recall, qualifier and period unchanged to the fourth place.
# Session 82 adds sets 263 (reports: a passion play's results release, a mohair bulletin, a Gaelic language board's
# budget statement, an audit of a peat company's bog scheme), 264 (transcripts: an eider down farmers' annual meeting,
# an ostrich chamber's media briefing, a parliamentary committee's hearing on frankincense, a fish exporter's results
# call) and 265 (encyclopedic: Bletchley Park, Deir el-Medina, Cahokia, a medieval manor): scored with the session's
# starting code, they read precision .973/.977/.960, recall .991/.957/.976, unit .889/.897/.762, period .537/.471/.599,
# subject .108/.394/.097, source .388/.484/.489 (1,343 core facts), and took the pool (82,939 core facts, after this
# session's changes) to precision .9748, recall .9894, value .9743, unit .9170, period .6890, subject .6074, source
# .7031, indicator .6076: period, subject, source and indicator go down with these sets; on the 81,596 facts before
# them: precision .9746 → .9748, recall .9884 → .9894, value .9747 → .9743, unit .9178 → .9175, period .6917 → .6913,
# subject .6146 → .6143, source .7087 → .7078, indicator .6082 → .6091 (the fields fall on the 88 denials' echoes now
# found, whose annotators scale and credit them by the claim they repeat).
# Session 83 adds sets 266 (reports: an ice hotel's results release, a shea interprofession's statistical bulletin, a
# hunters' association's budget statement, a board of audit's report on a scout jamboree), 267 (transcripts: a funeral
# home operator's results call, a hotel association's press conference on sargassum, an island council's session on
# the sponge trade, a quinoa producers' general assembly) and 268 (encyclopedic: the Chisholm Trail, Beaumaris Castle,
# the Foundling Hospital, the post town of Tsumago): scored with the session's starting code, they read precision
# .961/.979/.971, recall .991/.984/.989, unit .757/.902/.882, period .484/.409/.603, subject .237/.286/.157, source
# .295/.644/.446 (1,283 core facts), and took the pool (84,222 core facts, after this session's changes) to precision
# .9747, recall .9894, value .9745, unit .9176, period .6862, subject .6016, source .7019, indicator .6076: period,
# subject and source go down with these sets; on the 82,939 facts before them: unit .9170 → .9176, source .7031 →
# .7037, indicator .6076 → .6077; precision, recall, value, qualifier, period and subject unchanged to the fourth place.
# Session 84 adds sets 269 (reports: a sauna heater maker's results release, a cranberry marketing committee's
# statistical bulletin, a sled dog race's budget statement, a court of audit's report on ski championships), 270
# (transcripts: the sauna maker's half-year results call, a legislative committee's hearing on pashmina shawls, a radio
# interview on toquilla straw hats, a wasabi growers' cooperative's general meeting) and 271 (encyclopedic: Chatham
# Dockyard, Akademgorodok, the Ise Grand Shrine, Pompeii): scored with the session's starting code, they read precision
# .981/.948/.971, recall .995/.988/.989, unit .926/.915/.830, period .399/.325/.648, subject .318/.086/.261, source
# .336/.223/.652 (1,270 core facts), and took the pool (85,492 core facts, after this session's changes) to precision
# .9746, recall .9894, value .9746, unit .9175, period .6864, subject .5979, source .6984, indicator .6068: subject,
# source and indicator go down with these sets; on the 84,222 facts before them: unit .9176 → .9178, period .6872 →
# .6885, indicator .6076 → .6082, subject .6016 → .6012 and source .7019 → .7011 (heldout239's annotator keeps a
# company's "Oy" that set 270's strips), precision, recall, value and qualifier unchanged to the fourth place.
# Session 85 adds sets 272 (reports: a soy sauce maker's results release, a mushroom growers' institute's statistical
# bulletin, a music eisteddfod's budget statement, a court of audit's report on a European Capital of Culture), 273
# (transcripts: a curling stone maker's results call, a pyrethrum processor's press conference, a district council's
# session on the cordyceps auction, an edible cricket farmers' cooperative's general meeting) and 274 (encyclopedic: the
# Field of the Cloth of Gold, Letchworth Garden City, Christiania, Mount Rushmore): scored with the session's starting
# code, they read precision .973/.940/.981, recall .989/.986/.994, unit .923/.901/.881, period .474/.259/.587, subject
# .123/.358/.213, source .242/.580/.414 (1,268 core facts), and took the pool (86,760 core facts, after this session's
# changes) to precision .9746, recall .9894, value .9741, unit .9176, period .6835, subject .5924, source .6954,
# indicator .6073: period, subject and source go down with these sets; on the 85,492 facts before them: precision
# .9746 → .9748, unit .9175 → .9177, period .6864 → .6865, source .6984 → .6985, indicator .6068 → .6084, recall, value,
# qualifier and subject unchanged to the fourth place.
# Session 86 adds sets 275 (reports: a hearing implant maker's results release, an organ exchange foundation's
# statistical bulletin, an air rescue service's budget statement, an audit of a wild horse programme), 276 (transcripts:
# a carnauba wax refiner's results call, a Senate committee's hearing on miraa, a province's press conference on river
# sand, an ejido's assembly on its butterfly sanctuary) and 277 (encyclopedic: Sealand, Neutral Moresnet, the Empire
# State Building, the Hessian soldier trade): scored with the session's starting code, they read precision
# .966/.974/.991, recall .985/.982/.984, value .949/.951/.946, period .652/.380/.636, subject .297/.124/.348, source
# .416/.035/.227 (1,370 core facts), and took the pool (88,130 core facts, after this session's changes) to precision
# .9746, recall .9893, value .9742, unit .9181, period .6832, subject .5879, source .6909, indicator .6094: subject and
# source go down with these sets; on the 86,760 facts before them: precision .9746 → .9747, value .9741 → .9743, unit
# .9176 → .9180, period .6835 → .6849, source .6954 → .6955, indicator .6073 → .6097, recall, qualifier and subject
# unchanged to the fourth place.
# Session 87 adds sets 278 (reports: a combi-steamer maker's results release, a pet food association's statistical
# bulletin, an astronomical observatory's budget statement, an audit of a speed camera network), 279 (transcripts: a
# black opal miner's half-year results call, a state assembly committee's hearing on agarwood, an insolvency court's
# creditors' hearing on a gingerbread bakery, a chicle gatherers' cooperative's general assembly) and 280 (encyclopedic:
# the Montgomery bus boycott, the Gutenberg Bible, the Longitude Prize, the Terracotta Army): scored with the session's
# starting code, they read precision .961/.929/.957, recall .989/.974/.983, value .952/.973/.989, period .630/.297/.736,
# subject .264/.170/.193, source .513/.270/.556 (1,283 core facts), and took the pool (89,413 core facts, after this
# session's changes) to precision .9746, recall .9892, value .9741, unit .9184, period .6822, subject .5873, source
# .6899, indicator .6091: period and source go below last session's floors with these sets; on the 88,130 facts before
# them: precision .9746 → .9747, period .6832 → .6836, subject .5879 → .5927, source .6909 → .6927, recall, value, unit,
# qualifier and indicator unchanged to the fourth place.
HELDOUT_FLOORS = {"precision": 0.97, "recall": 0.98, "value": 0.974, "unit": 0.917, "qualifier": 0.988,
                  "period": 0.682, "subject": 0.587, "source": 0.689, "indicator": 0.606}


@pytest.fixture(scope="module")
def heldout_score():
    return evaluate(ROOT, sorted(ROOT.glob("tests/eval/heldout*")))


@pytest.mark.parametrize("metric", sorted(HELDOUT_FLOORS))
def test_heldout_score_does_not_drop_below_floor(heldout_score, metric):
    assert heldout_score.as_dict()[metric] >= HELDOUT_FLOORS[metric], "\n".join(heldout_score.errors[:40])


@pytest.fixture(scope="module")
def score():
    return evaluate(ROOT, ANNOTATIONS)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_score_does_not_drop_below_floor(score, metric):
    assert score.as_dict()[metric] >= FLOORS[metric], "\n".join(score.errors[:40])


def test_evaluation_set_is_large_and_varied_enough(score):
    files = sorted(ANNOTATIONS.glob("*.yaml"))
    seed = [f for f in files if f.name.startswith("seed_")]
    own = [f for f in files if f.name.startswith("doc_")]
    assert len(seed) >= 8 and len(own) >= 6
    assert score.n_gold_core >= 350


def test_annotations_point_at_their_mentions():
    for path in sorted(ANNOTATIONS.glob("*.yaml")):
        annotation = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (ROOT / annotation["document"]).read_bytes().decode("utf-8").removeprefix("\ufeff")
        for fact in annotation.get("facts") or []:
            start = fact["char_start"]
            assert text[start : start + len(fact["mention"])] == fact["mention"], (path.name, fact["mention"])
