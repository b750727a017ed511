# refusals of the map's own rules, as a file's problem line or a refused edit

## stakeholders, relations, coalitions and scenes
model-stakeholder-in-use = stakeholder “{ $id }” still has relations, coalition memberships, scenes, history or a place in the plan
model-move-not-finite = stakeholder “{ $id }” cannot move to a position that is not a finite number
model-relation-in-scene = relation “{ $id }” is still picked out in a scene
model-relation-has-history = relation “{ $id }” still has a recorded history
model-relation-has-contacts = relation “{ $id }” still has logged contacts
model-coalition-in-scene = coalition “{ $id }” is still used by a scene
model-coalition-has-jobs = coalition “{ $id }” still has jobs
model-no-scene-place = there is no place { $place } among { $count } scenes
model-scene-camera = the camera of scene “{ $title }” is not a finite place and a zoom above 0
model-scene-hops = scene “{ $title }” focuses { $hops } hops away; it must be from 1 to { $most }
model-member-twice = stakeholder “{ $id }” is listed twice in coalition “{ $coalition }”
model-score-out-of-range = { $field } of stakeholder “{ $name }” is { $score }; it must be from { $low } to { $high }
model-position-not-finite = the position of stakeholder “{ $name }” is not a finite number
model-unknown-time-zone = stakeholder “{ $name }” has the time zone “{ $zone }”, which the time zone database does not know; write it as a region and a city, e.g. “Europe/Zurich” or “America/New_York”
model-strength-out-of-range = strength of relation “{ $id }” is { $strength }; it must be from { $low } to { $high }
model-relation-to-itself = relation “{ $id }” goes from stakeholder “{ $from }” to itself
model-custom-kind-unnamed = relation “{ $id }” has a custom kind with no name
model-not-a-colour = “{ $text }” is not a colour; write it as "#rrggbb", e.g. "#1f77b4"
model-scene-days = it compares the map as of { $day } with { $from }, a day not before it; the day compared with comes first
model-scene-days-now = it compares the map as of now with { $from }, a day not before it; the day compared with comes first

## days
day-shape = “{ $text }” is not a date; write it as year-month-day, e.g. 2026-03-12
day-year = “{ $text }” is not a date: the year must be from { $first } to { $last }
day-month = “{ $text }” is not a date: there is no month { $month }
day-of-month = “{ $text }” is not a date: { $month } { $year } has { $days } days

## the history
history-custom-kind-unnamed = a custom kind needs a name
history-out-of-range = { $name } is { $score }; it must be from { $low } to { $high }
history-relation-field-on-stakeholder = the { $field } of a relation cannot be recorded for stakeholder “{ $name }”
history-stakeholder-field-on-relation = the { $field } of a stakeholder cannot be recorded for relation “{ $id }”
history-bad-observation = observation of “{ $of }” on { $date }: { $problem }
history-nothing-recorded = nothing is recorded of “{ $of }”'s { $field } on { $date }
history-checkpoint-unnamed = the checkpoint of { $date } needs a name
history-checkpoint-exists = there is already a checkpoint “{ $name }” on { $date }
history-no-checkpoint = there is no checkpoint “{ $name }” on { $date }

## the plan
plan-job-untitled = job “{ $id }” needs a title
plan-ask-empty = ask “{ $id }” needs to say what is asked
plan-ask-itself = ask “{ $id }” has stakeholder “{ $from }” asking itself
plan-cold-after-range = a relation goes cold after { $days } days without contact; it must be from 1 to { $most }
plan-unknown-id = no { $what } has the id “{ $id }”
