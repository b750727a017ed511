# the reports the command line prints: the measure of change, the history

## powermap stats --since
report-change-title = Change from { $since } to { $until }
report-change-title-now = Change from { $since } to now
report-change-new-relations = New relations: { $count }
report-change-lost-relations = Lost relations: { $count }
report-change-strengthened = Strengthened: { $count }
report-change-weakened = Weakened: { $count }
report-change-strength = (strength { $then } → { $now })
report-change-coalition = Coalition “{ $name }”
report-change-toward-ally = Moved toward ally: { $count } ({ $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }, { $weighted } weighted by power)
report-change-away = Moved away: { $count } ({ $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }, { $weighted } weighted by power)
report-change-movement = { $name }: { $from } → { $to }
report-change-victories = Targets that moved (interim victories):
report-change-moved-away = Moved away from ally:
report-change-others = Others that moved toward ally:

## powermap history
report-history-title = History of “{ $title }”
report-history-no-checkpoints = No checkpoints.
report-history-checkpoints = Checkpoints
report-history-line = { $date }  { $field }: { $value }
report-history-nothing = Nothing recorded.
report-history-relation = relation { $id }
report-history-confidential = confidential: { $source }

## powermap stats: the analysis report
report-plan = The plan

## a stakeholder or coalition named on the command line
find-quoted = “{ $name }”
find-no-stakeholder = no stakeholder is named “{ $name }”
find-no-stakeholder-targets = no stakeholder is named “{ $name }”; the targets are { $targets }
find-several-stakeholders = { $count } stakeholders are named “{ $name }”; give one of their ids instead: { $ids }
find-no-coalition-none = no coalition is named “{ $name }”; the map has no coalitions
find-no-coalition = no coalition is named “{ $name }”; the coalitions are { $coalitions }
find-several-coalitions = { $count } coalitions are named “{ $name }”; give one of their ids instead: { $ids }
stats-json-failed = the report could not be written as JSON
