# The European Commission's adequacy decisions (GDPR art. 45): the third countries, territories
# and international organisations to which personal data may be transferred without further
# safeguards, each with the decision, the day it was adopted, its scope and its EUR-Lex page.
# Sources: each decision's EUR-Lex page (`url`) and the Commission's list,
# https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
# (17 entries, with the European Patent Organisation, 2025, and Brazil, 2026; Uruguay's
# Implementing Decision 2012/484/EU of 21 August 2012 is "In force" on EUR-Lex). `adopted` is the date in the decision's title ("Commission Decision of 20 December
# 2001 ..."); the UK decision of 2021 was extended by (EU) 2025/1226 and renewed on 19 December
# 2025 by (EU) 2025/2574 until 27 December 2031 (`until`).
#
# Decisions made under Directive 95/46/EC stay in force under GDPR art. 45(9); all were amended
# by Decision (EU) 2016/2295 after C-362/14 (Schrems I) and confirmed in the Commission's review
# of 15 January 2024. Struck down, so never listed: Safe Harbour (2000/520/EC, C-362/14) and the
# Privacy Shield (2016/1250, C-311/18).
#
# A decision counts on a date only when it was adopted on or before it and, where it has a
# sunset (`until`), has not yet run out: in_force(c, date). Codes are ISO 3166-1 alpha-2 (UK is
# taken as GB); the European Patent Organisation, an international organisation with no country
# code, is `EPO` (or `EPORG`).
#
# The United States has a decision only for organisations certified under the EU-US Data Privacy
# Framework (Decision (EU) 2023/1795, art. 1: "organisations in the United States that are
# included in the 'Data Privacy Framework List'"), so for a US recipient `adequacy` alone is not
# enough: `dpf_only` marks it, and GDPR-003 asks for `dpf` with a current certification. Canada
# and Japan cover only part of the country's recipients (`limited`: PIPEDA, APPI).
#
# Update this list when the Commission adopts, renews, suspends or repeals a decision.
package provkoll.lib.adequacy

_eurlex(celex) := concat("", ["https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:", celex])

_whole := "the whole country"

# decisions: code -> the decision in force for it.
decisions := {
	"AD": {
		"name": "Andorra", "name_sv": "Andorra", "decision": "Decision 2010/625/EU", "adopted": "2010-10-19",
		"scope": _whole, "url": _eurlex("32010D0625"),
	},
	"AR": {
		"name": "Argentina", "name_sv": "Argentina", "decision": "Decision 2003/490/EC", "adopted": "2003-06-30",
		"scope": _whole, "url": _eurlex("32003D0490"),
	},
	"BR": {
		"name": "Brazil", "name_sv": "Brasilien", "decision": "Implementing Decision (EU) 2026/179", "adopted": "2026-01-26",
		"scope": "controllers and processors subject to the LGPD (Lei Geral de Proteção de Dados)",
		"url": _eurlex("32026D0179"),
	},
	"CA": {
		"name": "Canada", "name_sv": "Kanada", "decision": "Decision 2002/2/EC", "adopted": "2001-12-20",
		"scope": "only recipients subject to the Personal Information Protection and Electronic Documents Act (PIPEDA), that is, organisations in commercial activities, not public bodies",
		"scope_sv": "bara mottagare som omfattas av Personal Information Protection and Electronic Documents Act (PIPEDA), det vill säga organisationer i kommersiell verksamhet, inte offentliga organ",
		"limited": true, "url": _eurlex("32002D0002"),
	},
	"CH": {
		"name": "Switzerland", "name_sv": "Schweiz", "decision": "Decision 2000/518/EC", "adopted": "2000-07-26",
		"scope": _whole, "url": _eurlex("32000D0518"),
	},
	"EPO": {
		"name": "the European Patent Organisation", "name_sv": "Europeiska patentorganisationen", "decision": "Implementing Decision (EU) 2025/1382",
		"adopted": "2025-07-15", "scope": "the international organisation", "url": _eurlex("32025D1382"),
	},
	"FO": {
		"name": "the Faroe Islands", "name_sv": "Färöarna", "decision": "Decision 2010/146/EU", "adopted": "2010-03-05",
		"scope": _whole, "url": _eurlex("32010D0146"),
	},
	"GB": {
		"name": "the United Kingdom", "name_sv": "Förenade kungariket",
		"decision": "Implementing Decision (EU) 2021/1772, renewed by Implementing Decision (EU) 2025/2574",
		"adopted": "2021-06-28", "until": "2031-12-27",
		"scope": "transfers under the GDPR, until 27 December 2031", "url": _eurlex("32021D1772"),
	},
	"GG": {
		"name": "Guernsey", "name_sv": "Guernsey", "decision": "Decision 2003/821/EC", "adopted": "2003-11-21",
		"scope": _whole, "url": _eurlex("32003D0821"),
	},
	"IL": {
		"name": "Israel", "name_sv": "Israel", "decision": "Decision 2011/61/EU", "adopted": "2011-01-31",
		"scope": "automated international transfers and their further automated processing",
		"url": _eurlex("32011D0061"),
	},
	"IM": {
		"name": "the Isle of Man", "name_sv": "Isle of Man", "decision": "Decision 2004/411/EC", "adopted": "2004-04-28",
		"scope": _whole, "url": _eurlex("32004D0411"),
	},
	"JE": {
		"name": "Jersey", "name_sv": "Jersey", "decision": "Decision 2008/393/EC", "adopted": "2008-05-08",
		"scope": _whole, "url": _eurlex("32008D0393"),
	},
	"JP": {
		"name": "Japan", "name_sv": "Japan", "decision": "Implementing Decision (EU) 2019/419", "adopted": "2019-01-23",
		"scope": "only personal information handling business operators subject to the Act on the Protection of Personal Information (APPI) and its Supplementary Rules, not public bodies",
		"scope_sv": "bara företag som hanterar personuppgifter och omfattas av Act on the Protection of Personal Information (APPI) med dess tilläggsregler, inte offentliga organ",
		"limited": true, "url": _eurlex("32019D0419"),
	},
	"KR": {
		"name": "the Republic of Korea", "name_sv": "Republiken Korea", "decision": "Implementing Decision (EU) 2022/254", "adopted": "2021-12-17",
		"scope": "recipients subject to the Personal Information Protection Act (PIPA)", "url": _eurlex("32022D0254"),
	},
	"NZ": {
		"name": "New Zealand", "name_sv": "Nya Zeeland", "decision": "Implementing Decision 2013/65/EU", "adopted": "2012-12-19",
		"scope": _whole, "url": _eurlex("32013D0065"),
	},
	"US": {
		"name": "the United States", "name_sv": "USA", "decision": "Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)",
		"adopted": "2023-07-10",
		"scope": "only organisations on the Data Privacy Framework List kept by the US Department of Commerce",
		"dpf_only": true, "url": _eurlex("32023D1795"),
	},
	"UY": {
		"name": "Uruguay", "name_sv": "Uruguay", "decision": "Implementing Decision 2012/484/EU", "adopted": "2012-08-21",
		"scope": "automated processing of personal data", "url": _eurlex("32012D0484"),
	},
}

_aliases := {"UK": "GB", "EPORG": "EPO"}

# code(c): c as an upper-case code (UK -> GB, EPORG -> EPO); undefined when c is not a string.
code(c) := x if {
	is_string(c)
	u := upper(trim_space(c))
	x := object.get(_aliases, u, u)
}

# decision(c): the decision for the country code c (any case); undefined when there is none.
decision(c) := decisions[code(c)]

# has_decision(c): the Commission has adopted a decision for c (at any date).
has_decision(c) if decision(c)

# adopted_after(c, date): c's decision was adopted only after date (so it did not yet count).
adopted_after(c, date) if decision(c).adopted > date

# ran_out(c, date): c's decision has a sunset that lies before date.
ran_out(c, date) if {
	until := object.get(decision(c), "until", null)
	is_string(until)
	until < date
}

# in_force(c, date): c's decision was adopted on or before date and has not run out by then.
in_force(c, date) if {
	decision(c).adopted <= date
	not ran_out(c, date)
}

# dpf_only(c): c's decision covers only recipients certified under the Data Privacy Framework.
dpf_only(c) if object.get(decision(c), "dpf_only", false) == true

# limited(c): c's decision covers only some of the country's recipients (its scope says which).
limited(c) if object.get(decision(c), "limited", false) == true

# covers(c, date): `adequacy` alone covers a transfer to c on date: a decision in force that is
# not DPF-only (a limited scope still needs the recipient to fall within it).
covers(c, date) if {
	in_force(c, date)
	not dpf_only(c)
}

# label_sv(c): label(c) with the Swedish name, "Kanada (CA)".
label_sv(c) := sprintf("%s (%s)", [decision(c).name_sv, code(c)]) if has_decision(c)

else := sprintf("%v", [c])

# decision_sv(c): the decision's name as a Swedish text writes it ("genomförandebeslut (EU)
# 2019/419"): the numbers stay, the words are Swedish.
decision_sv(c) := replace(replace(replace(decision(c).decision, "Implementing Decision", "genomförandebeslut"), "Decision", "beslut"), "renewed by", "förnyat genom")

# label(c): "Canada (CA)" for a listed code; the code itself otherwise.
label(c) := sprintf("%s (%s)", [decision(c).name, code(c)]) if has_decision(c)

else := sprintf("%v", [c])
