# Guards for optional values. In regorus 0.14.1 `some x in null` is an error that aborts the
# whole rule (not an undefined), and optional fields may be absent or null: iterate over
# list(x) / obj(x) instead of x whenever x is optional. A function called with an
# undefined argument is undefined, so read an absent field with object.get(obj, key, null):
# values.list(object.get(e, "main_contacts", null)).
package provkoll.lib.values

# list(x): x when it is an array, else [] (absent, null or another type).
list(x) := x if is_array(x)

else := []

# obj(x): x when it is an object, else {}.
obj(x) := x if is_object(x)

else := {}

# present(x): x is there: not absent, null or "".
present(x) if {
	x != null
	x != ""
}
