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

merge-history-taken = history: { $added ->
    [one] one value recorded
   *[other] { $added } values recorded
}, { $changed } changed, { $removed } taken away; { $checkpoints ->
    [0] no new checkpoint
    [one] one new checkpoint
   *[other] { $checkpoints } new checkpoints
}
