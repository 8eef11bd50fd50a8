"""Time expressions, plans, sentences and estimators, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.attribution import find_sources
from pipeline.document_country import document_country
from pipeline.documents import document_from_text
from pipeline.extract import extract_document
from pipeline.periods import time_expressions
from pipeline.plans import find_plans, plan_times
from pipeline.segment import paragraphs, sentences


def subjects_of(text: str) -> dict[str, str]:
    """What each number of the text is about, by its mention."""
    return {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}


def periods_of(text: str) -> dict[str, tuple[str, str]]:
    """The period of each number of the text, by its mention."""
    return {o.mention: (o.period_start, o.period_end) for o in extract_document(document_from_text(text))[0]}


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("in 1991", [("1991", "1991")]),
        ("during the 1990s", [("1990", "1999")]),
        ("in the mid-1980s", [("1984", "1986")]),
        ("in the late 1980s", [("1987", "1989")]),
        ("in the early 2000s", [("2000", "2003")]),
        ("between 1990 and 1999", [("1990", "1999")]),
        ("from 1994 to 1998", [("1994", "1998")]),
        ("in 1994–98", [("1994", "1998")]),
        ("between March 29 and April 12, 2019", [("2019-03-29", "2019-04-12")]),
        ("on 22 August 1910", [("1910-08-22", "1910-08-22")]),
        ("in December 2024", [("2024-12", "2024-12")]),
        ("in both 1989 and 1990", [("1989", "1989"), ("1990", "1990")]),
        ("in January–February 2024", [("2024-01", "2024-02")]),
        ("in the fourth quarter of 2023", [("2023-10", "2023-12")]),
        ("in the first two months of 2024", [("2024-01", "2024-02")]),
    ],
)
def test_time_expressions(text, periods):
    (found,) = time_expressions(text)
    assert list(found.periods) == periods


def test_numbers_that_only_look_like_years_are_not_times():
    assert time_expressions("It produced 1,999 cars, 2010.5 units and 2001st prizes.") == []


def test_plan_years_come_from_where_the_document_gives_them():
    text = (
        "The First Five-Year Plan (1976–1980) followed. Later the Second Five-Year Plan, covering the "
        "period from 1981 to 1985, raised targets. Growth was 3% and 4% during the First and Second "
        "Five-Year Plans, respectively."
    )
    plans = find_plans(text)
    times = plan_times("Growth slowed during the Second Five-Year Plan.", plans)
    assert [t.period for t in times] == [("1981", "1985")]
    (listed,) = plan_times("during the First and Second Five-Year Plans, respectively", plans)
    assert listed.periods == (("1976", "1980"), ("1981", "1985"))


def test_sentences_do_not_break_at_decimals_abbreviations_or_initials():
    text = "Output rose 3.5% in the U.S. economy, said Dr. J. Smith. Prices fell. \"Next,\" he said."
    spans = [text[s.start : s.end] for s in sentences(text)]
    assert spans == ["Output rose 3.5% in the U.S. economy, said Dr. J. Smith.", "Prices fell.", '"Next," he said.']


def test_paragraphs_are_blank_line_blocks_or_lines():
    assert len(paragraphs("One.\nTwo.\n")) == 2
    assert len(paragraphs("One\nstill one.\n\nTwo.\r\n\r\nThree.")) == 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("According to the Central Bank of Ruritania, GDP grew 2%.", ["Central Bank of Ruritania"]),
        ("The World Bank estimated growth at 3%, while the IMF put it at 2%.", ["World Bank", "IMF"]),
        ("Output fell 5% (provisional; Ruritania Statistical Office).", ["Ruritania Statistical Office"]),
        ("Debt reached 70% of GDP, per the Ministry of Finance.", ["Ministry of Finance"]),
        ("Analyst Jane Doe suggested growth of 4%.", ["Jane Doe"]),
        ("Official figures put growth at 9%.", ["Vietnam (official)"]),
        ("The Vietnamese government reported growth of 7%.", ["Vietnam (official)"]),
        ("Growth was 7% in 2019.", []),
    ],
)
def test_estimators(sentence, expected):
    home = document_country("Vietnam is a country. Vietnam exports rice.")
    assert [name for _, name in find_sources(sentence, home)] == expected


def test_document_country_is_the_one_named_most():
    text = "Ghana traded with China. Ghana's cocoa sold well; Ghanaian gold too. China bought it."
    assert document_country(text).name == "Ghana"


def test_a_letterheads_address_line_ending_in_a_country_weighs_for_it():
    text = ("COOPERATIVA AGRARIA LOS ANDES, R.L.\nSan Isidro, Department of Jinotega, Honduras\n\n"
            "Transcript of the general assembly\n\nTREASURER: We shipped 38 containers to Germany, and our German buyer "
            "paid a premium of 20 cents a pound.\n")
    assert document_country(text).name == "Honduras"
    broker = ("AEGEAN SHIPBROKERS S.A.\n85 Akti Miaouli, Piraeus, Greece\n\nWEEKLY MARKET REPORT\n\n"
              "China's imports of iron ore rose. China's steel output fell 3%, and Chinese mills cut orders.\n")
    assert document_country(broker).name == "China"
    # (a registered office's street address abroad, or a byline's city, names no topic)
    company = ("Steppe Group plc\n1 Canada Square, London, United Kingdom\nAnnual Report 2023\n\n"
               "Kazakhstan's retail lending grew 28% in 2023, and our payments volume reached KZT 12 trillion.\n")
    assert document_country(company).name == "Kazakhstan"
    weekly = ("Nordic shipping weekly\nBy Lars Berg, Oslo, Norway\n\nCapesize rates rose 30% to $24,000 a day, with Brazilian "
              "iron ore exports strong.\nChinese steel output fell 4% in May.\n")
    assert document_country(weekly).name == "Brazil"


def test_a_note_naming_a_countrys_currency_weighs_for_it_over_the_markets_its_goods_go_to():
    text = ("RADIO CUENCA: THE STRAW HAT HOUR\nNote: Ecuador's currency is the United States dollar.\n\n"
            "HOST: Half the hats leave as bodies, finished in Italy and sold as Italian hats, and the finishers there pay "
            "less than they did.\nGUEST: Exports fell 9% to 12.8 million dollars.\n")
    assert document_country(text).name == "Ecuador"


def test_fiscal_years_spanning_two_calendar_years():
    (found,) = time_expressions("in FY2022/23")
    assert found.period == ("2022", "2023")



def test_a_language_a_river_and_a_motto_name_no_country_but_the_state_line_does():
    translated = ("REGULATORY AUTHORITY OF RURITANIA\n\nPUBLIC HEARING (English translation from Spanish)\n\n"
                  "The fare is 475 colones; the operator asks for 585.\n")
    assert document_country(translated) is None  # (Spanish: the language the record was kept in)
    original = "ANNUAL REPORT\n(English translation; the French original prevails)\n\nExports of Chad rose 4%.\n"
    assert document_country(original).name == "Chad"
    river = ("REPUBLIC OF MALI      One People – One Goal – One Faith\nOFFICE DU NIGER\n\nThe Office du Niger "
             "irrigates the inner Niger delta from the Niger at Markala, on 146,000 ha.\n")
    assert document_country(river).name == "Mali"


def test_an_authoritys_letterhead_over_one_of_its_facilities_reports_on_that_facility():
    text = ("NORTHMOOR PORTS AUTHORITY\nPort of Eastwick\n\nANNUAL OPERATIONS REPORT 2024\n\n"
            "The port handled 1.2 million tonnes of cargo in 2024.\n")
    observations = extract_document(document_from_text(text))[0]
    assert {o.mention: o.subject for o in observations}["1.2 million tonnes"] == "Port of Eastwick"

def test_a_title_naming_an_economy_that_is_no_country_makes_it_the_default_subject():
    text = ("Economy of Jan Mayen\n\nJan Mayen is a Norwegian island in the Arctic, and the economy of Jan Mayen rests on "
            "its weather station. The station employs 18 people, and supply flights cost NOK 12 million in 2023. "
            "Norway's defence budget was NOK 90 billion in 2023.\n")
    subjects = {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}
    assert subjects["18"] == subjects["NOK 12 million"] == "Jan Mayen"
    assert subjects["NOK 90 billion"] == "Norway"  # a sentence that names the country keeps it
    # what only a whole country has stays the country's; a title of a topic names no place
    text = ("Economy of Jan Mayen\n\nThe economy of Jan Mayen, an island of Norway, rests on a weather station. "
            "Consumer prices rose 5.8% nationally in 2023.\n")
    assert {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}["5.8%"] == "Norway"
    text = "Economy of Tourism\n\nNorway received 6 million foreign visitors in 2023. GDP grew 1.9% in 2023.\n"
    assert {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}["1.9%"] != "Tourism"
    # a title naming a country (or a state by its country's word) keeps the country
    text = "Economy of Norway under Gerhardsen\n\nIts fleet employed 18,000 people in 1950.\n"
    assert {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}["18,000"] == "Norway"


def test_a_titled_economys_figures_in_a_clause_or_table_that_does_not_name_the_country_are_its_own():
    text = ("Economy of Jan Mayen\n\nThe economy of Jan Mayen, an island of Norway, rests on its weather station.\n\n"
            "The station had 1,200 visitors in 2023, 4.5% of Norway's Arctic visitors; tourists from "
            "mainland Norway made up 60%.\n\n"
            "Indicator               2022     2023\n"
            "Staff (persons)           17       18\n"
            "Supply flights            10       12\n")
    subjects = {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}
    assert subjects["1,200"] == subjects["4.5%"] == "Jan Mayen"  # the country is the whole, or in another clause
    assert subjects["60%"] != "Jan Mayen"  # its own clause names the country
    assert subjects["17"] == subjects["12"] == "Jan Mayen"  # a table's rows
    text = ("Economy of Jan Mayen\n\nThe economy of Jan Mayen, an island of Norway, rests on its weather station.\n\n"
            "Norway's GDP grew 1.9% in 2024; it had grown 2.5% in 2023.\n")
    assert {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}["2.5%"] == "Norway"  # "it": the clause before


def test_a_titled_state_named_by_its_kind_and_seat_is_named_by_its_seat():
    text = ("Economy of the Republic of Ragusa\n\nThe economy of the Republic of Ragusa rested on shipping. Ragusa "
            "kept a fleet of 180 ships in 1570, and Ragusa's salt trade paid for its walls; Ragusa paid tribute too.\n")
    assert {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}["180"] == "Ragusa"
    text = ("Economy of the Kingdom of Lusatia\n\nThe economy of the Kingdom of Lusatia rested on linen. The Kingdom "
            "of Lusatia exported 40,000 bolts in 1700.\n")
    # (by its seat even where the text writes it only in full, as annotators of Venice, Hawaii and the Two Sicilies cite it)
    assert {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}["40,000"] == "Lusatia"
    text = ("Economy of the Duchy of Wessex\n\nThe economy of the Duchy of Wessex is that of an estate. Wessex farms "
            "cover the county; Wessex towns and Wessex ports trade. The estate's surplus was £23.6 million in 2024.\n")
    assert {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}["£23.6 million"] != "Wessex"  # an estate


def test_a_document_that_never_names_its_country_is_about_the_one_whose_people_it_counts():
    # the neighbour is named more often, but as a government acting from outside ("permitted by
    # Moscow", "when Moscow cut") and as the level the topic is compared with ("half of Russia’s.")
    text = ("Between 2000 and 2010 output grew 7% a year on gas priced far below world levels, permitted by "
            "Moscow under a 2006 deal, and when Moscow cut supplies in 2010 output fell 2%. By 2010 income per "
            "head had reached about half of Russia’s. Some 100,000 Belarusian workers were abroad in 2019, "
            "most of them in Russia and Poland.")
    assert document_country(text).name == "Belarus"


def test_document_country_weighs_the_topic_and_the_first_sentence_over_a_neighbour_named_often():
    text = ("Estimating Eritrea’s gross domestic product is difficult because data are scarce. "
            "The Ethiopian government put it at US$2 billion in 1998, against Ethiopian output of US$7 billion. "
            "Ethiopian traders and the Ethiopian press disagreed; Ethiopia has not published a series since.")
    assert document_country(text).name == "Eritrea"
    assert document_country("Remittances rose again. The economy of Eritrea depends on them; "
                            "Ethiopia and Ethiopian traders matter, as do Ethiopian ports.").name == "Eritrea"


def test_flows_between_a_pair_carry_to_sentences_that_refer_back_and_to_a_restated_figure():
    text = ("The economy of Laos\n\nBilateral trade with Thailand rose from $1.9 billion in 2007 to $5.6 billion in 2011. "
            "It peaked at about $6.9 billion in 2014. Laos’s exports to Japan were $0.4 billion in 2014.\n\n"
            "In 2007, trade between Laos and Vietnam was recorded at $1.25 billion. The $1.25 billion volume also "
            "showed how much Laos depended on imports. Laos grew 7% in 2007.")
    subjects = {(o.mention, o.sentence[:3]): o.subject for o in extract_document(document_from_text(text))[0]}
    assert subjects[("$6.9 billion", "It ")] == "Laos-Thailand"
    assert subjects[("$1.25 billion", "The")] == "Laos-Vietnam"
    assert subjects[("7%", "Lao")] == "Laos"


def test_a_debt_written_off_by_a_partner_is_the_pairs():
    text = "The economy of Laos\n\nIn 2019 China agreed to write off about US$3 billion of Laos’s debt."
    assert [o.subject for o in extract_document(document_from_text(text))[0]] == ["Laos-China"]


def test_sales_to_and_purchases_from_a_partner_are_the_pairs():
    text = ("The economy of Laos\n\nLaos’s sales to Thailand were estimated at US$2.3 billion in 2015. Its purchases "
            "from Vietnam came to US$0.9 billion, and its total exports to US$5.1 billion.")
    assert subjects_of(text) == {"US$2.3 billion": "Laos-Thailand", "US$0.9 billion": "Laos-Vietnam", "US$5.1 billion": "Laos"}


def test_a_country_named_only_by_its_initials_is_written_by_its_name():
    text = ("Pyongyang, December 30 (KCNA) -- The DPRK fulfilled its yearly plan for steel at 112 percent, "
            "the report said.\nThe DPRK's trade with the PRC rose 9 percent in the year.\n")
    assert [o.subject for o in extract_document(document_from_text(text))[0]] == ["North Korea", "North Korea-China"]


def test_partners_listed_with_their_shares_and_countries_as_the_document_writes_them():
    text = ("Eritrea\n\nExports – partners: China 62%, UAE 17% (2022)\n"
            "Türkiye’s official figures put exports to Eritrea at $40 million in 2022.\n")
    found = subjects_of(text)
    assert found["62%"] == "Eritrea-China" and found["17%"] == "Eritrea-United Arab Emirates"  # initials are no name
    philippines = "Republic of the Philippines\n\nThe Philippines grew 5.7% in 2023."
    assert [o.subject for o in extract_document(document_from_text(philippines))[0]] == ["Philippines"]
    # a state's formal style is not how it is named most simply: the codebook's name
    formal = ("Report of the mission\n\n1. Exports of the Kyrgyz Republic rose 9% in 2024, and its trade with the "
              "Russian Federation reached $3.1 billion.")
    found = subjects_of(formal)
    assert found["9%"] == "Kyrgyzstan" and found["$3.1 billion"] == "Kyrgyzstan-Russian Federation"


def test_a_named_body_that_maintains_or_employs_what_is_counted_is_the_subject():
    text = ("The economy of Laos\n\nThe Bank of the Lao PDR operates under the Ministry of Finance and maintains a "
            "network of 227 branches. The Vientiane Special Zone employed 54,000 workers in 2015. "
            "Laos had 7 million people in 2020. The State Bank has held its rate at 9 percent since 2023.")
    subjects = subjects_of(text)
    assert subjects["227"] == "Bank of the Lao PDR"
    assert subjects["54,000"] == "Vientiane Special Zone"
    assert subjects["7 million"] == subjects["9 percent"] == "Laos"


def test_a_named_facility_that_opens_the_clause_is_what_its_numbers_are_about():
    text = ("Economy of Zambia\n\nThe Kafue Gorge dam, with 990 MW of capacity, supplies about a third of the grid. "
            "Copper output fell to 700,000 tonnes in 2022, and the Kansanshi mine produced 160,000 tonnes. "
            "Lumwana, the country’s largest open-pit mine, shipped 120,000 tonnes. "
            "Output at the Mingomba copper mine is due to reach 50,000 tonnes a year. "
            "The Zambian copper mines employed 60,000 people. Coal mines produced 1.2 million tonnes.")
    subjects = subjects_of(text)
    assert subjects["990 MW"] == subjects["a third"] == "Kafue Gorge dam"
    assert subjects["700,000 tonnes"] == "Zambia"  # the clause before the site's is the country's
    assert subjects["160,000 tonnes"] == "Kansanshi mine"
    assert subjects["120,000 tonnes"] == "Lumwana"
    assert subjects["50,000 tonnes"] == "Mingomba copper mine"
    assert subjects["60,000"] == "Zambia"  # the country's mines, not a named site
    assert subjects["1.2 million tonnes"] == "Zambia"  # a capital that only opens the sentence


def test_a_number_stated_for_a_city_or_region_is_about_it():
    text = ("Moldova\n\nBread sold for 14 lei in Chisinau in September, while in Balti, near the border, it cost "
            "12 lei, and in Cahul about 11 lei. In Gagauzia, a survey in May found poverty at 31%. "
            "In Parliament, the minister put the deficit at 4%. Prices in Moldova rose 5% in June, "
            "and the rate in Moscow was 16%.")
    subjects = subjects_of(text)
    assert subjects["14 lei"] == "Chisinau"
    assert subjects["12 lei"] == "Balti"
    assert subjects["11 lei"] == "Cahul"
    assert subjects["31%"] == "Gagauzia"
    assert subjects["4%"] == "Moldova"  # a chamber is no place a figure is about
    assert subjects["5%"] == "Moldova"
    assert subjects["16%"] == "Moscow"  # a capital the country list also knows


def test_subjects_named_by_abbreviation_months_before_an_apposition_and_spanish_place_names():
    text = ("Venezuela\n\nPetróleos de Venezuela (PDVSA) is the state oil company. PDVSA’s workforce fell to 40,000. "
            "The Banco Central de Venezuela (BCV) kept inflation above the BCV’s target of 20%. "
            "The price was raised in October, a 45% increase. Most reserves lie beneath the Salar de Uyuni, a salt flat "
            "of about 1 million hectares, and production in Maturín, about a fifth of the total, fell.")
    subjects = subjects_of(text)
    assert subjects["40,000"] == "Petróleos de Venezuela"
    assert subjects["20%"] == "Venezuela"  # a central bank's target speaks for its country
    assert subjects["45%"] == "Venezuela"
    assert subjects["1 million hectares"] == "Salar de Uyuni"
    assert subjects["a fifth"] == "Venezuela"  # a place set off by a comma describes, it is not what the share is of


def test_a_plans_outlay_is_about_the_plan():
    text = ("Economy of Bhutan\n\nThe 12th Five-Year Plan (2018–2023) had a total outlay of Nu 310 billion. "
            "The share of investment allocated by the state fell to 33% in 2024.")
    found = subjects_of(text)
    assert found["Nu 310 billion"] == "12th Five-Year Plan"
    assert found["33%"] == "Bhutan"  # "allocated" alone names no plan's target


def test_what_a_plan_named_in_its_sentence_was_to_do_or_set_is_about_the_plan():
    text = ("Economy of Upper Volta\n\nThe Second Development Plan (1972-1976) was to invest some 60 billion francs. "
            "The Interim Plan of 1977 set public investment at 18 billion francs. The Interim Plan ended in 1978, "
            "and the state budget for 1979 was to rise by 8%. A fund set up by the Interim Plan lent 2 billion francs.")
    found = subjects_of(text)
    assert found["60 billion francs"] == "Second Development Plan"
    assert found["18 billion francs"] == "Interim Plan"
    assert found["8%"] == "Upper Volta"  # a plan carried from before is not what a budget was to do
    assert found["2 billion francs"] != "Interim Plan"  # "set up by" the plan: not its target


def test_a_facility_named_after_its_country_or_its_owner_in_the_possessive_is_the_facility():
    text = ("Economy of Qatar\n\nThe Qatar Field, the country's oldest, yields about 40,000 barrels per day. "
            "Shell's Pearl plant, opened in 2011, can make 140,000 barrels per day. "
            "The Qatari oil fields produced 1.3 million barrels per day in 2023.")
    found = subjects_of(text)
    assert found["40,000 barrels"] == "Qatar Field"  # a proper name, though its country's
    assert found["140,000 barrels"] == "Pearl plant"  # not "Shell's Pearl plant"
    assert found["1.3 million barrels"] == "Qatar"


def test_a_total_of_the_whole_world_is_the_worlds_but_not_as_the_base_of_a_share():
    text = ("Economy of Peru\n\nWorld exports of zinc amounted to 11.2 million tonnes in 2024, and global growth "
            "was 3.1%. Peru mined about 12% of world production. The country returned to global bond markets with "
            "a $2 billion issue.\n\nTable 1. Zinc\n\n                              2023      2024\n"
            "World mine production (kt)   12,100    12,400\n")
    found = subjects_of(text)
    assert found["11.2 million tonnes"] == found["3.1%"] == "world"
    assert found["12%"] == "Peru"  # its share of the world's production
    assert found["$2 billion"] == "Peru"
    assert found["12,400"] == "world"


def test_partners_listed_before_their_shares_with_articles_make_pairs():
    text = ("Economy of Malaysia\n\nSingapore, the United States and China took 14.6%, 13.1% and 12.2% of "
            "exports respectively.")
    found = subjects_of(text)
    assert [found[m] for m in ("14.6%", "13.1%", "12.2%")] == ["Malaysia-Singapore", "Malaysia-United States", "Malaysia-China"]


def test_partners_listed_respectively_and_hosts_of_migrants_make_pairs():
    text = ("Moldova\n\nSome 1.1 million Moldovans have emigrated, about 300,000 and 250,000 of them to Italy and "
            "Russia respectively. Germany hosted some 80,000 of them in 2023.")
    subjects = subjects_of(text)
    assert subjects["300,000"] == "Moldova-Italy"
    assert subjects["250,000"] == "Moldova-Russia"
    assert subjects["1.1 million"] == "Moldova"
    assert subjects["80,000"] == "Moldova-Germany"


def test_a_plan_fulfilled_ahead_of_schedule_is_the_subject_of_the_time_it_gained():
    text = "Moldova\n\nMoldova claimed to have fulfilled the Five-Year Plan by June 1985, about eight months ahead of schedule."
    subjects = subjects_of(text)
    assert subjects["eight months"] == "Five-Year Plan"


def test_this_figure_later_in_a_sentence_keeps_the_pair_of_the_first():
    text = ("Moldova\n\nIn 2005, trade with Romania accounted for about 20% of Moldova’s total trade, but by 2014 this "
            "figure had risen to nearly 30%; they grew 5% in 2015.")
    subjects = subjects_of(text)
    assert subjects["20%"] == subjects["30%"] == "Moldova-Romania"
    assert subjects["5%"] == "Moldova"  # across a semicolon, "they" is no restatement


def test_a_country_named_as_who_speaks_does_not_vote_for_the_documents_country():
    text = ("Grain and rations\n\nRomanian officials said rations were cut. Romanian officials put the harvest at "
            "3 million tonnes, and Romanian analysts agreed. Moldova imported 200,000 tonnes.")
    assert document_country(text).name == "Moldova"


def test_a_country_named_in_a_heading_in_capitals_is_the_documents():
    text = ("REPUBLIC OF MOLDOVA – MINISTRY OF FINANCE\nBudget speech\n\nMr. President, the US dollar rose. "
            "Our exports to the US fell, and Moldovan growth slowed.")
    assert document_country(text).name == "Moldova"


def test_a_level_compared_with_is_of_the_same_place():
    found = subjects_of(
        "Kenya's economy grew by 2% in 2023. A litre of milk sold for 145 shillings in Nairobi in "
        "October, up from 110 shillings at the start of the year, while the national average rose by 12%."
    )
    assert found["145 shillings"] == "Nairobi"
    assert found["110 shillings"] == "Nairobi"  # the level it is compared with: same place
    assert found["12%"] == "Kenya"


def test_a_year_earlier_keeps_the_month_and_the_end_of_this_year_is_december():
    found = periods_of(
        "NAIROBI, 29 October 2024 - Kenya's public debt stood at 68.2% of GDP at the end of 2023, down from "
        "70.5% a year earlier, and is projected at 66.0% at the end of this year. COMIBOL-style closures cut "
        "the state miners' workforce from 30,000 in August 1985 to about 7,000 within two years."
    )
    assert found["68.2%"] == ("2023-12", "2023-12")
    assert found["70.5%"] == ("2022-12", "2022-12")  # a year before the end of 2023, not the whole of 2022
    assert found["66.0%"] == ("2024-12", "2024-12")  # "the end of this year", in a dateline of 2024
    assert found["7,000"] == ("1987", "1987")  # "within two years" of August 1985: roughly, a year


def test_a_month_of_last_year_is_counted_from_the_dateline():
    found = periods_of(
        "DHAKA, 10 August 2024 - Bangladesh's exports grew 5% in the first half. The IMF's US$4.6 billion "
        "loan, agreed in January last year, has bought time, and imports have risen 3% since March this year."
    )
    assert found["US$4.6 billion"] == ("2023-01", "2023-01")
    assert found["3%"] == ("2024-03", "2024-08-10")


def test_a_quarter_of_this_or_next_year_is_counted_from_the_dateline():
    found = periods_of(
        "NAIROBI, 18 March 2025 - Kenya's economy grew 4.7% in 2024. The bank expects growth of 5.1% in "
        "the first quarter of this year and 5.5% in the fourth quarter of next year."
    )
    assert found["5.1%"] == ("2025-01", "2025-03")
    assert found["5.5%"] == ("2026-10", "2026-12")


def test_a_place_in_the_clause_subject_is_what_the_number_is_about():
    found = subjects_of(
        "Kenya's economy grew by 5% in 2023. By 2024, the supermarkets in Mombasa stocked at least twelve "
        "brands of maize flour, while exports of tea reached 550,000 tonnes."
    )
    assert found["twelve"] == "Mombasa"
    assert found["550,000 tonnes"] == "Kenya"  # another clause, of no place


def test_foreign_businesses_operating_in_the_country_are_about_the_pair():
    found = subjects_of(
        "Kenya's economy grew by 5% in 2023. A 2022 survey of 180 Chinese business operations in Kenya "
        "found that most imported their machinery, while Kenyan firms employed 2.1 million people."
    )
    assert found["180"] == "Kenya-China"
    assert found["2.1 million"] == "Kenya"


def test_a_change_and_the_level_it_reached_share_their_months():
    found = periods_of(
        "NAIROBI, 20 March 2025 - Data from the statistics office showed on Monday that Kenya's trade "
        "deficit widened 6.2% to 310 billion shillings in January and February. Tea exports fell 4% to "
        "25 billion shillings."
    )
    assert found["6.2%"] == found["310 billion shillings"] == ("2025-01", "2025-02")
    assert found["4%"] == ("2025-01", "2025-02")  # the release's months, not the Monday it was published


def test_partners_listed_with_their_shares_are_each_a_pair():
    found = subjects_of(
        "Kenya's exports grew in 2023. Uganda was the largest buyer, taking 12% of exports, followed by "
        "the Netherlands with 8% and Pakistan with 6%."
    )
    assert found["12%"] == "Kenya-Uganda"
    assert found["8%"] == "Kenya-Netherlands"
    assert found["6%"] == "Kenya-Pakistan"


def test_a_count_of_another_countrys_businesses_is_about_the_pair():
    found = subjects_of(
        "Kenya's banks grew in 2013. Four large Chinese banks stopped transfers, some 350 Chinese-invested "
        "ventures were in mining, and 40 Kenyan firms closed."
    )
    assert found["350"] == "Kenya-China"
    assert found["40"] == "Kenya"


def test_the_north_of_a_divided_pair_is_the_country():
    from pipeline.countries import countries
    from pipeline.subjects import compass_country

    by_name = {c.name: c for c in countries()}
    assert compass_country("North", by_name["North Korea"]) == "North Korea"
    assert compass_country("South", by_name["North Korea"]) == "South Korea"
    assert compass_country("North", by_name["Kenya"]) == ""
    assert compass_country("Cabinet", by_name["North Korea"]) == ""
    found = subjects_of("North Korea's economy collapsed. The North’s population fell to 8.5 million in 1953.")
    assert found["8.5 million"] == "North Korea"


def test_a_partners_exports_to_the_country_are_the_countrys_imports_from_it():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document

    text = ("Economy of South Sudan\n\nOil dominates the economy. Sudanese customs recorded exports to the South of "
            "$120 million in 2022; a year later they came to $95 million. Uganda's imports from South Sudan rose to "
            "$45 million in 2023, while its exports to South Sudan reached $410 million, goods later sold on to Kenya.")
    found = {o.mention: (o.subject, o.indicator) for o in extract_document(document_from_text(text))[0]}
    assert found["$120 million"] == found["$95 million"] == ("South Sudan-Sudan", "imports")
    assert found["$45 million"] == ("South Sudan-Uganda", "exports")
    assert found["$410 million"] == ("South Sudan-Uganda", "imports")  # Kenya, named after, is another matter


def test_a_list_of_partners_with_their_shares_under_a_caption_is_about_each_pair():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document

    text = ("Economy of Moldova\n\nTrade\nMain trading partners, share of total trade in goods (2024):\n"
            "Romania – 27.1%\nUkraine – 9.4%\nEuropean Union (EU-27) – 54.6%\n\n"
            "Sectors, share of GDP (2024):\nServices – 58.2%\n")
    found = {o.mention: (o.subject, o.indicator) for o in extract_document(document_from_text(text))[0]}
    assert found["27.1%"] == ("Moldova-Romania", "trade_partner_share")
    assert found["9.4%"] == ("Moldova-Ukraine", "trade_partner_share")
    assert found["54.6%"] == ("Moldova", "trade_partner_share")  # a union of countries: no pair
    assert found["58.2%"][1] != "trade_partner_share"  # a caption about sectors, not partners


def test_a_place_whose_markets_open_the_sentence_and_a_months_reading_is_no_subject():
    found = subjects_of("Kenya's shilling weakened. In Mombasa’s markets a US dollar fetched around 160 shillings in July. "
                        "July’s reading was 2.2%.")
    assert found["160 shillings"] == "Mombasa"
    assert found["2.2%"] == "Kenya"


def test_goods_the_country_sold_or_shipped_to_one_partner_are_the_pairs():
    found = subjects_of("Kenya's trade grew. Before the ban, Kenya sold 2.5 million tonnes of coal to China in 2016. "
                        "It shipped 40,000 tonnes of tea to Pakistan. Output rose 4% in 2016.")
    assert found["2.5 million tonnes"] == "Kenya-China"
    assert found["40,000 tonnes"] == "Kenya-Pakistan"
    assert found["4%"] == "Kenya"


def test_a_named_place_that_gave_work_to_people_is_what_the_count_is_about():
    found = subjects_of("Kenya's zones grew. The Athi River Export Zone, opened in 1990, gave work to some 40,000 people.")
    assert found["40,000"] == "Athi River Export Zone"


def test_a_plan_named_by_its_years_alone_is_the_subject_of_its_targets():
    text = ("Economy of Belarus\n\nThe 2011–2015 programme aimed to raise GDP by 62–68% over the period, but growth "
            "averaged just 1.8% a year, and the 2016–2020 programme lowered the ambition to cumulative growth of 12–15%.")
    subjects = subjects_of(text)
    assert subjects["62–68%"] == "2011–2015 programme"
    assert subjects["1.8%"] == "Belarus"  # an outturn, not a target
    assert subjects["12–15%"] == "2016–2020 programme"


def test_a_country_named_as_the_owner_of_the_estimator_is_not_the_subject():
    text = ("Economy of Laos\n\nKOTRA, South Korea’s trade-promotion agency, put the country’s total trade in 2023 "
            "at $2.7 billion. South Korea’s economy grew 5% in 2023.")
    subjects = subjects_of(text)
    assert subjects["$2.7 billion"] == "Laos"
    assert subjects["5%"] == "South Korea"


def test_the_change_of_a_level_stated_for_a_place_is_of_that_place():
    text = ("Economy of North Korea\n\nPetrol cost about 26,000 won a kilogram in Pyongyang at the end of September, "
            "up 40% from a year earlier. Rice sold for 4,100 won in Hyesan, almost twice the level of 2023. "
            "Exports rose to $300 million, up 12% from 2023.")
    subjects = subjects_of(text)
    assert subjects["40%"] == "Pyongyang"
    assert subjects["twice"] == "Hyesan"
    assert subjects["12%"] == "North Korea"


def test_a_mission_to_the_country_named_in_capitals_is_about_it_though_the_text_names_another():
    text = ("FAO/WFP CROP AND FOOD SECURITY ASSESSMENT MISSION TO THE REPUBLIC OF MOLDOVA\nSpecial Report\n\n"
            "The harvest fell by 12 percent. Imports of wheat from Romania rose to 80 000 tonnes.")
    assert document_country(text).name == "Moldova"
    trade = "EXPORTS TO ROMANIA FALL\n\nMoldova's exports to Romania fell by 4 percent, Moldovan officials said."
    assert document_country(trade).name == "Moldova"  # a partner the title names is not the topic


def test_a_port_market_or_yard_of_a_place_makes_it_the_subject():
    found = subjects_of(
        "Kenya's economy grew by 2% in 2023. At the three container piers of Mombasa, we counted 412 vessel calls "
        "in 2024. In December we counted 186 trucks a day at the Malaba border crossing. A dollar fetched "
        "about 160 shillings on Nairobi’s markets in May, against 150 shillings a year earlier."
    )
    assert found["412"] == "Mombasa"
    assert found["186"] == "Malaba"
    assert found["160 shillings"] == found["150 shillings"] == "Nairobi"  # the level it is compared with too


def test_a_sentence_about_trade_with_one_partner_gives_the_next_its_pair():
    found = subjects_of(
        "Kenya's economy grew by 2% in 2023. Uganda replaced Tanzania as Kenya's main partner after 1991, and "
        "bilateral trade rose sharply after 2007. It stood at $1.97 billion that year."
    )
    assert found["$1.97 billion"] == "Kenya-Uganda"


def test_an_inline_list_of_partners_under_its_caption_gives_each_item_its_pair_and_flow():
    text = ("Kenya trade profile\n\nTop destinations (2024): Uganda $1.2B (14.1%), Netherlands $820M (9.6%).\n"
            "Top origins (2024): China $3.4B (22%), India $2.1B (13.5%).\n")
    found = {o.mention: (o.subject, o.indicator) for o in extract_document(document_from_text(text))[0]}
    assert found["$1.2B"] == ("Kenya-Uganda", "exports")
    assert found["9.6%"] == ("Kenya-Netherlands", "trade_partner_share")
    assert found["$3.4B"] == ("Kenya-China", "imports")


def test_there_stands_for_the_place_named_before_but_not_in_there_were():
    found = subjects_of(
        "Kenya's economy grew by 2% in 2023. A dollar fetched 160 shillings on Nairobi’s markets in July. "
        "In the same month a kilogram of maize sold for roughly 70 shillings there. "
        "There were 12 banks in Kenya in 1970."
    )
    assert found["70 shillings"] == "Nairobi"
    assert found["12"] == "Kenya"


def test_a_national_bodys_own_publication_is_about_its_country_unless_the_text_says_otherwise():
    from pipeline.issuers import home_country
    text = ("KOREA TRADE-INVESTMENT PROMOTION AGENCY\nTrade brief\n\nInter-Korean trade stood at US$2 million in 2024. "
            "Shipments to North Korea were humanitarian goods; no North Korean goods came in, and South Korean "
            "firms' orders held at US$40 million.\n")
    assert document_country(text).name == "North Korea"  # named most often
    assert home_country(text).name == "South Korea"  # the agency's own country
    about_the_other = ("KOREA TRADE-INVESTMENT PROMOTION AGENCY\n\nThe economy of North Korea grew 3% in 2024. "
                       "North Korea's exports to China rose 8%, and North Korean imports rose 5%.\n")
    assert home_country(about_the_other).name == "North Korea"


def test_a_pair_named_before_a_relative_clause_and_a_pronoun_opening_the_main_clause():
    text = ("The economy of Taiwan\n\nCross-Strait trade, which resumed in 1988, grew to US$271 billion in 2022. "
            "According to the customs office, it then fell by 13% in 2023. Taiwan's total trade nearly tripled "
            "between 2002 and 2022, and by 2023 it was close to US$800 billion.")
    found = subjects_of(text)
    assert found["US$271 billion"] == "Taiwan-China"  # the clause names no country: the sentence's pair
    assert found["13%"] == "Taiwan-China"  # "…, it then fell": the previous sentence's trade
    assert found["US$800 billion"] == "Taiwan"  # "it" later in the sentence is the sentence's own trade


def test_a_country_word_in_a_currencys_name_is_not_what_the_number_is_about():
    text = ("Tea market report\n\nTea averaged 310 US cents/kg at the auction in March, and 298 US cents/kg in "
            "February. Prices in US dollars rose for a third month. Kenya's exports rose 4% in March.")
    assert document_country(text).name == "Kenya"
    found = subjects_of(text)
    assert found["310 US cents"] == "Kenya" and found["4%"] == "Kenya"


def test_a_country_word_before_a_rule_or_a_body_it_describes_is_not_the_subject():
    text = ("Economy of Myanmar\n\nUnder British rule Burma was the largest exporter of rice, shipping 3.1 million tonnes "
            "in 1940. According to the Lanka Institute, a Sri Lankan research body, the mines may be worth US$6 billion.")
    found = subjects_of(text)
    assert found["3.1 million tonnes"] == "Myanmar"
    assert found["US$6 billion"] == "Myanmar"


def test_a_clause_whose_subject_is_left_out_keeps_the_named_subject_before_it():
    text = ("Economy of Namibia\n\nNamdeb's output peaked at 2.1 million carats in 2006, fell to 0.9 million carats in 2009, "
            "and stood at 1.6 million carats in 2023 before exports fell to 1.2 million carats.")
    found = subjects_of(text)
    assert [found[m] for m in ("2.1 million carats", "0.9 million carats", "1.6 million carats")] == ["Namdeb"] * 3
    assert found["1.2 million carats"] == "Namibia"  # a clause with a subject of its own


def test_the_home_country_is_written_by_the_name_the_document_uses_most():
    text = ("Economy of Ivory Coast\n\nIvory Coast (Côte d'Ivoire) is the largest cocoa producer. "
            "Ivory Coast grew 6.5% in 2023.")
    assert subjects_of(text)["6.5%"] == "Ivory Coast"
    text = "Côte d'Ivoire (Ivory Coast) is the largest cocoa producer. Côte d'Ivoire grew 6.5% in 2023."
    assert subjects_of(text)["6.5%"] == "Côte d'Ivoire"


def test_a_facility_named_before_is_what_a_clause_opening_with_its_head_noun_is_about():
    text = ("Economy of Zambia\n\nCopper output rose in 2019, when the Kansanshi mine was enlarged. "
            "The mine produced about 250,000 tonnes of copper in 2022, and the economy grew 4.7%.")
    found = subjects_of(text)
    assert found["250,000 tonnes"] == "Kansanshi mine"
    assert found["4.7%"] == "Zambia"


def test_a_clause_about_what_happens_in_a_facility_named_before_is_about_it():
    text = ("Economy of Mauritius\n\nThe Export Processing Zone was set up in 1970. "
            "Employment in the zone grew from 644 workers in 1971 to about 20,000 in 1977. "
            "Unemployment in the country fell to 3% by 1990.")
    found = subjects_of(text)
    assert found["644"] == found["20,000"] == "Export Processing Zone"
    assert found["3%"] == "Mauritius"


def test_a_national_fund_named_before_is_what_the_fund_s_figures_are_about_but_not_a_lender_called_a_fund():
    text = ("Economy of Botswana\n\nDiamond revenue beyond the budget's needs goes to the Pula Fund, set up in 1994. "
            "The fund's assets reached about US$4.9 billion in 2023, and the International Monetary Fund estimated "
            "growth at 2.7%. The Sovereign Wealth Fund Institute ranks it about 60th in the world.\n\n"
            "The Mineral Revenue Stabilisation Fund of the Republic of Ruritania held 2.1 billion dollars.")
    found = subjects_of(text)
    assert found["US$4.9 billion"] == "Pula Fund"
    assert found["2.7%"] == "Botswana"  # the IMF is who estimated it, not what it is about
    assert found["60th"] != "Sovereign Wealth Fund"  # "Fund" inside the name of an institute
    assert found["2.1 billion dollars"] == "Mineral Revenue Stabilisation Fund of the Republic of Ruritania"


def test_the_country_that_imposed_sanctions_is_no_partner_of_the_flows_they_cut():
    text = ("Economy of Iran\n\nSanctions imposed by the United States in 2012 cut exports of crude from about "
            "2.2 million bpd in 2011 to 1.1 million bpd. The return of American sanctions in 2018 reduced exports to "
            "fewer than 400,000 bpd. Exports to China rose to 1.6 million bpd in 2024.")
    found = subjects_of(text)
    assert found["2.2 million bpd"] == found["400,000 bpd"] == "Iran"
    assert found["1.6 million bpd"] == "Iran-China"


def test_a_named_fund_or_pipeline_that_holds_or_carries_what_is_counted_is_the_subject():
    text = ("Economy of Botswana\n\nThe Pula Fund, a sovereign wealth fund established in 1994, held about US$6.9 billion "
            "in 2008. The Trans-Kalahari pipeline, opened in 2006, carried 700,000 barrels a day in 2020. "
            "The Bank of Korea, in its annual report, held that growth was 3%.")
    found = subjects_of(text)
    assert found["US$6.9 billion"] == "Pula Fund"
    assert found["700,000 barrels"] == "Trans-Kalahari pipeline"
    assert found["3%"] == "Botswana"  # an estimator holding a view is no owner


def test_a_country_word_before_an_estimators_or_makers_noun_and_one_ranked_against_are_no_subject():
    text = ("Economy of Thailand\n\nThe American demographer Jane Doe put the toll at about 30,000. Japanese carmakers "
            "account for roughly 85% of Thai car output. Thailand shipped about 8.8 million tonnes of rice in 2023, "
            "third behind India and Vietnam. Visitors from China made up 11.0 million of the arrivals in 2019.")
    found = subjects_of(text)
    assert found["30,000"] == found["85%"] == found["8.8 million tonnes"] == "Thailand"
    assert found["11.0 million"] == "Thailand-China"  # the visitors a partner sends


def test_a_share_of_trade_that_another_country_accounts_for_is_the_pairs():
    text = ("The economy of Tonga\n\nCustoms put total trade at T$980 million in 2024. "
            "New Zealand accounted for about 31% of it.\n"
            "A levy on Fiji's export revenue was set at 4% in 2020.\n")
    found = {o.mention: (o.subject, o.indicator) for o in extract_document(document_from_text(text))[0]}
    assert found["31%"] == ("Tonga-New Zealand", "trade_partner_share")
    assert found["4%"][0] != "Tonga-Fiji"  # a country's own revenue, not its share of the home's trade


def test_an_operators_own_figures_are_about_what_it_runs_and_the_countrys_measures_about_the_country():
    company = ("KESTREL COPPER LIMITED\nQuarterly Activities Report\n\n"
               "Kestrel Copper Limited produced 12,400 tonnes of copper in the quarter, up 6% on the previous quarter. "
               "Zambia's real GDP grew 4% in 2024, and inflation reached 16% in December.\n")
    found = subjects_of(company)
    assert found["12,400 tonnes"] == "Kestrel Copper" and found["6%"] == "Kestrel Copper"
    assert found["4%"] == "Zambia" and found["16%"] == "Zambia"
    authority = ("PORT OF TEMA AUTHORITY\nMonthly Port Statistics\n\nContainer throughput reached 1.1 million tonnes "
                 "in September, and vessel calls rose 3%.\n")
    found = subjects_of(authority)
    assert found["1.1 million tonnes"] == "Port of Tema" and found["3%"] == "Port of Tema"


def test_a_body_whose_heading_titles_its_own_accounts_is_the_subject_of_its_figures():
    accounts = ("GHANA COCOA GROWERS ASSOCIATION\nFinancial Statements for the year ended 31 December 2024\n\n"
                "Contributions received rose 5.2% to $412 million in 2024, and benefits paid reached $371 million. "
                "Ghana's real GDP grew 2.1% in 2024.\n")
    found = subjects_of(accounts)
    assert found["$412 million"] == "Ghana Cocoa Growers Association" and found["5.2%"] == found["$412 million"]
    assert found["2.1%"] == "Ghana"
    statistics = ("GHANA BANKERS' ASSOCIATION\nMonthly Lending Report\n\nMortgage approvals rose 5.2% to 4,100 in May.\n")
    assert subjects_of(statistics)["4,100"] == "Ghana"


def test_a_currency_union_written_of_as_one_economy_is_the_subject():
    text = ("Flash estimate - March 2026\nEuro area annual inflation up to 2.4%\n\n"
            "Euro area annual inflation is expected to be 2.4% in March 2026, up from 2.2% in February. "
            "Energy prices rose 1.1%.\n")
    assert set(subjects_of(text).values()) == {"euro area"}


def test_an_operators_table_and_its_spending_are_about_it_and_its_exchange_rate_about_the_country():
    airline = ("KESTREL AIRWAYS LIMITED\nPRESS RELEASE\n\n"
               "Total expenditure increased 12.1% to K 1,452 million. Amounts are converted at K 25.4 per US dollar.\n\n"
               "KEY FIGURES                       FY2024      FY2023\n"
               "Passengers carried (thousand)      1,412.7     1,252.0\n")
    found = {o.mention: o.subject for o in extract_document(document_from_text(airline))[0]}
    assert found["12.1%"] == "Kestrel Airways" and found["1,412.7"] == "Kestrel Airways"
    assert found["K 25.4"] != "Kestrel Airways"  # an exchange rate is the country's


def test_a_letterheads_line_naming_the_state_alone_makes_it_the_documents_country():
    text = ("PETROLEUM SAVINGS FUND\nRepublic of Ghana\n\nANNUAL REPORT 2024\n\n"
            "Most assets are held in United States Treasury bills and United States equities; the United States "
            "Federal Reserve's policy set the tone. The economy grew 5.7% in 2024.\n")
    assert document_country(text).name == "Ghana"


def test_a_phrase_opening_with_a_preposition_is_not_the_acting_body():
    text = "Economy of Trinidad and Tobago\n\nBy MEEI figures the country produced 4.9 million tonnes of ammonia in 2023.\n"
    assert subjects_of(text)["4.9 million tonnes"] == "Trinidad and Tobago"


def test_a_possessive_body_named_with_joiners_is_whole_and_gives_the_country_not_its_last_words():
    text = "Economy of the United Kingdom\n\nThe Department of Health and Social Care's budget was £192 billion in 2024.\n"
    [observation] = extract_document(document_from_text(text))[0]
    assert observation.subject == "United Kingdom"


def test_a_named_company_reporting_its_own_sales_or_loss_is_their_subject():
    text = ("Economy of Denmark\n\nNordica Pharma, the maker of diabetes drugs, reported sales of DKK 290.4 billion in 2024. "
            "Baltic Shipping Lines posted a net loss of US$3.9 billion in 2023.\n")
    subjects = {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}
    assert subjects == {"DKK 290.4 billion": "Nordica Pharma", "US$3.9 billion": "Baltic Shipping Lines"}


def test_a_fund_its_reviews_title_names_is_the_subject_of_its_figures():
    text = ("SOCIAL WELFARE ADMINISTRATION\nSuva, Fiji\n\n"
            "TENTH ACTUARIAL REVIEW OF THE STATE PENSION FUND\nAS AT 31 DECEMBER 2023\n\n"
            "Prepared for the Board of Trustees by Meridian Actuarial Consultants, June 2025\n\n"
            "At the valuation date 118,460 insured persons were actively contributing, and the Fund's reserves "
            "stood at F$4,870 million. Fiji's real GDP grew 2.1% in 2023.\n")
    found = subjects_of(text)
    assert found["118,460"] == found["F$4,870 million"] == "State Pension Fund"
    assert found["2.1%"] == "Fiji"


def test_a_fund_named_alone_on_a_title_line_under_its_managers_name_is_the_subject_of_its_figures():
    text = ("CENTRAL BANK OF SOLOMON ISLANDS\nHoniara\n\nNATIONAL PROVIDENT FUND OF GUINEA-BISSAU\nQUARTERLY REPORT\n\n"
            "The capital value of the Fund was US$412.6 million at 30 June 2025. Inflation was 3.1% in June.\n")
    found = subjects_of(text)
    assert found["US$412.6 million"] == "National Provident Fund of Guinea-Bissau"  # the hyphened name as written


def test_a_one_word_heading_over_a_plan_is_not_part_of_the_plans_name():
    text = ("Economy of Fiji\n\nPlans\nThe First Five-Year Plan (1951–1955) called for industrial output to grow 3.7-fold. "
            "The Plan for Recovery set no target.\n")
    assert subjects_of(text)["3.7-fold"] == "First Five-Year Plan"


def test_a_source_markets_share_of_visitors_is_the_pairs():
    text = "Economy of Fiji\n\nVisitor arrivals reached 929,740 in 2023; Australia accounted for 46.8% of the visitors.\n"
    assert subjects_of(text)["46.8%"] == "Fiji-Australia"


def test_a_statistics_office_named_after_its_country_makes_that_country_the_documents():
    text = ("INSTITUTT FOR STATISTIKK\nSTATISTICS NORWAY\n\nAccommodation statistics, June 2025\n\nThe accommodation "
            "sector registered 2.31 million guest nights in June 2025, up 3.4%. Guests from the United States spent "
            "148,000 nights, 9.1% more than a year earlier, and the United States overtook Sweden; nights of guests "
            "from the United States and Germany made up a fifth of the total, and Norway's own residents the rest.")
    found = subjects_of(text)
    assert found["3.4%"] == "Norway" and found["2.31 million"] == "Norway"


def test_a_self_governing_territory_is_the_economy_its_article_is_about_not_the_state_it_belongs_to():
    text = ("Economy of the Faroe Islands\n\nThe Faroe Islands are a self-governing part of the Kingdom of Denmark. "
            "GDP reached DKK 25.1 billion in 2023.")
    assert subjects_of(text)["DKK 25.1 billion"] == "Faroe Islands"
    pacific = "Economy of New Caledonia\n\nSince 1999 the CFP franc has been worth a fixed 119.33 francs to the euro."
    assert [o.unit for o in extract_document(document_from_text(pacific))[0]] == ["XPF"]  # the territory's own franc


def test_an_investing_country_and_investment_channelled_through_one_make_a_pair():
    text = ("Economy of Peru\n\nThe United States remained the main investing country, with US$693.6 million in 2025. "
            "Investment channelled through Ireland fell to US$21.6 million.")
    found = subjects_of(text)
    assert (found["US$693.6 million"], found["US$21.6 million"]) == ("Peru-United States", "Peru-Ireland")


def test_a_partners_customs_recording_trade_make_a_pair_and_a_geological_survey_is_no_subject():
    text = ("Economy of Laos\n\nVietnam's General Department of Customs put two-way trade at US$1.6 billion in 2023. "
            "Vietnamese customs put rice output at 4 million tonnes in 2020. "
            "On the United States Geological Survey's tables the country is the world's 9th producer of tin.")
    found = subjects_of(text)
    assert found["US$1.6 billion"] == "Laos-Vietnam"
    assert found["4 million tonnes"] == "Laos"  # no trade: the customs only count it
    assert found["9th"] == "Laos"


def test_a_national_body_named_in_its_own_language_takes_its_country_from_the_english_line_under_it():
    text = ("HRVATSKA NARODNA BANKA\nCROATIAN NATIONAL BANK\n\nSTATISTICAL RELEASE\n\n"
            "Household loans grew 11.4% in May, far above the 1.9% recorded for the euro area as a whole. "
            "The Croatian Bureau of Statistics reports that wages rose 10.3%.\n")
    assert subjects_of(text)["11.4%"] == "Croatia"


def test_a_partner_named_with_a_share_of_the_countrys_trade_makes_a_pair():
    text = ("Economy of Mongolia\n\nThe customs office put total trade in 2023 at $24.3 billion, of which 66.4% was with China. "
            "Trade reached $25.1 billion in 2024, with Russia accounting for about 14% of it. "
            "Exports were $15.2 billion, 92 per cent of it to China. Inflation was 7% with Russia's help.")
    found = subjects_of(text)
    assert (found["66.4%"], found["14%"], found["92 per cent"]) == ("Mongolia-China", "Mongolia-Russia", "Mongolia-China")
    assert found["$24.3 billion"] == "Mongolia"
    assert found["7%"] == "Mongolia"  # a share of no trade


def test_trade_of_the_two_after_a_sentence_naming_the_main_partner_is_the_pairs():
    text = ("Economy of Laos\n\nWhen the Soviet Union disintegrated in 1991, Vietnam stepped into its role as the country’s main "
            "market and supplier, and the flow of goods between the two accelerated after 2007. Two-way trade, just under "
            "$2 billion that year, stood at $5.6 billion by 2011.\n\nThailand has been the dominant partner since then. "
            "Trade between the two rose from $1.97 billion in 2007 to $2.6 billion in 2011. Exports reached $7.1 billion.")
    observations = extract_document(document_from_text(text))[0]
    found = {o.mention: o.subject for o in observations}
    assert found["$2 billion"] == found["$5.6 billion"] == "Laos-Vietnam"  # not the Soviet Union, named first
    assert found["$1.97 billion"] == found["$2.6 billion"] == "Laos-Thailand"
    assert found["$7.1 billion"] == "Laos"  # the country's own total names no pair
    assert "two" not in found  # "between the two": a pronoun, not a count


def test_shares_and_pair_trade_words_that_name_no_partner_of_a_share():
    text = ("Economy of Laos\n\nExports rose by 9% to Thailand, Vietnam and China. Trade weakened in 2023, with China "
            "accounting for about 18% of global output.\n\nChina became its main trading partner in 2015. "
            "Total two-way trade with the world reached US$12 billion.\n\nChina became its main trading partner in 2015. "
            "Bilateral trade deals with ASEAN members lifted exports by US$2 billion.\n\n"
            "China became its main trading partner in 2015. Two-way trade stood at US$5 billion.")
    found = subjects_of(text)
    assert found["9%"] == found["18%"] == "Laos"
    assert found["US$12 billion"] == found["US$2 billion"] == "Laos"
    assert found["US$5 billion"] == "Laos-China"


def test_a_known_bodys_name_on_a_title_line_is_not_what_its_report_runs():
    text = ("ASIAN DEVELOPMENT BANK\nINTERNATIONAL MONETARY FUND\nSTAFF REPORT\n\n"
            "Tourist arrivals in Laos reached 4.1 million in 2024. Rice output was 3.6 million tonnes.\n")
    found = subjects_of(text)
    assert found["3.6 million tonnes"] == "Laos"


def test_rows_of_a_table_by_country_of_sender_are_the_pairs_flows():
    text = ("Economy of Moldova\n\nTable 1. Remittances by country of sender, 2024\n\n"
            "                          Households   Share of     Average\n"
            "                          (%)          amount (%)   transfer (MDL)\n"
            "Italy                         19.4           22.9        5,750\n"
            "Germany                       12.7           15.6        5,980\n")
    observations, _ = extract_document(document_from_text(text))
    assert {o.mention: o.subject for o in observations if o.char_start > text.index("Italy")} == {
        "19.4": "Moldova-Italy", "22.9": "Moldova-Italy", "5,750": "Moldova-Italy",
        "12.7": "Moldova-Germany", "15.6": "Moldova-Germany", "5,980": "Moldova-Germany"}
    by_birth = text.replace("Remittances by country of sender", "Migrants by country of birth")
    observations, _ = extract_document(document_from_text(by_birth))
    assert {o.subject for o in observations if o.char_start > by_birth.index("Italy")} == {"Italy", "Germany"}
    yields = text.replace("Remittances by country of sender", "Bond yields and inflation by market")
    observations, _ = extract_document(document_from_text(yields))
    assert {o.subject for o in observations if o.char_start > yields.index("Italy")} == {"Italy", "Germany"}


def test_a_named_plan_that_expected_a_rise_is_the_subject_of_its_targets():
    observations, _ = extract_document(document_from_text(
        "Economy of Mali\n\nThe Five-Year Plan for 1961–1966 expected gross domestic product to rise by half and farm output by "
        "two-thirds. Farmers expected prices to rise by a third in 1967."))
    assert {o.mention: o.subject for o in observations} == {"half": "Five-Year Plan", "two-thirds": "Five-Year Plan", "a third": "Mali"}


def test_a_donor_that_gave_or_committed_grants_makes_a_pair_with_the_home_country():
    text = ("Economy of Tonga\n\nUnder the partnership New Zealand committed NZ$20 million over three years. "
            "Japan gave grants of about ¥1.2 billion in 2022.\n")
    rows = {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}
    assert rows["NZ$20 million"] == "Tonga-New Zealand"
    assert rows["¥1.2 billion"] == "Tonga-Japan"


def test_the_federated_states_of_micronesia_are_named_in_full():
    text = "Economy of the Federated States of Micronesia\n\nMicronesia's GDP grew 0.8 percent in FY2023.\n"
    assert {o.subject for o in extract_document(document_from_text(text))[0]} == {"Federated States of Micronesia"}


def test_a_national_association_named_by_its_countrys_adjective_makes_the_document_that_countrys():
    from pipeline.issuers import home_country

    text = ("ASOCIACIÓN RURITANA DE FERROCARRILES\nPeruvian Railway Association\n\nRAIL TRAFFIC REPORT: MAY 2025\n\n"
            "Carloads originated by member railways rose 3.4% to 84,912, as imports of US maize stayed high. Steel "
            "traffic fell 6.6% after the United States imposed a 25% tariff on steel, and traffic interchanged with US "
            "railroads at the northern border crossings fell 2.1%, as Peruvian mills shipped less.")
    assert home_country(text).name == "Peru"
    press = ("Global Mining Review\n\nCopper output in Chile rose 2% and Chile's exports of concentrate 4% in 2024.")
    assert home_country(press).name == "Chile"  # (a body named after no country leaves the text to tell)


def test_a_company_named_by_its_countrys_adjective_writing_about_another_country_leaves_it_that_countrys():
    from pipeline.issuers import home_country

    text = ("TURKISH AIRLINES INC.\nAzerbaijan route network update\n\nThe carrier flew 1.2 million passengers between "
            "Turkey and Azerbaijan in 2024. Azerbaijan's air traffic grew 9%, and inflation there averaged 2.2%.")
    assert home_country(text).name == "Azerbaijan"


def test_an_abbreviation_in_capitals_before_a_full_stop_ends_its_sentence_unless_a_currency_before_its_amount():
    found = sentences("Members hit a record, according to the AFL. Wage growth slowed to 3.4% in 2024. "
                      "GDP reached Afl. 6.72 billion in 2023.")
    assert len(found) == 3, found


def test_territories_and_a_jurisdiction_of_a_union_are_economies_of_their_own_and_its_nations_its_places():
    from pipeline.issuers import home_country

    territory = ("Economy of Montserrat\n\nThe economy of Montserrat depends on grants from the United Kingdom, which paid "
                 "about £30 million in 2023. Montserrat's GDP grew by 3.1% that year.")
    assert home_country(territory).name == "Montserrat"
    state = ("Economy of New Jersey\n\nNew Jersey's output grew 2.4% in 2024, and New Jersey added 40,000 jobs; exports to "
             "Mexico rose 5%.")
    assert document_country(state) is None or document_country(state).name != "Jersey"
    release = ("Ruritanian Insolvency Office\nOfficial Statistics\n\nCompany insolvencies in England and Wales\n\n"
               "There were 6,112 company insolvencies in England and Wales in the quarter, 4% fewer than a year earlier. "
               "Scotland recorded 260 company insolvencies, and Northern Ireland recorded 58 insolvencies.")
    assert home_country(release).name == "England and Wales"
    subjects = {o.mention: o.subject for o in extract_document(document_from_text(release))[0]}
    assert subjects["6,112"] == "England and Wales"
    nations = {o.mention: o.subject for o in extract_document(document_from_text(
        "Economy of the United Kingdom\n\nUnemployment was 4.2% in England, 4.0% in Scotland and 4.4% in Wales in 2024. "
        "Scotland's unemployment rate was 4.0% in 2024, above the UK rate of 3.9%."))[0]}
    assert nations["4.2%"] == "England" and nations["4.4%"] == "Wales" and nations["3.9%"] == "United Kingdom"


def test_a_national_central_bank_writing_in_its_language_on_the_currency_union_writes_about_its_country():
    from pipeline.issuers import home_country

    text = ("BANKA SRBIJE\nSlovenska 35, 11000 Belgrade\n\nBANK LENDING SURVEY\n\nBelgrade, 21 October 2025\n\n"
            "Banks eased credit standards on loans to enterprises: the net percentage was -8%. In the euro area as a "
            "whole the survey recorded a net tightening of 4%, and euro area demand for loans rose. Euro area banks "
            "expect to ease standards.")
    assert home_country(text).name == "Serbia"
    union = ("EUROPEAN CENTRAL BANK\n\nPRESS RELEASE\n\nFrankfurt, 7 March 2024\n\nThe euro area economy grew 0.5% in "
             "2023, and inflation is projected at 2.3% in 2024.")
    assert home_country(union).name == "euro area"  # (a union's body, not the country of its city)
    letterhead = ("BANK OF ENGLAND\nThreadneedle Street, London\n\nMONETARY POLICY REPORT\n\nLondon, 7 November 2024\n\n"
                  "CPI inflation fell to 1.7% in September. In the euro area, inflation was 2.0%.")
    assert home_country(letterhead).name == "United Kingdom"


def test_a_sea_or_bay_named_by_a_countrys_adjective_is_no_mention_of_that_country():
    from pipeline.countries import country_mentions

    assert [c.name for _, _, c in country_mentions("tuna from the Indian Ocean and the Irish Sea")] == []
    assert [c.name for _, _, c in country_mentions("Indian workers")] == ["India"]
    text = ("Economy overview\n\nThe islands lie in the Indian Ocean. Fishing in the Indian Ocean employs 2,100 people, "
            "and the Indian Ocean Commission funds port works. Seychelles earned $300 million from tuna in 2024.\n")
    assert set(subjects_of(text).values()) == {"Seychelles"}


def test_a_university_whose_heading_titles_its_operating_budget_is_the_subject_and_source_of_its_figures():
    text = ("LAKESHORE BAY UNIVERSITY\n1 University Drive, Kingston, Ontario\n\n2025-26 OPERATING AND CAPITAL BUDGET\n\n"
            "Tuition revenue rises by 3.8% to $105.7 million. Canada's consumer prices rose 2.4% in 2024.\n")
    doc = document_from_text(text)
    found = {o.mention: (o.subject, o.source) for o in extract_document(doc)[0]}
    assert found["$105.7 million"] == ("Lakeshore Bay University", "Lakeshore Bay University")
    assert found["2.4%"][0] == "Canada"


def test_a_credit_union_leagues_report_is_about_its_countrys_movement_not_the_league():
    text = ("GHANA CO-OPERATIVE CREDIT UNION LEAGUE LIMITED\nREPORT OF THE BOARD OF DIRECTORS\n\n"
            "Total assets of the movement rose by 8.3% to GH₵4.2 billion in 2024.\n")
    assert subjects_of(text)["8.3%"] == "Ghana"


def test_rows_of_a_table_of_work_permits_by_destination_country_are_pairs_with_the_home_country():
    text = ("DEPARTMENT OF FOREIGN EMPLOYMENT, NEPAL\n\nTable 1. Labour permits by destination country, 2024\n\n"
            "Country          Permits   Share (%)\nMalaysia         228,450   27.2\nQatar            141,200   16.8\n\n"
            "Nepal issued 839,266 labour permits in 2024.\n")
    found = subjects_of(text)
    assert found["228,450"] == "Nepal-Malaysia" and found["141,200"] == "Nepal-Qatar"


def test_a_bodys_own_budget_statement_dates_its_figures_by_its_title_and_its_budget_and_board_are_its_own():
    text = ("LAKESHORE BAY UNIVERSITY\n1 University Drive, Kingston, Ontario\n\n2025-26 OPERATING AND CAPITAL BUDGET\n\n"
            "Years in this statement are the University's fiscal years, which run from May to April.\n\n"
            "The Board of Governors has approved revenue of $427.2 million. The budget assumes enrolment of 18,420 "
            "students. The provincial government's grant rises to $156.9 million.\n")
    found = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert found["$427.2 million"].source == "Lakeshore Bay University"
    assert found["18,420"].source == "Lakeshore Bay University"
    assert (found["18,420"].period_start, found["18,420"].period_end) == ("2025-05", "2026-04")


def test_review_a_sectors_or_anothers_financial_statements_and_a_place_named_budget_stay_the_countrys():
    sector = ("KENYA BANKERS ASSOCIATION\nBanking Sector Financial Highlights 2024\n\n"
              "Total assets of the banking sector rose 9.1% to KSh 7.6 trillion in 2024.\n")
    assert subjects_of(sector)["9.1%"] == "Kenya"
    audit = ("OFFICE OF THE AUDITOR-GENERAL\nReport on the Financial Statements of the Government of Uganda\n\n"
             "Arrears rose 14% to USh 6.2 trillion in 2024.\n")
    assert subjects_of(audit)["14%"] == "Uganda"
    inside = "Hotels in the Swiss Alps sold 3.1 million nights in 2024, and Austria's tourism grew 2%."
    assert subjects_of(inside)["3.1 million"] != "Austria"


def test_review_a_province_named_budget_in_a_bodys_own_budget_statement_is_not_the_bodys():
    text = ("LAKESHORE BAY UNIVERSITY\n\n2025-26 OPERATING AND CAPITAL BUDGET\n\n"
            "Amounts are in Canadian dollars; Canada's provinces fund universities. "
            "The budget assumes enrolment of 18,420 students. Ontario's 2025 Budget assumes growth of 0.8%.\n")
    found = {o.mention: o.source for o in extract_document(document_from_text(text))[0]}
    assert found["18,420"] == "Lakeshore Bay University" and found["0.8%"] != "Lakeshore Bay University"


def test_a_decimal_said_again_after_a_percentage_near_its_size_is_a_percentage():
    text = ("Economy of Ruritania\n\nECONOMIST: Arrears are one point four per cent of the book, down from one point seven at "
            "the peak. Pay rises 4.2 per cent, so real pay barely grows - 4.2 against 3.9. About 5% of firms closed, 140 "
            "in 2024. The krone fell 1.5% to 10.84 per euro, and the index slipped 0.4% to 1,212.6.\n")
    units = {o.mention: o.unit for o in extract_document(document_from_text(text))[0]}
    assert units["one point seven"] == "percent" and units["3.9"] == "percent"
    assert units["140"] == "count"  # a whole number after a percentage counts things
    assert units["1,212.6"] != "percent"  # the level a change went to
    other = ("Economy of Ruritania\n\nThe cedi fell 12.5% over the year, trading at 11.9 at the end of the year. Population "
             "growth was 2.3% and the fertility rate 2.1 in 2022.\n")
    units = {o.mention: o.unit for o in extract_document(document_from_text(other))[0]}
    assert units["11.9"] != "percent" and units["2.1"] != "percent"  # another measure's level, not compared with the rate


def test_a_row_of_a_table_of_places_with_a_second_text_column_is_of_the_place_in_its_first():
    text = ("RURITANIA TEA BOARD\n\nTable 2. Purchases by region, 2024/25 season\n\n"
            "Region            Factories               Auctions      Tonnes\n"
            "Northmoor         Highlea, Kestrel              16      96,240\n"
            "Southvale         Brayford                      12      52,180\n")
    found = subjects_of(text)
    assert found["96,240"] == "Northmoor" and found["52,180"] == "Southvale"


def test_subjects_and_sources_are_named_without_a_possessive_but_moodys_keeps_its_name():
    text = ("Ruritania\n\nThe bonds came 10 to 15 basis points inside fair value relative to Borduria's and the "
            "Syldavian Islands' dollar curves, where comparable 10-year bonds yield about 5.3% and 5.1%, respectively. "
            "Households' expectations for inflation rose to 5% in 2024, and Moody's rates the country B3 with a 40% "
            "chance of a downgrade.")
    observations = extract_document(document_from_text(text))[0]
    names = {o.subject for o in observations} | {o.source for o in observations}
    assert not [name for name in names - {"Moody's"} if name.endswith(("'s", "’s", "s'", "s’"))]
    assert {o.mention: o.source for o in observations}["40%"] == "Moody's"


def test_the_titled_economys_figure_compared_with_its_countrys_stays_the_titled_economys():
    text = ("Economy of Lusatia\n\nMost firms in Lusatia are small.\n\n"
            "Tourism revenue was €87.6 million in 2024, up 4.1%, against 2.5% for Germany as a whole.")
    found = subjects_of(text)
    assert found["€87.6 million"] == found["4.1%"] == "Lusatia"


def test_a_text_naming_no_country_is_placed_by_a_city_closing_an_address_and_a_citys_service_reports_on_its_city():
    hearing = ("HOUSE OF REPRESENTATIVES\nCOMMITTEE ON APPROPRIATIONS\n\nCHAIR: The deficit? Where does it stand?\n\n"
               "USEC. REYES: The deficit ceiling is one point five four trillion pesos.\n\n"
               "REP. ONG (4th District, Manila): And revenue? Is it short?\n\nUSEC. REYES: Short by a hundred and fifty billion pesos.\n")
    assert document_country(hearing).name == "Philippines"
    fire = ("CITY OF NORTHMOOR\nFIRE AND RESCUE SERVICE\nPrivate Bag X9181, Cape Town, 8000\n\n"
            "The Service attended 27,412 incidents in 2024, and 127 people died in fires.\n\n"
            "Source: Fire and Rescue Service incident records.\n")
    observations = extract_document(document_from_text(fire))[0]
    assert {o.subject for o in observations} == {"Northmoor"}  # the city's, though the text is placed in South Africa


def test_a_place_an_estimate_is_put_for_is_the_subject():
    text = ("Economy of the Olmec civilization\n\nThe economy of the Olmec civilization rested on maize, and farmers grew 2 crops a year. "
            "William Haviland put Tres Zapotes at about 45,000 people; Michael Coe put San Lorenzo at \"perhaps 13,000\".\n")
    found = subjects_of(text)
    assert found["45,000"] == "Tres Zapotes"
    assert found["13,000"] == "San Lorenzo"
    assert found["2"] == "Olmec civilization"  # a civilisation the title names is the default subject


def test_a_titled_regions_trade_with_a_partner_is_the_regions_pair():
    text = ("Economy of Styria\n\nStyria is a state of Austria. Styria's exports of goods reached €28 billion in 2023, "
            "of which about 30% went to Germany.\n")
    found = subjects_of(text)
    assert found["30%"] == "Styria-Germany"


def test_review_letterhead_columns_a_facility_in_an_address_and_a_city_council():
    assert document_country("MINISTRY OF FINANCE          REPUBLIC OF GHANA\n\nBUDGET 2024\n\nThe deficit is 5.7% of GDP.\n").name == "Ghana"
    assert document_country("Economy of West Africa\n\nIn the Niger, GDP grew by 2.0 per cent in 2023.").name == "Niger"  # the UN's name
    address = ("NORTHMOOR PORTS AUTHORITY\nPort of Eastwick\nP.O. Box 95009, Eastwick\n\nANNUAL REPORT 2023\n\n"
               "Across all its ports the Authority handled 35.9 million tonnes in 2023.\n")
    assert {o.mention: o.subject for o in extract_document(document_from_text(address))[0]}["35.9 million tonnes"] != "Port of Eastwick"
    street = "NORTHMOOR AIRPORTS AUTHORITY\nAirport North Road\n\nANNUAL REPORT 2023\n\nPassengers reached 9.1 million in 2023.\n"
    assert {o.mention: o.subject for o in extract_document(document_from_text(street))[0]}["9.1 million"] != "Airport North Road"
    city = ("CITY OF EASTWICK\nWATER AND SANITATION DEPARTMENT\n\nANNUAL REPORT 2023\n\nThe Eastwick City Council approved "
            "tariffs. The Department supplied 320 million litres in 2023.\n")
    found = {o.mention: (o.subject, o.source) for o in extract_document(document_from_text(city))[0]}
    assert found["320 million litres"][0] == "Eastwick" and found["320 million litres"][1] != "Eastwick City"


def test_a_titled_regions_figure_against_its_countrys_average_after_it_is_the_regions():
    text = ("Economy of Northmoor\n\nThe economy of Northmoor grew fast. GDP per inhabitant rose from "
            "€17,900 in 2015 to €23,990 in 2023, between three-quarters and four-fifths of the Spanish average.\n")
    found = {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}
    assert found["€23,990"] == "Northmoor"


def test_a_heading_naming_a_part_of_a_country_with_the_country_in_brackets_gives_its_figures_to_that_part():
    text = ("ALDERGATE RATINGS LTD\nSub-Sovereign Ratings\n\nRATING REPORT\nProvince of Mendoza (Argentina)\n3 March 2025\n\n"
            "Aldergate Ratings affirmed the rating. Operating revenue rose 14.2% in 2024, and debt fell to "
            "41% of revenue. Argentina's inflation was 118% in 2024.\n")
    found = subjects_of(text)
    assert found["14.2%"] == found["41%"] == "Mendoza"
    assert found["118%"] == "Argentina"
    assert subjects_of(text.replace("Province of Mendoza (Argentina)", "Mendoza (Argentina)"))["14.2%"] == "Argentina"


def test_a_public_bodys_annual_report_or_bulletin_gives_its_operations_to_it_but_a_tax_collectors_to_the_country():
    service = ("REPUBLIC OF BOTSWANA\nBOTSWANA PRISONS SERVICE\nAnnual Report 2023–2024\nPresented to Parliament\n\n"
               "The Service held an average of 2,214 inmates in 2023–2024. Botswana's GDP grew 3.1%.\n")
    found = subjects_of(service)
    assert found["2,214"] == "Botswana Prisons Service"
    assert found["3.1%"] == "Botswana"  # the country's own measure
    agency = "BOTSWANA FOOD RESERVE AGENCY\nANNUAL REPORT 2023/2024\n\nThe Agency bought 285,400 tonnes of maize.\n"
    assert subjects_of(agency)["285,400 tonnes"] == "Botswana Food Reserve Agency"
    collector = "BOTSWANA REVENUE AUTHORITY\nANNUAL REPORT 2023/2024\n\nThe Authority collected P1.2 billion.\n"
    assert subjects_of(collector)["P1.2 billion"] != "Botswana Revenue Authority"
    bulletin = "BOTSWANA FOOD RESERVE AGENCY\nQUARTERLY STATISTICAL BULLETIN\n\nThe Agency bought 85,400 tonnes of maize.\n"
    assert subjects_of(bulletin)["85,400 tonnes"] == "Botswana Food Reserve Agency"


def test_a_regulators_annual_report_on_post_market_surveillance_or_its_complaints_overview_is_its_own_work():
    regulator = ("KINGDOM OF LESOTHO\nMINISTRY OF HEALTH\nLESOTHO MEDICINES AUTHORITY\n\n"
                 "ANNUAL REPORT ON INSPECTION AND POST-MARKET SURVEILLANCE\nFinancial year 2023/24\n\n"
                 "The Authority inspected 412 pharmacies in 2023/24. Lesotho's GDP grew 2.2%.\n")
    found = subjects_of(regulator)
    assert found["412"] == "Lesotho Medicines Authority"
    assert found["2.2%"] == "Lesotho"
    ombudsman = ("PENSIONS AND INSURANCE OMBUDSMAN\n3 Harbour Road, Dublin 2, Ireland\n\nOVERVIEW OF COMPLAINTS 2024\n\n"
                 "The Pensions and Insurance Ombudsman received 3,118 complaints in 2024.\n")
    assert subjects_of(ombudsman)["3,118"] == "Pensions and Insurance Ombudsman"


def test_a_capitals_letterhead_whose_name_joins_two_bodies_by_a_slash_names_the_issuer():
    text = ("SKILLS/TRAINING TRUST\n12 Harbour Road, Kingston\n\nANNUAL REPORT 2023/24\n\n"
            "In 2023/24 the Trust enrolled 107,620 trainees.\n")
    found = {o.mention: (o.subject, o.source) for o in extract_document(document_from_text(text))[0]}
    assert found["107,620"] == ("SKILLS/TRAINING Trust", "SKILLS/TRAINING Trust")


def test_a_country_in_a_bodys_name_after_its_head_does_not_make_a_regions_figure_the_countrys():
    text = ("Economy of Sarawak\n\nThe economy of Sarawak rests on gas. According to the Department of Statistics Malaysia "
            "(DOSM), the state's gross domestic product was RM152.5 billion in 2023, about 8.4% of Malaysia's. "
            "Malaysia's GDP grew 3.6% in 2023.\n")
    found = subjects_of(text)
    assert found["RM152.5 billion"] == "Sarawak"
    assert found["3.6%"] == "Malaysia"


def test_a_titled_regions_figure_before_a_fraction_of_its_country_is_the_regions():
    text = ("Economy of Nunavut\n\nThe economy of Nunavut rests on mining. The territory covers about 2.09 million km², "
            "roughly a fifth of Canada's area.\n")
    found = subjects_of(text)
    assert found["2.09 million km²"] == "Nunavut"


def test_a_hearing_on_a_companys_financial_statements_gives_the_witnesses_figures_to_the_company():
    text = ("REPUBLIC OF BOTSWANA\nNATIONAL ASSEMBLY\nPUBLIC ACCOUNTS COMMITTEE\n\nHearing on the financial statements of "
            "Kalahari Air (Pty) Ltd for the year ended 31 March 2024\n\nMR. MOLEFE: The airline carried 514,000 passengers in "
            "2023/24. Botswana's GDP grew 2.8%.\n")
    found = subjects_of(text)
    assert found["514,000"] == "Kalahari Air"
    assert found["2.8%"] == "Botswana"


def test_review_mends_of_headings_public_bodies_brokers_and_shares_of_the_country():
    ministry = "DEPARTMENT OF FINANCE\nDepartment of Finance (Canada)\n\nThe deficit was $23.4 billion in 2023.\n"
    assert subjects_of(ministry)["$23.4 billion"] == "Canada"  # a ministry, no part of the country
    tourism = ("KENYA TOURISM AUTHORITY\nAnnual Report 2023\n\nInternational visitor arrivals rose to 1.96 million in 2023. "
               "The Authority licensed 2,140 hotels.\n")
    found = subjects_of(tourism)
    assert found["1.96 million"] == "Kenya"  # a body that promotes a sector: its figures are the country's
    broker = ("BARRINGTON EQUITY RESEARCH PTY LTD (ASX: BER)\nSector note\n\nAustralia's iron ore export earnings were "
              "A$124 billion in 2023.\n")
    assert subjects_of(broker)["A$124 billion"] == "Australia"
    catalonia = ("Economy of Catalonia\n\nThe economy of Catalonia is large. Unemployment fell to 9.1% in 2024, well under "
                 "half of Spain's peak rate of 26% in 2013.\n")
    found = subjects_of(catalonia)
    assert found["9.1%"] == "Catalonia" and found["26%"] == "Spain"


def test_a_sentence_opening_with_a_time_then_a_facilitys_name_states_the_facilitys_figures():
    text = ("Economy of Ruritania\n\nOil was found offshore in 2015. In August the Coral Reef Block averaged about "
            "905,000 barrels a day.\n")
    assert subjects_of(text)["905,000 barrels"] == "Coral Reef Block"
    imf = ("Economy of Singapore\n\nThe economy grew. By the International Monetary Fund's estimates, GDP per capita was "
           "about US$84,700 that year.\n")
    assert subjects_of(imf)["US$84,700"] == "Singapore"  # "By the International …": no time, no facility


def test_a_body_whose_name_puts_its_head_first_reports_its_own_operations():
    text = ("REPUBLIC OF NIGER\nMinistry of Agriculture\n\nOFFICE DES AMÉNAGEMENTS HYDRO-AGRICOLES\n"
            "Head office: Niamey  |  BP 210, Niamey\n\nANNUAL ACTIVITY REPORT\nAgricultural campaign 2023/2024\n\n"
            "The Office des Aménagements Hydro-Agricoles irrigated 14,200 ha in the campaign. Niger's GDP grew 8.4% in 2024.\n")
    found = subjects_of(text)
    assert found["14,200 ha"] == "Office des Aménagements Hydro-Agricoles"
    assert found["8.4%"] == "Niger"


def test_a_programmes_annual_report_under_its_ministrys_letterhead_gives_its_figures_to_the_programme():
    text = ("REPUBLIC OF MALAWI\nMINISTRY OF AGRICULTURE\nAFFORDABLE INPUTS PROGRAMME (AIP)\n\nANNUAL REPORT 2024\n\n"
            "In the 2023/24 season the Affordable Inputs Programme reached 1.5 million farm households and distributed "
            "182,000 tonnes of fertilizer. Malawi's inflation averaged 32.3% in 2024.\n")
    found = subjects_of(text)
    assert found["1.5 million"] == found["182,000 tonnes"] == "Affordable Inputs Programme"
    assert found["32.3%"] == "Malawi"


def test_a_letterhead_name_with_its_abbreviation_in_brackets_over_an_english_gloss_reports_its_own_operations():
    text = ("NAFTAVARASTOKESKUS (NVK)\nFinnish Oil Reserve Agency | Public body under the Emergency Stocks Act\n"
            "Supervised by the Ministry of Trade and Export Control\nPorkkalankatu 5, 00180 Helsinki | Tel. +358 9 1234 567\n\n"
            "ANNUAL REPORT 2024\n\nAt 31 December 2024 the NVK held 2.4 million tonnes of crude oil. The NVK sold "
            "0.3 million tonnes during the year. Finland's GDP grew 0.4% in 2024.\n")
    found = {o.mention: (o.subject, o.source) for o in extract_document(document_from_text(text))[0]}
    assert found["2.4 million tonnes"] == ("NVK", "NVK")
    assert found["0.4%"][0] == "Finland"
    company = ("VINOTEKA INC. (VINOTEKA OY)\nState-owned retail company\nMannerheimintie 4, 00100 Helsinki | Tel. +358 20 555 11\n\n"
               "ANNUAL REPORT 2024\n\nIn 2024 Vinoteka sold 41.2 million litres of wine.\n")
    found = {o.mention: o.source for o in extract_document(document_from_text(company))[0]}
    assert found["41.2 million litres"] == "Vinoteka"  # its name without its legal form, as the text writes it


def test_a_listed_companys_letterhead_with_its_exchange_named_in_words_names_the_issuer():
    text = ("MINERA CUMBRE ANDINA S.A. (Bolsa de Valores de Lima: CUMBREA1)\n"
            "Third Quarter 2024 Results - Conference Call - Edited Transcript\n"
            "Company participants: Lucía Paredes (Chief Executive Officer); Jorge Salas (Chief Financial Officer)\n"
            "Analysts: Ana Ruiz (Credicorp Capital); Pedro Lira (BTG Pactual)\n"
            "Note: money in US dollars unless stated; IFRS, unaudited.\n\n"
            "OPERATOR: Good morning and welcome to the Minera Cumbre Andina results call.\n"
            "MS. PAREDES: Thank you. We produced 41,200 tonnes of copper in the quarter, up 6% on a year earlier.\n"
            "MR. SALAS: Revenue was US$388 million. Peru's economy grew 3.3% in the year.\n")
    found = {o.mention: (o.subject, o.source) for o in extract_document(document_from_text(text))[0]}
    assert found["41,200 tonnes"] == ("Minera Cumbre Andina", "Minera Cumbre Andina")
    assert found["US$388 million"] == ("Minera Cumbre Andina", "Minera Cumbre Andina")


def test_a_metropolitan_citys_letterhead_over_its_assemblys_record_gives_its_figures_to_the_city():
    text = ("POKHARA METROPOLITAN CITY\nMunicipal Assembly, 14th session - verbatim record of the budget sitting\n"
            "Presiding: the Mayor.\n\n"
            "THE MAYOR: The sitting is open.\n"
            "DEPUTY MAYOR: The Executive proposes total expenditure of Rs 9.8 billion for the coming year, "
            "and the city collected Rs 2.1 billion in property tax last year.\n"
            "THE MAYOR: Thank you. Nepal's economy grew 3.9% last year.\n")
    found = {o.mention: (o.subject, o.source) for o in extract_document(document_from_text(text))[0]}
    assert found["Rs 9.8 billion"] == ("Pokhara Metropolitan City", "Pokhara Metropolitan City")
    assert found["3.9%"][0] == "Nepal"


def test_a_boards_report_and_a_bulletin_on_the_economy_or_taxes_keep_the_countrys_figures():
    board = ("CASHEWNUT BOARD OF TANZANIA\nANNUAL REPORT 2023/24\n\nTanzania's cashew production reached 305,000 tonnes.\n")
    assert subjects_of(board)["305,000 tonnes"] == "Tanzania"
    taxes = ("CENTRAL AUTHORITY OF DIRECT TAXES\nANNUAL REPORT 2024\n\nIndia's direct tax collections were Rs 19.6 lakh crore.\n")
    assert subjects_of(taxes)["Rs 19.6 lakh crore"] == "India"
    agency = ("REGIONAL DEVELOPMENT AGENCY OF KENYA\nQUARTERLY ECONOMIC BULLETIN\n\nThe Agency reports that Kenya's GVA grew 2.7%.\n")
    assert subjects_of(agency)["2.7%"] == "Kenya"


def test_a_lenders_programme_titled_under_a_ministry_keeps_the_countrys_figures():
    text = ("REPUBLIC OF ZAMBIA\nMINISTRY OF FINANCE\nIMF-SUPPORTED PROGRAMME\n\nANNUAL REPORT 2024\n\n"
            "Zambia's reserves reached US$3.2 billion at the end of 2024.\n")
    assert subjects_of(text)["US$3.2 billion"] == "Zambia"


def test_a_national_body_named_as_the_estimator_leaves_a_titled_regions_figure_its_own():
    text = ("Economy of Gujarat\n\nThe economy of Gujarat, a state of western India, rests on industry. Outstanding "
            "liabilities were about 17% of GSDP in 2023; the Reserve Bank of India (RBI) put the ratio at 16.4%. India's "
            "inflation was 5.4% in 2023.\n")
    found = subjects_of(text)
    assert found["16.4%"] == "Gujarat"
    assert found["5.4%"] == "India"


def test_a_titled_states_country_in_apposition_or_in_a_bodys_name_does_not_take_its_figures():
    text = ("Economy of Paraná\n\n"
            "The economy of Paraná, a state of southern Brazil, is the country's fifth-largest: the Brazilian Institute of "
            "Geography and Statistics put its gross domestic product at R$549 billion in 2021. Farms in Paraná grew "
            "22 million tonnes of soybeans.\n")
    assert subjects_of(text)["R$549 billion"] == "Paraná"


def test_a_named_works_is_a_facility_its_figures_are_about():
    text = ("Economy of Liguria\n\nThe Cornigliano works, privatised in 1995, produced about 2.5 million tonnes of steel in 2011. "
            "It works out at some 8% of the country's output.")
    found = subjects_of(text)
    assert found["2.5 million tonnes"] == "Cornigliano works"
    assert found["8%"] != "It works"


def test_the_money_a_document_counts_in_tells_its_country_among_those_it_names():
    call = ("STEPPE RAIL JSC\nResults call, nine months 2024\nSums in tenge unless stated.\n\n"
            "CEO: Kazakhstan's railways carried more freight this year. Revenue was 41 billion tenge, KZT 41 billion, and costs "
            "29 billion tenge. China is the new market: Chinese shippers sent twice as much, and China's border crossings "
            "were busier.\n")
    assert document_country(call).name == "Kazakhstan"
    # money the world quotes in says nothing of where a text is from, nor money seldom written
    from pipeline.home_currency import counted_in

    assert counted_in("Grain sold for 2 billion dollars, US$300 million, USD 50 million and 20 billion yuan, CNY 4 billion, 9 billion yuan.") == ""
    assert counted_in("Fares of 31,000 tenge; a ticket to Urumqi costs 12,000 tenge.") == ""
    assert counted_in("Fares of 31,000 tenge, KZT 31,000; a ticket to Urumqi costs 12,000 tenge.") == "Kazakhstan"
    # codes and words that are other things ("SDG 4", "in sum") count for no one; a partner's money names no home
    assert counted_in("Progress on SDG 3, SDG 4 and SDG 6 was slow; the SDG index rose.") == ""
    assert counted_in("a lump sum of US$15; the sum was paid; in sum, a good season; sum total") == ""
    sold = ("Kenyan exporters sold goods worth UGX 1.2 trillion to Uganda in 2024. Milk sells at UGX 1,500 a litre and sugar "
            "at UGX 4,000 a kilo in Kampala. Kenya's exports grew 9% overall.")
    assert document_country(sold).name == "Kenya"
    # a sign that names one country's dollar counts for it ("NT$"), and the home named as a place is no partner where
    # its money is not written beside it ("sixty of them in Taiwan")
    call = ("ACME CYCLE CO., LTD.\nFULL-YEAR RESULTS CALL\n\nCEO: Revenue was NT$18.4 bn, down 14%; NT$2.1 bn came from "
            "e-bikes and NT$0.9 bn from parts. Two large US retailers cut orders, and the United States took 40% of units. "
            "American duties rose. Our bikes for the United States are made in Taichung, and sixty of our dealers are in "
            "Taiwan. A bicycle from Taiwan pays a US duty of 5.5%; Taiwan's industry shrank.\n")
    assert counted_in(call) == "Taiwan" and document_country(call).name == "Taiwan"


def test_a_titled_regions_figure_beside_its_country_as_a_whole_or_its_countrys_president_stays_the_regions():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document

    def subjects(text: str) -> dict[str, str]:
        return {o.mention: o.subject for o in extract_document(document_from_text(text))[0]}

    text = ("Economy of Karakalpakstan\n\nThe economy of Karakalpakstan, a republic within Uzbekistan, depends on cotton. "
            "Public administration produced about 20% of output, nearly three times its share in Uzbekistan as a whole. "
            "According to the Statistics Agency under the President of Uzbekistan, its gross regional product was "
            "UZS 30.1 trillion in 2023. The deficit was 9.4% of GDP, against 6.8% for Uzbekistan as a whole.")
    found = subjects(text)
    assert found["20%"] == found["three times"] == found["UZS 30.1 trillion"] == found["9.4%"] == "Karakalpakstan"
    assert found["6.8%"] == "Uzbekistan"  # the country's own, "for Uzbekistan as a whole"
    text = ("Economy of Yukon\n\nThe economy of Yukon, a territory of Canada, rests on mining. Yukon's economy grew 3.1% in 2023. "
            "Growth was 1.1% across Canada as a whole, and unemployment averaged 5.4 per cent in Canada as a whole. The "
            "Government of Canada's debt reached C$1.2 trillion in 2024.")
    found = subjects(text)
    assert found["1.1%"] == found["5.4 per cent"] == found["C$1.2 trillion"] == "Canada"


def test_a_titled_regions_share_of_the_national_average_and_the_federal_transfers_it_receives_are_its_own():
    text = ("Economy of Tatarstan\n\nTatarstan is a republic of Russia; oil has been pumped in Tatarstan since 1943. Russia's "
            "economy grew in 2023. The average monthly wage was "
            "₽58,100 in 2023, about 79% of the national average, and rose by 15% from 2022. Federal transfers were ₽52 "
            "billion, a ninth of revenue.")
    found = subjects_of(text)
    assert found["₽58,100"] == found["79%"] == found["₽52 billion"] == "Tatarstan"


def test_a_titled_regions_text_keeps_the_countrys_key_rate_federal_funds_and_statutory_minimum_wage():
    found = subjects_of("Economy of Tatarstan\n\nTatarstan is a republic of Russia. In October 2023 the governor of the "
                        "central bank raised the key rate to 15%. Tatarstan's industrial output grew 8%.")
    assert found["15%"] == "Russia" and found["8%"] == "Tatarstan"
    found = subjects_of("Economy of Bavaria\n\nBavaria is a state of Germany, and wages in Bavaria are among the highest in "
                        "the country. The statutory minimum wage rose to €12 per hour in 2022, about 55% of the national "
                        "average wage.")
    assert found["€12"] == "Germany"


def test_the_australian_ballot_of_an_american_town_is_no_mention_of_australia():
    text = ("MAPLE VALLEY SCHOOL DISTRICT - BOARD OF SCHOOL DIRECTORS\nPublic hearing, 9 April 2024, Duxbury, VT 05676\n\n"
            "CHAIR: This is the hearing the law requires before the Australian ballot on 23 April.\n"
            "FINANCE: The budget is $51.4 million, paid in US dollars by the towns of the district.\n")
    assert getattr(document_country(text), "name", None) != "Australia"


def test_a_country_named_only_in_an_events_name_is_not_the_documents_and_a_city_before_its_postcode_places_it():
    text = ("GLASS COURT CLUB - PRE-TOURNAMENT PRESS CONFERENCE\n"
            "Place: Members' Hall, Glass Court Club, Church Lane, London EC2V 7HH; press office 020 0000 0000.\n\n"
            "CHAIR: Prize money rises to 4.1 million pounds, against the 2.2 million of the Australian Open qualifying rounds.\n")
    assert document_country(text).name == "United Kingdom"
    assert document_country("Our crews trained for the Irish Derby. Ireland's economy grew 4.1%.").name == "Ireland"


def test_another_estimate_of_the_measure_just_given_by_a_pronoun_takes_its_measure_and_time():
    text = ("Economy of Ruritania\n\n"
            "The Monetary Fund estimated public debt at about 88% of GDP at the end of 2023, while the Ministry of Finance, "
            "which leaves out the debts of state-owned enterprises, put it at 81%.\n"
            "Historians disagree on the mines' output: Weller counted 4.1 million ounces to 1900, and Marsh puts the total at "
            "about 4.6 million ounces in 1905.\n")
    found = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert found["81%"].indicator == found["88%"].indicator == "public_debt"
    assert (found["81%"].period_start, found["81%"].period_end) == ("2023-12", "2023-12")
    # (a time of its own stays its own)
    assert found["4.6 million ounces"].indicator == found["4.1 million ounces"].indicator
    assert found["4.6 million ounces"].period_start == "1905"
