package provkoll.rules.pseudo.notice_email_domain_test

import data.provkoll.lib.testdata
import data.provkoll.rules.pseudo.notice_email_domain

_addr(a) := testdata.with_entity({"protected_data": {"notice_email": {"address": a}}})

test_own_domain_is_quiet if {
	a := notice_email_domain.deny with input as testdata.two_entities
	a == set()
	b := notice_email_domain.deny with input as _addr("skyddade-uppgifter@exempelby.se")
	b == set()
}

test_free_mail_domains if {
	every a in [
		"anders@gmail.com",
		"anders@googlemail.com",
		"anders@hotmail.com",
		"anders@hotmail.se",
		"anders@hotmail.co.uk",
		"anders@outlook.com",
		"anders@outlook.se",
		"anders@live.se",
		"anders@msn.com",
		"anders@yahoo.com",
		"anders@yahoo.se",
		"anders@ymail.com",
		"anders@icloud.com",
		"anders@me.com",
		"anders@mac.com",
		"anders@aol.com",
		"anders@gmx.net",
		"anders@gmx.de",
		"anders@protonmail.com",
		"anders@proton.me",
		"anders@pm.me",
		"anders@mail.com",
		"Anders@GMAIL.COM",
	] {
		notice_email_domain.free_mail(a)
	}
}

test_own_domains_that_look_alike_are_not_free_mail if {
	every a in [
		"dnp@exempelby.se",
		"dnp@skola.gmail.com.exempelby.se",
		"dnp@mail.exempelby.se",
		"dnp@gmail.com.example",
		"dnp@notgmail.com",
		"dnp@outlook.exempelby.se",
		"dnp@live-skolan.se",
		"dnp@email.com",
		"dnp@telia.com",
		"dnp@exempelby.onmicrosoft.com",
	] {
		not notice_email_domain.free_mail(a)
	}
	not notice_email_domain.free_mail("gmail.com")
	not notice_email_domain.free_mail(null)
}

test_free_mail_notice_address_fires if {
	vs := notice_email_domain.deny with input as _addr("anders.exempelsson@gmail.com")
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "notice_email", "address"]
	v.subject == "212999-9997"
	v.message == "free_mail"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.address == "anders.exempelsson@gmail.com"
	v.args.domain == "gmail.com"
}

test_second_entity_only if {
	ab := object.union(testdata.entity_ab, {"protected_data": {"notice_email": {"address": "frida@hotmail.se"}}})
	vs := notice_email_domain.deny with input as testdata.with_entities([testdata.entity, ab])
	{[v.path, v.subject] | some v in vs} == {[["legal_entities", 1, "protected_data", "notice_email", "address"], "556999-9997"]}
}

test_missing_or_malformed_address_is_left_to_pseudo_005 if {
	a := notice_email_domain.deny with input as _addr(null)
	a == set()
	b := notice_email_domain.deny with input as testdata.with_entity({"protected_data": null})
	b == set()
}
