# Change over time: the time bar, comparing two days on every view, and
# the table's "Then and now" tab.

then-now-tab = Then and now
then-now-hint = Each value as it was on the day compared with, and as it is on the day shown; what changed is in bold, after »
then-now-summary = { $changed ->
    [0] Nobody changed, of { $all ->
        [one] one stakeholder
       *[other] { $all } stakeholders
    }
    [one] One stakeholder changed, of { $all }
   *[other] { $changed } stakeholders changed, of { $all }
}
then-now-only-changed = Only those who changed
then-now-name = Name
then-now-then = { $field }, then
then-now-now = { $field }, now
then-now-field-stance = Stance
then-now-field-power = Power
then-now-field-interest = Interest
then-now-field-commitment = Commitment
then-now-field-role = Role

time-history = History
time-nothing-yet = Nothing recorded yet
time-nothing-yet-hint = Record a stakeholder's or relation's value with a date in the inspector; checkpoints name days to look back at.
time-date-hint = YYYY-MM-DD
time-date-tooltip = Type a day and press Enter to see the map as it was then
time-back-to-now = Back to now
time-mark-checkpoint = Mark checkpoint…
time-mark-checkpoint-tooltip = Name a day to look back at, such as “before the Council briefing”
time-checkpoint-name = Checkpoint name
time-checkpoint-name-hint = Before the Council briefing
time-checkpoint-on = on
time-mark = Mark
time-cancel = Cancel
time-checkpoint-needs-name = Give the checkpoint a name
time-checkpoint-too-far = { $day } is more than a year from today; a checkpoint names a day of the campaign
time-now = Now
time-slider-tooltip = Drag along the days something was recorded on; the end is now
time-compare-with = Compare with…
time-compared-with = Compared with { $day }
time-no-comparison = No comparison
time-compare-tooltip = Show where each stakeholder was on that day: arrows on the spectrum and the grid, marks on the network's relations, then and now in the table
time-comparing = Arrows run from where each stakeholder was on { $day } (ring) to where it is now, on the spectrum and the grid; on the network, relations are marked
time-comparing-past = Arrows run from where each stakeholder was on { $day } (ring) to where it was on { $shown }, the day shown, on the spectrum and the grid; on the network, relations are marked
time-mark-added = made since
time-mark-removed = lost since (dotted)
time-mark-stronger = stronger
time-mark-weaker = weaker
time-banner-checkpoint = {" "}(“{ $name }”)
time-banner-compared = , compared with { $day }
time-banner = ⏪ Showing the map as of { $day }{ $checkpoint }{ $compared }. Editing is off while you look back: press “Back to now” to edit.
legend-compare-moved = moved from the ring (where it was on the earlier day) to the arrow's head (where it is on the later)
