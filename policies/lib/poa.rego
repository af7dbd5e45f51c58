# Powers of attorney (fullmakter in Mina ombud): when one is in force. A revoked fullmakt
# (`revoked_on`) covers nothing from the day it was revoked.
package provkoll.lib.poa

import data.provkoll.lib.dates

# active_on(p, date): the power of attorney p is valid on `date` and was not revoked on or
# before it.
active_on(p, date) if {
	dates.valid_on(object.get(p, "valid_from", null), object.get(p, "valid_until", null), date)
	not revoked_by(p, date)
}

# revoked_by(p, date): p was revoked on or before `date`.
revoked_by(p, date) if {
	r := object.get(p, "revoked_on", null)
	dates.is_set(r)
	r <= date
}

# covers(p, from, to): p is in force on every day from `from` through `to` (a window's ready-by
# date through its last day), and not revoked before `to`.
covers(p, from, to) if {
	active_on(p, from)
	dates.valid_on(object.get(p, "valid_from", null), object.get(p, "valid_until", null), to)
	not revoked_by(p, to)
}
