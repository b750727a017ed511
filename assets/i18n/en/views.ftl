# views: network, grid, spectrum, side panel, records, scripts, pictures

views-routes-picked-out = Routes to { $name } picked out in Analysis: the rest is faint.
views-show-everything = Show everything
views-show-everything-hover = Stop picking out the routes
views-tab-stakeholders = Stakeholders
views-tab-coalitions = Coalitions
views-tab-analysis = Analysis
views-tab-scenes = Scenes

board-label = { $count ->
        [one] { $board } of 1 stakeholder
       *[other] { $board } of { $count } stakeholders
    }
grid-board = Power/interest grid
grid-manage-closely = Manage closely
grid-keep-satisfied = Keep satisfied
grid-keep-informed = Keep informed
grid-monitor = Monitor
grid-interest-axis = Interest: how much they care
grid-power-axis = Power: influence over the issue
spectrum-board = Spectrum of allies
spectrum-unknown = Stance unknown ({ $count })
spectrum-power-hint = The more power, the nearer the rim

canvas-empty-hint = Double-click here or press N to add a stakeholder
canvas-label = Network map: { $stakeholders ->
        [one] 1 stakeholder
       *[other] { $stakeholders } stakeholders
    }, { $relations ->
        [one] 1 relation
       *[other] { $relations } relations
    }
canvas-connect-to = Connect to…
canvas-connect-to-hover = Then drag to the other stakeholder
canvas-reverse = Reverse direction
canvas-make-one-way = Make one-way
canvas-make-mutual = Make mutual
canvas-mark-confirmed = Mark as confirmed
canvas-mark-uncertain = Mark as uncertain
canvas-add-here = Add stakeholder here
canvas-connect-tool = Connect: drag from one stakeholder to another (Esc to stop)
canvas-name-hint = Name
canvas-name-hover = Enter to finish, Esc to cancel
canvas-name-kind = { $kind } (Tab changes the kind)
canvas-connect-from = From { $name }
canvas-connect-to-name = to { $name }
canvas-which-relation = Which relation? Press its number.
canvas-other-kind = Other kind…
canvas-add-kind = Add

access-unnamed = Unnamed
access-stakeholder = { $name }: { $kind }, stance { $stance }, { $role }
access-relation = { $from } { $kind } { $to }{ $mutual ->
        [yes] , both ways
       *[no] {""}
    }{ $uncertain ->
        [yes] , uncertain
       *[no] {""}
    }

record-heading = History
record-heading-hover = What this was on earlier days, and where that is known from. The map can be shown as of any day from the time bar.
record-nothing-yet = Nothing recorded yet.
record-change = ✏ Change
record-change-hover = Change this record's value, date or source
record-delete-hover = Delete the record of { $field } on { $day }
record-confidential = confidential
record-as-observation = Record as observation…
record-as-observation-hover = Record a value with a date and a source: the present one, or what it was on an earlier day
record-field = Field
record-value = Value
record-date = Date
record-date-hint = YYYY-MM-DD
record-date-hover = The day the value held, year-month-day
record-source = Source
record-source-hint = Meeting with the deputy head, 12 March
record-confidential-source = Confidential source
record-confidential-source-hover = The source is left out of copies made for sharing
record-save = Save record
record-record = Record
record-too-far = { $day } is more than a year from today; a record is of a day that has been
record-in-place = In place
record-value-in-place = in place
record-value-ended = ended

script-arabic = Arabic
script-hebrew = Hebrew
script-cjk = Chinese, Japanese or Korean
script-devanagari = Devanagari
script-bengali = Bengali
script-thai = Thai
script-armenian = Armenian
script-georgian = Georgian
script-ethiopic = Ethiopic
script-tamil = Tamil
script-either = { $some } or { $last }
script-no-font = No font on this computer draws { $scripts } letters, so they show as boxes. Install a font for them (on Debian or Ubuntu: fonts-noto-core and fonts-noto-cjk) and open the map again.

picture-no-scene = { $count ->
        [0] the map has no scenes; add them in the Scenes tab (Ctrl+M)
        [one] there is no scene { $number }: the map has one scene, scene 1
       *[other] there is no scene { $number }: the map's scenes are 1 to { $count }
    }
picture-no-room = no room for { $width }×{ $height } pixels
