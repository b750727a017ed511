# plan, followed up: the asks in the Plan tab and their outcomes

plan-asks-heading = Asks
plan-ask-line = { $from } asks { $to }: { $what }
plan-ask-open = open
plan-ask-done = done
plan-ask-dropped = dropped
plan-ask-edit = Edit ask
plan-ask-edit-hover = Change what is asked, by when, and who owns the ask
plan-ask-what = What is asked
plan-record-outcome = Record outcome…
plan-record-outcome-hover = Mark this ask done with what came of it; it can update the relation and the stance as dated observations
plan-outcome-title = Outcome of the ask
plan-outcome-date = Done on
plan-outcome-note = What came of it
plan-outcome-note-hint = The adviser agreed to raise it with the minister
plan-outcome-stance = Stance of { $name } now
plan-outcome-strength = Relation { $from } → { $to } now
plan-outcome-unchanged = Unchanged
plan-outcome-history-hint = A new stance or strength is kept in the history, dated and sourced from this ask. One undo step.
plan-outcome-record = Record
plan-outcome-cancel = Cancel

# the map settings: when a relation goes cold
settings-cold-after = Gone cold after (days)
settings-cold-after-hint = 60
settings-cold-after-bad = “{ $text }” is not a number of days from 1 to { $max }

# the analysis panel: relations gone cold, targets nobody contacted
analysis-cold = Gone cold
analysis-cold-subtitle = Relations with no contact for longer than the map allows, and targets nobody has contacted
cold-threshold = A relation goes cold after { $days ->
    [one] one day
   *[other] { $days } days
} without contact (Map settings).
cold-none = No relation has gone cold.
cold-relation = { $from } → { $to }: { $days } days since the last contact ({ $date })
cold-more = { $count ->
    [one] and one more
   *[other] and { $count } more
}
cold-every-target-contacted = Every target has been contacted.
cold-never-contacted = { $count ->
    [one] One target nobody has contacted
   *[other] { $count } targets nobody has contacted
}

# the calendar of due dates (powermap plan --ics): each event's description
calendar-job = Job ({ $status })
calendar-ask = Ask
calendar-owner = Owner: { $name }
calendar-toward = Toward: { $name }

# the filter bar: the contact log
filter-contact = Contact
filter-contact-cold = Gone cold
filter-contact-never = Never contacted
filter-contact-hover = Gone cold: on a relation with no contact for longer than the map allows (Map settings). Never contacted: no contact logged with them, on their relations, or with them taking part.

# the table: the day of the last contact
table-column-last-contact = Last contact
table-never-contacted = never
table-last-contact-cold = { $date } (gone cold, { $days } days)
