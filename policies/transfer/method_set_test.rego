package provkoll.rules.transfer.method_set_test

import data.provkoll.lib.testdata
import data.provkoll.rules.transfer.method_set

test_each_method_is_quiet if {
	vs := method_set.deny with input as testdata.two_entities
	vs == set()
	up := method_set.deny with input as testdata.with_entity({"transfer": {"method": "file_upload"}})
	up == set()
}

test_missing_method_fires if {
	vs := method_set.deny with input as testdata.with_entity({"transfer": {"method": null}})
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "method"]
	v.subject == "212999-9997"
	v.message == "none"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_missing_transfer_block_fires_at_method if {
	vs := method_set.deny with input as testdata.with_entities([object.remove(testdata.entity, ["transfer"])])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "method"]
}

test_unknown_method_fires if {
	vs := method_set.deny with input as testdata.with_entity({"transfer": {"method": "manual"}})
	count(vs) == 1
	some v in vs
	v.message == "unknown"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.method == "manual"
}

test_each_entity_separately if {
	ab := object.union(testdata.entity_ab, {"transfer": {"method": ""}})
	vs := method_set.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "transfer", "method"]
	v.subject == "556999-9997"
}
