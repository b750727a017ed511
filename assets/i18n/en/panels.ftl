# panels

outline-heading = Stakeholders

outline-search-hint = Search names and tags

outline-empty = No stakeholders yet

outline-no-match = No match

legend-heading = Legend

legend-empty = The map is empty.

legend-mutual = Mutual

legend-uncertain = Uncertain

legend-size-brokerage = Size: brokerage (betweenness). Line width: strength.

legend-size-power = Size: power. Line width: strength.

legend-member-of = Member of { $coalition }

legend-filtered-hidden = Filtered out: hidden

legend-filtered-faint = Filtered out: faint

inspector-heading = Inspector

inspector-nothing-selected = Select a stakeholder or a relation to see and edit its fields.

inspector-how-to-add = Double-click the canvas or press N to add a stakeholder.

inspector-list-hover = Separate with commas. Powermap keeps them in alphabetical order, each once.

inspector-pinned = Stays put when arranging

inspector-confidential-hover = Left out of copies made for sharing

inspector-relations-and-id = { $count ->
        [one] 1 relation
       *[other] { $count } relations
    } · id { $id }

inspector-in-coalitions = In { $coalitions }

inspector-group-selected = { $count } stakeholders selected

inspector-group-hint = A field set here is set on all of them.

inspector-relation-from = From { $name }

inspector-relation-to = to { $name }

inspector-relation-other = Other…

inspector-relation-other-name = Other

inspector-relation-named = Named

inspector-relation-kind-name = Relation kind name

inspector-direction = Direction

inspector-reverse = Reverse

inspector-relation-id = id { $id }

inspector-mixed = Mixed

inspector-score-of-five = { $field } { $score } of 5

filter-legend = Legend

filter-legend-hover = Show or hide the legend (L)

filter-heading = Filter

filter-text-hint = Name, tag or note

filter-coalition = Coalition

filter-tag = Tag

filter-clear = Clear filter

filter-hide = Hide filtered out

filter-hide-hover = Hide what the filter leaves out instead of showing it faint (Ctrl+H)

filter-focus-on = Focus on { $name }

filter-hops = { $count ->
        [one] 1 hop
       *[other] { $count } hops
    }

filter-leave-focus = Leave focus

filter-leave-focus-hover = Esc

filter-focus-selected = Focus on selected

filter-focus-selected-hover = Show only the selected stakeholder's neighbourhood (Ctrl+Shift+F)

filter-menu-title = { $name }: { $value }

filter-any-value = any

filter-any = Any

view-network = Network

view-grid = Power/interest grid

view-spectrum = Spectrum of allies

view-table = Table

status-counts = { $stakeholders ->
        [one] 1 stakeholder
       *[other] { $stakeholders } stakeholders
    } · { $relations ->
        [one] 1 relation
       *[other] { $relations } relations
    } · { $coalitions ->
        [one] 1 coalition
       *[other] { $coalitions } coalitions
    }

status-filtered-hidden = { $count } hidden by the filter

status-filtered-dimmed = { $count } dimmed by the filter

status-zoom = Zoom { $percent }%
status-following = Following { $name }
status-following-hint = Click to stop following
status-live-people = { $count ->
    [one] One person connected
   *[other] { $count } people connected
}
status-live-people-hint = Open the live session: who is connected, follow someone

status-nothing-selected = Nothing selected

status-selected-count = { $count } selected

status-selected-one = Selected: { $name }

status-relation-selected = 1 relation selected

status-selected-relation = Selected: { $from } { $kind } { $to }

status-unsaved = Unsaved changes

status-saved = Saved

status-no-file = Not saved to a file yet
