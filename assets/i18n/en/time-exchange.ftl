# Change over time when maps are exchanged: history in a merge and a diff,
# in the copy for sharing, in dated scenes and pictures.

history-merge-field = { $field } on { $day }
history-merge-no-record = no record
history-merge-stance = stance
history-merge-power = power
history-merge-interest = interest
history-merge-commitment = commitment
history-merge-role = role
history-merge-strength = strength
history-merge-confidence = confidence
history-merge-kind = kind
history-merge-exists = being in place
history-merge-in-place = in place
history-merge-ended = ended
history-diff-heading = History
history-diff-checkpoint = checkpoint “{ $name }” on { $day }

share-drop-history = Leave the history out: only how things stand now
share-drop-history-tooltip = Every recorded value and checkpoint stays out of the copy; the present stances, scores and relations are kept
share-history-left-out = Left out the history: { $values ->
    [one] one recorded value
   *[other] { $values } recorded values
} and { $checkpoints ->
    [0] no checkpoint
    [one] one checkpoint
   *[other] { $checkpoints } checkpoints
}
share-sources-left-out = { $count ->
    [one] The confidential source of one recorded value (the value stays)
   *[other] The confidential sources of { $count } recorded values (the values stay)
}

merge-history-taken = history: { $added ->
    [one] one value recorded
   *[other] { $added } values recorded
}, { $changed } changed, { $removed } taken away; { $checkpoints ->
    [0] no new checkpoint
    [one] one new checkpoint
   *[other] { $checkpoints } new checkpoints
}

scene-as-of = As of { $day }
scene-compared = From { $from } to { $to }
scene-compared-now = From { $from } to now
scene-unpin = Show now
scene-unpin-tooltip = The scene shows the map as it is when presented, with no comparison

day-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-none = that month
month-12 = December

then-now-relations-tab = Relations then and now
then-now-relations-summary = { $made ->
    [0] No relation made
    [one] One relation made
   *[other] { $made } relations made
}, { $lost } lost, { $changed } changed
then-now-relations-from = From
then-now-relations-to = To
then-now-relations-since = Since then
then-now-relations-made = made
then-now-relations-lost = lost
then-now-relations-changed = changed
